"""Supply concentration: each country's share of world production, by year and edition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis import datasets
from analysis.errors import WorkbookError

if TYPE_CHECKING:
    import pandas as pd

WORLD = "World total"
AGGREGATES = frozenset({WORLD, "Other countries"})
LATEST = "latest"


def shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Each country's share (%) of the published world total, per commodity, year and edition.

    The denominator is the edition's own "World total" row for that year, never a sum of
    country rows and never another edition's total. Years without a published world total,
    and country rows without a number, get no share. The result keeps the CSV line numbers
    of both rows used (`row`, `world_row`) so that findings can cite them.
    """
    keys = ["commodity", "measure", "year", "source_edition"]
    frame = frame.rename_axis("row").reset_index()
    world = frame.loc[frame["country"] == WORLD, [*keys, "value", "row"]].rename(
        columns={"value": "world_total", "row": "world_row"}
    )
    countries = frame.loc[frame["country"] != WORLD]
    out = countries.merge(world, on=keys, how="inner", validate="many_to_one")
    out = out.loc[out["value"].notna() & out["world_total"].notna() & (out["world_total"] > 0)]
    out = out.assign(share_pct=out["value"] / out["world_total"] * 100)
    columns = [*keys, "country", "value", "world_total", "share_pct", "unit"]
    columns += ["estimated", "value_flag", "row", "world_row"]
    return out[columns].sort_values([*keys, "country"]).reset_index(drop=True)


def edition_ids(table: str) -> list[str]:
    """Short edition ids of a table, oldest release first."""
    return [e["id"] for e in datasets.editions(table)]


def pick_edition(shares_frame: pd.DataFrame, table: str, edition: str = LATEST) -> pd.DataFrame:
    """Keep one edition per year.

    `edition` is a short id from the catalog ("MCS 2024") or "latest": for each year, the
    most recently released edition that gives country shares for that year. Every row of
    the result says which edition it comes from (`source_edition`, and its short id in
    `edition`).
    """
    known = datasets.editions(table)
    short = {e["source_edition"]: e["id"] for e in known}
    frame = shares_frame.assign(edition=shares_frame["source_edition"].map(short))
    if edition == LATEST:
        order = {e["source_edition"]: i for i, e in enumerate(known)}
        ranked = frame.assign(_rank=frame["source_edition"].map(order))
        newest = ranked.groupby("year")["_rank"].transform("max")
        return ranked.loc[ranked["_rank"] == newest].drop(columns="_rank").reset_index(drop=True)
    if edition not in short.values():
        ids = ", ".join([LATEST, *short.values()])
        raise WorkbookError(f"unknown edition '{edition}' for table '{table}': use one of {ids}")
    return frame.loc[frame["edition"] == edition].reset_index(drop=True)


def country_share_series(
    table: str,
    country: str,
    start_year: int,
    end_year: int,
    edition: str = LATEST,
) -> pd.DataFrame:
    """One country's share of world production per year, from one table, within a year range."""
    frame = shares(datasets.load(table))
    frame = pick_edition(frame, table, edition)
    in_range = frame["year"].between(start_year, end_year)
    return frame.loc[in_range & (frame["country"] == country)].reset_index(drop=True)
