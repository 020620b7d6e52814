"""China's share at each stage of a supply chain: mining, refining, magnets.

The mining share is computed from the USGS production tables (`concentration`); the
refining and magnet shares are the published figures of `processing_shares`, the most
authoritative source first. The findings and the fact-check quote the same rows.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analysis.analyses import concentration
from analysis.data import cache, datasets
from analysis.fmt import is_missing, short_source

# The claim words' stage that names none of its own ("produces", "output", "supplier":
# `stages` in data/lexicon/claims.yaml): the commodity's primary production, which USGS
# counts at its main stage; a rank of it is read on the commodity's main series.
PRODUCTION = "production"
# Which published share to quote first for a stage, most authoritative first
# (`source_type` values of processing_shares).
SOURCE_PREFERENCE = (
    "IEA dataset via third-party conversion",
    "secondary report of IEA",
    "US government (USGS)",
    "US government (GAO via CRS)",
    "US government (CRS)",
    "secondary report of US government estimate",
    "think tank",
    "industry analyst",
)


def pick_published(stages: pd.DataFrame, stage: str, year: int | None) -> pd.Series | None:
    """The published share to quote for a stage: the latest year up to `year` (an undated
    share when none is dated by then); never a later year, never a projection; most
    authoritative source first."""
    rows = stages.loc[
        (stages["stage"] == stage) & ~stages["projection"] & stages["share_pct"].notna()
    ]
    rows = rows.loc[rows["dataset"] == "processing_shares"]
    if rows.empty:
        return None
    rank = {s: i for i, s in enumerate(SOURCE_PREFERENCE)}
    rows = rows.assign(
        _rank=rows["source_type"].map(rank).fillna(len(rank)),
        _year=rows["year"].astype("float").fillna(-1),
    )
    if year is not None:
        dated = rows.loc[rows["_year"].between(0, year)]
        rows = dated.loc[dated["_year"] == dated["_year"].max()] if len(dated) else rows
        rows = rows.loc[rows["_year"] <= year]
    return rows.sort_values(["_rank", "row"]).iloc[0] if len(rows) else None


@cache.derived
def stage_rows(
    commodity: str, *, country: str = "China", year: int | None = None, edition: str = "latest"
) -> pd.DataFrame:
    """One share per stage: the USGS share of the main series (computed from the
    production table) and the published refining and magnet shares that `pick_published`
    would quote. With `year`, each stage's latest year up to it (never a later one), so a
    stage with nothing by then is absent. Columns: `stage`, `share_pct`, `year`,
    `source_title`, `source_type`, `dataset`, `row`, `world_row` (the world-total row of a
    USGS share), `released` (when the USGS edition came out; for a published share, the
    day its source made it public when `processing_shares` records it, else None),
    `country_value`, `world_total`, `unit`, `edition` (USGS only) and `scope`."""

    entry = concentration.series_for(commodity, "main")
    series = concentration.metrics(commodity, "main", edition, country=country)
    series = series.loc[series["share_pct"].notna()]
    if year is not None:
        series = series.loc[series["year"] <= year]
    released = {e["id"]: e["released"] for e in datasets.editions(entry["table"])}
    out = []
    if not series.empty:
        last = series.iloc[-1]
        out.append(
            {
                "stage": entry["stage"],
                "share_pct": float(last["share_pct"]),
                "year": int(last["year"]),
                "source_title": f"USGS {last['edition']}",
                "source_type": "US government (USGS)",
                "dataset": entry["table"],
                "row": int(last["row"]),
                "world_row": int(last["world_row"]),
                "released": released.get(last["edition"]),
                "country_value": float(last["country_value"]),
                "world_total": float(last["world_total"]),
                "unit": str(last["unit"]),
                "edition": str(last["edition"]),
                "scope": commodity,
            }
        )
    stages = concentration.stage_shares(commodity, country)
    for stage in ("refining", "magnets"):
        if stage == entry["stage"]:
            continue
        row = pick_published(stages, stage, year if year is not None else _first_year(out))
        if row is not None:
            out.append(_published_row(row, stage))
    return pd.DataFrame(out, columns=STAGE_ROW_COLUMNS)


def scoped_rows(
    commodity: str, scope: re.Pattern[str], *, country: str = "China", year: int | None = None
) -> pd.DataFrame:
    """One share per stage of a part of a commodity only a published source measured (the
    IEA's magnet rare earths: `scope` matches the source's own scope), as `stage_rows` gives
    them (the USGS series of the whole commodity never stands in); empty when no source
    measured that part."""
    stages = concentration.stage_shares(commodity, country)
    stages = stages.loc[stages["scope"].fillna("").str.contains(scope)]
    out = []
    for stage in dict.fromkeys(stages["stage"]):
        row = pick_published(stages, stage, year)
        if row is not None:
            out.append(_published_row(row, stage))
    return pd.DataFrame(out, columns=STAGE_ROW_COLUMNS)


def _published_row(row: pd.Series, stage: str) -> dict[str, Any]:
    """A published share (`pick_published`) as a row of `stage_rows`."""
    return {
        "stage": stage,
        "share_pct": float(row["share_pct"]),
        "year": None if row["_year"] < 0 else int(row["year"]),
        "source_title": short_source(str(row["source_title"])),
        "source_type": str(row["source_type"]),
        "dataset": concentration.PROCESSING_TABLE,
        "row": int(row["row"]),
        "world_row": None,
        "released": None if is_missing(row["published"]) else row["published"].date().isoformat(),
        "country_value": None,
        "world_total": None,
        "unit": "%",
        "edition": None,
        "scope": str(row["scope"]),
    }


STAGE_ROW_COLUMNS = (
    "stage",
    "share_pct",
    "year",
    "source_title",
    "source_type",
    "dataset",
    "row",
    "world_row",
    "released",
    "country_value",
    "world_total",
    "unit",
    "edition",
    "scope",
)


def _first_year(rows: list[dict[str, Any]]) -> int | None:
    return rows[0]["year"] if rows else None


def released_after(released: Any, day: Any) -> str | None:
    """An edition's release ('2025' or '2024-04-01') when it is after `day`, else None."""
    if is_missing(released) or day is None:
        return None
    text = str(released)
    if len(text) == 4:
        return text if int(text) > pd.Timestamp(day).year else None
    return text if pd.Timestamp(text) > pd.Timestamp(day) else None
