"""Supply concentration: each country's share of world production, by year and edition."""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

import pandas as pd

from analysis.data import cache, datasets
from analysis.errors import WorkbookError

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


@cache.derived
def table_shares(table: str) -> pd.DataFrame:
    """`shares` of a whole production table (computed once while the table is unchanged)."""
    return shares(datasets.load(table))


def edition_ids(table: str) -> list[str]:
    """Short edition ids of a table, oldest release first."""
    return [e["id"] for e in datasets.editions(table)]


def pick_edition(shares_frame: pd.DataFrame, table: str, edition: str = LATEST) -> pd.DataFrame:
    """Keep one edition per year.

    `edition` is a short id from the catalog ("MCS 2024") or "latest": for each year, the
    most recently released edition that gives country shares for that year. Every row of
    the result says which edition it comes from (`source_edition`, and its short id in
    `edition`). With several commodities or measures in the frame, "latest" is decided
    for each of them separately.
    """
    known = datasets.editions(table)
    short = {e["source_edition"]: e["id"] for e in known}
    frame = shares_frame.assign(edition=shares_frame["source_edition"].map(short))
    if edition == LATEST:
        order = {e["source_edition"]: i for i, e in enumerate(known)}
        ranked = frame.assign(_rank=frame["source_edition"].map(order))
        # per commodity and measure too: one commodity's newer edition must not hide another's
        series = [c for c in ("commodity", "measure") if c in ranked.columns]
        newest = ranked.groupby([*series, "year"])["_rank"].transform("max")
        return ranked.loc[ranked["_rank"] == newest].drop(columns="_rank").reset_index(drop=True)
    if edition not in short.values():
        ids = ", ".join([LATEST, *short.values()])
        raise WorkbookError(f"unknown edition '{edition}' for table '{table}': use one of {ids}")
    return frame.loc[frame["edition"] == edition].reset_index(drop=True)


@cache.kept
def released(commodity: str, edition: str) -> dt.date | None:
    """When an edition of the commodity's main table came out (`datasets.released`)."""
    return datasets.released(series_for(commodity, MAIN)["table"], edition)


@cache.kept
def edition_as_of(commodity: str, day: dt.date | None, year: int | None = None) -> str | None:
    """The edition of the commodity's main table to check a claim with, as public on `day`
    (USGS MCS editions come out early in the year that names them: an edition is taken as
    out in that year; all editions when `day` is None): of those out, the last released
    with a figure for `year`, else the one reaching the latest year with figures (a yearbook
    released after an MCS edition may stop a year earlier). None when none was out yet."""
    table = series_for(commodity, MAIN)["table"]
    out = [
        e
        for e in datasets.editions(table)
        if day is None or ((r := released(commodity, e["id"])) is not None and r <= day)
    ]
    if not out:
        return None
    frame = datasets.load(table)
    # a year counts only with figures: an edition that prints "NA" for it (USGS withheld
    # germanium's countries in MCS 2023) leaves it to the edition before
    known = frame.loc[(frame["commodity"] == commodity) & frame["value"].notna()]
    years = known.groupby("source_edition")["year"]
    having = {k: set(v) for k, v in years}
    with_year = [e for e in out if year in having.get(e["source_edition"], ())]
    if with_year:
        return with_year[-1]["id"]
    reach = [max(having.get(e["source_edition"], {-1})) for e in out]
    return out[max(range(len(out)), key=lambda i: (reach[i], i))]["id"]


def country_share_series(
    table: str,
    country: str,
    start_year: int,
    end_year: int,
    edition: str = LATEST,
) -> pd.DataFrame:
    """One country's share of world production per year, from one table, within a year range."""
    frame = table_shares(table)
    frame = pick_edition(frame, table, edition)
    in_range = frame["year"].between(start_year, end_year)
    return frame.loc[in_range & (frame["country"] == country)].reset_index(drop=True)


# --- any commodity and stage of the catalog ---------------------------------------------

