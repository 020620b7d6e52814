"""The USGS MCS world-table importer: the publisher's real files, synthetic variants of
other editions, merging with provenance, and atomic writes."""

from __future__ import annotations

import pytest
from conftest import read_rows, tree_digest

from analysis import paths
from analysis.data import datasets, usgs, usgs_merge

RAW = sorted((paths.DATA_DIR / "raw" / "usgs-mcs").glob("*_world.csv"))


def _raw(stem: str):
    """A bundled publisher file, e.g. _raw('mcs2024-raree')."""
    return paths.DATA_DIR / "raw" / "usgs-mcs" / f"{stem}_world.csv"


def _bundled(table: str, edition: str, commodity: str) -> dict[tuple, dict[str, str]]:
    rows = read_rows(f"sources/{table}.csv")
    return {
        (r.get("measure", usgs.RESERVES), r["country"], int(r["year"])): r
        for r in rows
        if r["source_edition"] == edition and r["commodity"] == commodity
    }


@pytest.mark.parametrize("path", RAW, ids=[p.name for p in RAW])
def test_raw_file_reproduces_the_tidy_tables(path):
    """Every value, flag, estimate mark and unit matches the bundled rows of that edition,
    and every bundled row of that commodity and edition is produced."""
    rows = usgs.parse(path)
    commodity = next(c for c in usgs.COMMODITIES if c.name == rows[0].commodity)
    edition = rows[0].source_edition
    assert path.name.startswith(edition.replace(" ", "").lower())
    expected = {
        **_bundled(commodity.production_table, edition, commodity.name),
        **_bundled(commodity.reserves_table, edition, commodity.name),
    }
    got = {(r.measure, r.country, r.year): r.cells() for r in rows}
    assert set(got) == set(expected)
    for key, cells in got.items():
        want = expected[key]
        assert cells["value"] == want["value"].removesuffix(".0"), key
        assert cells["value_flag"] == want["value_flag"], key
        assert cells["unit"] == want["unit"], key
        if "estimated" in want:
            assert cells["estimated"] == want["estimated"], key


def test_published_values_with_footnotes_separators_and_lower_bounds():
    galli = {(r.measure, r.country, r.year): r for r in usgs.parse(_raw("mcs2024-galli"))}
    japan = galli[("primary (low-purity) production", "Japan", 2022)]  # raw label 'Japane'
    assert japan.estimated and 'source label "Japane"' in japan.notes
    capacity = galli[("primary (low-purity) production capacity", "Other countries", 2023)]
    assert capacity.value == 88000  # quoted "88,000"
    antim = {(r.measure, r.country): r for r in usgs.parse(_raw("mcs2024-antim"))}
    world = antim[(usgs.RESERVES, "World total")]  # NA in the cell, ">2,000,000" in notes
    assert world.value == 2_000_000 and world.value_flag.startswith("greater than (>)")
    assert world.year == 2023
    germa = {(r.country, r.year): r for r in usgs.parse(_raw("mcs2023-germa"))}
    assert germa[("United States", 2021)].value_flag == "W (withheld)"
    assert germa[("China", 2022)].value is None and germa[("China", 2022)].value_flag == "NA"


@pytest.mark.parametrize(
    ("raw", "name", "estimated"),
    [
        ("Japane", "Japan", True),
        ("Korea, Republic ofe", "Korea, Republic of", True),
        ("Other countries4", "Other countries", False),
        ("World total (rounded)10", "World total", False),
        ("Russia (recoverable)", "Russia", False),
        ("Ukraine", "Ukraine", False),
        ("Congo (Kinshasa)", "Congo (Kinshasa)", False),
        ("Burma3", "Burma", False),
    ],
)
def test_country_labels_are_cleaned(raw, name, estimated):
    assert usgs._clean_country(raw) == (name, estimated)


# A synthetic later edition: another year set, a capacity column with an estimate mark,
# notes columns named differently, LF endings and no BOM, a '>' cell, a dash.
HEADER = (
    "Source,Country,Type,Prod_kg_2025,Prod_kg_est_2026,Production_notes,Cap_kg_est_2026,"
    "Notes,Reserves_kg,,\n"
)
VARIANT = (
    HEADER
    + """MCS2027,United States,Primary production,W,W,,0,,NA,,
MCS2027,China,Primary production,"750,000","800,000",Estimated in 2025 also.,"1,200,000",,NA,,
MCS2027,Japane,Primary production,3000,3000,,10000,,NA,,
MCS2027,Congo (Kinshasa)2,Primary production,—,100,,500,,NA,,
MCS2027,World total (rounded),Primary production,>760000,810000,,"1,300,000",,NA,,
,,,,,,,,,,
,,,,,,,,,,
"""
)


