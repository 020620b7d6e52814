"""The data catalog: bundled tables, their provenance, loading and validation.

`data/datapackage.json` (a Frictionless Data Package) describes every table: where
it came from, its units, caveats and column schema. `load(name)` reads a table and
validates it against that schema with pandera, so the descriptor is the one place a
column's type and allowed values are declared.

The index of a loaded frame is the row's line number in its CSV file (the header is
line 1), so any result can name the exact rows it came from.

A table is read and validated once per process: later `load` calls return the frame
kept in memory while its CSV file, the corrections file and the descriptor are unchanged
(same path, size and modification time; `analysis.data.cache`). Each caller gets a frame
of its own (a copy-on-write view, or a copy), so changing it never changes what the next
caller gets; `clear_cache()` forgets every kept table.

A CSV file is read as text and its columns converted in `table_text`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.data import cache, citing, rules, schema_check
from analysis.data import corrections as correcting
from analysis.data.citing import Source
from analysis.data.table_text import _convert, _read_text_table
from analysis.errors import DataValidationError, Problem, WorkbookError

if TYPE_CHECKING:
    import pandas as pd


def _package() -> dict[str, Any]:
    """data/datapackage.json, read again when it changes (each use announced, see cache;
    looked at once within `cache.looked_at_once`)."""
    seen = cache.looked(paths.DATAPACKAGE)
    cache.announce([seen])
    return _package_at(seen)


@lru_cache(maxsize=2)
def _package_at(seen: cache.Signature) -> dict[str, Any]:
    path = Path(seen[0])
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WorkbookError(
            f"{paths.relative(path)} is missing: the data catalog cannot be read "
            "(restore it from git: git checkout -- data/datapackage.json)"
        ) from exc
    except json.JSONDecodeError as exc:
        raise WorkbookError(
            f"{paths.relative(path)}, line {exc.lineno}, column {exc.colno}: "
            f"not valid JSON ({exc.msg})"
        ) from exc
    problems = _descriptor_problems(package)
    if problems:
        raise DataValidationError(problems, f"{paths.relative(path)} is not a valid data catalog")
    return package


# The descriptor's shape, as the code reads it: key -> (JSON type, required).
_TABLE_KEYS: dict[str, tuple[type, bool]] = {
    "name": (str, True),
    "path": (str, True),
    "title": (str, True),
    "description": (str, True),
    "publisher": (str, True),
    "citation": (str, True),
    "schema": (dict, True),
    **{key: (str, False) for key in ("encoding", "homepage", "version", "edition_column")},
    **{key: (str, False) for key in ("source_column", "source_url_column", "retrieved_note")},
    **{key: (list, False) for key in ("caveats", "checks", "editions", "licenses")},
    **{key: (dict, False) for key in ("units", "unit_labels", "coverage")},
}
_RAW_KEYS: dict[str, tuple[type, bool]] = {"name": (str, True), "path": (str, True)}
_JSON_TYPES = {str: "text", dict: "an object", list: "a list"}


def _descriptor_problems(package: Any) -> list[Problem]:
    """What in data/datapackage.json does not have the shape the loader reads."""
    where = paths.relative(paths.DATAPACKAGE)
    fix = "fix it as docs/data.md describes, or restore it: git checkout -- data/datapackage.json"
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        return [Problem(where, "expected an object with a list of 'resources'", fix)]
    problems = []
    for i, res in enumerate(package["resources"]):
        if not isinstance(res, dict):
            problems.append(Problem(f"{where}: resources[{i}]", "expected an object", fix))
            continue
        at = f"{where}: resources[{i}] ({res.get('name', 'no name')!s})"
        shape = _TABLE_KEYS if _is_table(res) else _RAW_KEYS
        for key, (kind, required) in shape.items():
            value = res.get(key)
            if (value is None and required) or (value is not None and not isinstance(value, kind)):
                got = "nothing" if value is None else json.dumps(value)[:60]
                problems.append(
                    Problem(f"{at}: '{key}'", f"expected {_JSON_TYPES[kind]}, got {got}", fix)
                )
        if _is_table(res) and isinstance(res.get("schema"), dict):
            problems += _schema_problems(res["schema"], f"{at}: 'schema'", fix)
    return problems


def _schema_problems(schema: dict[str, Any], at: str, fix: str) -> list[Problem]:
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields:
        return [Problem(f"{at}: 'fields'", "expected a non-empty list of columns", fix)]
    problems = []
    for i, spec in enumerate(fields):
        ok = isinstance(spec, dict) and isinstance(spec.get("name"), str)
        if ok and spec.get("type", "string") not in schema_check.DTYPES:
            what = f"type {spec['type']!r} is not one of {', '.join(schema_check.DTYPES)}"
            problems.append(Problem(f"{at}: fields[{i}] ({spec['name']})", what, fix))
        elif ok and not isinstance(spec.get("constraints", {}), dict):
            problems.append(Problem(f"{at}: fields[{i}]", "'constraints' must be an object", fix))
        elif not ok:
            problems.append(Problem(f"{at}: fields[{i}]", "expected an object with a 'name'", fix))
    key = schema.get("primaryKey", [])
    if not isinstance(key, list) or not all(isinstance(k, str) for k in key):
        problems.append(Problem(f"{at}: 'primaryKey'", "expected a list of column names", fix))
    unique = schema.get("uniqueKeys", [])
    if not isinstance(unique, list) or not all(isinstance(k, list) for k in unique):
        problems.append(Problem(f"{at}: 'uniqueKeys'", "expected a list of lists of columns", fix))
    return problems


def _is_table(res: dict[str, Any]) -> bool:
    return res.get("profile") == "tabular-data-resource"


def reload() -> None:
    """Forget the cached descriptor (after data/datapackage.json was rewritten) and tables."""
    _package_at.cache_clear()
    clear_cache()


def clear_cache() -> None:
    """Forget every table (and result computed from tables) kept in memory: the next
    `load` reads and validates again. Only needed after rewriting a file within the same
    clock tick as the previous load; a changed size or modification time is seen anyway."""
    cache.clear()


def names() -> list[str]:
    """Names of every table in the catalog (the CSV stems under data/sources/)."""
    return [r["name"] for r in _package()["resources"] if _is_table(r)]


def raw_files() -> list[dict[str, Any]]:
    """Descriptors of the publishers' files kept unchanged under data/raw/ (not tables)."""
    return [r for r in _package()["resources"] if r.get("role") == "raw"]


