"""A measure whose increases take effect in steps (`measure_parts`: a part's own effective
day) and a rate claim that dates its step ("to 50% in 2025"): the step's year decides the
date, and the rate row's own day (`tariff_rates.effective`) must fall in it. Made-up
sentences; every figure and year is taken from the tables, never typed."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.data import goods
from analysis.evidence import measure_details, tariff_checks, tariff_decision
from analysis.vocab import Label

PROPOSAL = "usa-2024-05-14-section-301-four-year-review"


def _stepped_row(measure_id: str) -> pd.Series:
    """A rate row of the measure with its own effective day (a later step), on goods no
    other row of the measure without such a day names."""
    table = tariff_checks.rates_table()
    mine = table.loc[table["measure_id"] == measure_id]
    undated = {g for gs in mine.loc[mine["effective"].isna(), "goods"] for g in gs}
    rows = mine.loc[mine["effective"].notna()].dropna(subset=["rate_pct", "previous_rate_pct"])
    rows = rows.loc[rows["goods"].map(lambda gs: len(gs) > 0 and not set(gs) & undated)]
    return rows.iloc[0]


def _claim(row: pd.Series, year: int) -> str:
    label = goods.label(row["goods"][0])
    return (
        f"The United States will raise tariffs on Chinese {label} from "
        f"{row['previous_rate_pct']:g}% to {row['rate_pct']:g}% in {year}."
    )


def _published(measure_id: str) -> str:
    return (_measure(measure_id)["announced"] + pd.Timedelta(days=1)).date().isoformat()


def test_a_step_in_the_year_the_tables_give_is_supported(tmp_path):
    row = _stepped_row(PROPOSAL)
    year = pd.Timestamp(row["effective"]).year
    x = _only(tmp_path, _claim(row, year), _published(PROPOSAL))
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_step_put_in_another_year_of_the_measure_is_unsupported(tmp_path):
    # a year in which another part of the measure takes effect, so the measure's own
    # dates match: only the rate row's day shows the goods' step is in another year
    row = _stepped_row(PROPOSAL)
    own = pd.Timestamp(row["effective"]).year
    others = [
        d.year
        for d in measure_details.effective_days(_measure(PROPOSAL))
        if d is not None and d.year != own
    ]
    assert others, "the measure needs parts in two years for this test"
    x = _only(tmp_path, _claim(row, others[0]), _published(PROPOSAL))
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert str(pd.Timestamp(row["effective"]).date()) in x.rationale


def test_the_proposal_takes_effect_in_parts_on_days_of_their_own():
    days = measure_details.effective_days(_measure(PROPOSAL))
    assert len({d for d in days if d is not None}) >= 2


class _When:
    def __init__(self, start: str, end: str, granularity: str, role: str = "effective"):
        self.start, self.end, self.granularity, self.role, self.text = (
            start,
            end,
            granularity,
            role,
            start[:4],
        )


class _Frame:
    def __init__(self, *when: _When):
        self.when = when


def _rows(*days: str | None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "products": [f"p{i}" for i in range(len(days))],
            "rate_pct": [50.0] * len(days),
            "effective": [pd.Timestamp(d) if d else pd.NaT for d in days],
        }
    )


def test_the_step_rule_on_hand_made_cases():
    year = _When("2031-01-01", "2031-12-31", "year")
    kept, decision = tariff_decision.on_step(_rows("2031-01-01", "2032-01-01"), _Frame(year))
    assert decision is None and list(kept["products"]) == ["p0"]
    _, decision = tariff_decision.on_step(_rows("2032-01-01"), _Frame(year))
    assert decision is not None and decision.label == Label.UNSUPPORTED
    # a row without its own day (the measure's day applies), or no effective date: unchanged
    kept, decision = tariff_decision.on_step(_rows("2032-01-01", None), _Frame(year))
    assert decision is None and len(kept) == 2
    acted = _When("2031-01-01", "2031-12-31", "year", role="acted")
    assert tariff_decision.on_step(_rows("2032-01-01"), _Frame(acted))[1] is None
