"""An event dated by a week ("this week", "last week") is met by a recorded event any of
whose days fall in that week (the Madrid talks of Sunday 14 and Monday 15 September 2025
are "this week" to an article of the Monday); a month still needs the event inside it
(round 38, fx38d)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analysis.evidence import verdicts as v
from tests.conftest import dated_verdicts, verdict_about

TALKS = (
    "US Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng {} trade talks "
    "in Madrid {}."
)


def _event(tmp_path: Path, text: str, day: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, day), "trade talks")


def test_talks_overlapping_the_week_meet_it(tmp_path: Path) -> None:
    for verb, when, day in (
        ("hold", "this week", "2025-09-15"),
        ("held", "last week", "2025-09-22"),
    ):
        got = _event(tmp_path, TALKS.format(verb, when), day)
        assert got.rule == "event dates"
        assert got.verdict == "supported", (when, got.rationale)


def test_talks_outside_the_week_do_not(tmp_path: Path) -> None:
    got = _event(tmp_path, TALKS.format("held", "last week"), "2025-09-30")
    assert got.verdict == "unsupported"


def test_a_month_or_a_span_of_days_still_needs_the_event_inside() -> None:
    talks = (dt.date(2025, 9, 14), dt.date(2025, 9, 15))
    september_half = (dt.date(2025, 9, 15), dt.date(2025, 9, 30))
    assert v.decide_event_dates(september_half, talks, "the talks", coarse=True).label == (
        "partly supported"
    )
    week = (dt.date(2025, 9, 15), dt.date(2025, 9, 21))
    assert v.decide_event_dates(week, talks, "the talks", coarse=True).label == "supported"
    assert v.decide_event_dates(week, talks, "the talks", coarse=False).label == (
        "partly supported"
    )


def test_a_week_overlap_does_not_let_a_city_stand_for_the_recorded_places() -> None:
    talks = (dt.date(2025, 9, 14), dt.date(2025, 9, 15))
    week = (dt.date(2025, 9, 15), dt.date(2025, 9, 21))
    strict = v.decide_event_dates(week, talks, "the talks", coarse=True, weeks=False)
    assert strict.label == "partly supported"
