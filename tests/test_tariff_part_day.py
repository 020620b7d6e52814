"""A tariff claim dated to the day another part of its measure took effect (docs/factcheck-log.md,
"Checker logic, round 31 (branch clean31)"): the day matched the measure, and the rate was
compared, but not the day that rate applies from (the tariff table's `effective`, else the
measure's). Made-up sentences; the rows and days come from the tables."""

from __future__ import annotations

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence.measure_details import day_of
from analysis.evidence.rate_named import rates_table
from analysis.vocab import Label

_AS_OF = "2026-02-10"


def _staged() -> tuple[pd.Series, pd.Series, pd.Series]:
    """A US measure with a rate applying from its own effective day (no day of the row)
    and a rate of a later step (a day of the row): electric vehicles and semiconductors
    of the 2024 Section 301 modifications."""
    table = rates_table()
    catalog = measures.measures()
    for mid, rows in table.groupby("measure_id"):
        first = rows.loc[
            rows["effective"].isna() & rows["goods"].map(lambda g: "electric_vehicles" in g)
        ]
        later = rows.loc[
            rows["effective"].notna() & rows["goods"].map(lambda g: "semiconductors" in g)
        ]
        m = catalog.loc[catalog["measure_id"] == mid]
        if len(first) and len(later) and len(m) and day_of(m.iloc[0]["effective"]):
            return m.iloc[0], first.iloc[0], later.iloc[0]
    raise AssertionError("no staged measure in the tables")


def _day(d) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _about(tmp_path, text: str):
    return verdict_about(dated_verdicts(tmp_path, text, _AS_OF), "tariffs")


def test_a_rate_dated_to_another_part_s_day_is_unsupported(tmp_path):
    _, first, later = _staged()
    step = day_of(later["effective"])
    text = (
        f"The United States raised tariffs on Chinese electric vehicles to "
        f"{first['rate_pct']:g}% on {_day(step)}."
    )
    x = _about(tmp_path, text)
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "another part of the measure" in x.rationale, x.rationale


def test_a_later_step_dated_to_the_measure_s_own_day_is_unsupported(tmp_path):
    m, _, later = _staged()
    text = (
        f"The United States raised tariffs on Chinese semiconductors to "
        f"{later['rate_pct']:g}% on {_day(day_of(m['effective']))}."
    )
    x = _about(tmp_path, text)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_the_rate_on_its_own_day_stays_supported(tmp_path):
    m, first, _ = _staged()
    text = (
        f"The United States raised tariffs on Chinese electric vehicles to "
        f"{first['rate_pct']:g}% on {_day(day_of(m['effective']))}."
    )
    x = _about(tmp_path, text)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_claim_naming_no_goods_is_dated_by_the_rows_of_its_rate(tmp_path):
    """No goods: every row of the measure is read, and the semiconductors' row applies from
    the claim's day; the rows of the claim's rate do not (round 31, clean31)."""
    _, first, later = _staged()
    table = rates_table()
    same_rate_that_day = table.loc[
        (table["rate_pct"] == first["rate_pct"]) & (table["effective"] == later["effective"])
    ]
    assert same_rate_that_day.empty  # no row sets the claim's rate from that day
    text = (
        f"The United States raised tariffs on Chinese goods to {first['rate_pct']:g}% on "
        f"{_day(day_of(later['effective']))}."
    )
    x = _about(tmp_path, text)
    assert x.verdict == Label.UNSUPPORTED, x.rationale