def resource(name: str) -> dict[str, Any]:
    """The descriptor of one table; unknown names get a 'did you mean'."""
    for res in _package()["resources"]:
        if res["name"] == name and _is_table(res):
            return res
    hint = difflib.get_close_matches(name, names(), n=1)
    suggestion = f"did you mean '{hint[0]}'? " if hint else ""
    raise WorkbookError(
        f"no table named '{name}' in {paths.relative(paths.DATAPACKAGE)}: "
        f"{suggestion}known tables: {', '.join(names())}"
    )


def path_of(name: str) -> Path:
    """Absolute path of a table's CSV file."""
    return paths.DATA_DIR / resource(name)["path"]


def load(name: str, path: Path | None = None, corrections_file: Path | None = None) -> pd.DataFrame:
    """Read a table, convert its columns to their declared types, apply its declared
    corrections and validate it.

    `path` reads another file against the same descriptor (a copy, a new edition);
    `corrections_file` replaces data/corrections.yaml. The corrections applied are in
    `frame.attrs["corrections"]` (see `corrections()`).
    Raises DataValidationError listing every problem with file, row, column, value and
    the rule broken. Tables with a `country_codes` check gain the ISO 3166 alpha-3 codes
    beside the names (e.g. `country_iso3`; empty for 'World total' and other aggregates).
    """
    csv_path = Path(path) if path is not None else path_of(name)
    return load_file(resource(name), csv_path, corrections_file)


def load_file(
    res: dict[str, Any], csv_path: Path, corrections_file: Path | None = None
) -> pd.DataFrame:
    """`load` against an explicit table descriptor (e.g. one an import is about to extend)."""
    fixes = Path(corrections_file) if corrections_file is not None else correcting.default_path()
    key = ("table", json.dumps(res, sort_keys=True, default=str), str(csv_path), str(fixes))
    return cache.remember(
        key,
        lambda: _validated(res, Path(csv_path), corrections_file, fixes),
        [csv_path, fixes, paths.DATAPACKAGE, *_checked_against(res)],
    )


