"""A future hung on a condition asserts nothing checkable (round 39, left39): "Unless the
talks succeed, China will ban exports of antimony to the United States" told no ban taken
nor announced outright, yet was decided (misleading) by the ban check. The frame keeps the
condition (`condition`, `conditionals.conditioned_future`) when a condition comes before a
clause in the future whose subject is a party (`parties.opening_party`), and a decisive
verdict on it is withheld (`factcheck.hung_on_a_condition`). Controls: the same act told
outright, told in the past after a condition, and a rule's scope before a requirement.
Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2024-06-01"


def _claims(tmp_path, text: str) -> list:
    return dated_verdicts(tmp_path, text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Unless the talks succeed, China will ban exports of antimony to the United States.",
        "If the talks fail, China will ban exports of antimony to the United States.",
        "If there is no progress, the U.S. will raise the tariffs on Chinese goods to 25 percent.",
        "Unless Washington lifts its chip curbs, Beijing will add more US firms to its "
        "unreliable entity list.",
    ],
)
def test_a_conditioned_future_is_not_decided(tmp_path, text):
    found = [x for x in _claims(tmp_path, text) if x.claim.frame and x.claim.frame.condition]
    assert found, [(x.claim.text, x.verdict) for x in _claims(tmp_path, text)]
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found)


def test_the_withheld_verdict_names_its_condition(tmp_path):
    text = "Unless the talks succeed, China will ban exports of antimony to the United States."
    (found,) = _claims(tmp_path, text)
    assert found.claim.frame.condition == "Unless the talks succeed"
    assert "It would have said: misleading" in found.rationale


@pytest.mark.parametrize(
    "text",
    [
        "China will ban exports of antimony to the United States.",
        "Unless the talks succeed, China restricted exports of gallium and germanium in July 2023.",
    ],
)
def test_an_act_told_outright_or_in_the_past_keeps_its_verdict(tmp_path, text):
    found = _claims(tmp_path, text)
    assert any(x.verdict != Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]
    assert not any(x.claim.frame and x.claim.frame.condition for x in found)


def test_a_rule_s_scope_before_a_requirement_is_no_condition_of_an_act(tmp_path):
    text = (
        "If a product contains Chinese gallium, exporters will need a licence from the "
        "Ministry of Commerce."
    )
    assert not any(x.claim.frame and x.claim.frame.condition for x in _claims(tmp_path, text))


@pytest.mark.parametrize(
    "text",
    [
        "If the buyer is in the United States, China will ban exports of gallium to it.",
        "If the end user is located in the United States, China will ban exports of germanium.",
    ],
)
def test_a_scope_before_a_future_measure_is_no_condition(tmp_path, text):
    """Round 40, left40: a condition whose subject is whom or what the measure falls on, in
    a state (`condition_scopes`), sets the measure's scope: its verdict is not withheld."""
    found = dated_verdicts(tmp_path, text, "2025-01-10")
    assert found and not any(x.claim.frame and x.claim.frame.condition for x in found)
    assert any(x.verdict != Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If the talks fail, China will ban exports of antimony to the United States.",
        "If the goods market slumps, China will ban exports of antimony to the United States.",
        "If the buyers refuse to pay, China will ban exports of antimony to the United States.",
        # a subject of `condition_scopes` in an event, not a state of place, origin or use
        # (review of round 40, rev40: each was supported with the first `condition_scopes`)
        "If the goods are seized, China will ban exports of antimony to the United States.",
        "If the product is not approved, China will ban exports of antimony to the United States.",
        "If the buyers are unable to pay, China will ban exports of antimony to the United States.",
        "If the shipments are delayed again, China will ban exports of antimony to the US.",
        "If the products are in short supply, China will ban exports of antimony to the US.",
    ],
)
def test_an_event_hung_on_is_still_a_condition(tmp_path, text):
    found = dated_verdicts(tmp_path, text, "2025-01-10")
    held = [x for x in found if x.claim.frame and x.claim.frame.condition]
    assert held and all(x.verdict == Label.NOT_CHECKABLE for x in held)
