"""Declared corrections to bundled tables, applied when a table is loaded.

A value is never edited silently in a CSV. When a source is wrong, or two sources
disagree, the fix goes into `data/corrections.yaml`:

    corrections:
      - table: rare_earths_mine_production
        key: {country: Burma, year: 2022, source_edition: MCS 2024}
        column: value
        old: 12000
        new: 12500
        reason: why the published value is wrong
        source: where the right value comes from

`key` must pick exactly one row and `old` must equal the value in the file, so a
correction that no longer fits its table (the row changed or vanished) is an error,
not a silent no-op. Corrected rows are validated like every other row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.data import rules
from analysis.errors import Problem, ProblemsError

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_NAME = "corrections.yaml"  # in paths.DATA_DIR
_FIELDS = ("table", "key", "column", "old", "new", "reason", "source")


class CorrectionsError(ProblemsError):
    """The corrections file is malformed or a correction does not fit its table."""

    headline = "corrections could not be applied"


@dataclass(frozen=True)
class Correction:
    """One declared change of one cell."""

    table: str
    key: dict[str, Any]
    column: str
    old: Any
    new: Any
    reason: str
    source: str
    where: str = ""
    rows: tuple[int, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for reports and JSON."""
        out = {name: getattr(self, name) for name in _FIELDS}
        if self.rows:
            out["rows"] = list(self.rows)
        return out


def default_path() -> Path:
    """data/corrections.yaml (looked up when asked, so a test can move the data folder)."""
    return paths.DATA_DIR / DEFAULT_NAME


def read(path: Path | None = None) -> list[Correction]:
    """Every correction declared in the file (default data/corrections.yaml).

    A missing default file means no corrections; a missing file named on purpose, bad
    YAML or a malformed entry raises CorrectionsError naming the entry and its line.
    """
    import yaml

    file = Path(path) if path is not None else default_path()
    where = paths.relative(file)
    if not file.exists():
        if path is None:
            return []
        raise CorrectionsError([Problem(where, "file not found", "check the path")])
    try:
        text = file.read_text(encoding="utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problem = Problem(where, f"not valid YAML ({exc})", "fix the syntax")
        raise CorrectionsError([problem]) from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("corrections"), list | None):
        raise CorrectionsError(
            [Problem(where, "expected a mapping with a list under 'corrections'", "see README")]
        )
    entries = data.get("corrections") or []
    lines = [node.start_mark.line + 1 for node in _entry_nodes(root)]
    found, problems = [], []
    for number, (entry, line) in enumerate(zip(entries, lines, strict=True), 1):
        at = f"{where}, correction {number} (line {line})"
        wrong = _entry_problems(entry, at)
        problems += wrong
        if not wrong:
            found.append(Correction(**{k: entry[k] for k in _FIELDS}, where=at))
    if problems:
        raise CorrectionsError(problems)
    return found


def _entry_nodes(root: Any) -> list[Any]:
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == "corrections" and isinstance(value.value, list):
            return list(value.value)
    return []


def _entry_problems(entry: Any, at: str) -> list[Problem]:
    if not isinstance(entry, dict):
        return [Problem(at, "expected a mapping with " + ", ".join(_FIELDS))]
    problems = [Problem(at, f"field '{k}' is missing", "add it") for k in _FIELDS if k not in entry]
    problems += [
        Problem(at, f"unknown field '{k}'", "allowed: " + ", ".join(_FIELDS))
        for k in entry
        if k not in _FIELDS
    ]
    for name in ("table", "column", "reason", "source"):
        if name in entry and not (isinstance(entry[name], str) and entry[name].strip()):
            problems.append(Problem(at, f"'{name}' must be non-empty text", "fill it in"))
    if "key" in entry and not (isinstance(entry["key"], dict) and entry["key"]):
        problems.append(Problem(at, "'key' must map column names to values", "e.g. {year: 2023}"))
    return problems


def for_table(name: str, path: Path | None = None) -> list[Correction]:
    """The corrections declared for one table."""
    return [c for c in read(path) if c.table == name]


def apply(
    frame: pd.DataFrame, res: dict[str, Any], declared: list[Correction]
) -> tuple[pd.DataFrame, list[Correction]]:
    """Apply a table's corrections to its typed frame; return it and what was applied.

    Raises CorrectionsError when a key matches no row or several, a column is unknown,
    or the old value is not the one in the file.
    """
    types = {f["name"]: f.get("type", "string") for f in res["schema"]["fields"]}
    out = frame.copy()
    applied, problems = [], []
    seen: dict[tuple[Any, ...], str] = {}
    for corr in declared:
        unknown = [c for c in [*corr.key, corr.column] if c not in types]
        if unknown:
            problems.append(
                Problem(corr.where, f"no column {unknown} in table '{corr.table}'", "fix the name")
            )
            continue
        try:
            key = {c: _typed(v, types[c]) for c, v in corr.key.items()}
            old, new = _typed(corr.old, types[corr.column]), _typed(corr.new, types[corr.column])
        except (TypeError, ValueError) as exc:
            problems.append(Problem(corr.where, f"a value does not fit its column's type ({exc})"))
            continue
        mask = (out[list(key)] == key).fillna(False).all(axis=1)
        rows = out.index[mask.to_numpy()]
        if len(rows) != 1:
            problems.append(
                Problem(
                    corr.where,
                    f"key {corr.key} matches {len(rows)} rows of '{corr.table}'",
                    "the key must pick exactly one row",
                )
            )
            continue
        row = int(rows[0])
        cell = (row, corr.column)
        if cell in seen:
            problems.append(Problem(corr.where, f"corrects the same cell as {seen[cell]}"))
            continue
        seen[cell] = corr.where
        current = out.at[row, corr.column]
        if not _same(current, old):
            problems.append(
                Problem(
                    f"{corr.where}, row {row}, column '{corr.column}'",
                    f"old value {corr.old!r} does not match the file's {rules.show(current)!r}",
                    "the source changed: check the correction and update or remove it",
                )
            )
            continue
        out.at[row, corr.column] = new
        applied.append(
            Correction(**{k: getattr(corr, k) for k in _FIELDS}, where=corr.where, rows=(row,))
        )
    if problems:
        raise CorrectionsError(problems)
    return out, applied


def _typed(value: Any, kind: str) -> Any:
    """A YAML scalar as the loader types that column (None stays missing)."""
    import pandas as pd

    if value is None or value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if kind == "date":
        return pd.Timestamp(str(value))
    return str(value)


def _same(current: Any, old: Any) -> bool:
    import pandas as pd

    if old is None:
        return bool(pd.isna(current))
    return not pd.isna(current) and current == old
