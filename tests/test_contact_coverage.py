"""Contacts the timeline cannot decide, and contacts it can: made-up sentences in the
shapes of the genre (counts of meetings the table records only in part, counts reaching
before the table, a title's country read as a place, talks about a measure with no people
named, calls said to have been 'spoken'). Rules: docs/factcheck.md, "How a claim finds its
check"."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest
from conftest import dated_article, read_rows
from conftest import longest_verdict as _longest

from analysis.analyses import visits
from analysis.article import frames
from analysis.evidence import factcheck
from analysis.evidence import verdicts as v
from analysis.vocab import Label

WORDS = {number: word for word, number in v.ORDINALS.items()}


def _people(row: dict[str, str]) -> list[str]:
    return [name for name, _ in visits.people(row["visitors"] + ";" + row["hosts"])]


def test_the_table_declares_what_it_records_in_full():
    start, complete = visits.coverage()
    rows = read_rows("sources/visits.csv")
    assert complete and all(any(r["kind"] == k for r in rows) for k in complete)
    assert start <= pd.Timestamp(min(r["start"] for r in rows))


def test_an_ordinal_of_meetings_the_table_holds_only_in_part_is_not_checkable(tmp_path):
    """Two ministers' 'second meeting': the table has a selection of such contacts (not of
    a complete kind), so it cannot count them, even when its count agrees."""
    _, complete = visits.coverage()
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] not in complete]
    row = next(r for r in reversed(rows) if r["kind"] != "call" and len(_people(r)) > 1)
    a, b = _people(row)[:2]
    met = visits.meetings_of([a, b], row["start"])
    text = f"{a} and {b} met in {row['places']}, their {WORDS[len(met)]} meeting."
    x = _longest(tmp_path, text, row["start"])
    assert x.rule == "count of meetings" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "selection" in x.rationale


def test_a_count_reaching_before_the_table_is_not_checkable(tmp_path):
    """'The first ... to visit China in twelve years' needs the years before the table."""
    start, _ = visits.coverage()
    row = next(r for r in read_rows("sources/visits.csv") if r["kind"] == "visit")
    visitor = _people(row)[0]
    day = dt.date.fromisoformat(row["start"])
    years = day.year - start.year + 3
    text = f"{visitor} is the first such official to visit China in {years} years."
    x = _longest(tmp_path, text, row["start"])
    assert x.verdict == Label.NOT_CHECKABLE and "before the first day" in x.rationale, x


def test_an_ordinal_of_meetings_is_never_read_as_a_count_of_visits(tmp_path):
    """'The fifth meeting between Zhang and X' with Zhang unknown to the tables."""
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if r["kind"] == "visit" and r["host_country"] == "CHN"
    )
    visitor = _people(row)[0]
    text = f"This trip marks the fifth meeting between Zhang and {visitor.split()[-1]}."
    x = _longest(tmp_path, f"{visitor} travelled abroad. {text}", row["start"])
    assert x.rule == "count of meetings" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_visitors_own_country_in_a_title_is_not_where_the_contact_was(tmp_path):
    """'United States <title> X on <weekday> met Y': the country is X's, the day decides."""
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if r["kind"] == "visit" and r["host_country"] == "CHN" and r["end"] > r["start"]
    )
    visitor, host = _people(row)[0], _people(row)[-1]
    day = dt.date.fromisoformat(row["start"]) + dt.timedelta(days=1)
    text = f"United States official {visitor} on {day:%A} met {host}."
    x = _longest(tmp_path, text, row["end"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_talks_about_a_measure_with_no_people_are_a_meeting_not_the_measure(tmp_path):
    text = (
        "The two countries on Monday agreed to hold new trade talks in hopes of ending "
        "a dispute over tariffs."
    )
    art = dated_article(tmp_path, text, "2025-06-06")
    (claim,) = art.claims
    assert claim.frame.kind == frames.VISIT
    (x,) = factcheck.check(art)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_call_they_are_said_to_have_spoken_in_is_a_contact(tmp_path):
    row = next(r for r in read_rows("sources/visits.csv") if r["kind"] == "call")
    a, b = _people(row)[:2]
    day = dt.date.fromisoformat(row["start"])
    text = f"{a} and {b} were last known to have spoken to each other on {day:%B} {day.day}."
    later = (day + dt.timedelta(days=20)).isoformat()
    x = _longest(tmp_path, text, later)
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_an_ordinal_of_calls_is_not_counted_as_visits(tmp_path):
    """'Their first direct conversation since November': the table holds some calls only."""
    row = next(r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting")
    a, b = _people(row)[:2]
    day = dt.date.fromisoformat(row["start"]) + dt.timedelta(days=120)
    text = f"{a} had a phone call with {b} on {day:%A}, their first direct conversation since June."
    found = factcheck.check(dated_article(tmp_path, text, day.isoformat()))
    assert any("calls" in x.rationale for x in found), found
    # a call on a day the table has none is not compared with their meetings
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found), found


def test_a_call_on_another_day_than_the_recorded_one_is_not_checkable(tmp_path):
    row = next(r for r in read_rows("sources/visits.csv") if r["kind"] == "call")
    a, b = _people(row)[:2]
    day = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=2)
    text = f"{a} spoke by phone with {b} on {day:%B} {day.day}."
    x = _longest(tmp_path, text, row["end"])
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_day_of_the_month_in_brackets_is_not_an_ordinal(tmp_path):
    """'will leave on Wednesday (3rd) for a seven-day visit': a date, checked as one."""
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if r["kind"] == "visit" and r["host_country"] == "CHN" and r["end"] > r["start"]
    )
    visitor = _people(row)[0]
    leave = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=1)
    days = (dt.date.fromisoformat(row["end"]) - leave).days + 1
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(
        leave.day % 10 if leave.day not in (11, 12, 13) else 0, "th"
    )
    when = f"{leave:%A} ({leave.day}{suffix})"
    text = f"{visitor} will leave for China on {when} for a {days}-day visit."
    x = _longest(tmp_path, text, leave.isoformat())
    assert x.rule == "event dates", x.rationale


