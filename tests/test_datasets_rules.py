"""Table-level rules declared in the descriptor: each catches its class of bad data,
and each failure names file, row, column, value and rule."""

from __future__ import annotations

import pytest
from conftest import edited_copy, read_rows

from analysis.data import datasets
from analysis.errors import DataValidationError


def _failure(table: str, path) -> str:
    with pytest.raises(DataValidationError) as info:
        datasets.load(table, path)
    return str(info.value)


def _line(table: str, **match: str) -> int:
    rows = read_rows(f"sources/{table}.csv")
    (line,) = [i for i, r in enumerate(rows, 2) if all(r[k] == v for k, v in match.items())]
    return line


def test_bundled_tables_pass_every_declared_rule():
    for name in datasets.names():
        datasets.load(name)  # raises on any failure


def test_country_rows_exceeding_the_world_total_are_caught(tmp_path):
    table = "rare_earths_mine_production"
    group = {"year": "2023", "source_edition": "MCS 2024"}
    path, _ = edited_copy(tmp_path, table, {**group, "country": "China"}, "value", "340000")
    total_line = _line(table, **group, country="World total")
    world = read_rows(f"sources/{table}.csv")[total_line - 2]["value"]
    text = _failure(table, path)
    assert f"{path.name}, row {total_line}, column 'value'" in text
    assert f"value {int(world)}" in text
    assert "rule 'sum_within_total(" in text


def test_lower_bound_world_totals_are_not_treated_as_ceilings(tmp_path):
    table = "critical_minerals_reserves"
    match = {"commodity": "antimony", "country": "China", "source_edition": "MCS 2026"}
    total = _line(table, commodity="antimony", country="World total", source_edition="MCS 2026")
    assert read_rows(f"sources/{table}.csv")[total - 2]["value_flag"] == "greater than (>)"
    path, _ = edited_copy(tmp_path, table, match, "value", "9000000")
    assert len(datasets.load(table, path)) == len(read_rows(f"sources/{table}.csv"))


def test_year_outside_the_edition_window(tmp_path):
    table = "rare_earths_reserves"
    match = {"country": "China", "source_edition": "MCS 2024"}
    path, line = edited_copy(tmp_path, table, match, "year", "2024")
    text = _failure(table, path)
    assert f"row {line}, column 'year': value 2024 is outside the years MCS 2024" in text
    assert "rule 'year_in_edition(" in text


def test_empty_value_without_a_flag(tmp_path):
    table = "critical_minerals_mine_production"
    rows = read_rows(f"sources/{table}.csv")
    target = next(r for r in rows if r["value_flag"] == "W (withheld)")
    match = {k: target[k] for k in ("commodity", "measure", "country", "year", "source_edition")}
    path, line = edited_copy(tmp_path, table, match, "value_flag", "")
    text = _failure(table, path)
    assert f"row {line}, column 'value'" in text and "is empty but value_flag" in text
    assert "rule 'value_or_flag(" in text


def test_unit_must_be_the_same_for_a_commodity(tmp_path):
    table = "critical_minerals_mine_production"
    match = {
        "commodity": "antimony",
        "country": "China",
        "year": "2022",
        "source_edition": "MCS 2023",
    }
    path, line = edited_copy(tmp_path, table, match, "unit", "t")
    text = _failure(table, path)
    assert f"row {line}, column 'unit': value 't' differs from the other rows" in text


def test_unknown_country_name_is_caught_with_a_suggestion(tmp_path):
    table = "rare_earths_reserves"
    match = {"country": "Burma", "source_edition": "MCS 2024"}
    path, line = edited_copy(tmp_path, table, match, "country", "Burmah")
    text = _failure(table, path)
    assert f"row {line}, column 'country': value 'Burmah'" in text
    assert "did you mean 'Burma'" in text and "rule 'country_codes(" in text


def test_dates_must_be_ordered(tmp_path):
    table = "measures"
    rows = read_rows(f"sources/{table}.csv")
    target = next(r for r in rows if r["ended"])
    match = {"measure_id": target["measure_id"]}
    path, line = edited_copy(tmp_path, table, match, "ended", "2001-01-01")
    text = _failure(table, path)
    assert f"row {line}, column 'ended': value '2001-01-01' is earlier than" in text
    assert "rule 'ordered(announced <= ended)'" in text


def test_trade_balance_must_equal_exports_minus_imports(tmp_path):
    table = "us_china_goods_trade_annual"
    row = next(r for r in read_rows(f"sources/{table}.csv") if r["year"] == "2023")
    wrong = f"{float(row['balance_usd_millions']) - 10:.1f}"
    path, line = edited_copy(tmp_path, table, {"year": "2023"}, "balance_usd_millions", wrong)
    text = _failure(table, path)
    assert f"row {line}, column 'balance_usd_millions': value {float(wrong)}" in text
    assert "rule 'difference(" in text


def test_import_shares_must_not_add_up_past_100(tmp_path):
    table = "us_import_sources"
    rows = read_rows(f"sources/{table}.csv")
    target = next(r for r in rows if r["share_pct"] and r["country"] == "China")
    match = {k: target[k] for k in ("commodity", "material", "period", "country", "source_edition")}
    path, line = edited_copy(tmp_path, table, match, "share_pct", "100")
    text = _failure(table, path)
    assert f"row {line}, column 'share_pct': value 100 is part of commodity=" in text
    assert "rule 'sum_at_most(" in text


def test_share_above_100_breaks_the_column_range(tmp_path):
    table = "processing_shares"
    rows = read_rows(f"sources/{table}.csv")
    target = rows[0]
    match = {k: target[k] for k in ("commodity", "stage", "year", "source_title")}
    path, line = edited_copy(tmp_path, table, match, "share_pct", "161")
    text = _failure(table, path)
    assert f"row {line}, column 'share_pct': value 161 breaks the rule '<= 100'" in text


def test_duplicate_key_names_the_values_and_the_other_row(tmp_path):
    table = "us_china_goods_trade_annual"
    path, line = edited_copy(tmp_path, table, {"year": "2022"}, "year", "2023")
    other = _line(table, year="2023")
    text = _failure(table, path)
    assert f"row {line}, columns 'year': duplicate key (year=2023): also on row {other}" in text
