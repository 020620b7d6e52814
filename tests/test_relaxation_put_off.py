"""Putting off a measure relaxes it ("will postpone its planned expansion of export
controls", "delayed tariffs on $200 billion"), a suspension of talks relaxes no measure
(the `relaxation` cues of data/lexicon/claims.yaml), and an approval a firm received to
sell is a licence granted (`licences_granted`), not a relaxation the catalog matches
(round 35, fx35c). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import first_verdict_with

from analysis.article import claim_words


def _relaxes(text: str) -> bool:
    return claim_words.patterns()["cues"]["relaxation"].search(text) is not None


def test_putting_off_a_measure_is_a_relaxation_and_shipments_are_not() -> None:
    assert _relaxes("Beijing will postpone its planned expansion of export controls")
    assert _relaxes("the administration agreed to delay implementation of the rule")
    assert _relaxes("the president deferred some of the levies until March")
    assert not _relaxes("China has delayed rare earth shipments to carmakers")
    assert not _relaxes("Blinken postponed a planned February trip")


def test_a_suspension_of_talks_relaxes_no_measure() -> None:
    assert not _relaxes("several months of suspension of talks between the two sides")
    assert not _relaxes("the two sides suspended trade talks in May")
    assert _relaxes("the suspension of the ban on gallium exports")


def test_a_postponement_with_none_catalogued_by_then_is_not_checkable(tmp_path: Path) -> None:
    text = (
        "China's commerce ministry said on Thursday that Beijing will postpone its planned "
        "expansion of rare-earth export controls by 12 months."
    )
    x = first_verdict_with(tmp_path, text, "2025-10-30", "postpone")
    # read as a restriction before, it was set against the October controls (unsupported)
    assert x.claim.frame.action == "relaxation"
    assert x.verdict == "not checkable" and x.rule == "measure in the catalog"


def test_an_approval_a_firm_received_to_sell_is_no_relaxation_matched(tmp_path: Path) -> None:
    text = (
        "Nvidia has received approval from the Trump administration to resume sales of its "
        "H20 chips to China."
    )
    x = first_verdict_with(tmp_path, text, "2025-07-16", "received approval")
    # before: "supported" by the catalog's only US relaxation of chips then (the AI
    # Diffusion Rule's rescission), which approved nothing for the firm
    assert x.verdict == "not checkable" and x.rule == "measure in the catalog"
    assert "takes the measure as given" in x.rationale


def test_a_measure_named_after_a_preposition_is_not_what_is_put_off(tmp_path: Path) -> None:
    # review of round 35: four words of any kind between the verb and the measure noun ran
    # across a preposition, so importers delaying orders relaxed the tariffs
    assert not _relaxes("Importers in the US delayed orders because of the tariffs")
    assert not _relaxes("officials have delayed export approvals under the controls")
    assert _relaxes("the president delayed the planned new tariffs on laptops")
    text = "Importers in the US delayed orders because of the tariffs on Chinese goods."
    x = first_verdict_with(tmp_path, text, "2025-06-20", "delayed orders")
    # before: a US relaxation "supported" by the Geneva cut of 12 May 2025
    assert x.claim.frame.action != "relaxation"
    assert x.verdict == "not checkable", x.rationale


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Commerce Department said it has begun issuing licenses for some companies "
            "to sell goods to Huawei.",
            "issuing licenses",
        ),
        ("Some Huawei suppliers get US approval to restart sales to the blacklisted firm.", "get"),
    ],
)
def test_licences_handed_out_to_firms_are_not_a_measure_matched(
    tmp_path: Path, text: str, words: str
) -> None:
    """Licences issued 'for' firms and an approval to restart sales are licences granted
    under a measure (`licences_granted`; round 38, the lead on blind38a's Ahram Online
    article): before, the Huawei listing of August 2019 'supported' them."""
    x = first_verdict_with(tmp_path, text, "2019-11-20", words)
    assert x.verdict == "not checkable" and "takes the measure as given" in x.rationale


def test_a_licence_required_for_exports_is_still_a_measure(tmp_path: Path) -> None:
    """The twin: 'requires licenses for exports' states the requirement itself."""
    text = "The rule requires licenses for exports of advanced chips to China."
    x = first_verdict_with(tmp_path, text, "2023-10-20", "requires licenses")
    assert x.verdict != "not checkable" or "takes the measure as given" not in x.rationale
