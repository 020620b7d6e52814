"""The catalog: every vendored file is described, every table loads and validates."""

from __future__ import annotations

import hashlib

import pytest
from conftest import read_rows

from analysis import paths
from analysis.data import datasets
from analysis.errors import DataValidationError

REQUIRED = ("title", "description", "publisher", "citation", "licenses", "caveats", "schema")


def test_every_csv_in_sources_is_a_table_named_after_its_stem():
    on_disk = sorted(p.stem for p in (paths.DATA_DIR / "sources").glob("*.csv"))
    assert sorted(datasets.names()) == on_disk
    for name in datasets.names():
        assert datasets.resource(name)["path"] == f"sources/{name}.csv"


@pytest.mark.parametrize("name", datasets.names())
def test_table_loads_validated_with_every_row(name):
    frame = datasets.load(name)
    assert len(frame) == len(read_rows(f"sources/{name}.csv"))
    declared = [f["name"] for f in datasets.resource(name)["schema"]["fields"]]
    codes = [
        c["code_column"] for c in datasets.resource(name).get("checks", []) if "code_column" in c
    ]
    assert list(frame.columns) == declared + codes


@pytest.mark.parametrize("name", datasets.names())
def test_table_descriptor_carries_provenance(name):
    res = datasets.resource(name)
    missing = [k for k in REQUIRED if not res.get(k)]
    assert not missing, f"{name} lacks {missing}"
    assert "retrieved" in res
    if res["retrieved"] is None:
        assert res.get("retrieved_note"), f"{name}: retrieved is null without a note"
    assert res.get("primaryKey") is None  # keys live in the schema, not at top level
    assert res["schema"].get("primaryKey") or res["schema"].get("uniqueKeys")


@pytest.mark.parametrize("name", datasets.names())
def test_every_edition_in_the_data_has_a_citation(name):
    res = datasets.resource(name)
    if not res.get("editions"):
        return
    column = res.get("edition_column", "source_edition")
    described = {e["source_edition"] for e in datasets.editions(name)}
    used = {r[column] for r in read_rows(f"sources/{name}.csv")}
    assert used <= described, f"{name}: editions without a citation: {used - described}"


def test_raw_usgs_files_are_described_and_unchanged():
    raw = datasets.raw_files()
    on_disk = sorted(
        p.name
        for p in (paths.DATA_DIR / "raw" / "usgs-mcs").iterdir()
        if p.suffix in (".csv", ".xml")
    )
    assert sorted(r["path"].rsplit("/", 1)[1] for r in raw) == on_disk
    for res in raw:
        data = (paths.DATA_DIR / res["path"]).read_bytes()
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), res["path"]
        assert res["bytes"] == len(data)
        assert f"Summaries {res['source_edition'][4:]}" in res["citation"]


def test_raw_files_are_not_loadable_tables():
    assert not set(datasets.names()) & {r["name"] for r in datasets.raw_files()}


def test_trade_rows_cite_their_census_vintage():
    frame = datasets.load("us_china_goods_trade_annual")
    rows = frame.loc[frame["year"].isin([2000, 2023])]
    found = datasets.sources("us_china_goods_trade_annual", rows)
    by_vintage = {e["source_edition"]: e for e in datasets.editions("us_china_goods_trade_annual")}
    expected = {by_vintage[v]["citation"] for v in rows["vintage"]}
    assert {s.citation for s in found} == expected and len(found) == 2


def test_tables_without_editions_cite_each_rows_source():
    frame = datasets.load("processing_shares")
    rows = frame.loc[frame["source_type"] == "US government (USGS)"]
    found = datasets.sources("processing_shares", rows)
    assert {s.citation for s in found} == set(rows["source_title"])
    assert sorted(r for s in found for r in s.rows) == sorted(rows.index)
    events = datasets.load("measures").head(1)
    (only,) = datasets.sources("measures", events)
    assert only.citation == events["source_urls"].iloc[0]
    assert only.url.startswith("http")


def test_unique_keys_allow_empty_but_refuse_repeats(tmp_path):
    src = datasets.path_of("entity_list_rules")
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / src.name
    bad.write_text("".join([*lines, lines[2]]), encoding="utf-8")
    with pytest.raises(DataValidationError, match="duplicate"):
        datasets.load("entity_list_rules", bad)


@pytest.mark.parametrize("name", datasets.names())
def test_every_table_gives_a_source_line_for_its_rows(name):
    frame = datasets.load(name)
    rows = frame.head(3)
    found = datasets.sources(name, rows)
    assert sorted(r for s in found for r in s.rows) == list(rows.index)
    assert all(s.citation for s in found)
    line = datasets.source_line(name, rows)
    assert line.startswith(f"Source: {datasets.resource(name)['publisher']}.")
    assert datasets.source_line(name).endswith(f"{datasets.resource(name)['citation']}.")
