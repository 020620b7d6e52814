"""Offices stated as a predicate, on made-up sentences: "X is the <office>", "X was the
<office> in <year>", "X became <office> in <month>", against the officials table. Rules:
docs/factcheck.md, "office held"."""

from __future__ import annotations

import datetime as dt

from conftest import office_verdicts as _office_claims
from conftest import read_rows

from analysis.vocab import Label


def _succession() -> tuple[dict[str, str], dict[str, str]]:
    """Two holders of one office, both dated to the day: the earlier one's term ended
    before the later one's began."""
    rows = [r for r in read_rows("sources/officials.csv") if r["role_keywords"]]
    for new in rows:
        for old in rows:
            if (
                old["role"] == new["role"]
                and len(new["start"]) == 10
                and len(old["start"]) == 10
                and len(old["end"]) == 10
                and old["end"] <= new["start"]
            ):
                return old, new
    raise AssertionError("no office with two dated holders in the officials table")


def _title(row: dict[str, str]) -> str:
    return row["role"].split(" (")[0]


def test_an_office_after_is_is_held_on_the_articles_date(tmp_path):
    old, new = _succession()
    day = (dt.date.fromisoformat(new["start"]) + dt.timedelta(days=40)).isoformat()
    (x,) = _office_claims(tmp_path, f"{new['name']} is the {_title(new)}.", day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    (y,) = _office_claims(tmp_path, f"{old['name']} is the {_title(old)}.", day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_an_office_after_was_is_held_in_the_year_the_clause_gives(tmp_path):
    old, new = _succession()
    end = dt.date.fromisoformat(old["end"])
    later = dt.date.fromisoformat(new["start"]) + dt.timedelta(days=400)
    day = later.isoformat()
    text = f"{old['name']} was the {_title(old)} in {end.year}."
    (x,) = _office_claims(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    text = f"{old['name']} was the {_title(old)} in {later.year}."
    (y,) = _office_claims(tmp_path, text, day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    # undated: held at some time by the article's date
    (z,) = _office_claims(tmp_path, f"{old['name']} was the {_title(old)}.", day)
    assert z.verdict == Label.SUPPORTED, z.rationale


def test_became_states_the_first_day_of_the_office(tmp_path):
    _, new = _succession()
    start = dt.date.fromisoformat(new["start"])
    day = (start + dt.timedelta(days=200)).isoformat()
    text = f"{new['name']} became {_title(new)} in {start:%B} {start.year}."
    (x,) = _office_claims(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = start.replace(year=start.year - 2)
    text = f"{new['name']} became {_title(new)} in {wrong:%B} {wrong.year}."
    (y,) = _office_claims(tmp_path, text, day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_became_with_an_office_the_person_never_held_is_unsupported(tmp_path):
    rows = [r for r in read_rows("sources/officials.csv") if r["role_keywords"]]
    _, new = _succession()
    other = next(
        r
        for r in rows
        if r["country"] == new["country"]
        and r["name"] != new["name"]
        and len(r["start"]) == 10
        and not r["end"]
        and not any(o["name"] == r["name"] and o["role"] == new["role"] for o in rows)
        and r["role_keywords"] not in new["role_keywords"]
        and new["role_keywords"] not in r["role_keywords"]
    )
    start = dt.date.fromisoformat(other["start"])
    day = (max(start, dt.date.fromisoformat(new["start"])) + dt.timedelta(days=60)).isoformat()
    text = f"{other['name']} became {_title(new)} in {start:%B} {start.year}."
    (x,) = _office_claims(tmp_path, text, day)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_predicate_that_only_mentions_an_office_later_is_no_office_claim(tmp_path):
    _, new = _succession()
    day = (dt.date.fromisoformat(new["start"]) + dt.timedelta(days=40)).isoformat()
    text = (
        f"{new['name']} is also expected to meet with the delegation and possibly "
        f"the {_title(new)} of another country."
    )
    assert _office_claims(tmp_path, text, day) == []


def test_a_date_that_is_not_the_predicates_own_time_gives_no_span(tmp_path):
    # "X was the first <office> to visit China since <year>": the year starts the count of
    # visits, not the time the office was held (dt17, round 25)
    _, new = _succession()
    start = dt.date.fromisoformat(new["start"])
    day = (start + dt.timedelta(days=200)).isoformat()
    text = f"{new['name']} was the first {_title(new)} to visit China since {start.year - 3}."
    (x,) = _office_claims(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    # the predicate's own year still decides: a year before the term is refuted
    text = f"{new['name']} was the {_title(new)} in {start.year - 3}."
    (y,) = _office_claims(tmp_path, text, day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    assert y.rationale.startswith(f"Between {start.year - 3}-01-01"), y.rationale
