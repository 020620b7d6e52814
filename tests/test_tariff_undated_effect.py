"""A rate claim dating its step by a year ("will raise ... to 100% in 2024") on a measure
the catalog records with no effective day (round 27, blind27: Tuttle Law's and Global Steel
Web's rates of the Section 301 four-year review): the year holding the announcement stands
for the schedule announced, partly supported; the rate is still checked, and a year the
announcement is not in stays as before. Made-up sentences; every figure, year and good is
taken from the tables, never typed."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.data import goods
from analysis.evidence import measure_details, tariff_checks
from analysis.vocab import Label

PROPOSAL = "usa-2024-05-14-section-301-four-year-review"


def _unstepped_row(measure_id: str) -> pd.Series:
    """A rate row of the measure with no day of its own (it applies when the measure
    does), on a single good, with the rate it replaces."""
    table = tariff_checks.rates_table()
    mine = table.loc[table["measure_id"] == measure_id]
    rows = mine.loc[mine["effective"].isna()].dropna(subset=["rate_pct", "previous_rate_pct"])
    rows = rows.loc[rows["goods"].map(lambda gs: len(gs) == 1)]
    return rows.iloc[0]


def _claim(row: pd.Series, rate: float, year: int) -> str:
    label = goods.label(row["goods"][0])
    return (
        f"The United States will raise tariffs on Chinese {label} from "
        f"{row['previous_rate_pct']:g}% to {rate:g}% in {year}."
    )


def _announced(measure_id: str) -> pd.Timestamp:
    return pd.Timestamp(_measure(measure_id)["announced"])


def _published(measure_id: str) -> str:
    return (_announced(measure_id) + pd.Timedelta(days=1)).date().isoformat()


def test_the_measure_records_no_effective_day():
    assert measure_details.day_of(_measure(PROPOSAL)["effective"]) is None


def test_the_rate_in_the_year_of_the_announcement_is_partly_supported(tmp_path):
    row = _unstepped_row(PROPOSAL)
    year = _announced(PROPOSAL).year
    x = _only(tmp_path, _claim(row, row["rate_pct"], year), _published(PROPOSAL))
    assert x.verdict == Label.PARTLY, x.rationale
    assert "no day it takes effect" in x.rationale


def test_a_wrong_rate_in_that_year_stays_unsupported(tmp_path):
    # the decidable twin: the year lets the measure be matched, the rate still decides
    row = _unstepped_row(PROPOSAL)
    year = _announced(PROPOSAL).year
    wrong = row["rate_pct"] + 2 * row["rate_pct"]
    x = _only(tmp_path, _claim(row, wrong, year), _published(PROPOSAL))
    assert x.verdict == Label.UNSUPPORTED, x.rationale


class _When:
    def __init__(self, start: str, end: str, granularity: str, role: str = "effective"):
        self.start, self.end, self.granularity, self.role = start, end, granularity, role
        self.text = start[:7]


def _row(announced: str | None, effective: str | None) -> dict[str, object]:
    return {
        "announced": pd.Timestamp(announced) if announced else pd.NaT,
        "effective": pd.Timestamp(effective) if effective else pd.NaT,
    }


def test_the_rule_on_hand_made_cases():
    year = _When("2031-01-01", "2031-12-31", "year")
    month = _When("2031-05-01", "2031-05-31", "month")
    day = _When("2031-05-14", "2031-05-14", "day")
    assert measure_details.undated_effect(_row("2031-05-14", None), year)
    assert measure_details.undated_effect(_row("2031-05-14", None), month)
    # a day is no schedule: it must be the measure's own day
    assert not measure_details.undated_effect(_row("2031-05-14", None), day)
    # a measure with an effective day is matched on it, not on its announcement
    assert not measure_details.undated_effect(_row("2031-05-14", "2031-06-01"), year)
    # the announcement outside the claim's year, or a date not of taking effect
    assert not measure_details.undated_effect(_row("2030-12-30", None), year)
    acted = _When("2031-01-01", "2031-12-31", "year", role="acted")
    assert not measure_details.undated_effect(_row("2031-05-14", None), acted)


def test_only_a_supported_decision_on_such_a_match_is_lowered():
    from analysis.evidence import verdicts as v

    year = _When("2031-01-01", "2031-12-31", "year")
    m = pd.Series(_row("2031-05-14", None))
    ok = v.Decision(Label.SUPPORTED, "The catalog has it.")
    assert measure_details.undated_effect_partly(ok, m, [year]).label == Label.PARTLY
    bad = v.Decision(Label.UNSUPPORTED, "Wrong rate.")
    assert measure_details.undated_effect_partly(bad, m, [year]).label == Label.UNSUPPORTED
    dated = pd.Series(_row("2031-05-14", "2031-06-01"))
    assert measure_details.undated_effect_partly(ok, dated, [year]).label == Label.SUPPORTED
