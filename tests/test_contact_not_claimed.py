"""A date mismatch refutes a contact only when the recorded contact is the one the claim
means (round 29, blind33): a round placed in another country than the nearest recorded one
of its people (a country after "in" is a place even when it is one of theirs), or a meeting
whose people are borrowed from an earlier sentence, is another contact, which the timeline,
a selection, may lack. Made-up sentences, each with a twin the timeline still decides."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

TRIO = (
    "U.S. Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin held "
    "talks with Chinese Vice Premier Liu He in {place} on 10 February 2019."
)
TRIP = "Secretary of State Antony Blinken visited Beijing in June 2023."


def test_a_round_placed_in_a_country_of_one_side_is_not_the_one_recorded_elsewhere(tmp_path):
    # the nearest recorded round of the three is in Washington (30-31 January 2019)
    found = dated_verdicts(tmp_path, TRIO.format(place="China"), "2019-02-12")
    assert verdict_about(found, "held talks").verdict == Label.NOT_CHECKABLE


def test_a_round_placed_where_the_recorded_one_was_is_still_denied_on_other_days(tmp_path):
    found = dated_verdicts(tmp_path, TRIO.format(place="Washington"), "2019-02-12")
    assert verdict_about(found, "held talks").verdict == Label.UNSUPPORTED


def test_a_meeting_of_people_the_claim_does_not_name_is_not_denied_by_others_contacts(
    tmp_path,
):
    # the trip's people (Blinken) have a recorded contact in late October 2023 only
    text = (
        f"{TRIP} The trip was followed by a meeting between the two countries' presidents "
        "in November."
    )
    found = dated_verdicts(tmp_path, text, "2024-04-24")
    assert verdict_about(found, "followed by").verdict == Label.NOT_CHECKABLE


def test_a_meeting_of_people_the_claim_names_is_still_denied_on_other_days(tmp_path):
    text = (
        f"{TRIP} The trip was followed by a meeting between Blinken and Wang Yi in December 2023."
    )
    found = dated_verdicts(tmp_path, text, "2024-04-24")
    assert verdict_about(found, "followed by").verdict == Label.UNSUPPORTED


def test_a_pronoun_for_the_earlier_visitor_is_still_denied_on_other_days(tmp_path):
    """Review of round 29: "He" is the earlier sentence's visitor, whom nothing in the claim
    contradicts (no pair, no rank, the recorded place): the days decide, as with his name."""
    for subject in ("He", "Blinken"):
        text = f"{TRIP} {subject} arrived in Beijing on 10 June 2023."
        found = dated_verdicts(tmp_path, text, "2024-04-24")
        assert verdict_about(found, "arrived in").verdict == Label.UNSUPPORTED, subject


def test_borrowed_people_named_by_a_rank_they_do_not_hold_are_not_denied(tmp_path):
    text = f"{TRIP} The trip was followed by a meeting of the two leaders in November."
    found = dated_verdicts(tmp_path, text, "2024-04-24")
    assert verdict_about(found, "followed by").verdict == Label.NOT_CHECKABLE


def test_a_country_of_one_side_after_in_is_a_place_on_the_recorded_days_too(tmp_path):
    """Review of round 29: on the days of the recorded round (30-31 January 2019, in
    Washington) "in China" is a place, as on other days, not the people's title: the claim
    is about a contact the timeline does not hold there, not supported by the Washington
    round."""
    found = dated_verdicts(
        tmp_path, TRIO.format(place="China").replace("10 February", "30 January"), "2019-02-12"
    )
    assert verdict_about(found, "held talks").verdict == Label.NOT_CHECKABLE
    found = dated_verdicts(
        tmp_path, TRIO.format(place="Washington").replace("10 February", "30 January"), "2019-02-12"
    )
    assert verdict_about(found, "held talks").verdict == Label.SUPPORTED


def test_a_pronoun_placing_the_visit_elsewhere_is_not_denied(tmp_path):
    """The twin: the earlier visitor in a city the recorded visit did not include is another
    contact (`elsewhere`), not one the days deny."""
    text = f"{TRIP} He arrived in Guangzhou on 10 June 2023."
    found = dated_verdicts(tmp_path, text, "2024-04-24")
    assert verdict_about(found, "arrived in").verdict == Label.NOT_CHECKABLE
