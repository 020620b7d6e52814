"""Each class of bad input gives one clear message (what, where, how to fix) through the
command line, exits 1, and changes nothing on disk."""

from __future__ import annotations

import pytest
from conftest import tree_digest

from analysis import cli, paths

RAREE = paths.DATA_DIR / "raw" / "usgs-mcs" / "mcs2024-raree_world.csv"
GRAPH = paths.DATA_DIR / "raw" / "usgs-mcs" / "mcs2024-graph_world.csv"


def _text(path=RAREE) -> str:
    return path.read_text(encoding="utf-8-sig")


def _cut_mid_row(text: str) -> str:
    """The file as if the download stopped inside a row (a truncated file)."""
    line = next(x for x in text.splitlines(keepends=True) if x.startswith("MCS2024,Canada,"))
    return text[: text.index(line) + line.index(",0,0,")]


def _cut_inside_quotes(text: str) -> str:
    """The file cut inside a quoted number ("72,0...): the quote never closes."""
    return text[: text.index('"72,000"') + 4]


def _duplicate_china(text: str) -> str:
    china = next(x for x in text.splitlines(keepends=True) if x.startswith("MCS2024,China,"))
    return text.replace(china, china + china)


CASES = {
    "missing file": (None, "mcs2024-raree_world.csv", "file not found"),
    "truncated row": (_cut_mid_row(_text()), RAREE.name, "fields but the header names 8 columns"),
    "truncated quote": (
        _cut_inside_quotes(_text(GRAPH)),
        GRAPH.name,
        "not a readable CSV",
    ),
    "renamed Country": (
        _text().replace(",Country,", ",Nation,", 1),
        RAREE.name,
        "column 'Country' is missing (column 'Nation' looks like it",
    ),
    "renamed value column": (
        _text().replace("Prod_t_est_2023", "Production 2023", 1),
        RAREE.name,
        "column 'Production 2023' is not a USGS world-table column",
    ),
    "non-numeric value": (
        _text().replace(",210000,240000,", ",210000,24OOOO,", 1),
        RAREE.name,
        "column 'Prod_t_est_2023': value '24OOOO' is not a number",
    ),
    "duplicate key": (
        _duplicate_china(_text()),
        RAREE.name,
        "line 8: duplicate key: China (MCS 2024) is also on line 7",
    ),
    "unknown commodity": (_text(), "mcs2024-lithi_world.csv", "unknown commodity code 'lithi'"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_gives_one_clear_message_and_changes_nothing(case, tmp_path, data_copy, capsys):
    text, name, message = CASES[case]
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    before = tree_digest()
    assert cli.main(["data", "import-usgs", str(path)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "USGS import failed, nothing was changed (1):" in err, err
    assert message in err and name in err
    assert "Traceback" not in err
    assert tree_digest() == before


def test_misencoded_file_names_the_byte_and_suggests_the_encoding(tmp_path, data_copy, capsys):
    path = tmp_path / RAREE.name
    path.write_bytes(_text().encode("cp1252"))  # 'United\xa0States' -> byte 0xa0
    assert cli.main(["data", "import-usgs", str(path)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "line 2: byte 0xa0 at offset" in err and "is not valid utf-8-sig" in err
    assert "--encoding" in err


def test_other_encodings_are_read_when_named(tmp_path, data_copy, capsys):
    path = tmp_path / RAREE.name
    path.write_bytes(_text().encode("cp1252"))
    args = ["data", "import-usgs", "--dry-run", "--encoding", "cp1252", str(path)]
    assert cli.main(args) == 0
    assert "United States" in capsys.readouterr().out


def test_truncated_bundled_table_is_refused_with_its_line(tmp_path):
    from analysis.data import datasets
    from analysis.errors import DataValidationError

    source = datasets.path_of("us_china_goods_trade_annual")
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / source.name
    cut.write_text("".join(lines[:10]) + lines[10][:20], encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"line 11: row has \d fields, the header has 8"):
        datasets.load("us_china_goods_trade_annual", cut)
