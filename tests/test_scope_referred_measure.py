"""A scope told after a measure is judged against the measure claim it refers back to, not
any measure of the actor that fits (review of round 32, finding 1; docs/factcheck-log.md,
"Decidable claims never detected, round 32"). Made-up sentences."""

from __future__ import annotations

from conftest import checked_about, dated_verdicts

_GRAPHITE = "China announced export controls on graphite in October 2023."


def test_an_element_outside_the_measure_referred_to_is_unsupported(tmp_path):
    text = (
        "China restricted exports of rare earths in April 2025. "
        "The affected elements are neodymium and praseodymium."
    )
    x = checked_about(tmp_path, text, "2025-05-01", "affected elements")
    assert x.verdict == "unsupported", x
    assert x.rule == "scope of the measure referred to", x


def test_goods_of_another_measure_of_the_actor_do_not_support_it(tmp_path):
    text = f"{_GRAPHITE} They apply to gallium and germanium."
    x = checked_about(tmp_path, text, "2023-12-05", "They apply")
    assert x.verdict in ("unsupported", "not_checkable"), x
    assert not any("gallium" in str(e.values).lower() for e in x.evidence), x.evidence


def test_goods_of_the_measure_referred_to_are_supported(tmp_path):
    text = f"{_GRAPHITE} They apply to high-purity synthetic graphite."
    x = checked_about(tmp_path, text, "2023-12-05", "They apply")
    assert x.verdict == "supported", x
    assert x.rule == "scope of the measure referred to", x
    assert "graphite" in str(x.evidence[0].values).lower(), x.evidence


def test_an_effect_on_sales_is_no_scope(tmp_path):
    text = (
        "Washington restricted chip exports to China in October 2022. "
        "It hit the sales of Nvidia in China hard."
    )
    found = dated_verdicts(tmp_path, text, "2023-01-05")
    assert not [x for x in found if x.claim.text.startswith("It hit")], found


def test_an_undated_measure_referred_to_is_still_the_only_one_judged(tmp_path):
    text = "China announced export controls on graphite. They apply to gallium and germanium."
    x = checked_about(tmp_path, text, "2023-12-05", "They apply")
    assert x.verdict in ("unsupported", "not_checkable"), x
    assert not any("gallium" in str(e.values).lower() for e in x.evidence), x.evidence