def _leaders() -> tuple[str, str, list[dict[str, str]]]:
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting"]
    pairs: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        pairs.setdefault(tuple(sorted(_people(r)[:2])), []).append(r)
    (a, b), met = max(pairs.items(), key=lambda kv: len(kv[1]))
    return a, b, sorted(met, key=lambda r: r["start"])


def test_the_two_leaders_are_the_two_people_named_before(tmp_path):
    a, b, met = _leaders()
    previous, last = met[-2], met[-1]
    text = (
        f"{a} met {b} in {last['places']}. It was the first in-person meeting between "
        f"the two leaders since {previous['start'][:4]}."
    )
    x = _longest(tmp_path, text, last["end"])
    assert x.rule == "count of meetings" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_meeting_named_before_a_tariff_deal_is_a_meeting(tmp_path):
    a, b, met = _leaders()
    day = dt.date.fromisoformat(met[-1]["start"])
    text = (
        f"{a} praised his {day:%A} meeting with {b}, following an agreement to trim tariffs "
        "on farm goods."
    )
    art = dated_article(tmp_path, text, day.isoformat())
    assert art.claims[0].frame.kind == frames.VISIT
    x = _longest(tmp_path, text, day.isoformat())
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_site_the_gazetteer_cannot_place_does_not_contradict_the_host(tmp_path):
    a, b, met = _leaders()
    row = met[-1]
    day = dt.date.fromisoformat(row["start"])
    when = f"{day:%B} {day.day}, {day.year}"
    text = f"{a} and {b} shook hands after their talks at the Hwaseong Air Base on {when}."
    x = _longest(tmp_path, text, row["end"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_year_is_matched_to_the_meeting_within_it(tmp_path):
    """'In <year>, A and B met in person': their meeting in that year, not a nearer one in
    the year before."""
    a, b, met = _leaders()
    for earlier, later in itertools.pairwise(met):
        jan1 = dt.date(int(later["start"][:4]), 1, 1)
        gap_before = (jan1 - dt.date.fromisoformat(earlier["start"])).days
        if (
            earlier["start"][:4] != later["start"][:4]
            and gap_before < (dt.date.fromisoformat(later["start"]) - jan1).days
        ):
            break
    else:
        pytest.skip("no meeting nearer to the next year's first day than that year's")
    text = f"In {later['start'][:4]}, {a} and {b} met in person."
    x = _longest(tmp_path, text, later["end"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_holding_a_round_of_talks_with_someone_is_a_meeting(tmp_path):
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if r["kind"] == "visit" and r["host_country"] == "CHN" and r["hosts"]
    )
    visitor, host = _people(row)[0], _people(row)[-1]
    day = dt.date.fromisoformat(row["start"])
    city = row["places"].split(";")[0]
    text = (
        f"On {day:%A}, {host} held a new round of strategic communication with {visitor} in {city}."
    )
    x = _longest(tmp_path, text, row["start"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_day_something_was_said_does_not_date_the_contact(tmp_path):
    """'X told reporters in <city> on <day> that the visit will include meetings with Y':
    the day and the city are the saying's."""
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if r["kind"] == "visit" and r["host_country"] == "CHN" and r["hosts"]
    )
    visitor, host = _people(row)[0], _people(row)[-1]
    before = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=40)
    text = (
        f"A spokesman told reporters in Geneva on {before:%B} {before.day} that "
        f"{visitor}'s visit will include meetings with {host}."
    )
    x = _longest(tmp_path, text, row["start"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_delegation_listed_with_titles_is_one_contact(tmp_path):
    row = next(
        r
        for r in reversed(read_rows("sources/visits.csv"))
        if len(visits.people(r["visitors"])) >= 3 and not r["hosts"]
    )
    (a, ra), (b, rb), (c, rc) = visits.people(row["visitors"])[-3:]
    title = {p: role.split(";")[0] for p, role in ((a, ra), (b, rb), (c, rc))}
    text = f"The delegation included {title[a]} {a}, {title[b]} {b}, and {title[c]} {c}."
    x = _longest(tmp_path, text, row["end"])
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
    assert x.claim.text.endswith(c), x.claim.text


def test_a_visit_about_to_begin_is_the_coming_one(tmp_path):
    """'X sets off for an N-day visit to China', the day before it: not X's earlier visit
    but the coming one, which was not public then: not checkable, shown since then
    (round 42, ahead42; was supported by it)."""
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "visit"]
    firsts = [_people(r)[0] for r in rows]
    row = next(r for r, n in zip(rows[::-1], firsts[::-1], strict=True) if firsts.count(n) > 1)
    visitor = _people(row)[0]
    start, end = (dt.date.fromisoformat(row[k]) for k in ("start", "end"))
    days = (end - start).days + 1
    text = f"{visitor} sets off for {days}-day visit to {row['places'].split(';')[0]}"
    x = _longest(tmp_path, text + ".", (start - dt.timedelta(days=1)).isoformat())
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert row["start"] in x.rationale and [e.published for e in x.later] == [start]


def test_a_visit_dated_before_every_recorded_contact_does_not_crash(tmp_path):
    """An article written before the timeline's first contact leaves an empty table; the
    place test on it must still be a boolean mask (it raised TypeError on two StringArrays)."""
    first = min(pd.Timestamp(r["start"]) for r in read_rows("sources/visits.csv"))
    as_of = first - pd.Timedelta(days=visits.AHEAD_DAYS + 30)
    text = f"Chinese officials visited Washington three times in {as_of.year - 1}."
    x = _longest(tmp_path, text, as_of.date().isoformat())
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_check_that_raises_leaves_its_claim_not_checkable(tmp_path, monkeypatch):
    """A crash in one check warns and leaves that claim not checkable; the others go on."""

    def broken(ctx, claim):
        raise TypeError("boom")

    monkeypatch.setattr(factcheck, "CHECKS", (broken,))
    text = "China banned gallium exports. The US added 12 firms to the Entity List."
    with pytest.warns(RuntimeWarning, match="boom"):
        found = factcheck.check(dated_article(tmp_path, text, "2024-06-15"))
    assert len(found) >= 2
    assert all(x.verdict == Label.NOT_CHECKABLE and x.rule == "check failed" for x in found)
