"""Loading and validation of bundled tables, and the clear errors on bad copies."""

from __future__ import annotations

import shutil

import pytest
from conftest import read_rows

from analysis.data import datasets
from analysis.errors import DataValidationError, WorkbookError

TABLE = "rare_earths_mine_production"


def test_bundled_table_loads_typed_with_line_numbers():
    frame = datasets.load(TABLE)
    rows = read_rows("sources/rare_earths_mine_production.csv")
    assert len(frame) == len(rows)
    assert str(frame["year"].dtype) == "Int64" and str(frame["value"].dtype) == "Float64"
    # index = CSV line number: line 2 is the first data row
    assert frame.index[0] == 2
    assert frame.loc[2, "country"] == rows[0]["country"]


def _corrupt(tmp_path, old: str, new: str, count: int = 1):
    src = datasets.path_of(TABLE)
    text = src.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / src.name
    bad.write_text(text.replace(old, new, count), encoding="utf-8")
    return bad


def test_non_numeric_value_names_file_row_column_and_value(tmp_path):
    rows = read_rows("sources/rare_earths_mine_production.csv")
    line = next(i for i, r in enumerate(rows, 2) if r["value"] == "240000")
    bad = _corrupt(tmp_path, ",240000,", ",24O000,")
    with pytest.raises(DataValidationError) as info:
        datasets.load(TABLE, bad)
    text = str(info.value)
    assert f"row {line}, column 'value'" in text
    assert "'24O000'" in text and "not a valid number" in text
    assert bad.name in text


def test_renamed_column_is_reported_with_the_likely_culprit(tmp_path):
    bad = _corrupt(tmp_path, "source_edition", "source_editon")
    with pytest.raises(DataValidationError, match="column 'source_edition' is missing"):
        datasets.load(TABLE, bad)


def test_duplicate_key_and_bad_values_are_all_reported(tmp_path):
    src = datasets.path_of(TABLE)
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append(lines[-1])  # duplicate the last row
    lines[1] = lines[1].replace("rare earths,", "unobtainium,", 1)
    bad = tmp_path / src.name
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataValidationError) as info:
        datasets.load(TABLE, bad)
    text = str(info.value)
    assert "duplicate key" in text
    assert "row 2, column 'commodity'" in text and "'unobtainium'" in text


def test_negative_value_fails_range_check(tmp_path):
    bad = _corrupt(tmp_path, ",240000,", ",-240000,")
    with pytest.raises(DataValidationError, match=r"column 'value'.*-240000"):
        datasets.load(TABLE, bad)


def test_missing_and_misencoded_files(tmp_path):
    with pytest.raises(DataValidationError, match="file not found"):
        datasets.load(TABLE, tmp_path / "missing.csv")
    bad = tmp_path / "latin1.csv"
    shutil.copy(datasets.path_of(TABLE), bad)
    bad.write_bytes(bad.read_bytes().replace("—".encode(), b"\x97"))
    with pytest.raises(DataValidationError, match="not valid utf-8"):
        datasets.load(TABLE, bad)


def test_unknown_table_suggests_a_name():
    with pytest.raises(WorkbookError, match="did you mean 'rare_earths_mine_production'"):
        datasets.load("rare_earth_mine_production")


def test_sources_cite_the_edition_of_each_row():
    frame = datasets.load(TABLE)
    rows = frame.loc[(frame["year"] == 2023) & (frame["country"] == "China")]
    found = datasets.sources(TABLE, rows)
    assert {s.citation for s in found} == {
        e["citation"] for e in datasets.editions(TABLE) if e["id"] in ("MCS 2024", "MCS 2025")
    }
    assert sorted(r for s in found for r in s.rows) == sorted(rows.index)
    assert datasets.source_line(TABLE, rows).startswith("Source: U.S. Geological Survey")
