"""Claims about officials' offices, on made-up sentences: an office named in an appositive
with no article ("X, Chinese Ambassador to the United States, said"), and when an official
took office ("was sworn in as ... on <day>"), against the officials table. Rules:
docs/factcheck.md, "office held"."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import office_verdicts as _office_claims
from conftest import read_rows

from analysis.article import gazetteer as gz
from analysis.vocab import Label


def _offices(precision: int) -> list[dict[str, str]]:
    """Officials-table rows whose start is given to the day (10) or the month (7)."""
    return [r for r in read_rows("sources/officials.csv") if len(r["start"]) == precision]


def _demonym(country: str) -> str:
    return next(word for word, iso in gz.demonyms().items() if iso == country and " " not in word)


def test_an_office_in_an_appositive_after_a_nationality_is_a_claim(tmp_path):
    row = next(r for r in _offices(10) if not r["end"])
    day = (dt.date.fromisoformat(row["start"]) + dt.timedelta(days=30)).isoformat()
    title = row["role"].split(" (")[0]
    text = f"{row['name']}, {_demonym(row['country'])} {title}, said the talks went well."
    (x,) = _office_claims(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED and x.rule == "office held", x.rationale


@pytest.mark.parametrize(("shift", "verdict"), [(0, Label.SUPPORTED), (3, Label.PARTLY)])
def test_the_day_an_official_took_office_is_checked_against_the_table(tmp_path, shift, verdict):
    row = next(r for r in reversed(_offices(10)) if r["role_keywords"])
    start = dt.date.fromisoformat(row["start"])
    day = start - dt.timedelta(days=shift)
    text = f"{row['name']} was sworn in on {day:%B} {day.day}, {day.year}."
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=60)).isoformat())
    assert x.verdict == verdict, x.rationale


def test_a_wrong_month_for_taking_office_is_unsupported(tmp_path):
    row = next(
        r
        for r in reversed(_offices(10))
        if sum(o["name"] == r["name"] for o in read_rows("sources/officials.csv")) == 1
    )
    start = dt.date.fromisoformat(row["start"])
    wrong = start + dt.timedelta(days=75)
    text = f"{row['name']} took office in {wrong:%B} {wrong.year}."
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=400)).isoformat())
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_start_known_only_to_the_month_holds_any_day_of_it(tmp_path):
    row = _offices(7)[0]
    start = dt.date.fromisoformat(row["start"] + "-01")
    day = start.replace(day=20)
    text = f"{row['name']} took office on {day:%B} {day.day}, {day.year}."
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=400)).isoformat())
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_title_before_a_name_in_a_clause_making_no_other_claim_is_an_office_claim(tmp_path):
    # the first ambassador row with both ends given to the day or month
    row = next(
        r
        for r in read_rows("sources/officials.csv")
        if r["start"] and r["end"] and "Ambassador" in r["role"]
    )
    start = dt.date.fromisoformat(row["start"] if len(row["start"]) == 10 else row["start"] + "-01")
    text = (
        f"The new consulate building was opened by {row['role']} {row['name']}, along with "
        "embassy staff."
    )
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=60)).isoformat())
    assert x.verdict == Label.SUPPORTED and row["name"] in x.claim.text
    later = dt.date.fromisoformat(row["end"][:7] + "-01") + dt.timedelta(days=400)
    # after the term, a past act's title may be the office held then (round 23, fco14) ...
    (x,) = _office_claims(tmp_path, text, later.isoformat())
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    # ... but not a speaker's: a statement reported as news is made in office
    said = f"The consulate will stay open, said {row['role']} {row['name']}."
    (x,) = _office_claims(tmp_path, said, later.isoformat())
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    # a title in a clause that is a claim of its own: the clause keeps it, and the title and
    # the name are an office claim of their own (round 23, fco14)
    text = f"{row['role']} {row['name']} visited Beijing on 3 March."
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=60)).isoformat())
    assert x.claim.text == f"{row['role']} {row['name']}" and x.verdict == Label.SUPPORTED
    # and an official who is the subject of a verb in a clause making no other claim: the
    # clause states the office (round 23, fco14; it was left out before)
    text = f"{row['role']} {row['name']} praised the embassy staff."
    (x,) = _office_claims(tmp_path, text, (start + dt.timedelta(days=60)).isoformat())
    assert x.verdict == Label.SUPPORTED
