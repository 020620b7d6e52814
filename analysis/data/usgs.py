"""Import USGS Mineral Commodity Summaries (MCS) data-release world tables.

USGS publishes, for each commodity and edition, a CSV such as `mcs2024-raree_world.csv`:

    Source,Country,Type,Prod_t_est_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes
    MCS2024,China,"Rare earths, mine production, ...",210000,240000,Production quota...,44000000,

`parse` turns one into tidy rows (commodity, measure, country, year, value, unit,
estimated, value_flag, source_edition, source_ref, notes). It copes with the format's
quirks as they occur across editions: a byte-order mark, CRLF, footnote markers glued
to names (`Japane`, `Other countries4`, `World total (rounded)10`), qualifiers
(`Russia (recoverable)`), non-breaking spaces, quoted thousands separators, `NA`, `W`,
`Included in World total.`, lower bounds (`>2,000,000` in the cell or the notes), unit
and year inside column names (`Prod_kg_est_2023`, `Cap_kg_2022`, `Reserves_t`), notes
columns however named (`Prod_note`, `Prod_notes`, `Notes`), and trailing empty columns
and rows.

`merge` adds the rows to the bundled tables with their provenance. A row whose key
(commodity, measure, country, year, edition) is already there with another value is
reported, never overwritten. The write is atomic: every changed file is validated in a
staging copy first and then swapped in with os.replace; any failure leaves the tables
as they were.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import countries, datasets
from analysis.errors import InputError, Problem, ProblemsError

SOURCE_TYPE = "USGS MCS data release CSV (world table)"
RESERVES = "reserves"


class UsgsImportError(ProblemsError, InputError):
    """A USGS file could not be read or merged; nothing was changed on disk (exit code 2)."""

    headline = "USGS import failed, nothing was changed"


@dataclass(frozen=True)
class Commodity:
    """How one commodity's world table maps onto the bundled tables."""

    name: str
    code: str  # USGS file-name code: mcs2024-<code>_world.csv
    production_table: str
    reserves_table: str
    measures: dict[str, str]  # column kind ('prod', 'cap') -> measure
    units: dict[str, str]  # unit in column names ('t', 'kg') -> unit in the table
    keywords: tuple[str, ...] = ()  # words of the Type column that name it


_CM = ("critical_minerals_mine_production", "critical_minerals_reserves")
COMMODITIES: tuple[Commodity, ...] = (
    Commodity(
        "rare earths",
        "raree",
        "rare_earths_mine_production",
        "rare_earths_reserves",
        {"prod": "mine production"},
        {"t": "t REO equivalent"},
        ("rare earth",),
    ),
    Commodity(
        "gallium",
        "galli",
        *_CM,
        {
            "prod": "primary (low-purity) production",
            "cap": "primary (low-purity) production capacity",
        },
        {"kg": "kg"},
        ("gallium",),
    ),
    Commodity(
        "germanium",
        "germa",
        *_CM,
        {"prod": "primary and secondary refinery production"},
        {"kg": "kg"},
        ("germanium",),
    ),
    Commodity(
        "graphite (natural)", "graph", *_CM, {"prod": "mine production"}, {"t": "t"}, ("graphite",)
    ),
    Commodity(
        "antimony",
        "antim",
        *_CM,
        {"prod": "mine production"},
        {"t": "t antimony content"},
        ("antimony",),
    ),
    Commodity(
        "tungsten",
        "tungs",
        *_CM,
        {"prod": "mine production"},
        {"t": "t tungsten content"},
        ("tungsten",),
    ),
)
_BY_CODE = {c.code: c for c in COMMODITIES}

