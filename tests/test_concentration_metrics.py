"""Top-n shares, HHI and stage shares, checked against hand computations on the CSV rows."""

from __future__ import annotations

import pytest
from conftest import read_rows

from analysis.analyses import concentration as C
from analysis.data import datasets

MINERALS = "sources/critical_minerals_mine_production.csv"


def _group(relative: str, commodity: str, measure: str, year: int, edition: str):
    """Country values (by name) and the world total of one table slice, csv module only."""
    rows = [
        r
        for r in read_rows(relative)
        if r["commodity"] == commodity
        and r["measure"] == measure
        and r["year"] == str(year)
        and r["source_edition"] == edition
    ]
    world = float(next(r["value"] for r in rows if r["country"] == "World total"))
    values = {
        r["country"]: float(r["value"])
        for r in rows
        if r["value"] and r["country"] != "World total"
    }
    return values, world


def test_tungsten_2024_top3_and_hhi_by_hand():
    values, world = _group(MINERALS, "tungsten", "mine production", 2024, "MCS 2026")
    shares = {c: v / world * 100 for c, v in values.items()}
    named = {c: s for c, s in shares.items() if c != "Other countries"}
    top3 = sorted(named.values(), reverse=True)[:3]
    # the HHI is on shares of the parts' own sum ('Other countries' included)
    parts = sum(shares.values())
    hand_hhi = sum((s / parts * 100) ** 2 for s in named.values())
    other = shares["Other countries"]

    frame = C.country_shares("tungsten", edition="MCS 2026")
    one = frame.loc[frame["year"] == 2024]
    top = C.top_n_share(one, 3).iloc[0]
    assert top["top_n_share_pct"] == pytest.approx(sum(top3))
    assert top["top_countries"].split("; ")[0] == "China"
    conc = C.hhi(one).iloc[0]
    assert conc["hhi"] == pytest.approx(hand_hhi)
    assert conc["hhi_upper"] == pytest.approx(hand_hhi + (other / parts * 100) ** 2)
    assert conc["other_share_pct"] == pytest.approx(other)
    assert conc["hhi"] <= conc["hhi_upper"]


def test_other_countries_is_never_ranked_as_a_producer():
    frame = C.country_shares("germanium", edition="MCS 2022")
    top = C.top_n_share(frame, 3)
    assert not top["top_countries"].str.contains("Other countries").any()


def test_shares_and_hhi_stay_possible_when_the_world_total_is_rounded_down():
    # gallium 2025 (MCS 2026): China's figure equals the rounded world total, and Russia
    # and Japan add more; the shares of the published total add up to more than 100
    values, world = _group(MINERALS, "gallium", "primary (low-purity) production", 2025, "MCS 2026")
    assert sum(values.values()) > world
    got = C.metrics("gallium", edition="MCS 2026")
    row = got.loc[got["year"] == 2025].iloc[0]
    assert row["top_n_share_pct"] == 100 and row["top_n_exceeds_total"]
    assert row["top_n_value"] == pytest.approx(sum(sorted(values.values())[-3:]))
    own = sum(values.values())
    hand = sum((v / own * 100) ** 2 for c, v in values.items() if c != "Other countries")
    assert row["hhi"] == pytest.approx(hand) and row["hhi"] <= 10_000


def test_no_commodity_year_or_edition_gives_an_impossible_share_or_hhi():
    for commodity in C.commodities():
        for stage in ("main", "mining", "refining", "refining capacity"):
            try:
                frame = C.country_shares(commodity, stage)
            except Exception:
                continue
            top, conc = C.top_n_share(frame), C.hhi(frame)
            assert (top["top_n_share_pct"] <= 100).all(), (commodity, stage)
            assert (conc["hhi_upper"] <= 10_000 + 1e-6).all(), (commodity, stage)


