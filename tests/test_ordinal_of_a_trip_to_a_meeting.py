"""An ordinal before a trip to a meeting counts the trips, not the meetings (round 34, rev34
review of fx34o): "Xi's first trip to the summit, where he met Biden" is no claim that the
meeting was their first, so it is not set against the timeline's count of meetings. An
ordinal within three words of its meeting noun still counts the meetings. Made-up
sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import longest_verdict

from analysis.vocab import Label


def test_a_first_trip_to_a_summit_is_no_count_of_meetings(tmp_path: Path) -> None:
    text = "Xi's first trip to the summit, where he met Biden in Woodside, came in November 2023."
    found = longest_verdict(tmp_path, text, "2023-11-25")
    assert found.rule != "count of meetings"
    assert "number 2, not 1" not in found.rationale


def test_a_first_in_person_meeting_is_still_counted(tmp_path: Path) -> None:
    text = "Xi held his first face-to-face meeting with Biden in Bali on November 14, 2022."
    found = longest_verdict(tmp_path, text, "2022-11-25")
    assert found.rule == "count of meetings"
    assert found.verdict == Label.SUPPORTED