def _checked_against(res: dict[str, Any]) -> list[Path]:
    """The other files a table's checks read (the country aliases, the lexicons and tables
    it refers to): its validated form depends on them as on its own file."""
    found: set[Path] = set()
    for spec in res.get("checks", []):
        if spec.get("rule") == "country_codes":
            found.add(paths.DATA_DIR / "lexicon" / "country_aliases.yaml")
        elif spec.get("rule") == "references":
            if spec.get("lexicon"):
                found.add(paths.DATA_DIR / "lexicon" / f"{spec['lexicon']}.yaml")
            if spec.get("table") and spec["table"] != res["name"]:
                found.add(path_of(spec["table"]))
    return sorted(found)


def _validated(
    res: dict[str, Any], csv_path: Path, corrections_file: Path | None, fixes: Path
) -> pd.DataFrame:
    """The table read, converted, corrected and validated; or that same result as an
    earlier process stored it for the same file contents (`cache.stored`)."""
    try:
        table = csv_path.read_bytes()
    except OSError:  # missing or unreadable: validation says so
        return _read_and_validate(res, csv_path, corrections_file)
    try:
        declared = fixes.read_bytes()
    except OSError:
        declared = b"\0no corrections file"
    named = "named" if corrections_file is not None else "default"
    descriptor = json.dumps(res, sort_keys=True, default=str)
    others = []
    for other in _checked_against(res):  # a check's other files change its result too
        try:
            others.append(other.read_bytes())
        except OSError:
            others.append(f"\0missing {other.name}".encode())
    key = cache.content_key(descriptor, table, declared, named, _code_digest(), *others)
    frame = cache.stored(key)
    if frame is None:
        frame = _read_and_validate(res, csv_path, corrections_file)
        cache.store(key, frame)
    return frame


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """What validation depends on besides the files: this layer's code and the versions
    of the libraries that validate and code countries."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    for name in ("pandera", "pycountry", "numpy"):
        try:
            digest.update(f"{name}={version(name)}".encode())
        except PackageNotFoundError:
            digest.update(name.encode())
    return digest.hexdigest()


def _read_and_validate(
    res: dict[str, Any], csv_path: Path, corrections_file: Path | None
) -> pd.DataFrame:
    raw = _read_text_table(csv_path, res)
    frame, problems = _convert(raw, res, csv_path)
    applied: list[correcting.Correction] = []
    if not problems:
        declared = correcting.for_table(res["name"], corrections_file)
        frame, applied = correcting.apply(frame, res, declared)
    problems += schema_check.check(frame, res, csv_path, _rules(res))
    if problems:
        raise DataValidationError(problems, f"{paths.relative(csv_path)} failed validation")
    for rule in _rules(res):
        if isinstance(rule, rules.CountryCodes) and rule.spec.get("code_column"):
            frame[rule.spec["code_column"]] = rule.codes(frame).astype("string")
    frame.attrs["corrections"] = [c.to_dict() for c in applied]
    return frame


def corrections(name: str | None = None, path: Path | None = None) -> list[correcting.Correction]:
    """The corrections declared in data/corrections.yaml (or `path`), for one table or all.

    Checks that every correction names a known table and fits it (key picks one row,
    old value matches), so a report can list them with confidence.
    """
    declared = correcting.read(path)
    problems = [
        Problem(c.where, f"unknown table '{c.table}'", f"known tables: {', '.join(names())}")
        for c in declared
        if c.table not in names()
    ]
    if problems:
        raise correcting.CorrectionsError(problems)
    out = []
    for table in dict.fromkeys(c.table for c in declared if name in (None, c.table)):
        res = resource(table)
        raw = _read_text_table(path_of(table), res)
        frame, _ = _convert(raw, res, path_of(table))
        out += correcting.apply(frame, res, [c for c in declared if c.table == table])[1]
    return out


def _rules(res: dict[str, Any]) -> list[rules.Rule]:
    """The table-level rules the descriptor declares under "checks"."""
    return [rules.build(spec, res["name"], _keys) for spec in res.get("checks", [])]


def _keys(table: str, column: str) -> set[str]:
    """The values of a key column of another table (for `references` rules)."""
    return {str(v) for v in load(table)[column].dropna()}


def sources(name: str, rows: pd.DataFrame | Iterable[int] | None = None) -> list[Source]:
    """Citations for a table, or for some of its rows (one Source per edition they come from).

    `rows` is a frame loaded from the table (its index holds CSV line numbers) or the
    line numbers themselves. Each Source lists the line numbers it covers. Tables with
    editions (or vintages, named by the descriptor's `edition_column`) cite each edition;
    tables without cite each row's own source (the descriptor's `source_column`).
    """
    import pandas as pd

    if rows is not None and not isinstance(rows, pd.DataFrame):
        return list(_sources_at(name, tuple(sorted({int(r) for r in rows}))))
    res = resource(name)
    column = citing.citing_column(res)
    if rows is None or column is None or column not in rows.columns:
        line_numbers = () if rows is None else tuple(int(i) for i in rows.index)
        url = res.get("homepage", "")
        return [Source(name, res["title"], res["publisher"], res["citation"], url, line_numbers)]
    by_edition = {e["source_edition"]: e for e in editions(name)}
    url_column = res.get("source_url_column", column)
    return [
        citing.source(
            name,
            res,
            by_edition.get(value, {}),
            value,
            group[url_column].iloc[0],
            tuple(int(i) for i in group.index),
        )
        for value, group in rows.groupby(column, sort=True)
    ]


@cache.kept
def _sources_at(name: str, lines: tuple[int, ...]) -> tuple[Source, ...]:
    """`sources` of a table's rows given by line number (kept while the table is unchanged).

    Kept in this process only, not stored on disk: one value per set of rows cited is
    thousands over an evaluation, which filled the store's `KEEP_STORED` places and pushed
    out the costly results (the measures catalog, the trade table), and made every store
    list and sort the whole folder (round 28, speed20). A tuple of frozen `Source`s, handed
    out as it is (`cache.handout`); read from plain records (`_records`, round 29)."""
    return _sources_from_records(name, lines)


@cache.lent
def _records(name: str) -> tuple[str | None, Mapping[int, tuple[Any, Any]]]:
    """A table's citing column (None when the table has none) and, per CSV line, that
    column's value and the row's reference (its `source_url_column`, else the same value).
    Kept per process while the table's files are unchanged, lent read-only."""
    res, table = resource(name), load(name)
    column = citing.citing_column(res)
    if column is None or column not in table.columns:
        return None, MappingProxyType({int(i): (None, None) for i in table.index})
    url_column = res.get("source_url_column", column)
    cells = zip(table.index, table[column], table[url_column], strict=True)
    return column, MappingProxyType({int(i): (value, ref) for i, value, ref in cells})


