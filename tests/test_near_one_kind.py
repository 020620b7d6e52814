"""A measure a day or two off the claim's day singles itself out (`measure_dates.near_one`)
only when it is of the claim's own kind (`measure_dates.of_kind`): not a listing of parties
for a claim of restricting exports, not a tariff cut for a claim of imposing tariffs
(docs/factcheck-log.md, "Differential test of round 31's merges (round 31, branch dt26)").
Made-up sentences; the days come from the catalog."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence import measure_dates
from analysis.evidence.measure_details import day_of, listing_types
from analysis.vocab import Label


def _said(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _alone(actor: str, picked: pd.Series, others: pd.Series) -> pd.Series:
    """The first measure of `actor` among `picked` with no measure among `others` within
    twice `NEAR_DAYS` of its announcement: the day after it is near it alone."""
    every = measures.measures()
    mine = every.loc[every["implementing_iso3"] == actor]
    days = [day_of(d) for d in mine.loc[others.reindex(mine.index, fill_value=False), "announced"]]
    gap = dt.timedelta(days=2 * measure_dates.NEAR_DAYS)
    for _, m in mine.loc[picked.reindex(mine.index, fill_value=False)].iterrows():
        day = day_of(m["announced"])
        if all(abs(day - d) > gap for d in days if d):
            return m
    raise AssertionError("no such measure in the catalog")


def test_a_listing_of_parties_is_no_restriction_of_exports_a_day_off(tmp_path):
    every = measures.measures()
    listing = every["measure_type"].isin(listing_types())
    imposing = every["action"] == "imposition"
    m = _alone("CHN", listing, imposing & ~listing)
    day = day_of(m["announced"]) + dt.timedelta(days=1)
    published = str(day + dt.timedelta(days=3))
    text = f"Beijing restricted exports of a metal used in drones on {_said(day)}."
    x = verdict_about(dated_verdicts(tmp_path, text, published), "restricted")
    assert m["title"] not in x.rationale, x.rationale
    twin = f"Beijing added several US firms to its blacklist on {_said(day)}."
    y = verdict_about(dated_verdicts(tmp_path, twin, published), "blacklist")
    assert y.verdict == Label.PARTLY and m["title"] in y.rationale, y.rationale


def test_a_tariff_cut_is_no_tariff_imposed_a_day_off(tmp_path):
    every = measures.measures()
    cut = every["measure_type"] == "tariff_reduction"
    m = _alone("USA", cut, every["measure_type"] == "tariff")
    day = day_of(m["announced"]) - dt.timedelta(days=1)
    published = str(day_of(m["announced"]) + dt.timedelta(days=30))
    text = f"Washington imposed tariffs on Chinese goods on {_said(day)}."
    x = verdict_about(dated_verdicts(tmp_path, text, published), "imposed")
    assert m["title"] not in x.rationale, x.rationale
    assert x.verdict != Label.PARTLY, x.rationale
