"""Findings: one statement the workbook makes, with its numbers and sources."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import markup
from analysis.data import datasets
from analysis.data.datasets import Source
from analysis.fmt import number, pct, slug

if TYPE_CHECKING:
    import pandas as pd

Value = str | int | float | bool | None


@dataclass(frozen=True)
class Finding:
    """A sentence written from data, the values it states, and where they come from."""

    id: str
    text: str
    values: dict[str, Value]
    sources: tuple[Source, ...]
    caveats: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError(f"finding '{self.id}' has no sources: every finding must cite data")

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for findings.json."""
        return {
            "id": self.id,
            "text": self.text,
            "values": {k: _plain(v) for k, v in self.values.items()},
            "sources": [s.to_dict() for s in self.sources],
            "caveats": list(self.caveats),
        }


def _plain(value: Any) -> Value:
    """numpy and pandas scalars -> JSON-safe Python values, rounded floats for stable output."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 6)
    return value


def dumps(findings: list[Finding]) -> str:
    """Findings as stable JSON text (sorted keys, fixed indentation, trailing newline)."""
    payload = {"findings": [f.to_dict() for f in findings]}
    return json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# Values no finding may state: a share of a whole above 100%, an HHI above 10,000.
MAX_SHARE_PCT = 100.0
MAX_HHI = 10_000.0


def impossible(found: list[Finding]) -> list[str]:
    """The impossible figures the findings state: a value named `*share_pct*` above 100
    or `*hhi*` above 10,000 (e.g. shares of a rounded total whose parts add up to more)."""
    out = []
    for f in found:
        for key, value in f.values.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if "share_pct" in key and value > MAX_SHARE_PCT:
                out.append(f"finding '{f.id}': {key} = {value:g} is a share above 100%")
            elif "hhi" in key and value > MAX_HHI:
                out.append(f"finding '{f.id}': {key} = {value:g} is an HHI above 10,000")
    return out


def write(findings: list[Finding], path: Path) -> Path:
    """Write findings.json; ids must be unique within a run, and no finding may state an
    impossible figure (`impossible`): the run fails instead of publishing it."""
    ids = [f.id for f in findings]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate finding ids {dupes}: each finding needs its own id")
    wrong = impossible(findings)
    if wrong:
        raise ValueError(
            "impossible figures in the findings (cap shares of a rounded total at 100%, and "
            "compute the HHI on shares of their own sum): " + "; ".join(wrong)
        )
    path.write_text(dumps(findings), encoding="utf-8")
    return path


def read(path: Path) -> list[dict[str, Any]]:
    """Read a findings.json back (for reports, tests and other notebooks)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["findings"]


