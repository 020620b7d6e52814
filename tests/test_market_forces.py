"""Market forces as subjects (round 29, fix29): a measure word that qualifies a noun of the
market ("lower oil prices", "its lower costs") or has one as its subject ("a stronger dollar
restricted exports") names no measure (`market_forces`, `measure_reading.action`); a party's verb in
the same words stays a measure. Made-up sentences; the decided twin's day comes from the
measures table."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, longest_verdict, read_rows

from analysis.article import measure_reading
from analysis.evidence.model import Verdict
from analysis.vocab import Label

DECISIVE = (Label.SUPPORTED, Label.PARTLY, Label.MISLEADING, Label.UNSUPPORTED)


def _licence_row() -> dict[str, str]:
    """China's gallium licensing, the measure the decided twin names."""
    rows = read_rows("sources/measures.csv")
    return next(r for r in rows if r["measure_id"] == "chn-2023-07-03-gallium-germanium-licensing")


def _day(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day:%B} {day.day}, {day.year}"


def test_a_comparative_on_a_market_noun_is_no_relaxation():
    assert (
        measure_reading.action("as softer consumer demand and lower coal prices curbed imports")
        == ""
    )
    assert (
        measure_reading.action("the country leads the industry thanks to its lower labour costs")
        == ""
    )


def test_a_market_noun_as_the_subject_of_a_measure_verb_names_no_measure():
    assert measure_reading.action("a stronger dollar restricted exports of soybeans") == ""
    assert measure_reading.action("weak demand has limited shipments of copper") == ""


def test_a_party_s_measure_verb_and_tariff_cut_stay_measures():
    assert measure_reading.action("Canada restricted exports of soybeans") == "restriction"
    assert measure_reading.action("Brazil lowered tariffs on steel") == "relaxation"
    assert measure_reading.action("the pact will lower tariff rates on cars") == "relaxation"


def test_a_measure_between_the_comparative_and_the_market_noun_stays_a_measure():
    assert measure_reading.action("lower tariffs cut costs for farmers") == "relaxation"
    assert measure_reading.action("stronger controls raised prices of tin") == "restriction"


def _checked(tmp_path, subject: str) -> list[Verdict]:
    row = _licence_row()
    text = f"{subject} curbed exports of gallium on {_day(row['announced'])}."
    return dated_verdicts(tmp_path, text, row["effective"])


def test_a_market_force_curbing_exports_is_not_checked_as_a_measure(tmp_path):
    found = _checked(tmp_path, "Weaker demand and lower chip prices")
    assert all(x.claim.frame.kind != "measure" for x in found)
    assert all(x.verdict not in DECISIVE for x in found)


def test_a_trade_figure_a_market_force_moved_is_a_trade_claim(tmp_path):
    text = "The deficit fell 9.5 percent to $42.3 billion as lower oil prices curbed imports."
    x = longest_verdict(tmp_path, text, "2023-08-01")
    assert x.claim.frame.kind == "trade"


def test_a_party_curbing_exports_on_its_day_stays_decided(tmp_path):
    x = max(_checked(tmp_path, "China"), key=lambda x: x.claim.end - x.claim.start)
    assert x.claim.frame.kind == "measure"
    assert x.verdict in DECISIVE