def _sources_from_records(name: str, lines: tuple[int, ...]) -> tuple[Source, ...]:
    """`datasets.sources` of the table's rows at these CSV lines (sorted, each once): one
    Source per value of the citing column, in sorted order, with the lines it covers; a
    row whose value is missing is not cited (as `groupby` leaves it out). A line not in
    the table raises KeyError, as `.loc` does."""
    import pandas as pd

    res = resource(name)
    column, by_line = _records(name)
    missing = [line for line in lines if line not in by_line]
    if missing:
        raise KeyError(f"{missing} not in index")
    if column is None:
        return tuple(sources(name, load(name).loc[list(lines)]))
    groups: dict[Any, list[int]] = {}
    for line in lines:
        value = by_line[line][0]
        if not pd.isna(value):
            groups.setdefault(value, []).append(line)
    by_edition = {e["source_edition"]: e for e in editions(name)}
    return tuple(
        citing.source(name, res, by_edition.get(value, {}), value, by_line[rows[0]][1], tuple(rows))
        for value, rows in sorted(groups.items())
    )


def source_line(name: str, rows: pd.DataFrame | Iterable[int] | None = None) -> str:
    """A chart's source line: 'Source: publisher, citation(s).'"""
    found = sources(name, rows)
    publisher = found[0].publisher
    cites = "; ".join(dict.fromkeys(s.citation for s in found))
    return f"Source: {publisher}. {cites}."


def editions(name: str) -> list[dict[str, Any]]:
    """A table's editions in release order (oldest first), as the descriptor lists them."""
    return list(resource(name).get("editions", []))


def released(name: str, edition: str) -> dt.date | None:
    """When an edition of a table came out: its `released` date, or for a year alone (USGS
    MCS editions) the first day of that year; None when unknown."""
    info = next((e for e in editions(name) if e["id"] == edition), None)
    text = str(info.get("released") or "") if info else ""
    if len(text) == 4 and text.isdigit():
        return dt.date(int(text), 1, 1)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def unit_label(name: str, unit: str) -> str:
    """Words for a unit code in sentences ('t REO equivalent' -> 'tonnes (REO equivalent)')."""
    return resource(name).get("unit_labels", {}).get(unit, unit)


