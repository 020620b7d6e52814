"""Declared corrections: applied at load time, checked against the file, listed."""

from __future__ import annotations

import re

import pytest
from conftest import read_rows

from analysis import paths
from analysis.data import datasets
from analysis.data.corrections import CorrectionsError
from analysis.errors import DataValidationError

TABLE = "rare_earths_mine_production"
KEY = {"country": "China", "year": "2023", "source_edition": "MCS 2024"}


def _published() -> tuple[int, str]:
    rows = read_rows(f"sources/{TABLE}.csv")
    (line,) = [i for i, r in enumerate(rows, 2) if all(r[k] == v for k, v in KEY.items())]
    return line, rows[line - 2]["value"]


def _file(tmp_path, body: str):
    path = tmp_path / "corrections.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _one(old: str, new: str, table: str = TABLE, extra: str = "") -> str:
    return f"""corrections:
  - table: {table}
    key: {{country: China, year: 2023, source_edition: MCS 2024}}
    column: value
    old: {old}
    new: {new}
    reason: test fixture, not a real correction
    source: tests/test_datasets_corrections.py
{extra}"""


def test_bundled_corrections_file_is_valid_and_applies_to_real_tables():
    # The audits found no transcription error in the vendored tables; the one proxy address
    # once corrected is built into the compiled visits table.
    fixes = datasets.corrections()
    assert all(fix.table in datasets.names() for fix in fixes)
    assert datasets.load(TABLE).attrs["corrections"] == [f for f in fixes if f.table == TABLE]
    assert not datasets.load("visits")["source_urls"].str.contains("libproxy").any()


def test_correction_is_applied_at_load_and_listed(tmp_path):
    line, published = _published()
    before = datasets.path_of(TABLE).read_bytes()
    fixture = _file(tmp_path, _one(published, "245000"))
    frame = datasets.load(TABLE, corrections_file=fixture)
    assert frame.at[line, "value"] == 245000
    (applied,) = frame.attrs["corrections"]
    assert applied["rows"] == [line] and applied["old"] == int(published)
    assert applied["reason"].startswith("test fixture")
    listed = datasets.corrections(TABLE, fixture)
    assert [c.rows for c in listed] == [(line,)]
    assert datasets.path_of(TABLE).read_bytes() == before  # never an edit on disk


def test_old_value_must_match_the_file(tmp_path):
    line, published = _published()
    fixture = _file(tmp_path, _one("1", "2"))
    with pytest.raises(CorrectionsError) as info:
        datasets.load(TABLE, corrections_file=fixture)
    text = str(info.value)
    assert f"corrections.yaml, correction 1 (line 2), row {line}, column 'value'" in text
    assert f"old value 1 does not match the file's {published}" in text


def test_key_must_pick_exactly_one_row(tmp_path):
    body = _one("1", "2").replace("year: 2023", "year: 1850")
    with pytest.raises(CorrectionsError, match="matches 0 rows"):
        datasets.load(TABLE, corrections_file=_file(tmp_path, body))


def test_corrected_value_is_validated_like_any_other(tmp_path):
    line, published = _published()
    fixture = _file(tmp_path, _one(published, "-5"))
    with pytest.raises(DataValidationError, match=f"row {line}, column 'value': value -5"):
        datasets.load(TABLE, corrections_file=fixture)


def test_malformed_entries_are_named_with_their_line(tmp_path):
    body = "corrections:\n  - table: x\n    colum: value\n"
    with pytest.raises(CorrectionsError) as info:
        datasets.corrections(path=_file(tmp_path, body))
    text = str(info.value)
    assert "correction 1 (line 2): field 'key' is missing" in text
    assert "unknown field 'colum'" in text


def test_unknown_table_and_bad_yaml(tmp_path):
    _, published = _published()
    with pytest.raises(CorrectionsError, match="unknown table 'rare_earth'"):
        datasets.corrections(path=_file(tmp_path, _one(published, "1", table="rare_earth")))
    with pytest.raises(CorrectionsError, match="not valid YAML"):
        datasets.corrections(path=_file(tmp_path, "corrections: [\n"))


def test_one_cell_corrected_twice_is_refused(tmp_path):
    _, published = _published()
    twice = _one(published, "1") + _one(published, "2").split("\n", 1)[1]
    with pytest.raises(CorrectionsError, match="corrects the same cell as"):
        datasets.load(TABLE, corrections_file=_file(tmp_path, twice))


def test_the_manuals_example_is_a_working_corrections_file(tmp_path):
    manual = (paths.ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", manual, re.S)
    (example,) = [b for b in blocks if b.startswith("corrections:")]
    frame = datasets.load(TABLE, corrections_file=_file(tmp_path, example))
    (applied,) = frame.attrs["corrections"]
    assert frame.at[applied["rows"][0], "value"] == applied["new"]
