"""Tables as readers get them: chosen columns, headers with units, numbers formatted
(thousands separators, percentages, dates in words), no index column.

A notebook shows `tables.show(frame, {"share_pct": ("China's share", "pct"), ...})`
instead of the raw frame: the page gets an escaped HTML table, a plain-text frontend
the same table as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analysis import markup
from analysis.fmt import day, is_missing

if TYPE_CHECKING:
    import pandas as pd

MISSING = "–"


def _number(digits: int) -> Callable[[Any], str]:
    return lambda v: f"{float(v):,.{digits}f}"


# How each kind of column is written; numeric kinds are right-aligned.
FORMATS: dict[str, Callable[[Any], str]] = {
    "text": str,
    "id": lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else str(v),
    "int": _number(0),
    "number": _number(1),
    "number2": _number(2),
    "pct": lambda v: f"{float(v):,.1f}%",
    "points": lambda v: f"{float(v):+,.1f}",
    "date": day,
    "bool": lambda v: "yes" if bool(v) else "no",
    "list": lambda v: ", ".join(str(x) for x in v) if isinstance(v, list | tuple) else str(v),
}
NUMERIC = frozenset({"int", "number", "number2", "pct", "points"})


@dataclass(frozen=True)
class Table:
    """A formatted table: headers, and rows of (text, numeric) cells."""

    headers: tuple[str, ...]
    rows: tuple[tuple[tuple[str, bool], ...], ...]
    caption: str = ""
    empty: str = ""  # said instead of a table without rows

    def _repr_html_(self) -> str:
        return markup.render("table.html.j2", t=self)

    def __repr__(self) -> str:
        if not self.rows and self.empty:
            return self.empty
        widths = [
            max([len(h), *(len(r[i][0]) for r in self.rows)]) for i, h in enumerate(self.headers)
        ]
        lines = ["  ".join(h.ljust(w) for h, w in zip(self.headers, widths, strict=True))]
        for row in self.rows:
            cells = [
                text.rjust(w) if numeric else text.ljust(w)
                for (text, numeric), w in zip(row, widths, strict=True)
            ]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(([self.caption] if self.caption else []) + lines)


def show(
    frame: pd.DataFrame,
    columns: Mapping[str, str | tuple[str, str]],
    caption: str = "",
    empty: str = "",
) -> Table:
    """The columns of `frame` named in `columns`, in that order, each with its header and
    format: `{"year": "Year", "value": ("Production (tonnes)", "int")}` (a header alone is
    text). Formats: see `FORMATS`. Missing values show as '–'; a frame without rows shows
    the sentence `empty` when given, saying so plainly.

    Raises KeyError naming the columns `frame` lacks.
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"no column {missing} in the frame (columns: {list(frame.columns)})")
    specs = [(c, *((h, "text") if isinstance(h, str) else h)) for c, h in columns.items()]
    unknown = sorted({kind for _, _, kind in specs if kind not in FORMATS})
    if unknown:
        raise ValueError(f"unknown table format {unknown}: use one of {sorted(FORMATS)}")
    rows = []
    for record in frame[list(columns)].itertuples(index=False):
        row = []
        for value, (_, _, kind) in zip(record, specs, strict=True):
            empty = not isinstance(value, list | tuple) and is_missing(value)
            row.append((MISSING if empty else FORMATS[kind](value), kind in NUMERIC))
        rows.append(tuple(row))
    return Table(tuple(h for _, h, _ in specs), tuple(rows), caption, empty)


def caveats(table: str) -> markup.Html:
    """The caveats of a table of the data catalog, as a list."""
    from analysis.data import datasets

    return markup.Html(
        markup.render("caveats.html.j2", caveats=datasets.resource(table)["caveats"])
    )