def years_covered(name: str, frame: pd.DataFrame | None = None) -> tuple[int, int] | None:
    """First and last year a table covers (from its year, date or period column)."""
    import pandas as pd

    frame = load(name) if frame is None else frame
    fields = resource(name)["schema"]["fields"]
    if "year" in frame.columns and frame["year"].notna().any():
        years = frame["year"].dropna().astype(int)
    elif dates := [f["name"] for f in fields if f.get("type") == "date"]:
        years = pd.concat([frame[d].dropna().dt.year for d in dates]).astype(int)
    elif "period" in frame.columns:  # '2018–21' -> 2018 and 2021
        starts = frame["period"].str.slice(0, 4).astype(int)
        ends = starts // 100 * 100 + frame["period"].str.slice(-2).astype(int)
        years = pd.concat([starts, ends])
    else:
        return None
    return int(years.min()), int(years.max())


def catalog() -> list[dict[str, Any]]:
    """One summary per table: name, rows, years covered, editions, licence."""
    out = []
    for name in names():
        res = resource(name)
        frame = load(name)
        span = years_covered(name, frame)
        out.append(
            {
                "table": name,
                "rows": len(frame),
                "years": f"{span[0]}–{span[1]}" if span else "",
                "editions": ", ".join(e["id"] for e in editions(name)) or "—",
                "licence": ", ".join(lic["name"] for lic in res.get("licenses", [])),
            }
        )
    return out


def describe(name: str, rows: int = 5) -> str:
    """A table's descriptor in words: provenance, units, keys, columns, checks, caveats
    and its first rows (the text of `workbook data show NAME`)."""
    res = resource(name)
    frame = load(name)
    retrieved = res.get("retrieved") or f"not recorded ({res.get('retrieved_note', '')})"
    schema = res["schema"]
    key = schema.get("primaryKey") or schema.get("uniqueKeys")
    lines = [
        f"{name}: {res['title']}",
        "",
        res["description"],
        "",
        f"file:       data/{res['path']} ({len(frame)} rows)",
        f"publisher:  {res['publisher']}",
        f"version:    {res.get('version', '')}",
        f"citation:   {res['citation']}",
        f"homepage:   {res.get('homepage', '')}",
        f"retrieved:  {retrieved}",
        "licence:    " + "; ".join(lic["title"] for lic in res.get("licenses", [])),
        f"key:        {key}",
    ]
    lines += [f"unit:       {col}: {unit}" for col, unit in res.get("units", {}).items()]
    if editions(name):
        lines += ["", "editions:"]
        lines += [f"  {e['id']}: {e['citation']}" for e in editions(name)]
    lines += ["", "columns:"]
    for spec in schema["fields"]:
        cons = spec.get("constraints", {})
        rules_text = ", ".join(f"{k}={v}" for k, v in cons.items())
        lines.append(f"  {spec['name']} ({spec.get('type', 'string')}) {rules_text}".rstrip())
    if res.get("checks"):
        lines += ["", "table checks:"]
        lines += [f"  {rule.label}" for rule in _rules(res)]
    lines += ["", "caveats:"] + [f"  - {c}" for c in res.get("caveats", [])]
    fixes = corrections(name)
    lines += ["", f"corrections: {len(fixes) or 'none'}"]
    lines += [f"  - {c.where}: {c.column} {c.old!r} -> {c.new!r} ({c.reason})" for c in fixes]
    if rows > 0:
        lines += ["", f"first {rows} rows:", frame.head(rows).to_string(max_colwidth=24)]
    return "\n".join(lines)


def validate_all() -> tuple[list[str], list[Problem]]:
    """Validate every table, the corrections file and the raw files' hashes.

    Returns the names that passed and every problem found (file, row, column, value, rule).
    """

    passed, problems = [], []
    try:
        corrections()
    except correcting.CorrectionsError as exc:
        problems += exc.problems
    for name in names():
        try:
            load(name)
            passed.append(name)
        except (DataValidationError, correcting.CorrectionsError) as exc:
            problems += exc.problems
    for raw in raw_files():
        path = paths.DATA_DIR / raw["path"]
        if not path.exists():
            problems.append(Problem(paths.relative(path), "raw file missing", "git checkout it"))
        elif raw.get("hash") != "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest():
            problems.append(
                Problem(
                    paths.relative(path),
                    "raw publisher file changed (sha256 differs from data/datapackage.json)",
                    "raw files stay as published: restore it with git checkout",
                )
            )
    return passed, problems
