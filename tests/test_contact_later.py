"""A contact the timeline records as beginning after the article's date cannot deny a
dated claim (round 28, fck20): set against a claim on other days ("spoke with ... today",
three days before a summit) it records another contact, which the timeline, a selection,
may lack. An announced meeting on its recorded days is not checkable since round 42 (it
was not public on the article's date), and a claim on the wrong days told after the
recorded contact stays unsupported. Made-up sentences built
from the `visits` rows. Rules: docs/factcheck-log.md, "Visits, counts and other claims
(round 28, branch fck20)"."""

from __future__ import annotations

import datetime as dt

from conftest import longest_verdict as _longest
from conftest import read_rows

from analysis.analyses import visits
from analysis.vocab import Label


def _meeting() -> tuple[str, str, dict[str, str]]:
    """The latest leaders' meeting with both leaders named among its people."""
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting"]
    row = rows[-1]
    names = [n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])]
    return names[0], names[1], row


def _day(row: dict[str, str], shift: int) -> dt.date:
    return dt.date.fromisoformat(row["start"]) + dt.timedelta(days=shift)


def _words(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def test_a_meeting_announced_days_ahead_is_not_checkable(tmp_path):
    """The twin: a meeting announced two days ahead was not public on the article's date
    (round 42, ahead42; was supported): shown since then, with its day."""
    a, b, row = _meeting()
    day = _day(row, 0)
    text = f"{a} will meet {b} in {row['places'].split(';')[0]} on {_words(day)}."
    x = _longest(tmp_path, text, _day(row, -2).isoformat())
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert [e.published for e in x.later] == [day] and x.evidence == ()


def test_the_same_meeting_told_after_it_stays_supported(tmp_path):
    a, b, row = _meeting()
    text = f"{a} met {b} in {row['places'].split(';')[0]} on {_words(_day(row, 0))}."
    x = _longest(tmp_path, text, _day(row, 1).isoformat())
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_contact_days_before_a_recorded_later_one_is_not_denied_by_it(tmp_path):
    """'A spoke with B on <day>', the article of that day, the summit three days on."""
    a, b, row = _meeting()
    day = _day(row, -3)
    x = _longest(tmp_path, f"{a} spoke with {b} on {_words(day)}.", day.isoformat())
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_contact_on_the_wrong_day_after_a_recorded_one_stays_unsupported(tmp_path):
    """The twin: told after the recorded meeting, a day three days before it is wrong."""
    a, b, row = _meeting()
    day = _day(row, -3)
    text = f"{a} met {b} in {row['places'].split(';')[0]} on {_words(day)}."
    x = _longest(tmp_path, text, _day(row, 5).isoformat())
    assert x.rule == "event dates" and x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_wrong_place_on_a_recorded_day_is_not_decided_by_a_later_contact_there(
    tmp_path,
):
    """The twin: the pair met elsewhere on the claimed day, and their only contact at the
    claimed place began after the article. That contact, not public then, decides nothing
    (round 42, ahead42; was unsupported on its days); the claim's place against the day's
    recorded one is the `elsewhere` rule's, which a selection of places leaves open."""
    rows = read_rows("sources/visits.csv")
    for row in rows:
        names = [n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])]
        later = [
            r
            for r in rows
            if r["start"] > row["end"]
            and r["places"]
            and r["places"].split(";")[0] not in row["places"]
            and all(visits.names(n, r["visitors"] + ";" + r["hosts"]) for n in names[:2])
        ]
        if len(names) >= 2 and row["places"] and later:
            break
    else:
        raise AssertionError("no pair in visits.csv met at two places in turn")
    place = later[0]["places"].split(";")[0]
    text = f"{names[0]} met {names[1]} in {place} on {_words(_day(row, 0))}."
    x = _longest(tmp_path, text, _day(later[0], -2).isoformat())
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert [e.published for e in x.later] == [_day(later[0], 0)]
