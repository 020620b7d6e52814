"""An ordinal is a count of meetings only when it counts a meeting noun ("his third and
final in-person meeting"), not when the claim tells a trip beside a meeting of others ("his
first to the US since 2022, ... to prepare a meeting between the leaders"): the leaders'
meetings, held in full, do not count someone else's trips (round 34, fx34o)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label

TRIP = (
    "Wang Yi will travel to Washington this week. The trip, starting Thursday, will be his "
    "first to the US since September 2022, and is meant to prepare a meeting between Xi "
    "Jinping and Joe Biden next month."
)


def test_a_trip_beside_a_meeting_is_not_counted_among_meetings(tmp_path: Path) -> None:
    found = next(x for x in dated_verdicts(tmp_path, TRIP, "2023-10-23") if "first" in x.claim.text)
    assert found.rule != "count of meetings"
    assert found.verdict == Label.NOT_CHECKABLE


def test_an_ordinal_of_meetings_a_few_words_on_is_counted(tmp_path: Path) -> None:
    """Told after the meeting, counted and decided; told two days ahead, counted but not
    checkable: the meeting counted up to was not public then (round 42, ahead42)."""
    text = "Joe Biden held his third and final in-person meeting with Xi Jinping in Lima."
    found = next(x for x in dated_verdicts(tmp_path, text, "2024-11-20") if "third" in x.claim.text)
    assert found.rule == "count of meetings"
    assert found.verdict == Label.SUPPORTED
    text = "Joe Biden will hold his third and final in-person meeting with Xi Jinping in Lima."
    found = next(x for x in dated_verdicts(tmp_path, text, "2024-11-14") if "third" in x.claim.text)
    assert found.rule == "count of meetings"
    assert found.verdict == Label.NOT_CHECKABLE and len(found.later) == 1