def share_findings(
    series: pd.DataFrame,
    *,
    table: str,
    commodity: str,
    country: str,
    verb: str = "mined",
    activity: str = "mine production",
) -> list[Finding]:
    """Two or three findings about a country's share of world production over years.

    `series` comes from `concentration.country_share_series` (or `concentration.metrics`
    with `country_value` renamed `value`): one row per year, each with the edition it was
    taken from and the CSV rows of the country and world values. `verb` and `activity`
    name what was measured ('mined' / 'mine production' by default; e.g. 'produced' /
    'primary (low-purity) production' for gallium).
    """

    if series.empty:
        return []
    unit = datasets.unit_label(table, str(series["unit"].iloc[0]))
    last = series.iloc[-1]
    first = series.iloc[0]

    def cite(*rows: pd.Series) -> tuple[Source, ...]:
        used = [int(r["row"]) for r in rows] + [int(r["world_row"]) for r in rows]
        return tuple(datasets.sources(table, used))

    out = [
        Finding(
            id=f"{slug(country)}-share-{int(last['year'])}",
            text=(
                f"In {int(last['year'])} {country} produced {number(last['value'])} of the "
                f"world's {number(last['world_total'])} {unit} {verb}, "
                f"{pct(last['share_pct'])}, by the USGS's count ({last['edition']})."
            ),
            values={
                "year": int(last["year"]),
                "country_value": float(last["value"]),
                "world_total": float(last["world_total"]),
                "share_pct": float(last["share_pct"]),
                "unit": str(last["unit"]),
                "edition": str(last["edition"]),
            },
            sources=cite(last),
        )
    ]
    if len(series) > 1:
        change = float(last["share_pct"] - first["share_pct"])
        moved = round(abs(change)) >= 1
        direction = ("fell from" if change < 0 else "rose from") if moved else "was"
        mixed = first["edition"] != last["edition"]
        out.append(
            Finding(
                id=f"{slug(country)}-share-change-{int(first['year'])}-{int(last['year'])}",
                text=(
                    f"{country}'s share of world {commodity} {activity} {direction} "
                    f"{pct(first['share_pct'])} in {int(first['year'])} "
                    f"{'to' if moved else 'and'} "
                    f"{pct(last['share_pct'])} in {int(last['year'])} "
                    f"({_points(change)}), while world output went from "
                    f"{number(first['world_total'])} to {number(last['world_total'])} {unit}."
                ),
                values={
                    "first_year": int(first["year"]),
                    "last_year": int(last["year"]),
                    "first_share_pct": float(first["share_pct"]),
                    "last_share_pct": float(last["share_pct"]),
                    "change_points": change,
                    "first_world_total": float(first["world_total"]),
                    "last_world_total": float(last["world_total"]),
                },
                sources=cite(first, last),
                caveats=(
                    (
                        "The two years come from different USGS editions "
                        f"({first['edition']} for {int(first['year'])}, {last['edition']} for "
                        f"{int(last['year'])}).",
                    )
                    if mixed
                    else ()
                ),
            )
        )
        rest_first = float(first["world_total"] - first["value"])
        rest_last = float(last["world_total"] - last["value"])
        out.append(
            Finding(
                id=f"outside-{slug(country)}-{int(first['year'])}-{int(last['year'])}",
                text=(
                    f"Outside {country}, {activity} went from {number(rest_first)} "
                    f"{unit} in {int(first['year'])} to {number(rest_last)} in "
                    f"{int(last['year'])} (world total minus {country}, same editions)."
                ),
                values={
                    "first_year": int(first["year"]),
                    "last_year": int(last["year"]),
                    "first_outside_value": rest_first,
                    "last_outside_value": rest_last,
                },
                sources=cite(first, last),
            )
        )
    return out


def text_of(found: list[Finding], default: str, **match: Any) -> str:
    """The sentence of the first finding whose values include `match` (e.g. a chart's
    subtitle: `text_of(found, "No data.", flow="balance")`), else `default`."""
    for f in found:
        if all(f.values.get(k) == v for k, v in match.items()):
            return f.text
    return default


def _points(change: float) -> str:
    """'5 percentage points', '1 percentage point', 'less than 1 percentage point'."""
    n = round(abs(change))
    if n == 0:
        return "less than 1 percentage point apart"
    return "1 percentage point" if n == 1 else f"{n} percentage points"


def to_markdown(found: list[Finding]) -> str:
    """Findings as a bulleted Markdown list with their citations (text escaped)."""
    lines = []
    for f in found:
        cites = " ; ".join(dict.fromkeys(s.citation for s in f.sources))
        lines.append(f"- **{markup.md(f.text)}** *Source: {markup.md(cites)}.*")
        lines += [f"  - Caveat: {markup.md(c)}" for c in f.caveats]
    return (
        "\n".join(lines) if lines else "*No findings: the data has no rows for these parameters.*"
    )


def to_html(found: list[Finding]) -> markup.Html:
    """Findings as a notebook shows them: each sentence, its caveats, and every source
    (tables, rows, references) folded under one line."""
    return markup.Html(markup.render("findings.html.j2", items=[f.to_dict() for f in found]))