PRODUCTION_TABLES = ("rare_earths_mine_production", "critical_minerals_mine_production")
# USGS measures -> the supply-chain stage they describe. Gallium's "primary production"
# is extraction from alumina and zinc processing liquors, a refining step; germanium's is
# refinery output. Capacity is a stage of its own: it is not output.
STAGES: dict[str, str] = {
    "mine production": "mining",
    "primary (low-purity) production": "refining",
    "primary and secondary refinery production": "refining",
    "primary (low-purity) production capacity": "refining capacity",
}
MAIN = "main"
OTHER = "Other countries"


@cache.derived
def catalog() -> pd.DataFrame:
    """Every commodity and USGS measure with country production data, and its stage.

    Columns: `commodity` (as the tables name it, e.g. 'graphite (natural)'), `measure`,
    `stage` (mining / refining / refining capacity), `main` (the commodity's headline
    series: its output, not capacity), `table`, `unit`, `years` (first-last), `editions`.
    """

    out = []
    for table in PRODUCTION_TABLES:
        frame = datasets.load(table)
        frame = frame.loc[frame["country"] != WORLD]
        for (commodity, measure), group in frame.groupby(["commodity", "measure"]):
            out.append(
                {
                    "commodity": commodity,
                    "measure": measure,
                    "stage": STAGES[measure],
                    "table": table,
                    "unit": str(group["unit"].iloc[0]),
                    "years": f"{int(group['year'].min())}-{int(group['year'].max())}",
                    "editions": sorted(group["source_edition"].unique()),
                }
            )
    frame = pd.DataFrame(out)
    frame["main"] = ~frame["stage"].str.endswith("capacity")
    return frame.sort_values(["commodity", "measure"]).reset_index(drop=True)


@cache.kept
def commodities() -> list[str]:
    """Commodities with country production data, as the tables name them."""
    return sorted(catalog()["commodity"].unique())


@cache.kept
def series_for(commodity: str, stage: str = MAIN) -> dict[str, Any]:
    """The catalog entry of a commodity at a stage ('main', 'mining', 'refining', ...).

    Raises WorkbookError naming the commodities, or the stages this commodity has.
    """

    entries = catalog()
    known = entries.loc[entries["commodity"] == commodity]
    if known.empty:
        near = difflib.get_close_matches(commodity, commodities(), n=1)
        hint = f"did you mean '{near[0]}'? " if near else ""
        raise WorkbookError(
            f"no production data for commodity {commodity!r}: {hint}"
            f"known: {', '.join(commodities())}"
        )
    hits = known.loc[known["main"]] if stage == MAIN else known.loc[known["stage"] == stage]
    if hits.empty:
        have = ", ".join([MAIN, *known["stage"]])
        raise WorkbookError(
            f"{commodity} has no {stage!r} series in the USGS tables: use one of {have}"
        )
    return hits.iloc[0].to_dict()


@cache.derived
def country_shares(
    commodity: str,
    stage: str = MAIN,
    edition: str = LATEST,
    start_year: int | None = None,
    end_year: int | None = None,
) -> pd.DataFrame:
    """Every country's share of the world total, per year, for one commodity and stage.

    One edition per year (`pick_edition`); 'Other countries' rows are kept (an aggregate
    of small producers, see `hhi`). Columns as `shares`, plus `edition` and `stage`.
    """
    entry = series_for(commodity, stage)
    frame = table_shares(entry["table"])
    frame = frame.loc[(frame["commodity"] == commodity) & (frame["measure"] == entry["measure"])]
    frame = pick_edition(frame, entry["table"], edition)
    if start_year is not None:
        frame = frame.loc[frame["year"] >= start_year]
    if end_year is not None:
        frame = frame.loc[frame["year"] <= end_year]
    return frame.assign(stage=entry["stage"]).reset_index(drop=True)


_GROUP = ["commodity", "measure", "year", "source_edition"]


