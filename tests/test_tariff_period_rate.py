"""A tariff claim dated by a month in which several of the actor's tariff measures fall,
whose rate none of the actor's rows gives, alone or two stacked (docs/factcheck-log.md,
"Checker logic, round 31 (branch clean31)"): the rate was never compared, and the measures'
existence supported it; now not checkable (the catalog's rates are not every duty). Made-up
sentences; the month and the rates come from the tables."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence import catalog_scope
from analysis.evidence.rate_named import rates_table
from analysis.vocab import Label


def _month_of_several() -> tuple[dt.date, list[float], list[float]]:
    """The first month in which two US tariff measures on China took effect, the rates of
    those measures, and every rate of the US tariff measures announced by its end."""
    catalog = measures.measures()
    us = catalog.loc[
        (catalog["implementing_iso3"] == "USA")
        & catalog["measure_type"].isin(catalog_scope.TARIFF_TYPES)
        & catalog["effective"].notna()
    ]
    months = pd.to_datetime(us["effective"]).dt.to_period("M")
    table = rates_table()
    for month, ids in us.groupby(months)["measure_id"]:
        rates = table.loc[table["measure_id"].isin(ids), "rate_pct"].dropna()
        if len(ids) < 2 or rates.empty:
            continue
        end = month.end_time.date()
        by_then = us.loc[pd.to_datetime(us["announced"]).dt.date <= end, "measure_id"]
        every = table.loc[table["measure_id"].isin(by_then), "rate_pct"].dropna()
        return month.start_time.date(), sorted(set(rates)), sorted(set(every))
    raise AssertionError("no month with two US tariff measures")


def _unset(every: list[float]) -> int:
    stacked = [*every, *(a + b for k, a in enumerate(every) for b in every[k + 1 :])]
    return next(r for r in range(11, 100) if all(abs(r - s) > 1 for s in stacked))


def _claim(tmp_path, rate: float, month: dt.date):
    text = f"In {month:%B %Y}, Washington imposed {rate:g}% tariffs on Chinese goods."
    as_of = (month + dt.timedelta(days=45)).isoformat()
    return verdict_about(dated_verdicts(tmp_path, text, as_of), "tariffs")


def test_a_rate_no_measure_of_the_month_sets_is_not_supported(tmp_path):
    month, _, every = _month_of_several()
    x = _claim(tmp_path, _unset(every), month)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "None of them sets the claim's rate" in x.rationale, x.rationale


def test_a_rate_one_of_them_sets_stays_supported(tmp_path):
    month, rates, _ = _month_of_several()
    x = _claim(tmp_path, rates[0], month)
    assert x.verdict == Label.SUPPORTED, x.rationale
