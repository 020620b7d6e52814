"""Findings written from the data: each number equals the data, computed by hand here."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import read_rows

from analysis.analyses import concentration, measures, stages, trade, visits
from analysis.findings import record, sentences

RARE = "sources/rare_earths_mine_production.csv"


def _value(relative, **match) -> tuple[float, int]:
    rows = read_rows(relative)
    hits = [(i + 2, r) for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    assert len(hits) == 1, match
    line, row = hits[0]
    return float(row["value"] or row.get("share_pct")), line


def _rows(finding) -> set[tuple[str, int]]:
    return {(s.dataset, r) for s in finding.sources for r in s.rows}


def test_stage_finding_states_the_mcs_2024_numbers_and_the_iea_refining_share():
    china, china_line = _value(RARE, country="China", year="2023", source_edition="MCS 2024")
    world, world_line = _value(RARE, country="World total", year="2023", source_edition="MCS 2024")
    (found,) = sentences.stage_findings("rare earths", year=2023, edition="MCS 2024")
    assert found.values["country_value"] == china and found.values["world_total"] == world
    assert found.values["share_pct"] == pytest.approx(china / world * 100)
    assert f"{china:,.0f}" in found.text and f"{world:,.0f}" in found.text
    assert f"{china / world * 100:.0f}%" in found.text
    processing = read_rows("sources/processing_shares.csv")
    (refining,) = [
        (i + 2, r)
        for i, r in enumerate(processing)
        if r["stage"] == "refining" and r["year"] == "2023" and r["country"] == "China"
    ]
    assert found.values["refining_share_pct"] == float(refining[1]["share_pct"])
    assert "as reported by SEAISI" in found.text  # the secondary source is named
    cited = {
        ("rare_earths_mine_production", china_line),
        ("rare_earths_mine_production", world_line),
        ("processing_shares", refining[0]),
    }
    assert cited <= _rows(found)


def test_concentration_finding_equals_a_hand_top3():
    series = concentration.share_series("tungsten", edition="MCS 2026")
    (found,) = sentences.concentration_findings(
        series,
        commodity="tungsten",
        stage="mine production",
        table="critical_minerals_mine_production",
    )
    rows = [
        r
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"] == "tungsten"
        and r["year"] == "2025"
        and r["source_edition"] == "MCS 2026"
    ]
    world = float(next(r["value"] for r in rows if r["country"] == "World total"))
    named = sorted(
        (
            float(r["value"])
            for r in rows
            if r["value"] and r["country"] not in ("World total", "Other countries")
        ),
        reverse=True,
    )
    parts = sum(float(r["value"]) for r in rows if r["value"] and r["country"] != "World total")
    assert found.values["top_n_share_pct"] == pytest.approx(sum(named[:3]) / world * 100)
    assert found.values["hhi"] == pytest.approx(sum((v / parts * 100) ** 2 for v in named))
    assert f"{found.values['hhi']:,.0f}" in found.text


def test_gallium_and_germanium_licensing_came_269_days_after_the_chip_rules():
    # The finding pairs China's gallium licensing with the latest earlier related US measure;
    # its lag is the difference of the two announcement dates in the CSV.
    events = {r["measure_id"]: r for r in read_rows("sources/measures.csv")}
    gallium = events["chn-2023-07-03-gallium-germanium-licensing"]
    found = sentences.response_findings(measures.responses(max_lag_days=365), side="China")
    (pair,) = [f for f in found if f.values["response_id"] == gallium["measure_id"]]
    trigger = events[pair.values["measure_id"]]
    lag = (
        dt.date.fromisoformat(gallium["announced"]) - dt.date.fromisoformat(trigger["announced"])
    ).days
    assert pair.values["lag_days"] == lag and trigger["implementing_jurisdiction"] == "USA"
    chips = measures.responses(max_lag_days=365)
    rule = chips.loc[
        (chips["measure_id"] == "usa-2022-10-07-advanced-computing-rule")
        & (chips["response_id"] == gallium["measure_id"])
    ]
    assert rule["lag_days"].tolist() == [269]
    assert f"{lag} days after" in pair.text and "caused" in pair.caveats[0]


def test_visit_finding_counts_four_visits():
    found = sentences.visit_finding("Raimondo")
    assert found.values["ordinal"] == 4
    assert found.values["officials"].split("; ")[-1] == "Gina Raimondo"
    assert "27–30 August 2023" in found.text
    expected = set(visits.visits_before("2023-08-27", window_days=90)["row"])
    assert {r for _, r in _rows(found)} == expected


def test_covering_finding_separates_rare_earths_from_rare_earth_technology():
    goods = sentences.covering_finding("rare earths", by="2023-12-31")
    assert goods.values["measures_by_date"] == 0
    assert "no China export measure on rare earths" in goods.text
    tech = sentences.covering_finding("rare-earth technology", by="2023-12-31")
    assert tech.values["measures_by_date"] == 1
    assert tech.values["types"] == "technology_export_ban"
    gallium = sentences.covering_finding("gallium", by="2023-08-27")
    assert gallium.values["types"] == "export_licence_requirement"


def test_trade_findings_equal_the_csv_and_say_deficit():
    rows = {int(r["year"]): r for r in read_rows("sources/us_china_goods_trade_annual.csv")}
    found = {
        f.values["flow"]: f
        for f in sentences.trade_findings(trade.goods_trade(), start_year=2022, end_year=2023)
    }
    imports = found["imports"].values
    assert imports["first_usd_millions"] == float(rows[2022]["imports_usd_millions"])
    assert imports["last_usd_millions"] == float(rows[2023]["imports_usd_millions"])
    a, b = float(rows[2022]["imports_usd_millions"]), float(rows[2023]["imports_usd_millions"])
    assert imports["change_pct"] == pytest.approx((b - a) / a * 100)
    assert f"${a / 1000:,.1f} bn" in found["imports"].text
    deficit = found["balance"]
    assert deficit.values["stated_as"] == "deficit"
    assert f"${-float(rows[2022]['balance_usd_millions']) / 1000:,.1f} bn" in deficit.text


def test_around_finding_uses_the_window_means():
    marks = measures.find("usa-2022-10-07-advanced-computing-rule")
    windows = trade.around_measures(marks, 2, 2)
    found = {f.values["flow"]: f for f in sentences.around_findings(windows, marks)}
    rows = {int(r["year"]): r for r in read_rows("sources/us_china_goods_trade_annual.csv")}
    before = sum(float(rows[y]["imports_usd_millions"]) for y in (2020, 2021)) / 2
    assert found["imports"].values["before_mean"] == pytest.approx(before)
    label = "the United States' export licence requirement of 7 October 2022"
    assert label in found["imports"].text


def test_outside_china_finding_warns_when_the_world_total_is_rounded():
    series = concentration.share_series("gallium")
    outside = sentences.production_findings(series, commodity="gallium")[-1]
    rows = [
        r
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"] == "gallium"
        and r["measure"] == "primary (low-purity) production"
        and r["year"] == "2025"
        and r["source_edition"] == "MCS 2026"
        and r["country"] not in ("China", "World total")
    ]
    listed = sum(float(r["value"]) for r in rows if r["value"])
    assert outside.values["last_outside_value"] == 0  # rounded world total minus China
    assert any(f"{listed:,.0f} in 2025" in c for c in outside.caveats)


@pytest.mark.parametrize("year", [2019, 2021, 2023])
def test_stage_rows_use_the_latest_year_up_to_the_one_asked(year):
    rare = [r for r in read_rows(RARE) if r["country"] == "China" and r["value"]]
    rows = stages.stage_rows("rare earths", year=year)
    mining = rows.loc[rows["stage"] == "mining"].iloc[0]
    assert mining["year"] == max(int(r["year"]) for r in rare if int(r["year"]) <= year)
    processing = read_rows("sources/processing_shares.csv")
    refining = [
        int(r["year"])
        for r in processing
        if r["stage"].startswith("refining")
        and r["country"] == "China"
        and r["year"]
        and r["share_pct"]  # a range only ('less than 90') is not quoted as a share
    ]
    got = rows.loc[rows["stage"] == "refining"]
    if any(y <= year for y in refining):
        assert got.iloc[0]["year"] == max(y for y in refining if y <= year)
    assert all(y is None or y != y or y <= year for y in rows["year"])


def test_stage_rows_without_data_by_then_are_empty_but_typed():
    gallium = [
        int(r["year"])
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"].startswith("gallium")
    ]
    rows = stages.stage_rows("gallium", year=min(gallium) - 1)
    assert rows.empty and list(rows.columns) == list(stages.STAGE_ROW_COLUMNS)


@pytest.mark.parametrize("edition", ["latest", "MCS 2023"])
def test_stage_finding_says_when_the_rounded_world_total_is_exceeded(edition):
    (found,) = sentences.stage_findings("gallium", edition=edition)
    rows = [
        r
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"] == "gallium"
        and r["measure"] == "primary (low-purity) production"
        and r["year"] == str(found.values["year"])
        and r["source_edition"] == found.values["edition"]
    ]
    world = next(float(r["value"]) for r in rows if r["country"] == "World total")
    china = next(float(r["value"]) for r in rows if r["country"] == "China")
    others = sum(float(r["value"]) for r in rows if r["country"] not in ("China", "World total"))
    assert china + others > world  # the case the caveat is for
    (caveat,) = [c for c in found.caveats if "rounds the world total" in c]
    assert f"{china + others:,.0f}" in caveat and f"{100 * china / (china + others):.0f}%" in caveat


def test_covering_findings_name_every_good_chinas_export_controls_name():
    frame = measures.select(start="2018-01-01", end="2025-12-31", actors="all")
    found = sentences.covering_findings(frame, by="2023-08-27")
    every = measures.measures()
    china = set(
        every.loc[
            (every["implementing_iso3"] == "CHN")
            & (every["restricts"] == "exports")
            & (every["action"] == "imposition"),
            "row",
        ]
    )
    named = {f.values["commodity"] for f in found}
    assert {"gallium", "germanium", "graphite", "antimony", "rare earths"} <= named
    for f in found:
        if f.values["measures_by_date"]:
            lines = {r for s in f.sources for r in s.rows}
            assert lines <= china
    assert sentences.covering_findings(frame.iloc[0:0], by="2023-08-27") == []


def test_text_of_picks_a_finding_by_its_values():
    flows = trade.goods_trade()
    found = sentences.trade_findings(flows, start_year=2018, end_year=2023)
    balance = record.text_of(found, "none", flow="balance")
    assert "deficit" in balance and balance != found[0].text
    assert record.text_of(found, "none", flow="nothing") == "none"


def test_stage_finding_says_when_the_usgs_edition_came_out_after_a_date():
    from analysis.data import datasets

    article_day = dt.date(2023, 8, 27)
    (found,) = sentences.stage_findings("rare earths", year=2023, known_by=article_day)
    released = {
        e["source_edition"]: e["released"] for e in datasets.editions("rare_earths_mine_production")
    }[found.values["edition"]]
    assert int(released[:4]) > article_day.year  # the latest edition for 2023 came later
    assert any(f"came out in {released}, after 27 August 2023" in c for c in found.caveats)
    (later,) = sentences.stage_findings("rare earths", year=2023, known_by=dt.date(2030, 1, 1))
    assert not any("came out in" in c for c in later.caveats)
    assert stages.released_after("2024-04-01", dt.date(2024, 3, 31)) == "2024-04-01"
    assert stages.released_after("2024-04-01", dt.date(2024, 4, 1)) is None


def test_markdown_keeps_the_full_stop_out_of_source_links():
    found = sentences.visit_findings(visits.official_contacts(), on="2023-08-27")
    text = record.to_markdown(found)
    urls = [u for f in found for s in f.sources for u in s.citation.split() if "://" in u]
    assert urls
    for url in urls:
        clean = url.rstrip(".,;:")
        assert f"<{clean}>" in text and f"{clean}._" not in text.replace(f"<{clean}>", "")


@pytest.mark.parametrize(
    ("commodity", "start", "end"), [("germanium", 2020, 2021), ("rare earths", 2018, 2023)]
)
def test_share_change_wording_follows_the_rounded_change(commodity, start, end):
    series = concentration.share_series(commodity, "main", "latest", start, end)
    (change,) = [
        f for f in sentences.production_findings(series, commodity=commodity) if "-change-" in f.id
    ]
    points = round(abs(change.values["last_share_pct"] - change.values["first_share_pct"]))
    if points == 0:
        assert " was " in change.text and "less than 1 percentage point apart" in change.text
    else:
        assert ("rose from" in change.text) or ("fell from" in change.text)
        assert f"({points} percentage point" in change.text
