"""A measure's scope told with a subject that only refers back to it (docs/factcheck-log.md,
"Decidable claims never detected, round 32", branch fcn32): "It will apply to all goods from
the United States" right after a sentence telling a measure, or "The new rule applies ... to
Huawei", is a measure claim about the measure told before (`scope_told.pieces`), not
scene-setting. Made-up sentences."""

from __future__ import annotations

from conftest import checked_about, dated_verdicts

from analysis.article import scope_told
from analysis.article.clauses import Piece

_TARIFF = "China imposed an additional 34% tariff on goods from the United States on 4 April 2025."
_SCOPE = "It will apply to every product imported from the United States."


def test_a_pronoun_after_a_measure_tells_its_scope(tmp_path):
    x = checked_about(tmp_path, f"{_TARIFF} {_SCOPE}", "2025-04-08", "It will apply")
    assert x.claim.type == "policy_action", x.claim
    assert x.claim.frame.action == "tariff", x.claim.frame
    assert x.claim.frame.actor_country == "CHN", x.claim.frame
    assert x.verdict == "supported", x


def test_a_pronoun_after_no_measure_stays_scene_setting(tmp_path):
    text = f"Officials in Beijing met traders on Tuesday. {_SCOPE}"
    found = dated_verdicts(tmp_path, text, "2025-04-08")
    assert not [x for x in found if "It will apply" in x.claim.text], found


def test_a_measure_referred_back_applies_its_terms_to_a_party(tmp_path):
    text = (
        "The US Commerce Department added Huawei to the Entity List on 16 May 2019. "
        "The new rule applies its footnote solely to Huawei and its affiliates."
    )
    x = checked_about(tmp_path, text, "2019-05-20", "The new rule applies")
    assert x.claim.frame.action == "listing", x.claim.frame
    assert x.verdict == "supported", x


def _parts(*texts: str) -> list[Piece]:
    out, at = [], 0
    for t in texts:
        out.append(Piece(at, at + len(t), t, []))
        at += len(t) + 2
    return out


def test_the_verb_may_follow_asides_but_not_a_licence_applied_for():
    parts = _parts("The limits", "effective from 1 May", "apply to six kinds of products")
    assert scope_told.pieces(parts, ", ".join(p.text for p in parts), False) == range(3)
    parts = _parts("The new rules require exporters to apply for a licence")
    assert scope_told.pieces(parts, parts[0].text, True) == range(0)
    parts = _parts("It would apply to every product imported from the United States")
    assert scope_told.pieces(parts, parts[0].text, True) == range(0)  # a forecast


_LICENSING = "China announced export licensing for seven rare earths on 4 April 2025."


def test_goods_named_as_those_affected_are_the_measures_scope(tmp_path):
    text = f"{_LICENSING} The minerals affected are samarium, terbium and yttrium."
    x = checked_about(tmp_path, text, "2025-04-10", "minerals affected")
    assert x.claim.frame.action == "licence", x.claim.frame
    assert "samarium" in x.claim.frame.goods, x.claim.frame
    assert x.verdict == "supported", x


def test_goods_affected_after_no_measure_or_in_a_passive_are_set_aside(tmp_path):
    for text in (
        "Analysts met traders in Tokyo on Monday. The minerals affected are samarium and terbium.",
        f"{_LICENSING} The controlled items are split into seven groups.",
    ):
        found = dated_verdicts(tmp_path, text, "2025-04-10")
        assert not [x for x in found if "affected" in x.claim.text or "items" in x.claim.text]
