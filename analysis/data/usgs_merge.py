"""Merge parsed USGS rows into the bundled tables (`workbook data import-usgs`).

New rows are added. A row already bundled with another value is a conflict: the merge
then changes nothing (declare a correction instead), unless told to replace such rows with
the file's. Every changed table is validated before any file is replaced, atomically.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import datasets
from analysis.data.usgs import COMMODITIES, RESERVES, TidyRow, UsgsImportError, parse
from analysis.errors import EXIT_FAILED, DataValidationError, Problem


class TablesNotWrittenError(UsgsImportError):
    """The tables could not be written (disk full, no permission); all were restored."""

    exit_code = EXIT_FAILED


@dataclass(frozen=True)
class Conflict:
    """A row already bundled with the same key and a different value: not overwritten."""

    table: str
    line: int
    key: tuple[Any, ...]
    column: str
    bundled: str
    imported: str
    source: str

    def __str__(self) -> str:
        return (
            f"{self.table}, row {self.line} {self.key}: {self.column} is {self.bundled!r} "
            f"in the bundled table, {self.imported!r} in {self.source}"
        )


@dataclass
class MergeReport:
    """What a merge did (or, for a dry run, would do)."""

    added: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    new_editions: list[tuple[str, str]] = field(default_factory=list)
    dry_run: bool = False
    replace: bool = False

    @property
    def refused(self) -> bool:
        """Conflicts without `replace`: nothing was (or would be) changed."""
        return bool(self.conflicts) and not self.replace

    def summary(self) -> str:
        added = ", ".join(f"{n} to {t}" for t, n in self.added.items() if n) or "none"
        verb = "would add" if self.dry_run or self.refused else "added"
        count = len({(c.table, c.key) for c in self.conflicts})
        rows = f"{count} conflicting row{'' if count == 1 else 's'}"
        if self.replace:
            outcome = f"{rows} ({'would be ' if self.dry_run else ''}replaced by the files' rows)"
        else:
            outcome = f"{rows} ({'nothing would change' if self.dry_run else 'nothing changed'})"
        lines = [
            f"{verb} rows: {added}; {self.unchanged} already bundled with the same values; "
            + outcome
        ]
        lines += [
            f"new edition {e} in {t} (added to data/datapackage.json)" for t, e in self.new_editions
        ]
        lines += [f"  conflict: {c}" for c in self.conflicts]
        return "\n".join(lines)


_COMPARED = ("value", "value_flag", "estimated", "unit")


def merge(rows: Sequence[TidyRow], dry_run: bool = False, replace: bool = False) -> MergeReport:
    """Add new rows to the bundled tables; report rows that differ; write atomically.

    Rows already bundled with other values are conflicts: with any conflict nothing is
    written (`report.refused`), unless `replace` is set, which puts the file's row in place
    of the bundled one. Every changed table is validated (with its descriptor, extended by
    any new edition) before anything is replaced. Raises UsgsImportError (naming the
    table, row, column, value and rule when validation fails) and leaves every file
    untouched on failure.
    """
    report = MergeReport(dry_run=dry_run, replace=replace)
    package_path = paths.DATAPACKAGE
    package = json.loads(package_path.read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in package["resources"]}
    staged: dict[Path, str] = {}
    for table, table_rows in _by_table(rows).items():
        res = by_name[table]
        path = paths.DATA_DIR / res["path"]
        text = path.read_text(encoding="utf-8")
        fields = [f["name"] for f in res["schema"]["fields"]]
        key_columns = res["schema"]["primaryKey"]
        existing = {
            tuple(r[c] for c in key_columns): (line, r)
            for line, r in enumerate(csv.DictReader(io.StringIO(text)), 2)
        }
        added = []
        replaced: dict[int, dict[str, str]] = {}
        for row in table_rows:
            cells = row.cells()
            key = tuple(cells[c] for c in key_columns)
            if key in existing:
                line, old = existing[key]
                diffs = [c for c in _COMPARED if c in fields and not _same(c, old[c], cells[c])]
                report.conflicts += [
                    Conflict(table, line, key, c, old[c], cells[c], row.file) for c in diffs
                ]
                report.unchanged += not diffs
                if diffs:
                    replaced[line] = {c: cells[c] for c in fields}
                continue
            existing[key] = (0, cells)
            added.append({c: cells[c] for c in fields})
            _ensure_edition(res, row, report)
        report.added[table] = len(added)
        if replace and replaced:
            text = _replace_rows(text, fields, replaced)
        if added or (replace and replaced):
            staged[path] = _append(text, fields, added)
    if report.new_editions:
        staged[package_path] = json.dumps(package, indent=2, ensure_ascii=False) + "\n"
    _validate_staged(staged, by_name)
    if not dry_run and staged and not report.refused:
        _replace_all(staged)
        datasets.reload()
    return report


def _by_table(rows: Sequence[TidyRow]) -> dict[str, list[TidyRow]]:
    out: dict[str, list[TidyRow]] = {}
    for row in rows:
        commodity = next(c for c in COMMODITIES if c.name == row.commodity)
        table = commodity.reserves_table if row.measure == RESERVES else commodity.production_table
        out.setdefault(table, []).append(row)
    seen: dict[tuple[Any, ...], TidyRow] = {}
    problems = []
    for row in rows:
        if row.key in seen and seen[row.key].file != row.file:
            problems.append(
                Problem(
                    f"{row.file}, line {row.line}",
                    f"the same key is in {seen[row.key].file}, line {seen[row.key].line}",
                    "import one file per commodity and edition",
                )
            )
        seen.setdefault(row.key, row)
    if problems:
        raise UsgsImportError(problems)
    return out


def _same(column: str, old: str, new: str) -> bool:
    if column == "value" and old and new:
        return float(old) == float(new)
    return old.strip().lower() == new.strip().lower()


def _ensure_edition(res: dict[str, Any], row: TidyRow, report: MergeReport) -> None:
    """Declare an edition the table has not seen yet, with a citation (no invented DOI)."""
    if any(e["source_edition"] == row.source_edition for e in res.get("editions", [])):
        return
    year = row.source_edition[-4:]
    res.setdefault("editions", []).append(
        {
            "id": row.source_edition,
            "source_edition": row.source_edition,
            "released": year,
            "citation": f"U.S. Geological Survey, Mineral Commodity Summaries {year}, data release",
            "imported_from": row.source_ref,
        }
    )
    for spec in res["schema"]["fields"]:
        if spec["name"] == "source_edition" and "enum" in spec.get("constraints", {}):
            spec["constraints"]["enum"].append(row.source_edition)
    report.new_editions.append((res["name"], row.source_edition))


def _replace_rows(text: str, fields: list[str], rows: dict[int, dict[str, str]]) -> str:
    """The table's text with the records numbered in `rows` (header = 1) rewritten; every
    other record keeps its bytes."""
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text))
    spans: dict[int, tuple[int, int]] = {}  # record number -> its physical lines
    record = end = 0
    for cells in reader:
        if cells:  # blank lines are not records (as for csv.DictReader)
            record += 1
            spans[record] = (end, reader.line_num)
        end = reader.line_num
    for record in sorted(rows, reverse=True):
        start, stop = spans[record]
        out = io.StringIO()
        csv.DictWriter(out, fieldnames=fields, lineterminator="\n").writerow(rows[record])
        lines[start:stop] = [out.getvalue()]
    return "".join(lines)


def _append(text: str, fields: list[str], rows: list[dict[str, str]]) -> str:
    """The table's text with rows added at the end; existing bytes are kept as they are."""
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=fields, lineterminator="\n").writerows(rows)
    return (text if text.endswith("\n") else text + "\n") + out.getvalue()


