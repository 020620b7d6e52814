"""Shares of world production, checked against hand computations on the vendored rows."""

from __future__ import annotations

import pytest
from conftest import read_rows

from analysis.analyses import concentration
from analysis.data import datasets

TABLE = "rare_earths_mine_production"


def _value(rows, country, year, edition):
    (row,) = [
        r
        for r in rows
        if r["country"] == country and r["year"] == str(year) and r["source_edition"] == edition
    ]
    return float(row["value"])


def test_china_2023_share_in_mcs_2024_matches_hand_computation():
    rows = read_rows("sources/rare_earths_mine_production.csv")
    expected = _value(rows, "China", 2023, "MCS 2024") / _value(
        rows, "World total", 2023, "MCS 2024"
    )
    frame = concentration.shares(datasets.load(TABLE))
    got = frame.loc[
        (frame["country"] == "China")
        & (frame["year"] == 2023)
        & (frame["source_edition"] == "MCS 2024"),
        "share_pct",
    ]
    assert got.tolist() == pytest.approx([expected * 100])


def test_editions_that_revise_a_year_stay_apart():
    rows = read_rows("sources/rare_earths_mine_production.csv")
    frame = concentration.shares(datasets.load(TABLE))
    china_2023 = frame.loc[(frame["country"] == "China") & (frame["year"] == 2023)]
    by_edition = dict(zip(china_2023["source_edition"], china_2023["share_pct"], strict=True))
    assert set(by_edition) == {"MCS 2024", "MCS 2025"}
    for edition, share in by_edition.items():
        expected = _value(rows, "China", 2023, edition) / _value(rows, "World total", 2023, edition)
        assert share == pytest.approx(expected * 100)
    assert by_edition["MCS 2024"] != pytest.approx(by_edition["MCS 2025"])


def test_denominator_is_the_published_world_total_not_a_sum():
    frame = concentration.shares(datasets.load(TABLE))
    one = frame.loc[(frame["year"] == 2024) & (frame["source_edition"] == "MCS 2026")]
    assert one["world_total"].nunique() == 1
    assert one["world_total"].iloc[0] != one["value"].sum()


def test_latest_edition_takes_the_newest_release_per_year():
    frame = concentration.pick_edition(concentration.shares(datasets.load(TABLE)), TABLE)
    china = frame.loc[frame["country"] == "China"].set_index("year")["edition"]
    assert china[2023] == "MCS 2025"
    assert china[2024] == "MCS 2026"
    assert china[2022] == "MYB 2022"


def test_one_edition_and_unknown_edition():
    series = concentration.country_share_series(TABLE, "China", 2020, 2025, "MCS 2024")
    assert series["year"].tolist() == [2022, 2023]
    with pytest.raises(Exception, match="unknown edition 'MCS 1999'"):
        concentration.country_share_series(TABLE, "China", 2020, 2025, "MCS 1999")


def test_the_edition_as_of_a_day_is_one_with_figures_not_one_printing_na():
    """An edition that prints NA for every country of a commodity leaves the check to the
    edition before it that has figures."""
    frame = datasets.load("critical_minerals_mine_production")
    counted = frame.assign(known=frame["value"].notna()).groupby(["commodity", "source_edition"])
    known = counted["known"].any()
    blank = [c for (c, _), has in known.items() if not has]
    assert blank, "no commodity has an edition without figures: this test needs one"
    for commodity in blank:
        chosen = concentration.edition_as_of(commodity, None)
        edition = next(
            e["source_edition"]
            for e in datasets.editions("critical_minerals_mine_production")
            if e["id"] == chosen
        )
        assert known[(commodity, edition)], (commodity, edition)