def _variant(tmp_path, text: str = VARIANT, name: str = "mcs2027-galli_world.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_other_editions_variations_are_understood(tmp_path):
    rows = {(r.measure, r.country, r.year): r for r in usgs.parse(_variant(tmp_path))}
    prod, cap = "primary (low-purity) production", "primary (low-purity) production capacity"
    china = rows[(prod, "China", 2025)]
    assert (china.value, china.estimated, china.source_edition) == (750000, True, "MCS 2027")
    assert rows[(prod, "United States", 2026)].value_flag == "W (withheld)"
    assert rows[(cap, "China", 2026)].value == 1_200_000 and rows[(cap, "China", 2026)].estimated
    assert rows[(prod, "Japan", 2025)].estimated  # the glued 'e'
    assert rows[(prod, "Congo (Kinshasa)", 2025)].value_flag == "zero (— in source)"
    assert rows[(prod, "World total", 2025)].value_flag == "greater than (>)"
    assert rows[(usgs.RESERVES, "China", 2026)].value_flag == "NA"
    assert rows[(prod, "United States", 2025)].estimated is False
    assert china.source_ref.startswith("file:mcs2027-galli_world.csv@sha256:")


def test_commodity_from_the_type_column_when_the_file_was_renamed(tmp_path):
    text = (
        "Source,Country,Type,Prod_t_2030,Reserves_t\n"
        'MCS2031,China,"Mine production, contained tungsten",5,NA\n'
    )
    (row, reserve) = usgs.parse(_variant(tmp_path, text, "tungsten.csv"))
    assert row.commodity == "tungsten" and row.unit == "t tungsten content"
    assert reserve.year == 2030 and row.source_edition == "MCS 2031"


def test_dry_run_prints_rows_and_changes_nothing(capsys):
    from analysis import cli

    before = tree_digest()
    assert cli.main(["data", "import-usgs", "--dry-run", str(_raw("mcs2024-raree"))]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("commodity,measure,country,year,value,unit,estimated,value_flag")
    assert len(lines) == 1 + len(usgs.parse(_raw("mcs2024-raree")))
    assert "would add rows: none; 48 already bundled" in err
    assert tree_digest() == before


def test_new_edition_is_merged_with_provenance(tmp_path, data_copy):
    table = data_copy / "sources" / "critical_minerals_mine_production.csv"
    before = table.read_bytes()
    rows, report = usgs_merge.import_files([_variant(tmp_path)])
    assert report.added == {
        "critical_minerals_mine_production": sum(r.measure != usgs.RESERVES for r in rows),
        "critical_minerals_reserves": sum(r.measure == usgs.RESERVES for r in rows),
    }
    assert table.read_bytes().startswith(before)  # existing rows kept byte for byte
    frame = datasets.load("critical_minerals_mine_production")
    new = frame.loc[frame["source_edition"] == "MCS 2027"]
    assert len(new) == report.added["critical_minerals_mine_production"]
    (cite,) = datasets.sources("critical_minerals_mine_production", new)
    assert cite.citation.startswith("U.S. Geological Survey, Mineral Commodity Summaries 2027")
    assert ("critical_minerals_mine_production", "MCS 2027") in report.new_editions
    # importing the same file again adds nothing
    assert usgs_merge.import_files([_variant(tmp_path)])[1].added == {
        "critical_minerals_mine_production": 0,
        "critical_minerals_reserves": 0,
    }


def _conflicting_raree(tmp_path):
    """MCS 2024 rare earths with China's 2023 mine production changed (240000 -> 245000)."""
    text = _raw("mcs2024-raree").read_text(encoding="utf-8-sig")
    china = next(line for line in text.splitlines() if line.startswith("MCS2024,China,"))
    changed = china.replace(",210000,240000,", ",210000,245000,")
    return _variant(tmp_path, text.replace(china, changed), "mcs2024-raree_world.csv")


def test_different_value_for_an_existing_key_is_reported_and_nothing_changes(tmp_path, data_copy):
    path = _conflicting_raree(tmp_path)
    before = tree_digest()
    _, report = usgs_merge.import_files([path])
    (conflict,) = report.conflicts
    assert (conflict.column, conflict.bundled, conflict.imported) == ("value", "240000", "245000")
    assert "China" in conflict.key and report.refused
    assert "1 conflicting row (nothing changed)" in report.summary()
    assert tree_digest() == before


def test_replace_adopts_the_files_row_and_keeps_every_other_byte(tmp_path, data_copy):
    table = data_copy / "sources" / "rare_earths_mine_production.csv"
    before = table.read_text(encoding="utf-8").splitlines(keepends=True)
    _, report = usgs_merge.import_files([_conflicting_raree(tmp_path)], replace=True)
    assert not report.refused and "1 conflicting row (replaced by the files' rows)" in (
        report.summary()
    )
    after = table.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = [i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
    assert changed == [report.conflicts[0].line - 1]  # that row's line, nothing else
    frame = datasets.load("rare_earths_mine_production")
    row = frame.loc[report.conflicts[0].line]
    assert (row["country"], row["year"], row["value"]) == ("China", 2023, 245000)


def test_rows_that_fail_validation_leave_every_file_untouched(tmp_path, data_copy):
    bad = VARIANT.replace("Japane", "Atlantis")
    before = tree_digest()
    with pytest.raises(usgs.UsgsImportError) as info:
        usgs_merge.import_files([_variant(tmp_path, bad)])
    text = str(info.value)
    assert "critical_minerals_mine_production.csv (with the imported rows)" in text
    assert "'Atlantis'" in text and "country_codes" in text
    assert tree_digest() == before


def test_a_failing_replace_restores_the_tables(tmp_path, data_copy, monkeypatch):
    import os

    real = os.replace
    calls = []

    def flaky(src, dst):
        if str(dst).startswith(str(data_copy)):  # the tables' files, not the cache's
            calls.append(dst)
            if len(calls) == 2:
                raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr(usgs_merge.os, "replace", flaky)
    before = tree_digest()
    with pytest.raises(usgs.UsgsImportError, match="disk full"):
        usgs_merge.import_files([_variant(tmp_path)])
    assert len(calls) == 2 and tree_digest() == before
    assert not list(data_copy.rglob("*.tmp"))