# Aggregate labels as USGS writes them -> the name the bundled tables use.
_CANONICAL = {
    "World total (rounded)": "World total",
    "World": "World total",
    "Total": "World total",
    "Other": "Other countries",
}
_VALUE_COLUMN = re.compile(
    r"^(?P<kind>prod|production|cap|capacity|reserves?)_(?P<unit>[a-z]+)"
    r"(?:_(?P<est>est|e))?(?:_(?P<year>\d{4}))?$",
    re.IGNORECASE,
)
_NOTES_COLUMN = re.compile(
    r"^(?:(?P<kind>prod|production|cap|capacity|reserves?)_)?notes?$", re.IGNORECASE
)
_KIND = {"prod": "prod", "production": "prod", "cap": "cap", "capacity": "cap"}
_FILE_NAME = re.compile(r"mcs(?P<year>\d{4})[-_](?P<code>[a-z]+)_world", re.IGNORECASE)
_EDITION = re.compile(r"MCS\s*(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class TidyRow:
    """One observation: a value for a commodity, measure, country, year and edition."""

    commodity: str
    measure: str
    country: str
    year: int
    value: float | None
    unit: str
    estimated: bool | None
    value_flag: str | None
    source_edition: str
    source_ref: str
    notes: str | None
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[str, str, str, int, str]:
        return (self.commodity, self.measure, self.country, self.year, self.source_edition)

    def cells(self) -> dict[str, str]:
        """The row as CSV text, in the bundled tables' spelling."""
        return {
            "commodity": self.commodity,
            "measure": self.measure,
            "country": self.country,
            "year": str(self.year),
            "value": format_number(self.value),
            "unit": self.unit,
            "estimated": "" if self.estimated is None else str(self.estimated).lower(),
            "value_flag": self.value_flag or "",
            "source_edition": self.source_edition,
            "source_type": SOURCE_TYPE,
            "source_ref": self.source_ref,
            "notes": self.notes or "",
        }


TIDY_COLUMNS = (
    "commodity",
    "measure",
    "country",
    "year",
    "value",
    "unit",
    "estimated",
    "value_flag",
    "source_edition",
    "source_ref",
    "notes",
)


def format_number(value: float | None) -> str:
    """240000.0 -> '240000', 2.5 -> '2.5', None -> ''."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ---------------------------------------------------------------- parsing


@dataclass
class _Columns:
    """What each column of a world table holds."""

    country: int
    source: int | None = None
    kind_type: int | None = None
    values: list[tuple[int, str, str, bool, int | None]] = field(default_factory=list)
    notes: dict[str, list[int]] = field(default_factory=dict)  # kind ('' = any) -> columns


def parse(path: Path, encoding: str = "utf-8-sig", source_ref: str | None = None) -> list[TidyRow]:
    """Tidy rows of one USGS MCS world-table CSV; UsgsImportError on any bad input."""
    path = Path(path)
    where = paths.relative(path)
    records = _records(path, where, encoding)
    header_at = next((i for i, (_, cells) in enumerate(records) if any(cells)), None)
    if header_at is None:
        raise UsgsImportError([Problem(where, "the file is empty", "download it again")])
    header = records[header_at][1]
    columns = _classify(header, records[header_at + 1 :], where)
    edition = _edition(path, records[header_at + 1 :], columns, where)
    commodity = _commodity(path, records[header_at + 1 :], columns, where)
    ref = source_ref or _default_ref(path)
    rows: list[TidyRow] = []
    problems: list[Problem] = []
    width = max(i for i, name in enumerate(header) if name) + 1
    for line, cells in records[header_at + 1 :]:
        if not any(cells):
            continue
        if len(cells) < width:
            problems.append(
                Problem(
                    f"{where}, line {line}",
                    f"row has {len(cells)} fields but the header names {width} columns",
                    "the file looks truncated or a quote is missing; download it again",
                )
            )
            continue
        found, wrong = _row(cells, columns, header, commodity, edition, ref, where, line)
        rows += found
        problems += wrong
    problems += _duplicates(rows)
    if problems:
        raise UsgsImportError(problems)
    if not rows:
        raise UsgsImportError([Problem(where, "no data rows", "is this a USGS world table?")])
    return sorted(rows, key=lambda r: (r.measure == RESERVES, r.measure, r.year, r.line))


def _records(path: Path, where: str, encoding: str) -> list[tuple[int, list[str]]]:
    """(line number, stripped cells) of every CSV record."""
    if not path.is_file():
        raise UsgsImportError([Problem(where, "file not found", "check the path")])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsgsImportError([Problem(where, f"cannot be read ({exc.strerror})")]) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UsgsImportError(
            [
                Problem(
                    f"{where}, line {line}",
                    f"byte {data[exc.start]:#04x} at offset {exc.start} is not valid {encoding}",
                    "USGS data releases are UTF-8; if this copy was saved in another "
                    "encoding, pass it with --encoding (e.g. cp1252)",
                )
            ]
        ) from exc
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records = []
    try:
        for cells in reader:
            clean = [" ".join(c.replace("\xa0", " ").split()) for c in cells]
            records.append((reader.line_num, clean))
    except csv.Error as exc:
        raise UsgsImportError(
            [
                Problem(
                    f"{where}, line {reader.line_num}",
                    f"not a readable CSV ({exc})",
                    "the file looks truncated or has an unclosed quote; download it again",
                )
            ]
        ) from exc
    return records


def _classify(header: list[str], body: list[tuple[int, list[str]]], where: str) -> _Columns:
    """Find the country, value and notes columns; refuse columns it cannot place."""
    problems: list[Problem] = []
    unknown: list[str] = []
    country = None
    found = _Columns(country=-1)
    for index, name in enumerate(header):
        lowered = name.lower()
        value = _VALUE_COLUMN.match(name)
        notes = _NOTES_COLUMN.match(name)
        if lowered == "country":
            country = index
        elif lowered == "source":
            found.source = index
        elif lowered == "type":
            found.kind_type = index
        elif notes:
            kind = (notes["kind"] or "").lower()
            kind = RESERVES if kind.startswith("reserve") else _KIND.get(kind, "")
            found.notes.setdefault(kind, []).append(index)
        elif value:
            kind = value["kind"].lower()
            kind = RESERVES if kind.startswith("reserve") else _KIND[kind]
            year = int(value["year"]) if value["year"] else None
            if year is None and kind != RESERVES:
                problems.append(
                    Problem(
                        f"{where}, header",
                        f"column '{name}' has no year",
                        "production and capacity columns end in the year, e.g. Prod_t_2023",
                    )
                )
            found.values.append((index, kind, value["unit"].lower(), bool(value["est"]), year))
        elif name == "":
            if any(index < len(cells) and cells[index] for _, cells in body):
                problems.append(
                    Problem(
                        f"{where}, header",
                        f"column {index + 1} has values but no name",
                        "name it, or remove the stray values",
                    )
                )
        else:
            unknown.append(name)
    if country is None:
        # the likeliest culprit is a column that is not a USGS column at all
        near = difflib.get_close_matches("Country", unknown, n=1, cutoff=0.0)
        fix = f"column '{near[0]}' looks like it: rename it 'Country'" if near else "add it"
        unknown = [u for u in unknown if u not in near]
        problems.insert(0, Problem(f"{where}, header", "column 'Country' is missing", fix))
    problems += [_unknown_column(name, where) for name in unknown]
    if country is not None and not found.values:
        problems.append(
            Problem(
                f"{where}, header",
                "no value columns (Prod_<unit>_<year>, Cap_..., Reserves_<unit>)",
                "is this a USGS MCS world table?",
            )
        )
    if problems:
        raise UsgsImportError(problems)
    found.country = country if country is not None else -1
    return found


def _unknown_column(name: str, where: str) -> Problem:
    examples = ["Source", "Country", "Type", "Prod_t_2023", "Prod_t_est_2023", "Prod_notes"]
    examples += ["Cap_kg_2023", "Reserves_t", "Reserves_notes"]
    near = difflib.get_close_matches(name, examples, n=1, cutoff=0.5)
    hint = f" (like '{near[0]}')" if near else ""
    return Problem(
        f"{where}, header",
        f"column '{name}' is not a USGS world-table column",
        f"expected Source, Country, Type, Prod_/Cap_<unit>[_est]_<year>, Reserves_<unit> or "
        f"a notes column{hint}; was it renamed?",
    )


def _edition(path: Path, body: list[tuple[int, list[str]]], columns: _Columns, where: str) -> str:
    """'MCS 2024', from the Source column and the file name (which must agree)."""
    seen = set()
    if columns.source is not None:
        for _, cells in body:
            cell = cells[columns.source] if columns.source < len(cells) else ""
            match = _EDITION.search(cell)
            if match:
                seen.add(match.group(1))
    named = _FILE_NAME.search(path.name)
    if named:
        seen.add(named["year"])
    if len(seen) == 1:
        return f"MCS {seen.pop()}"
    what = f"editions disagree ({', '.join(sorted(seen))})" if seen else "no edition found"
    raise UsgsImportError(
        [
            Problem(
                where,
                what,
                "the Source column (MCS2024) and the file name (mcs2024-..._world.csv) "
                "must name one edition",
            )
        ]
    )


def _commodity(
    path: Path, body: list[tuple[int, list[str]]], columns: _Columns, where: str
) -> Commodity:
    """From the USGS file-name code (mcs2024-raree_world.csv), else the Type column."""
    named = _FILE_NAME.search(path.name)
    known = ", ".join(f"{c.name} ({c.code})" for c in COMMODITIES)
    if named:
        code = named["code"].lower()
        if code in _BY_CODE:
            return _BY_CODE[code]
        raise UsgsImportError(
            [
                Problem(
                    where,
                    f"unknown commodity code '{code}' in the file name",
                    f"the catalog has tables for {known}; to add one, extend COMMODITIES in "
                    "analysis/usgs.py and declare its tables in data/datapackage.json",
                )
            ]
        )
    if columns.kind_type is not None:
        text = " ".join(c[columns.kind_type] for _, c in body if len(c) > columns.kind_type)
        hits = [c for c in COMMODITIES if any(k in text.lower() for k in c.keywords)]
        if len(hits) == 1:
            return hits[0]
    raise UsgsImportError(
        [
            Problem(
                where,
                "cannot tell which commodity the file holds",
                f"keep USGS's file name (mcsYYYY-<code>_world.csv); codes: {known}",
            )
        ]
    )


def _clean_country(raw: str) -> tuple[str, bool]:
    """Strip footnote markers and qualifiers: ('Japan', True) for 'Japane' (e = estimated)."""

    def known(name: str) -> bool:
        if countries.is_aggregate(name):
            return True
        try:
            countries.iso3(name)
        except countries.UnknownCountryError:
            return False
        return True

    name, estimated = raw, False
    while name and not known(name):
        if re.search(r"\d+$", name):
            name = re.sub(r"\s*\d+$", "", name)
        elif name.endswith("e") and known(name[:-1]):
            name, estimated = name[:-1], True
        elif (qualified := re.match(r"^(.*?)\s*\([^)]*\)$", name)) and known(qualified[1]):
            name = qualified[1]
        else:
            return raw, False  # left for validation to refuse, with a suggestion
    return _CANONICAL.get(name, name), estimated


def _cell(text: str) -> tuple[float | None, str | None]:
    """(value, flag) of one cell; ValueError when it is not a number or a known code."""
    lowered = text.lower()
    if lowered in ("na", "n/a"):
        return None, "NA"
    if lowered in ("w", "(w)"):
        return None, "W (withheld)"
    if lowered.startswith("included in"):
        return None, "included in world total"
    if text in ("—", "–", "-", "--"):
        return 0.0, "zero (— in source)"
    flag = None
    if text.startswith(">"):
        text, flag = text[1:].strip(), "greater than (>)"
    return float(text.replace(",", "").replace(" ", "")), flag


def _row(
    cells: list[str],
    columns: _Columns,
    header: list[str],
    commodity: Commodity,
    edition: str,
    ref: str,
    where: str,
    line: int,
) -> tuple[list[TidyRow], list[Problem]]:
    raw_name = cells[columns.country]
    if not raw_name:
        return [], [Problem(f"{where}, line {line}, column 'Country'", "country name is empty")]
    country, marked = _clean_country(raw_name)
    label = f'source label "{raw_name}"' if raw_name != country else ""
    rows, problems = [], []
    for index, kind, unit_code, est_column, year in columns.values:
        text = cells[index]
        if not text:
            continue  # no observation published in this cell
        at = f"{where}, line {line}, column '{header[index]}'"
        if kind not in commodity.measures and kind != RESERVES:
            problems.append(Problem(at, f"{commodity.name} has no '{kind}' measure"))
            continue
        if unit_code not in commodity.units:
            problems.append(
                Problem(
                    at,
                    f"unit '{unit_code}' is not the unit of {commodity.name} in the catalog",
                    f"expected {' or '.join(commodity.units)}",
                )
            )
            continue
        notes = " ".join(cells[i] for i in columns.notes.get(kind, []) + columns.notes.get("", []))
        try:
            value, flag = _cell(text)
        except ValueError:
            problems.append(
                Problem(
                    at,
                    f"value {text!r} is not a number",
                    "expected digits (thousands separators allowed), NA, W or '>N'",
                )
            )
            continue
        if kind == RESERVES and value is None and (bound := re.match(r">\s*([\d,]+)", notes)):
            value, flag = (
                float(bound[1].replace(",", "")),
                ("greater than (>) [value given in notes field]"),
            )
        if year is None:
            year = int(edition[-4:]) - 1  # reserves columns refer to the year before
        rows.append(
            TidyRow(
                commodity=commodity.name,
                measure=RESERVES if kind == RESERVES else commodity.measures[kind],
                country=country,
                year=year,
                value=value,
                unit=commodity.units[unit_code],
                estimated=None
                if kind == RESERVES
                else est_column or marked or _estimated_in_notes(notes, year),
                value_flag=flag,
                source_edition=edition,
                source_ref=ref,
                notes="; ".join(n for n in (label, notes) if n) or None,
                file=where,
                line=line,
            )
        )
    return rows, problems


def _estimated_in_notes(notes: str, year: int) -> bool:
    """True when a note says this year is estimated ('Estimated in 2021 also.').

    A note that says 'estimated' without a year (e.g. 'Estimated capacity') is kept in
    the notes but does not set the flag, as in the bundled tables.
    """
    sentences = re.split(r"[.;]", notes)
    return any(
        "estimat" in s.lower() and str(year) in _YEAR.findall(s) for s in sentences if s.strip()
    )


def _duplicates(rows: list[TidyRow]) -> list[Problem]:
    """One problem per repeated line (a country listed twice)."""
    first: dict[tuple[Any, ...], TidyRow] = {}
    repeated: dict[int, TidyRow] = {}
    for row in rows:
        if row.key in first and first[row.key].line != row.line:
            repeated.setdefault(row.line, first[row.key])
        first.setdefault(row.key, row)
    return [
        Problem(
            f"{other.file}, line {line}",
            f"duplicate key: {other.country} ({other.source_edition}) is also on line {other.line}",
            "keep one row per country",
        )
        for line, other in repeated.items()
    ]


def _default_ref(path: Path) -> str:
    """The descriptor's source_ref when the file is a bundled raw copy, else name + hash."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for raw in datasets.raw_files():
        if raw.get("hash") == f"sha256:{digest}":
            return str(raw["source_ref"])
    return f"file:{path.name}@sha256:{digest}"


def write_csv(rows: Iterable[TidyRow], out: Any) -> None:
    """Tidy rows as CSV (the --dry-run output)."""
    writer = csv.DictWriter(out, fieldnames=TIDY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        cells = row.cells()
        writer.writerow({c: cells[c] for c in TIDY_COLUMNS})