def _validate_staged(staged: dict[Path, str], by_name: dict[str, dict[str, Any]]) -> None:
    """Validate every staged table against its (possibly extended) descriptor."""
    with tempfile.TemporaryDirectory() as folder:
        for path, text in staged.items():
            if path.suffix != ".csv":
                continue
            res = next(r for r in by_name.values() if paths.DATA_DIR / r["path"] == path)
            copy = Path(folder) / path.name
            copy.write_text(text, encoding="utf-8")
            try:
                datasets.load_file(res, copy)
            except DataValidationError as exc:
                shown = f"{paths.relative(path)} (with the imported rows)"
                raise UsgsImportError(
                    [
                        Problem(p.where.replace(str(copy), shown), p.what, p.fix)
                        for p in exc.problems
                    ],
                    f"the imported rows would break {res['name']}; nothing was changed",
                ) from exc


def _replace_all(staged: dict[Path, str]) -> None:
    """Write each file to a temporary sibling, then os.replace them all; undo on failure."""
    temps: dict[Path, Path] = {}
    originals = {path: path.read_bytes() for path in staged}
    try:
        for path, text in staged.items():
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(text)
            temps[path] = Path(name)
        done = []
        try:
            for path, temp in temps.items():
                os.replace(temp, path)
                done.append(path)
        except OSError:
            for path in done:
                path.write_bytes(originals[path])
            raise
    except OSError as exc:
        raise TablesNotWrittenError(
            [Problem(paths.relative(paths.DATA_DIR), f"could not write the tables ({exc})")]
        ) from exc
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)


def import_files(
    files: Sequence[Path],
    dry_run: bool = False,
    encoding: str = "utf-8-sig",
    source_ref: str | None = None,
    replace: bool = False,
) -> tuple[list[TidyRow], MergeReport]:
    """Parse every file (all must parse) and merge their rows; see `merge`."""
    rows: list[TidyRow] = []
    problems: list[Problem] = []
    for file in files:
        try:
            rows += parse(Path(file), encoding=encoding, source_ref=source_ref)
        except UsgsImportError as exc:
            problems += exc.problems
    if problems:
        raise UsgsImportError(problems)
    return rows, merge(rows, dry_run=dry_run, replace=replace)
