"""Contacts announced ahead of the article (round 42, ahead42): a contact the timeline
records as beginning after the article's date was not public on that date, so it never
decides a claim; the claim is not checkable and the row is shown under `later` with its
date. A contact under way on the date, one reported as past and a call of the day before
are decided. Made-up sentences built from the `visits` rows (read with the csv module).
Rules: docs/factcheck.md, "Visits and meetings"."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import checked_about, dated_verdicts, read_rows

from analysis.analyses import visits
from analysis.vocab import Label

# the rules of the contact checks (`contact_checks`)
CONTACT_RULES = ("event dates", "count of visits", "count of meetings")


def _trip() -> tuple[str, str, dict[str, str]]:
    """The latest visit of a US official to China with an end day: visitor, city, row."""
    rows = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == visits.VISIT and r["host_country"] == "CHN" and r["end"] > r["start"]
    ]
    row = rows[-1]
    return visits.people(row["visitors"])[0][0], row["places"].split(";")[0], row


def _call() -> tuple[str, str, dict[str, str]]:
    """The latest call of two named people on either side."""
    row = [r for r in read_rows("sources/visits.csv") if r["kind"] == "call"][-1]
    first, second = (n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])[:2])
    return first, second, row


def _day(value: str, shift: int = 0) -> dt.date:
    return dt.date.fromisoformat(value) + dt.timedelta(days=shift)


def _words(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def test_a_trip_announced_ahead_is_not_checkable_with_the_row_since_then(tmp_path):
    visitor, city, row = _trip()
    start = _day(row["start"])
    text = f"{visitor} will travel to {city} on {_words(start)} for talks."
    x = checked_about(tmp_path, text, _day(row["start"], -3).isoformat(), "will travel")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "when they take place" in x.rationale and f"took place on {start}" in x.rationale
    assert x.evidence == () and [e.published for e in x.later] == [start]
    assert x.later[0].dataset == visits.TABLE


def test_an_undated_trip_announced_ahead_is_not_checkable_either(tmp_path):
    """'will travel to', no day: the coming visit is the one meant, shown since then."""
    visitor, city, row = _trip()
    x = checked_about(
        tmp_path, f"{visitor} will travel to {city}.", _day(row["start"], -2).isoformat(), city
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert [e.published for e in x.later] == [_day(row["start"])]


def test_a_trip_announced_with_no_coming_row_is_a_plan_not_an_earlier_visit(tmp_path):
    """Weeks after the trip ended and none of the visitor's begins within `AHEAD_DAYS`:
    the earlier visit neither bears out nor refutes a coming one (was: supported by it)."""
    visitor, city, row = _trip()
    day = _day(row["end"], 30)
    later = [
        r
        for r in read_rows("sources/visits.csv")
        if visitor in r["visitors"] + r["hosts"]
        and day < _day(r["start"]) <= day + dt.timedelta(days=visits.AHEAD_DAYS)
    ]
    assert not later
    x = checked_about(tmp_path, f"{visitor} will travel to {city}.", day.isoformat(), city)
    assert x.verdict == Label.NOT_CHECKABLE and "still to come" in x.rationale, x.rationale
    assert x.evidence == ()


def test_a_trip_under_way_on_the_articles_date_is_decided(tmp_path):
    """Begun the day before the article: public, dated by its start, and its length (its
    end after the article's date) is checked against the claim."""
    visitor, city, row = _trip()
    days = (_day(row["end"]) - _day(row["start"])).days + 1
    text = f"{visitor} is in {city} this week for a {days}-day visit."
    x = checked_about(tmp_path, text, _day(row["start"], 1).isoformat(), "visit")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
    assert x.later == () and [e.published for e in x.evidence] == [_day(row["start"])]


def test_a_trip_reported_as_past_is_decided(tmp_path):
    visitor, city, row = _trip()
    text = f"{visitor} visited {city} on {_words(_day(row['start']))}."
    x = checked_about(tmp_path, text, _day(row["end"], 5).isoformat(), "visited")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
    wrong = f"{visitor} visited {city} on {_words(_day(row['start'], -40))}."
    y = checked_about(tmp_path, wrong, _day(row["end"], 5).isoformat(), "visited")
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_call_the_day_before_the_article_is_decided(tmp_path):
    first, second, row = _call()
    day = _day(row["start"])
    text = f"{first} spoke with {second} by phone on {_words(day)}."
    x = checked_about(tmp_path, text, _day(row["start"], 1).isoformat(), "spoke")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_an_ordinal_of_a_visit_about_to_begin_is_not_checkable(tmp_path):
    """'This is her second visit to China', the day before it began: the count ends on a
    visit that was not public then (was: decided by counting up to it)."""
    visitor, _, row = _trip()
    text = f"This is {visitor}'s second visit to China."
    x = checked_about(tmp_path, text, _day(row["start"], -1).isoformat(), "second visit")
    assert x.rule == "count of visits" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert [e.published for e in x.later] == [_day(row["start"])]


def _told(row: dict[str, str]) -> list[tuple[str, str]]:
    """Sentences about one contact, each with an article date around it."""
    names = [n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])]
    place = row["places"].split(";")[0] or "Washington"
    start, end = _day(row["start"]), _day(row["end"] or row["start"])
    sentences = [
        f"{names[0]} will meet {names[-1]} in {place} on {_words(start)}.",
        f"{names[0]} met {names[-1]} in {place} on {_words(start)}.",
        f"{names[0]} will travel to {place}.",
        f"{names[0]} and {names[-1]} are due to hold their talks in {place} on {_words(start)}.",
    ]
    days = [start - dt.timedelta(days=k) for k in (1, 3, visits.AHEAD_DAYS)] + [start, end]
    return [(s, d.isoformat()) for s in sentences for d in days]


@pytest.mark.parametrize("kind", ["visit", "leaders_meeting", "talks", "call"])
def test_no_contact_verdict_rests_on_a_row_begun_after_the_article(tmp_path, kind):
    """Over made-up sentences about the latest contact of each kind, told before, on and
    during it: every row a contact verdict decides on began by the article's date."""
    row = [r for r in read_rows("sources/visits.csv") if r["kind"] == kind][-1]
    starts = dict(
        zip(visits.official_contacts()["row"], visits.official_contacts()["start"], strict=True)
    )
    seen = 0
    for text, published in _told(row):
        for x in dated_verdicts(tmp_path, text, published):
            if x.rule not in CONTACT_RULES:
                continue
            for e in x.evidence:
                if e.dataset != visits.TABLE:
                    continue
                seen += 1
                begun = [starts[r].date() for r in e.rows]
                assert max(begun) <= dt.date.fromisoformat(published), (
                    text,
                    published,
                    x.rationale,
                )
                assert e.published is not None and str(e.published) <= published
    assert seen  # some verdicts were decided on the rows: the test looked at something
