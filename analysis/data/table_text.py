"""A table's CSV file read as text and its columns converted to the declared types, every
missing file, bad header and unconvertible cell reported with where it is and how to fix it."""

from __future__ import annotations

import csv
import difflib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.data import schema_check
from analysis.errors import DataValidationError, Problem

if TYPE_CHECKING:
    import pandas as pd

_TRUE = {"true", "True", "TRUE", "1", "yes"}
_FALSE = {"false", "False", "FALSE", "0", "no"}


def _read_text_table(path: Path, res: dict[str, Any]) -> pd.DataFrame:
    """Read every cell as text, so that conversion errors can quote the bad value."""
    import pandas as pd

    where = paths.relative(path)
    if not path.exists():
        raise DataValidationError(
            [Problem(where, "file not found", "restore it with git checkout, or fix the path")]
        )
    try:
        text = path.read_bytes().decode(res.get("encoding", "utf-8"))
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataValidationError(
            [
                Problem(
                    f"{where}, line {line}",
                    f"bytes at offset {exc.start} are not valid {exc.encoding}",
                    f"save the file as {res.get('encoding', 'utf-8')}",
                )
            ]
        ) from exc

    records = csv.reader(io.StringIO(text, newline=""))
    header = next(records, [])
    short = [
        Problem(
            f"{where}, line {records.line_num}",
            f"row has {len(cells)} fields, the header has {len(header)}",
            "the file looks truncated or a comma is missing; restore it with git checkout",
        )
        for cells in records
        if cells and len(cells) < len(header)
    ]
    if short:
        raise DataValidationError(short, f"{where} is not a complete table")
    try:
        frame = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, na_values=[], on_bad_lines="error"
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise DataValidationError(
            [Problem(where, f"not a readable CSV table ({exc})", "check quoting and line endings")]
        ) from exc
    frame.index = pd.RangeIndex(2, len(frame) + 2, name="row")
    expected = [f["name"] for f in res["schema"]["fields"]]
    missing = [c for c in expected if c not in frame.columns]
    extra = [c for c in frame.columns if c not in expected]
    if missing or extra:
        problems = []
        for col in missing:
            near = difflib.get_close_matches(col, extra, n=1)
            fix = f"column '{near[0]}' looks like it; rename it" if near else "add the column"
            problems.append(Problem(f"{where}, header", f"column '{col}' is missing", fix))
        for col in extra:
            if not difflib.get_close_matches(col, missing, n=1):
                problems.append(
                    Problem(
                        f"{where}, header",
                        f"unexpected column '{col}'",
                        "remove it or declare it in data/datapackage.json",
                    )
                )
        raise DataValidationError(problems, f"{where} does not have the declared columns")
    return frame[expected]


def _convert(
    raw: pd.DataFrame, res: dict[str, Any], path: Path
) -> tuple[pd.DataFrame, list[Problem]]:
    """Convert text columns to declared types; list every cell that does not convert."""
    import pandas as pd

    where = paths.relative(path)
    problems: list[Problem] = []
    out = pd.DataFrame(index=raw.index)
    for field in res["schema"]["fields"]:
        name, kind = field["name"], field.get("type", "string")
        text = raw[name].str.strip()
        empty = text == ""
        if kind in ("integer", "number"):
            values = pd.to_numeric(text.where(~empty), errors="coerce")
            bad = values.isna() & ~empty
            if kind == "integer":
                fractional = values.notna() & (values % 1 != 0)
                bad |= fractional
            converted = values.astype(schema_check.DTYPES[kind])
        elif kind == "boolean":
            bad = ~empty & ~text.isin(_TRUE | _FALSE)
            converted = text.map(lambda v: True if v in _TRUE else False if v in _FALSE else None)
            converted = converted.astype("boolean")
        elif kind == "date":
            values = pd.to_datetime(text.where(~empty), errors="coerce", format="%Y-%m-%d")
            bad = values.isna() & ~empty
            converted = values.astype(schema_check.DTYPES[kind])
        else:
            bad = pd.Series(False, index=raw.index)
            converted = raw[name].where(~empty).astype("string")
        for row in bad[bad].index:
            problems.append(
                Problem(
                    f"{where}, row {row}, column '{name}'",
                    f"value {raw.at[row, name]!r} is not a valid {kind}",
                    _expect(kind),
                )
            )
        out[name] = converted
    return out, problems


def _expect(kind: str) -> str:
    return {
        "integer": "expected a whole number such as 2023",
        "number": "expected a number without thousands separators, e.g. 240000",
        "boolean": "expected true or false, or leave empty for unknown",
        "date": "expected an ISO date YYYY-MM-DD",
    }.get(kind, "")
