"""Citations of a table's rows read from plain records (round 29, speed23).

`datasets.sources(name, lines)` cites rows given by line number, once per set of rows
(`datasets._sources_at`, kept in this process). It selected them from the loaded table
(`load(name).loc[lines]`: a copy of the whole table handed out, then a selection and a
`groupby`) for every new set of rows an evaluation cites, thousands of them. Here a
table's citing column and reference column are read once per process into a dict by CSV
line (`_records`, lent uncopied: `cache.lent`, its dict read-only), and the rows are
grouped in plain Python, giving the same `Source`s as `datasets.sources` of those rows of
the frame. The citing column (`citing_column`) and each citation (`source`: DOI, URL, row
URL, citation) are written here once, for both (review of round 29).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from analysis.data import cache, datasets


def citing_column(res: dict[str, Any]) -> str | None:
    """The column a table's rows are cited by: its edition (or vintage) column for a table
    with editions, else the row's own source column; None when it has neither."""
    column = res.get("edition_column", "source_edition") if res.get("editions") else None
    return column or res.get("source_column")


def source(
    name: str, res: dict[str, Any], edition: dict[str, Any], value: Any, ref: Any, rows: tuple
) -> datasets.Source:
    """The citation of a table's rows sharing one value of its citing column: the edition's
    citation (else the value itself) and the first of its DOI, its URL, the first row's own
    reference when that is a URL (`ref`), and the table's homepage."""
    first_ref = str(ref).split(" ")[0]
    row_url = first_ref if first_ref.startswith("http") else ""
    doi = edition.get("doi")
    url = f"https://doi.org/{doi}" if doi else edition.get("url") or row_url
    url = url or res.get("homepage", "")
    cite = edition.get("citation", str(value))
    return datasets.Source(name, res["title"], res["publisher"], cite, url, rows)


@cache.lent
def _records(name: str) -> tuple[str | None, Mapping[int, tuple[Any, Any]]]:
    """A table's citing column (None when the table has none) and, per CSV line, that
    column's value and the row's reference (its `source_url_column`, else the same value).
    Kept per process while the table's files are unchanged, lent read-only."""
    res, table = datasets.resource(name), datasets.load(name)
    column = citing_column(res)
    if column is None or column not in table.columns:
        return None, MappingProxyType({int(i): (None, None) for i in table.index})
    url_column = res.get("source_url_column", column)
    cells = zip(table.index, table[column], table[url_column], strict=True)
    return column, MappingProxyType({int(i): (value, ref) for i, value, ref in cells})


def sources_at(name: str, lines: tuple[int, ...]) -> tuple[datasets.Source, ...]:
    """`datasets.sources` of the table's rows at these CSV lines (sorted, each once): one
    Source per value of the citing column, in sorted order, with the lines it covers; a
    row whose value is missing is not cited (as `groupby` leaves it out). A line not in
    the table raises KeyError, as `.loc` does."""
    import pandas as pd

    res = datasets.resource(name)
    column, by_line = _records(name)
    missing = [line for line in lines if line not in by_line]
    if missing:
        raise KeyError(f"{missing} not in index")
    if column is None:
        return tuple(datasets.sources(name, datasets.load(name).loc[list(lines)]))
    groups: dict[Any, list[int]] = {}
    for line in lines:
        value = by_line[line][0]
        if not pd.isna(value):
            groups.setdefault(value, []).append(line)
    by_edition = {e["source_edition"]: e for e in datasets.editions(name)}
    return tuple(
        source(name, res, by_edition.get(value, {}), value, by_line[rows[0]][1], tuple(rows))
        for value, rows in sorted(groups.items())
    )
