"""Known published values, reproduced from the bundled tables.

Expected values are read from the publisher's own file (with the csv module alone), or
computed by hand in the test; none is typed in.
"""

from __future__ import annotations

import csv

from analysis import paths
from analysis.data import datasets


def _usgs_cell(stem: str, country: str, column: str) -> float:
    """A cell of a raw USGS world table, as published ('"1,100,000"' -> 1100000)."""
    path = paths.DATA_DIR / "raw" / "usgs-mcs" / f"{stem}_world.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        (row,) = [r for r in csv.DictReader(handle) if r["Country"] == country]
    return float(row[column].replace(",", ""))


def _value(frame, **match) -> float:
    rows = frame
    for column, value in match.items():
        rows = rows.loc[rows[column] == value]
    assert len(rows) == 1, match
    return float(rows["value"].iloc[0])


def test_china_2023_rare_earth_production_and_world_total_in_mcs_2024():
    frame = datasets.load("rare_earths_mine_production")
    china = _usgs_cell("mcs2024-raree", "China", "Prod_t_est_2023")
    world = _usgs_cell("mcs2024-raree", "World total (rounded)", "Prod_t_est_2023")
    edition = {"year": 2023, "source_edition": "MCS 2024"}
    assert _value(frame, country="China", **edition) == china
    assert _value(frame, country="World total", **edition) == world


def test_gallium_capacity_with_quoted_thousands_in_mcs_2024():
    frame = datasets.load("critical_minerals_mine_production")
    published = _usgs_cell("mcs2024-galli", "World total (rounded)", "Cap_kg_2023")
    measure = "primary (low-purity) production capacity"
    got = _value(
        frame, measure=measure, country="World total", year=2023, source_edition="MCS 2024"
    )
    assert got == published


def test_2023_us_china_goods_balance_is_exports_minus_imports():
    frame = datasets.load("us_china_goods_trade_annual")
    row = frame.loc[frame["year"] == 2023].iloc[0]
    computed = row["exports_usd_millions"] - row["imports_usd_millions"]
    # SOURCES.md: sums of rounded monthly values; balances differ by 0.2-0.4 as published
    assert abs(row["balance_usd_millions"] - computed) <= 0.4
    assert row["balance_usd_millions"] < 0  # a deficit
    (cite,) = datasets.sources("us_china_goods_trade_annual", frame.loc[frame["year"] == 2023])
    assert "2026-06-17" in cite.citation  # the Jun-2026 vintage the row comes from


def test_lower_bound_reserve_totals_are_flagged():
    frame = datasets.load("critical_minerals_reserves")
    world = frame.loc[(frame["commodity"] == "antimony") & (frame["country"] == "World total")]
    assert world["value_flag"].str.startswith("greater than (>)").all()
    assert len(world) == 3  # MCS 2023, 2024 and 2026
