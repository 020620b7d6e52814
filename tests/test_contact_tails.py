"""A contact clause's tail (round 35, fx35g): after "X met with his counterpart", a clause
that only names the person met ("Xi Jinping") or says when and where ("on 30 October in
South Korea") is part of the contact's claim, so that the event-dates check reads its day
and place (was cut off: the contact was read without its day, as a measure of X's). Made-up
sentences built from the `visits` rows. Rules: docs/factcheck.md, "contact_tail"."""

from __future__ import annotations

import datetime as dt

from conftest import checked_about, read_rows

from analysis.analyses import visits
from analysis.article import joined
from analysis.vocab import Label


def _summit() -> tuple[str, str, dict[str, str]]:
    """The latest leaders' meeting held in one city, and its two leaders."""
    row = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == "leaders_meeting" and ";" not in r["places"]
    ][-1]
    names = [n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])]
    return names[0], names[1], row


def _told(first: str, second: str, day: dt.date, city: str) -> str:
    return (
        f"{first.split()[-1]} met with his counterpart, {second}, on {day:%B} {day.day} in {city}, "
        "where the two leaders agreed to keep talking."
    )


def test_the_day_and_place_after_an_apposition_are_the_contacts(tmp_path):
    first, second, row = _summit()
    day = dt.date.fromisoformat(row["start"])
    text = _told(first, second, day, row["places"])
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=3)).isoformat(), "met with")
    assert f"{day:%B} {day.day}" in x.claim.text, x.claim.text
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_wrong_day_in_the_tail_is_caught(tmp_path):
    first, second, row = _summit()
    day = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=9)
    text = _told(first, second, day, row["places"])
    published = (dt.date.fromisoformat(row["start"]) + dt.timedelta(days=3)).isoformat()
    x = checked_about(tmp_path, text, published, "met with")
    assert x.rule == "event dates" and x.verdict in (Label.UNSUPPORTED, Label.PARTLY), x.rationale


class _Clause:
    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.end, self.types = text, start, start + len(text), []


def test_a_clause_saying_more_is_no_tail():
    """Only names, days, places and `contact_tail_words`: a clause with a verb of its own
    is not the contact's tail."""
    contact = _Clause("Yellen met with officials", 0)
    assert not joined.contact_tail(contact, _Clause("who agreed to talk", 27), [], [])
    assert joined.contact_tail(contact, _Clause("on Friday", 27), [], [(30, 36)])
    assert not joined.contact_tail(
        _Clause("Yellen praised officials", 0), _Clause("on Friday", 27), [], [(30, 36)]
    )


def test_a_contact_placed_months_after_the_article_is_not_checkable(tmp_path):
    """'A possible meeting ... in <month>', months before it: the row recorded later never
    decides it (was supported by the meeting the timeline holds); the same sentence within
    `visits.AHEAD_DAYS` of the meeting is still checked."""
    first, second, row = _summit()
    day = dt.date.fromisoformat(row["start"])
    text = (
        f"They come ahead of a possible meeting between US President {first} and {second} "
        f"scheduled for {day:%B} in {row['places']}."
    )
    early = (day - dt.timedelta(days=visits.AHEAD_DAYS + 60)).isoformat()
    x = checked_about(tmp_path, text, early, "possible meeting")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "after the article" in x.rationale or "days after" in x.rationale
    near = (day - dt.timedelta(days=2)).isoformat()
    y = checked_about(tmp_path, text, near, "possible meeting")
    assert y.verdict != Label.NOT_CHECKABLE or "days after the article" not in y.rationale


def test_a_scheduled_contact_months_ahead_is_not_checkable_either(tmp_path):
    """Without any word of doubt ('a meeting scheduled for <month>'), the contact is still
    told before it took place: the row, made when it did, is later data and decides nothing."""
    first, second, row = _summit()
    day = dt.date.fromisoformat(row["start"])
    text = f"A meeting between {first} and {second} is scheduled for {day:%B} {day.year}."
    early = (day - dt.timedelta(days=visits.AHEAD_DAYS + 60)).isoformat()
    x = checked_about(tmp_path, text, early, "scheduled for")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "days after the article" in x.rationale