def test_metrics_per_year_agree_with_the_share_of_each_year():
    got = C.metrics("rare earths", start_year=2023, end_year=2025)
    assert got["year"].tolist() == [2023, 2024, 2025]
    full = {e["id"]: e["source_edition"] for e in datasets.editions("rare_earths_mine_production")}
    for r in got.itertuples():
        values, world = _group(
            "sources/rare_earths_mine_production.csv",
            "rare earths",
            "mine production",
            r.year,
            full[r.edition],
        )
        assert r.share_pct == pytest.approx(values["China"] / world * 100)
        assert r.world_total == world


def test_catalog_and_stage_choices():
    assert C.commodities() == [
        "antimony",
        "gallium",
        "germanium",
        "graphite (natural)",
        "rare earths",
        "tungsten",
    ]
    assert C.series_for("gallium")["measure"] == "primary (low-purity) production"
    assert C.series_for("gallium", "refining capacity")["measure"].endswith("capacity")
    with pytest.raises(Exception, match="has no 'mining' series"):
        C.series_for("gallium", "mining")
    with pytest.raises(Exception, match="did you mean 'graphite \\(natural\\)'"):
        C.series_for("graphite (natral)")


def test_latest_edition_is_chosen_per_commodity():
    # germanium has country figures only in MCS 2022; a newer edition of another commodity
    # in the same table must not hide them
    table = "critical_minerals_mine_production"
    frame = C.pick_edition(C.shares(datasets.load(table)), table)
    germanium = frame.loc[frame["commodity"] == "germanium"]
    assert set(germanium["edition"]) == {"MCS 2022"}
    assert set(germanium["year"]) == {2020, 2021}


def test_stage_shares_keep_mining_refining_and_magnets_apart():
    got = C.stage_shares("rare earths")
    assert set(got["stage"]) == {"mining", "refining", "metals", "magnets"}
    usgs = got.loc[got["dataset"] == "rare_earths_mine_production"]
    assert set(usgs["stage"]) == {"mining"}
    refining_2023 = got.loc[(got["stage"] == "refining") & (got["year"] == 2023)]
    rows = read_rows("sources/processing_shares.csv")
    hand = [
        float(r["share_pct"])
        for r in rows
        if r["stage"] == "refining" and r["year"] == "2023" and r["country"] == "China"
    ]
    assert refining_2023["share_pct"].tolist() == hand
    assert (
        refining_2023["source_type"].iloc[0]
        == rows[refining_2023["row"].iloc[0] - 2]["source_type"]
    )


def test_usgs_shares_computed_here_match_the_compilers_own():
    # processing_shares.csv carries USGS mining shares the compilers computed from the
    # latest MCS edition of each year; the same edition gives the same share here
    rows = read_rows("sources/processing_shares.csv")
    theirs = [r for r in rows if r["basis"].startswith("computed from latest MCS")]
    assert theirs
    for r in theirs:
        edition = r["basis"].split("(")[-1].rstrip(")")
        got = C.country_shares("rare earths", edition=edition)
        china = got.loc[(got["country"] == "China") & (got["year"] == int(r["year"]))]
        assert china["share_pct"].iloc[0] == pytest.approx(float(r["share_pct"]), abs=0.05)
    # and they are not listed twice: stage_shares cites the production rows instead
    their_lines = [rows.index(r) + 2 for r in theirs]
    stages = C.stage_shares("rare earths")
    published = stages.loc[stages["dataset"] == "processing_shares", "row"]
    assert not published.isin(their_lines).any()


def test_change_reads_first_and_last_year():
    got = C.metrics("rare earths", start_year=2020, end_year=2024)
    moved = C.change(got, "share_pct")
    assert (moved["first_year"], moved["last_year"]) == (2020, 2024)
    assert moved["change"] == pytest.approx(got["share_pct"].iloc[-1] - got["share_pct"].iloc[0])


def test_stage_shares_of_a_country_without_figures_are_empty_not_an_error():
    # Japan mines no tungsten in the tables and has no published stage share: a claim
    # about it must find no rows (and end as not checkable), not crash the check.
    table = C.stage_shares("tungsten", "Japan")
    assert table.empty
    assert {"stage", "year", "share_pct", "dataset", "row"} <= set(table.columns)
