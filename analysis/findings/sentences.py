"""Findings a journalist could quote, written from the numbers with their sources.

Each writer takes the frames the analyses return (`concentration`, `measures`,
`contacts`, `trade`) and returns `record.Finding` records: one sentence, the values it
states, and the dataset rows they come from. No number is typed here: every figure in a
sentence is formatted from a value of the frame, and the same value is in `values`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import pandas as pd

from analysis.analyses import concentration, measures, stages, trade, visits
from analysis.data import datasets, goods, lexicon
from analysis.data.datasets import Source
from analysis.findings import record
from analysis.findings.record import Finding
from analysis.fmt import day, day_span, is_missing, number, pct, slug, usd_bn
from analysis.vocab import Action, Side

# Differences of shares below this many points read as "about the same".
SAME_POINTS = 2.0


_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def cite(table: str, rows: Iterable[Any]) -> tuple[Source, ...]:
    """Citations of the rows used (missing row numbers are skipped)."""

    lines = sorted({int(r) for r in rows if pd.notna(r)})
    return tuple(datasets.sources(table, lines))


# --- supply chain stages -------------------------------------------------------------


def stage_findings(
    commodity: str,
    *,
    country: str = "China",
    year: int | None = None,
    edition: str = "latest",
    known_by: Any = None,
) -> list[Finding]:
    """Mining share (USGS, computed from the table) and, where published, the shares of
    refining and of magnets, each sentence naming its source; never blended. The shares
    are those of `stage_rows` (with `year`, the latest up to it). With `known_by` (a
    date, e.g. an article's), a caveat says when the USGS edition came out after it."""

    entry = concentration.series_for(commodity, "main")
    rows = stages.stage_rows(commodity, country=country, year=year, edition=edition)
    main = rows.loc[rows["dataset"] == entry["table"]]
    if main.empty:
        return []
    last = main.iloc[0]
    unit = datasets.unit_label(entry["table"], str(last["unit"]))
    if commodity.split()[0].split("-")[0] not in unit:
        unit += f" of {commodity}"
    verb = "mined" if entry["stage"] == "mining" else f"in {entry['measure']}"
    share = float(last["share_pct"])
    text = (
        f"In {int(last['year'])} {country} produced {number(last['country_value'])} of the "
        f"world's {number(last['world_total'])} {unit} {verb}, {pct(share)}, by the USGS's "
        f"count ({last['edition']})"
    )
    values: dict[str, Any] = {
        "year": int(last["year"]),
        "country_value": float(last["country_value"]),
        "world_total": float(last["world_total"]),
        "share_pct": share,
        "unit": str(last["unit"]),
        "edition": str(last["edition"]),
        "stage": entry["stage"],
    }
    sources = list(cite(entry["table"], [last["row"], last["world_row"]]))
    caveats = list(_world_total_caveat(commodity, last, country))
    later = stages.released_after(last["released"], known_by)
    if later:
        caveats.append(
            f"USGS {last['edition']} came out in {later}, after {day(known_by)}; its figure "
            f"for {int(last['year'])} may revise what was known then."
        )
    for _, row in rows.loc[rows["dataset"] != entry["table"]].iterrows():
        other = str(row["stage"])
        dated = not is_missing(row["year"])
        other_share = float(row["share_pct"])
        diff = other_share - share
        word = "higher" if diff > SAME_POINTS else "lower" if diff < -SAME_POINTS else "similar"
        when = f"in {int(row['year'])}" if dated else "(year not given)"
        text += (
            f"; its share of {other} is {word}: {pct(other_share)} {when} "
            f"({row['source_title']}"
            + (f"; scope: {row['scope']}" if row["scope"] != commodity else "")
            + ")"
        )
        values[f"{other}_share_pct"] = other_share
        values[f"{other}_year"] = int(row["year"]) if dated else None
        values[f"{other}_source_type"] = str(row["source_type"])
        sources += cite(str(row["dataset"]), [row["row"]])
        if not str(row["source_type"]).startswith(("IEA", "US government")):
            caveats.append(f"The {other} share comes from a {row['source_type']}.")
        if dated and int(row["year"]) != int(last["year"]):
            caveats.append(
                f"The {other} share is for {int(row['year'])}, the mining share for "
                f"{int(last['year'])}: no published {other} share for the same year."
            )
    if commodity == "rare earths":
        caveats.append(
            "China's USGS figure is its official production quota, which leaves out "
            "undocumented production."
        )
    return [
        Finding(
            id=f"{slug(country)}-{slug(commodity)}-stages-{int(last['year'])}",
            text=text + ".",
            values=values,
            sources=tuple(sources),
            caveats=tuple(caveats),
        )
    ]


def _world_total_caveat(commodity: str, last: pd.Series, country: str) -> list[str]:
    """When the country's figure plus the other countries' own rows exceed USGS's rounded
    world total, the share is approximate: say so, with the share of their sum."""
    listed = _others_listed(commodity, "main", int(last["year"]), str(last["edition"]), country)
    total = float(last["country_value"]) + listed
    if listed <= 0 or total <= float(last["world_total"]):
        return []
    return [
        f"USGS rounds the world total ({number(last['world_total'])}); {country}'s figure "
        f"and the other countries' ({number(listed)}) add up to {number(total)}, of which "
        f"{country} is {pct(100 * float(last['country_value']) / total)}."
    ]


def _others_listed(commodity: str, stage: str, year: int, edition: str, country: str) -> float:
    """What the other countries' own rows add up to, in one year of one edition."""

    shares = concentration.country_shares(commodity, stage, edition)
    rows = shares.loc[
        (shares["year"] == year) & (shares["edition"] == edition) & (shares["country"] != country)
    ]
    return float(rows["value"].sum())


def concentration_findings(
    metrics: pd.DataFrame, *, commodity: str, stage: str, table: str, n: int = 3
) -> list[Finding]:
    """The top-n share and the HHI in the last year of a `concentration.metrics` frame,
    and how the HHI changed since the first year."""
    if metrics.empty:
        return []
    first, last = metrics.iloc[0], metrics.iloc[-1]
    year = int(last["year"])
    top = float(last["top_n_share_pct"])
    unit = datasets.unit_label(table, str(last["unit"]))
    held = (
        # the producers' own figures add up to more than USGS's rounded world total
        f"all, or nearly all, of world {commodity} {stage}: the world total of "
        f"{number(last['world_total'])} {unit}, which USGS rounds (their own figures add up "
        f"to {number(last['top_n_value'])})"
        if bool(last["top_n_exceeds_total"])
        else f"{pct(top)} of world {commodity} {stage}"
    )
    text = (
        f"In {year} the {_COUNT_WORDS.get(n, n)} largest producers "
        f"({last['top_countries'].replace('; ', ', ')}) accounted for {held}, by the USGS's "
        f"count ({last['edition']}); the Herfindahl-Hirschman index, on the producers' shares "
        f"of their own sum, was {number(last['hhi'])} on a scale of 0 to 10,000"
    )
    if last["hhi_upper"] - last["hhi"] >= 0.5:
        text += f" ({number(last['hhi_upper'])} if 'Other countries' were a single producer)"
    values: dict[str, Any] = {
        "year": year,
        "n": n,
        "top_n_share_pct": top,
        "top_n_exceeds_total": bool(last["top_n_exceeds_total"]),
        "top_n_value": float(last["top_n_value"]),
        "world_total": float(last["world_total"]),
        "top_countries": str(last["top_countries"]),
        "hhi": float(last["hhi"]),
        "hhi_upper": float(last["hhi_upper"]),
        "edition": str(last["edition"]),
    }
    rows = [last["world_row"], last["row"]]
    if len(metrics) > 1:
        text += f", against {number(first['hhi'])} in {int(first['year'])} ({first['edition']})"
        values |= {"first_year": int(first["year"]), "first_hhi": float(first["hhi"])}
        rows += [first["world_row"], first["row"]]
    caveats = [
        "Shares are of USGS's rounded world total, capped at 100%; the HHI is computed on "
        "the producers' shares of their own sum; countries withheld ('W') are left out."
    ]
    if len(metrics) > 1 and first["edition"] != last["edition"]:
        caveats.append("The first and last years come from different USGS editions.")
    return [
        Finding(
            id=f"{slug(commodity)}-{slug(stage)}-concentration-{year}",
            text=text + ".",
            values=values,
            sources=cite(table, rows),
            caveats=tuple(caveats),
        )
    ]


# --- measures, responses, contacts ---------------------------------------------------


def measure_count_findings(frame: pd.DataFrame, *, start: Any, end: Any) -> list[Finding]:
    """How many measures each side announced in a window, by type."""

    window = frame.loc[frame["announced"].between(start, end)]
    if window.empty:
        return []
    parts, values = [], {}
    for side in (Side.US, Side.CHINA):
        mine = window.loc[window["side"] == side]
        types = mine["measure_type"].value_counts().sort_index()
        detail = ", ".join(f"{type_label(k)} {v}" for k, v in types.items())
        who = "the US and its allies" if side == Side.US else "China"
        parts.append(f"{who} {len(mine)} ({detail})" if len(mine) else f"{who} none")
        values[slug(side)] = len(mine)
    text = (
        f"Between {day(start)} and {day(end)} the bundled measures catalog lists "
        f"{len(window)} trade-policy measures: " + "; ".join(parts) + "."
    )
    return [
        Finding(
            id=f"measures-{slug(str(start)[:10])}-{slug(str(end)[:10])}",
            text=text,
            values={"total": len(window), **values},
            sources=(datasets.sources(measures.TABLE)[0],),
            caveats=("The catalog holds the measures its compilers verified; it is not complete.",),
        )
    ]


def response_findings(pairs: pd.DataFrame, *, side: str | None = None) -> list[Finding]:
    """For each measure, the latest earlier related measure of the other side
    (`trigger_rank` 1 of `measures.responses`) and the days between them.

    `side` keeps only the responses of one side (e.g. 'China'). The sentence says 'came N
    days after', not 'in response to': the data dates the measures; it does not say why
    they were taken.
    """

    chosen = pairs.loc[pairs["trigger_rank"] == 1]
    if side is not None:
        chosen = chosen.loc[chosen["response_side"] == side]
    out = []
    for p in chosen.sort_values(["response_announced", "response_row"]).itertuples():
        who = "China" if p.response_side == Side.CHINA else "The US or an ally"
        why = p.related_by.split(";")[0].replace("same goods: ", "both cover ")
        out.append(
            Finding(
                id=f"response-{p.measure_id}-{p.response_id}",
                text=(
                    f"{who} announced '{p.response_title}' on {day(p.response_announced)}, "
                    f"{_days(p.lag_days)} after '{p.title}' ({day(p.announced)}), the other "
                    f"side's latest earlier measure on related goods ({why})."
                ),
                values={
                    "measure_id": p.measure_id,
                    "response_id": p.response_id,
                    "lag_days": int(p.lag_days),
                },
                sources=cite(measures.TABLE, [p.row, p.response_row]),
                caveats=(
                    "Timing and related goods do not show that one measure caused the other.",
                ),
            )
        )
    return out


def type_label(measure_type: str) -> str:
    """'export_licence_requirement' -> 'export licence requirement' (the vocabulary's label)."""
    labels = {t.id: t.label for t in lexicon.measure_types().measure_types}
    return labels.get(measure_type, measure_type.replace("_", " "))


def measure_label(m: Any) -> str:
    """ "the United States' export licence requirement of 7 October 2022" (for sentences)."""
    who = str(m.implementing_jurisdiction)
    owner = f"{who}'" if who.endswith("s") else f"{who}'s"
    if who.startswith(("United States", "Netherlands", "European Union")):
        owner = f"the {owner}"
    return f"{owner} {type_label(str(m.measure_type))} of {day(m.announced)}"


def covering_finding(commodity: str, *, by: Any, jurisdiction: str = "China") -> Finding:
    """Whether a jurisdiction restricted exports of a commodity by a date, and how:
    the measures in the catalog, their type (ban or licence) and dates."""

    good = goods.resolve(commodity)
    tag = goods.label(good)
    frame = measures.measures()
    hits = measures.covering(good, frame=frame)
    hits = hits.loc[
        (hits["implementing_jurisdiction"] == jurisdiction)
        & (hits["restricts"] == "exports")
        & (hits["action"] == Action.IMPOSITION)
    ]
    before = hits.loc[hits["announced"] <= pd.Timestamp(by)]
    if before.empty:
        later = hits.iloc[0] if not hits.empty else None
        text = f"By {day(by)} the catalog has no {jurisdiction} export measure on {tag}"
        if later is not None:
            text += (
                f"; the first is '{later['title']}' ({type_label(later['measure_type'])}, "
                f"announced {day(later['announced'])})"
            )
        rows = [] if later is None else [later["row"]]
        values: dict[str, Any] = {"measures_by_date": 0, "commodity": tag}
    else:
        items = "; ".join(
            f"'{m['title']}' ({type_label(m['measure_type'])}, {day(m['announced'])})"
            for _, m in before.iterrows()
        )
        text = (
            f"By {day(by)} {jurisdiction}'s export measures on {tag} in the catalog were: {items}"
        )
        rows = list(before["row"])
        values = {
            "measures_by_date": len(before),
            "commodity": tag,
            "types": "; ".join(before["measure_type"]),
        }
    return Finding(
        id=f"{slug(jurisdiction)}-{slug(tag)}-measures-by-{pd.Timestamp(by):%Y-%m-%d}",
        text=text + ".",
        values=values,
        sources=cite(measures.TABLE, rows) if rows else (datasets.sources(measures.TABLE)[0],),
    )


def covering_findings(
    frame: pd.DataFrame, *, by: Any, jurisdiction: str = "China"
) -> list[Finding]:
    """`covering_finding` for every good the jurisdiction's export bans and licence
    requirements on goods in `frame` (a `measures.measures` selection) name, in id order."""

    mine = frame.loc[
        (frame["implementing_jurisdiction"] == jurisdiction)
        & (frame["restricts"] == "exports")
        & frame["strength"].isin(["ban", "licence"])
        & (frame["action"] == Action.IMPOSITION)
    ]
    named = sorted({g for own in mine["goods"] for g in own})
    return [covering_finding(g, by=by, jurisdiction=jurisdiction) for g in named]


def visit_finding(official: str, *, window_days: int | None = 90, on: Any = None) -> Finding:
    """Which visit to China by a US official, counted in the window before it, this was.

    The visit is the one `visits.ordinal_of` picks for `on` (their first when `on` is
    None); `window_days` None counts every earlier visit in the timeline."""

    ordinal, counted = visits.ordinal_of(official, on=on, window_days=window_days)
    mine = counted.iloc[ordinal - 1]
    listed = ", ".join(f"{c.official} ({day(c.start)})" for c in counted.itertuples())
    window = f"{window_days} days up to its start" if window_days else "timeline up to its start"
    text = (
        f"{mine['official']}'s visit to {mine['host']} ({day_span(mine['start'], mine['end'])}) "
        f"was visit number {ordinal} by a US official in the {window}, in the bundled "
        f"timeline: {listed}."
    )
    return Finding(
        id=f"visit-{slug(mine['official'])}-{ordinal}",
        text=text,
        values={
            "ordinal": ordinal,
            "window_days": window_days,
            "officials": "; ".join(counted["official"]),
        },
        sources=cite(visits.TABLE, counted["row"]),
        caveats=("The timeline lists the visits its compilers verified; others may be missing.",),
    )


def visit_findings(frame: pd.DataFrame, *, on: Any = None, window_days: int = 90) -> list[Finding]:
    """`visit_finding` for the last visit begun on or before `on`, or for every visit of
    `frame` (a `visits.official_contacts` frame) when `on` is None."""

    chosen = frame.loc[frame["kind"] == visits.VISIT]
    if on is not None:
        chosen = chosen.loc[chosen["start"] <= pd.Timestamp(on)].tail(1)
    return [
        visit_finding(v.official, window_days=window_days, on=v.start) for v in chosen.itertuples()
    ]


# --- trade --------------------------------------------------------------------------------


def trade_findings(frame: pd.DataFrame, *, start_year: int, end_year: int) -> list[Finding]:
    """Imports, exports and balance in the last year against the first, as published."""

    window = frame.loc[frame["year"].between(start_year, end_year)]
    out = []
    for flow in trade.FLOWS:
        have = window.loc[window[flow].notna()]
        if len(have) < 2:
            continue
        first, last = have.iloc[0], have.iloc[-1]
        a, b = float(first[flow]), float(last[flow])
        subject = {
            "exports": "US goods exports to China",
            "imports": "US goods imports from China",
        }.get(flow, "The US goods trade balance with China")
        if flow == "balance" and a < 0 and b < 0:
            subject, a, b = "The US goods trade deficit with China", -a, -b
        change = (b - a) / abs(a) * 100
        text = (
            f"{subject} went from {usd_bn(a)} in {int(first['year'])} to {usd_bn(b)} in "
            f"{int(last['year'])} ({change:+.0f}%), by the Census Bureau's count"
        )
        caveats = []
        gaps = [int(y) for y in window.loc[window[flow].isna(), "year"]]
        if gaps:
            caveats.append(f"No {flow} figure for {', '.join(map(str, gaps))} in the data.")
        if first["vintage"] != last["vintage"]:
            caveats.append("The two years come from different downloads (vintages) of the series.")
        out.append(
            Finding(
                id=f"trade-{flow}-{int(first['year'])}-{int(last['year'])}",
                text=text + ".",
                values={
                    "flow": flow,
                    "first_year": int(first["year"]),
                    "last_year": int(last["year"]),
                    "first_usd_millions": float(first[flow]),
                    "last_usd_millions": float(last[flow]),
                    "change_pct": float(change),
                    "stated_as": "deficit" if subject.endswith("deficit with China") else flow,
                },
                sources=cite(trade.TABLE, [first["row"], last["row"]]),
                caveats=tuple(caveats),
            )
        )
    return out


def around_finding(window: pd.DataFrame, *, flow: str, label: str) -> Finding | None:
    """The flow's mean in the years after a measure against the years before it."""

    row = window.loc[window["flow"] == flow].iloc[0]
    if not row["before_years"] or not row["after_years"]:
        return None
    prep = {"imports": "from", "exports": "to"}.get(flow, "with")
    text = (
        f"In the {len(row['after_years'])} years after {label} ({_span(row['after_years'])}) "
        f"US goods {flow} {prep} China averaged {usd_bn(row['after_mean'])} a year, "
        f"{row['change_pct']:+.0f}% against the {len(row['before_years'])} years before "
        f"({_span(row['before_years'])}, {usd_bn(row['before_mean'])})"
    )
    caveats = ["A before/after difference does not isolate the measure's effect."]
    if row["missing_years"]:
        caveats.append(f"No figure for {', '.join(map(str, row['missing_years']))}.")
    if len(row["vintages"]) > 1:
        caveats.append("The years come from different downloads (vintages) of the series.")
    return Finding(
        id=f"trade-{flow}-around-{int(row['event_year'])}-{slug(label)[:40]}",
        text=text + ".",
        values={
            "flow": flow,
            "event_year": int(row["event_year"]),
            "before_mean": float(row["before_mean"]),
            "after_mean": float(row["after_mean"]),
            "change_pct": float(row["change_pct"]),
            "before_years": ",".join(map(str, row["before_years"])),
            "after_years": ",".join(map(str, row["after_years"])),
        },
        sources=cite(trade.TABLE, row["rows"]),
        caveats=tuple(caveats),
    )


def _span(years: list[int]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def around_findings(windows: pd.DataFrame, marks: pd.DataFrame) -> list[Finding]:
    """`around_finding` for imports and exports around each marked measure
    (`windows` from `trade.around_measures`)."""
    out = []
    for m in marks.itertuples():
        label = measure_label(m)
        window = windows.loc[windows["measure_id"] == m.measure_id]
        for flow in ("imports", "exports"):
            found = around_finding(window, flow=flow, label=label)
            if found is not None:
                out.append(found)
    return out


def production_findings(
    series: pd.DataFrame, *, commodity: str, stage: str = "main", country: str = "China"
) -> list[Finding]:
    """`record.share_findings` for any commodity and stage: `series` from
    `concentration.share_series`; the sentences say 'mined' only for mining."""

    entry = concentration.series_for(commodity, stage)
    mining = entry["stage"] == "mining"
    found = record.share_findings(
        series,
        table=entry["table"],
        commodity=commodity,
        country=country,
        verb="mined" if mining else f"in {entry['measure']}",
        activity="mine production" if mining else str(entry["measure"]),
    )
    return [_rounding_caveat(f, series, commodity, stage, country) for f in found]


def _rounding_caveat(
    found: Finding, series: pd.DataFrame, commodity: str, stage: str, country: str
) -> Finding:
    """An 'Outside <country>' finding subtracts from a rounded world total: say what the
    other countries' own rows add up to when that differs from the difference by more
    than 10% (plus 0.1% of the world total, so that tiny gaps do not count)."""

    if not found.id.startswith("outside-"):
        return found
    notes = []
    for year in (found.values["first_year"], found.values["last_year"]):
        one = series.loc[series["year"] == year].iloc[0]
        listed = _others_listed(commodity, stage, int(year), str(one["edition"]), country)
        gap = float(one["world_total"] - one["value"])
        if abs(listed - gap) > 0.10 * abs(gap) + 0.001 * float(one["world_total"]):
            notes.append(f"{number(listed)} in {year}")
    if not notes:
        return found
    caveat = (
        "USGS rounds world totals, so the difference is approximate: the other countries' "
        "own figures add up to " + " and ".join(notes) + "."
    )
    return dataclasses.replace(found, caveats=(*found.caveats, caveat))


def source_lines(frame: pd.DataFrame) -> str:
    """Chart source lines for rows of several tables (columns `dataset` and `row`)."""
    return " ".join(
        datasets.source_line(table, frame.loc[frame["dataset"] == table, "row"])
        for table in dict.fromkeys(frame["dataset"])
    )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"
