"""`workbook data list/show/validate` on the bundled data and on a broken copy."""

from __future__ import annotations

import pytest
from conftest import edited_copy, read_rows

from analysis import cli
from analysis.data import datasets


def test_list_shows_every_table_with_rows_years_editions_and_licence(capsys):
    assert cli.main(["data", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["table", "rows", "years", "editions", "licence"]
    by_table = {line.split()[0]: line.split() for line in lines[1:]}
    assert set(by_table) == set(datasets.names())
    for name, cells in by_table.items():
        assert int(cells[1]) == len(read_rows(f"sources/{name}.csv"))
    trade = read_rows("sources/us_china_goods_trade_annual.csv")
    span = f"{trade[0]['year']}–{trade[-1]['year']}"
    assert by_table["us_china_goods_trade_annual"][2] == span
    assert "public-domain-us-gov" in by_table["entity_list_rules"]


def test_show_prints_caveats_and_first_rows(capsys):
    assert cli.main(["data", "show", "entity_list_rules", "--rows", "2"]) == 0
    out = capsys.readouterr().out
    for caveat in datasets.resource("entity_list_rules")["caveats"]:
        assert caveat in out
    assert "first 2 rows:" in out
    assert read_rows("sources/entity_list_rules.csv")[0]["published"] in out


def test_show_refuses_a_negative_row_count(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["data", "show", "entity_list_rules", "--rows", "-3"])
    assert stop.value.code == 2
    assert "--rows: expected a whole number of 0 or more, got '-3'" in capsys.readouterr().err
    assert cli.main(["data", "show", "entity_list_rules", "--rows", "0"]) == 0
    assert "rows:" not in capsys.readouterr().out.split("corrections:")[-1]


def test_show_unknown_table_suggests_a_name(capsys):
    assert cli.main(["data", "show", "trade_annual"]) == cli.EXIT_FAILED
    assert "did you mean 'us_china_goods_trade_annual'" in capsys.readouterr().err


def test_validate_passes_on_the_bundled_data(capsys):
    assert cli.main(["data", "validate"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok ") == len(datasets.names())


def test_validate_fails_naming_file_row_column_value_and_rule(data_copy, capsys):
    table = "rare_earths_reserves"
    match = {"country": "China", "source_edition": "MCS 2024"}
    edited_copy(data_copy / "sources", table, match, "value", "-1")
    (data_copy / "raw" / "usgs-mcs" / "mcs2023-raree_world.csv").write_text("changed")
    assert cli.main(["data", "validate"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    line = next(
        i
        for i, r in enumerate(read_rows(f"sources/{table}.csv"), 2)
        if r["country"] == "China" and r["source_edition"] == "MCS 2024"
    )
    assert f"rare_earths_reserves.csv, row {line}, column 'value': value -1 breaks the rule" in err
    assert "mcs2023-raree_world.csv: raw publisher file changed" in err
    assert "workbook: 2 data problems" in err