def top_n_share(frame: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """Share of the world total held by the `n` largest named producers, per year and edition.

    `frame` comes from `shares` or `country_shares`. Aggregates ('Other countries') are not
    producers and are never ranked. USGS rounds its world total while the country figures
    are not rounded with it, so the parts can add up to more than the total: the share is
    then capped at 100 (`top_n_exceeds_total` is true, and `top_n_value` keeps what the
    producers' figures add up to), since no producers can hold more than all of it.
    Columns: the group keys, `n`, `top_n_share_pct`, `top_n_exceeds_total`, `top_n_value`,
    `world_total`, `top_countries` ('; '-joined, largest first), `rows` (CSV lines of those
    countries), `world_row`.
    """

    named = frame.loc[frame["country"] != OTHER]
    out = []
    for keys, group in named.groupby(_GROUP, sort=True):
        top = group.sort_values(["share_pct", "country"], ascending=[False, True]).head(n)
        raw = float(top["share_pct"].sum())
        out.append(
            {
                **dict(zip(_GROUP, keys, strict=True)),
                "n": n,
                "top_n_share_pct": min(raw, 100.0),
                "top_n_exceeds_total": raw > 100.0,
                "top_n_value": float(top["value"].sum()),
                "world_total": float(group["world_total"].iloc[0]),
                "top_countries": "; ".join(top["country"]),
                "rows": [int(r) for r in top["row"]],
                "world_row": int(group["world_row"].iloc[0]),
            }
        )
    columns = ["n", "top_n_share_pct", "top_n_exceeds_total", "top_n_value", "world_total"]
    return pd.DataFrame(out, columns=[*_GROUP, *columns, "top_countries", "rows", "world_row"])


HHI_METHOD = (
    "The Herfindahl-Hirschman index (HHI) sums the squared shares, in %, of the producers; "
    "the shares are taken of the producers' own sum (the countries listed, 'Other "
    "countries' included), not of the world total, which USGS rounds, so that the index "
    "stays between 0 and 10,000 (one producer). 'Other countries' is an aggregate of small "
    "producers: `hhi` leaves it out (a lower bound), `hhi_upper` counts it as one producer "
    "(an upper bound)."
)


def hhi(frame: pd.DataFrame) -> pd.DataFrame:
    """Herfindahl-Hirschman index (0-10,000) per year and edition (method: `HHI_METHOD`).

    Each producer's share is of the sum of the countries with a number ('Other countries'
    included), so the shares add up to 100 and the index cannot pass 10,000 even where the
    country figures add up to more than USGS's rounded world total. `hhi` sums the squared
    shares of named countries only (a lower bound: 'Other countries' is an aggregate of
    several small producers whose own shares are unknown); `hhi_upper` counts 'Other
    countries' as if it were one producer (an upper bound). Countries without a number
    (USGS 'W' withheld, 'NA') are in neither.
    Columns: the group keys, `hhi`, `hhi_upper`, `other_share_pct`, `named_share_pct`
    (both of the world total, as published), `parts_share_pct` (what all the parts add up
    to, as % of the world total), `countries` (named producers with a number), `rows`,
    `world_row`.
    """

    out = []
    for keys, group in frame.groupby(_GROUP, sort=True):
        parts = float(group["share_pct"].sum())
        own = group["share_pct"] / parts * 100 if parts > 0 else group["share_pct"] * 0
        is_other = group["country"] == OTHER
        lower = float((own[~is_other] ** 2).sum())
        out.append(
            {
                **dict(zip(_GROUP, keys, strict=True)),
                "hhi": lower,
                "hhi_upper": lower + float((own[is_other] ** 2).sum()),
                "other_share_pct": float(group.loc[is_other, "share_pct"].sum()),
                "named_share_pct": float(group.loc[~is_other, "share_pct"].sum()),
                "parts_share_pct": parts,
                "countries": int((~is_other).sum()),
                "rows": [int(r) for r in group["row"]],
                "world_row": int(group["world_row"].iloc[0]),
            }
        )
    columns = ["hhi", "hhi_upper", "other_share_pct", "named_share_pct", "parts_share_pct"]
    return pd.DataFrame(out, columns=[*_GROUP, *columns, "countries", "rows", "world_row"])


@cache.derived
def metrics(
    commodity: str,
    stage: str = MAIN,
    edition: str = LATEST,
    start_year: int | None = None,
    end_year: int | None = None,
    country: str = "China",
    n: int = 3,
) -> pd.DataFrame:
    """Per year: a country's share, the top-n share and the HHI, with the edition used.

    Columns: `year`, `edition`, `world_total`, `unit`, `country_value`, `share_pct`
    (NaN when the country has no number that year), `top_n_share_pct` (capped at 100),
    `top_n_exceeds_total`, `top_n_value`, `top_countries`, `hhi`, `hhi_upper`,
    `other_share_pct`, `parts_share_pct`, `row` (the country's CSV line), `world_row`.
    """
    frame = country_shares(commodity, stage, edition, start_year, end_year)
    top = top_n_share(frame, n)
    conc = hhi(frame)
    mine = frame.loc[frame["country"] == country, [*_GROUP, "value", "share_pct", "row"]]
    base = frame.drop_duplicates(_GROUP)[[*_GROUP, "edition", "world_total", "unit"]]
    out = (
        base.merge(mine, on=_GROUP, how="left")
        .merge(top.drop(columns=["rows", "world_row", "world_total"]), on=_GROUP)
        .merge(
            conc[[*_GROUP, "hhi", "hhi_upper", "other_share_pct", "parts_share_pct", "world_row"]],
            on=_GROUP,
        )
    )
    out = out.rename(columns={"value": "country_value"})
    columns = ["year", "edition", "world_total", "unit", "country_value", "share_pct"]
    columns += ["top_n_share_pct", "top_n_exceeds_total", "top_n_value", "top_countries"]
    columns += ["hhi", "hhi_upper", "other_share_pct", "parts_share_pct", "row", "world_row"]
    return out.sort_values("year")[columns].reset_index(drop=True)


def share_years(
    commodity: str, stage: str = MAIN, edition: str = LATEST, country: str = "China"
) -> list[int]:
    """The years for which an edition gives the country's share of world output (USGS
    leaves some countries' figures out: 'NA', 'W')."""
    frame = country_shares(commodity, stage, edition)
    frame = frame.loc[(frame["country"] == country) & frame["share_pct"].notna()]
    return sorted(int(y) for y in frame["year"].unique())


def change(frame: pd.DataFrame, column: str) -> dict[str, Any]:
    """First and last year of a per-year frame, the column's values and their difference."""
    if frame.empty:
        raise WorkbookError(f"no years to compare for {column!r}: the selection is empty")
    first, last = frame.iloc[0], frame.iloc[-1]
    return {
        "first_year": int(first["year"]),
        "last_year": int(last["year"]),
        "first": float(first[column]),
        "last": float(last[column]),
        "change": float(last[column] - first[column]),
        "editions": sorted({str(first.get("edition", "")), str(last.get("edition", ""))}),
    }


# --- stages: mining, refining, magnets ------------------------------------------------

STAGE_GROUPS = ("mining", "refining", "metals", "magnets")
PROCESSING_TABLE = "processing_shares"


def stage_group(stage: str) -> str:
    """'refining (oxides)' -> 'refining'; 'magnets (NdFeB)' -> 'magnets'; 'mining (ore)' ->
    'mining'; 'metals/alloys' -> 'metals'."""
    for group in STAGE_GROUPS:
        if stage.startswith(group):
            return group
    raise WorkbookError(f"unknown stage {stage!r}: expected one of {', '.join(STAGE_GROUPS)}")


@cache.derived
def stage_shares(commodity: str, country: str = "China") -> pd.DataFrame:
    """A country's shares at each stage of a commodity's supply chain, kept apart by source.

    Two origins, never blended: USGS mining (or refining) shares computed here from the
    production tables (latest edition per year), and the published shares of
    `processing_shares` (IEA, GAO/CRS, DOE, analysts), whose `source_type` says how
    authoritative each is and `basis` how it was obtained. The processing table's own
    USGS-computed rows are left out: the same numbers are computed here from the
    production rows, which can be cited line by line.
    Columns: `stage` (mining / refining / metals / magnets), `stage_detail` (as
    published), `scope` (what was measured, e.g. 'rare earths (magnet REEs: Nd, Pr, Dy,
    Tb)'), `year` (may be empty), `share_pct`, `share_low`, `share_high`, `projection`,
    `source_title`, `source_type`, `basis`, `published` (the day the source made it public,
    when recorded), `dataset`, `row`, `world_row`.
    """

    base = commodity.split(" (")[0].strip()
    processing = datasets.load(PROCESSING_TABLE).rename_axis("row").reset_index()
    usgs_own = processing["source_type"].str.startswith("US government (USGS)") & processing[
        "basis"
    ].str.startswith("computed from latest MCS")
    mine = processing.loc[
        processing["commodity"].str.startswith(base)
        & (processing["country"] == country)
        & ~usgs_own.fillna(False)
    ]
    published = pd.DataFrame(
        {
            "stage": mine["stage"].map(stage_group),
            "stage_detail": mine["stage"],
            "scope": mine["commodity"],
            "year": mine["year"],
            "share_pct": mine["share_pct"].astype("Float64"),
            "share_low": mine["share_low"].astype("Float64"),
            "share_high": mine["share_high"].astype("Float64"),
            "projection": mine["basis"].str.contains("projection").fillna(False).astype(bool),
            "source_title": mine["source_title"],
            "source_type": mine["source_type"],
            "basis": mine["basis"],
            "published": mine["published"],
            "dataset": PROCESSING_TABLE,
            "row": mine["row"],
            "world_row": pd.NA,
        }
    )
    computed = [published]
    for entry in catalog().itertuples():
        if entry.commodity.split(" (")[0] != base or not entry.main:
            continue
        shares_ = country_shares(entry.commodity, entry.stage)
        ours = shares_.loc[shares_["country"] == country]
        titles = {e["id"]: e.get("citation", e["id"]) for e in datasets.editions(entry.table)}
        computed.append(
            pd.DataFrame(
                {
                    "stage": entry.stage,
                    "stage_detail": entry.measure,
                    "scope": entry.commodity,
                    "year": ours["year"],
                    "share_pct": ours["share_pct"].astype("Float64"),
                    "share_low": pd.NA,
                    "share_high": pd.NA,
                    "projection": False,
                    "source_title": ours["edition"].map(titles),
                    "source_type": "US government (USGS)",
                    "basis": "computed here: country / published world total, same edition",
                    "dataset": entry.table,
                    "row": ours["row"],
                    "world_row": ours["world_row"],
                }
            )
        )
    found = [c for c in computed if not c.empty]
    out = pd.concat(found, ignore_index=True) if found else published
    out["year"] = out["year"].astype("Int64")
    order = {s: i for i, s in enumerate(STAGE_GROUPS)}
    out = out.assign(_order=out["stage"].map(order).fillna(len(order)))
    out = out.sort_values(["_order", "year", "dataset", "row"], na_position="last")
    return out.drop(columns="_order").reset_index(drop=True)


def share_series(
    commodity: str,
    stage: str = MAIN,
    edition: str = LATEST,
    start_year: int | None = None,
    end_year: int | None = None,
    country: str = "China",
) -> pd.DataFrame:
    """One country's share per year with a number, in the columns of
    `country_share_series` (`year`, `value`, `world_total`, `share_pct`, `unit`,
    `edition`, `row`, `world_row`), for any commodity and stage; plus the top-n share and
    HHI of `metrics`."""
    frame = metrics(commodity, stage, edition, start_year, end_year, country=country)
    frame = frame.loc[frame["share_pct"].notna()].rename(columns={"country_value": "value"})
    frame = frame.assign(row=frame["row"].astype(int))
    return frame.reset_index(drop=True)
