"""The export-control timeline as a queryable table of measures, in a GTA-like schema.

`measures()` turns the policy rows of `export_control_events` (visits and meetings are
left to `analysis.analyses.visits`) into one row per measure with the fields Global Trade Alert
uses: implementing and affected jurisdictions with ISO codes, an intervention type,
announced / effective / removed dates. Several fields are not columns of the CSV and are
derived here by explicit rules, each declared as a table in this module and tested:

- `affected_*`: who the measure is aimed at (`AFFECTED_RULES`, `COMPANY_HOMES`); the rule
  used is recorded in `affected_basis`, and a measure whose text names no jurisdiction
  says so instead of guessing.
- `products`: normalised product tags (`measure_text.PRODUCT_TAGS`, `RARE_EARTH_ELEMENTS`), keeping
  rare earths (the goods) apart from rare-earth technology (know-how).
- `action` and `suspends`: suspensions and relaxations (`RELAXATION_WORDS`) and the
  earlier measures a suspension applies to (`_suspended_by`).

Dates: `announced` is the CSV's `date`, `effective` its `effective_date` (empty when the
compilers did not verify it), `last_day` its `end_date` (the last day a suspension runs),
and `removed` the first day a measure no longer applies (`last_day` + 1 day), so a
measure is in force on `d` when `effective <= d < removed`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from analysis import paths
from analysis.analyses import measure_text
from analysis.data import cache, countries, datasets
from analysis.errors import Problem, ProblemsError, WorkbookError
from analysis.vocab import Action, MeasureStatus, Side

TABLE = "export_control_events"
VISIT_TYPE = "visit/meeting"

# Sides of the dispute, for the two-sided timeline and for pairing responses.
SIDES: dict[str, str] = {
    "United States": Side.US,
    "Japan": Side.US,
    "Netherlands": Side.US,
    "China": Side.CHINA,
}


@cache.derived
def measures() -> pd.DataFrame:
    """The policy measures of the timeline (visits and meetings excluded), one row each.

    Columns (GTA-compatible where GTA has a field):
    `measure_id` (stable: date, implementer, title words), `announced`, `effective`,
    `last_day` (last day of a suspension, as published), `removed` (first day no longer
    applying: `last_day` + 1; empty when the data gives no end), `implementing_jurisdiction`,
    `implementing_iso3`, `side` (US and allies / China / joint), `affected_jurisdiction`,
    `affected_iso3` (';'-joined, empty when not named), `affected_basis` (the rule used),
    `measure_type` (as in the CSV), `gta_intervention_type`, `action` (imposition /
    suspension / relaxation), `suspends` (';'-joined measure ids), `suspends_basis`,
    `partial` (suspends only part of an instrument), `targets`, `products` (tuple of tags),
    `instrument`, `agency`, `title`, `summary`, `notes`, `source`, `row` (CSV line number).
    Sorted by announcement date, then row.
    """

    events = datasets.load(TABLE)
    events = events.loc[events["measure_type"] != VISIT_TYPE]
    records: list[dict[str, Any]] = []
    for row, e in events.iterrows():
        implementing = str(e["actor_country"]).split("; ")
        iso = str(e["actor_country_iso3"])
        announced = e["date"].date()
        hit = measure_text.affected(
            implementing, str(e["title"]), str(e["targets"]), str(e["summary"])
        )
        last_day = None if pd.isna(e["end_date"]) else e["end_date"].date()
        records.append(
            {
                "measure_id": measure_text.measure_id(announced, iso, str(e["title"])),
                "announced": announced,
                "effective": None if pd.isna(e["effective_date"]) else e["effective_date"].date(),
                "last_day": last_day,
                "removed": last_day + dt.timedelta(days=1) if last_day else None,
                "implementing_jurisdiction": str(e["actor_country"]),
                "implementing_iso3": iso,
                "side": Side.JOINT if len(implementing) > 1 else SIDES.get(implementing[0], ""),
                "affected_jurisdiction": "; ".join(hit.jurisdictions) or None,
                "affected_iso3": ";".join(str(countries.iso3(j)) for j in hit.jurisdictions)
                or None,
                "affected_basis": hit.basis,
                "measure_type": str(e["measure_type"]),
                "gta_intervention_type": measure_text.GTA_TYPES[str(e["measure_type"])],
                "action": measure_text.action(str(e["title"])),
                "partial": bool(
                    re.search(measure_text.PARTIAL_WORDS, str(e["title"]), flags=re.IGNORECASE)
                ),
                "targets": str(e["targets"]),
                "products": measure_text.products(str(e["title"]), str(e["targets"])),
                "instrument": None if pd.isna(e["instrument"]) else str(e["instrument"]),
                "agency": str(e["agency"]),
                "title": str(e["title"]),
                "summary": str(e["summary"]),
                "notes": None if pd.isna(e["notes"]) else str(e["notes"]),
                "source": str(e["source_url_or_ref"]),
                "row": int(row),
            }
        )
    _link_suspensions(records)
    _check_ids(records)
    frame = pd.DataFrame.from_records(records)
    for column in ("announced", "effective", "last_day", "removed"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frame.sort_values(["announced", "row"]).reset_index(drop=True)


def _link_suspensions(records: list[dict[str, Any]]) -> None:
    for r in records:
        links = measure_text.suspended_by(r, records) if r["action"] == Action.SUSPENSION else {}
        r["suspends"] = ";".join(links) or None
        r["suspends_basis"] = "; ".join(f"{k}: {v}" for k, v in links.items()) or None
        if r["action"] != Action.SUSPENSION:
            r["partial"] = False


def _check_ids(records: list[dict[str, Any]]) -> None:

    seen: dict[str, int] = {}
    problems = []
    for r in records:
        if r["measure_id"] in seen:
            problems.append(
                Problem(
                    f"{paths.relative(paths.DATA_DIR / 'sources' / (TABLE + '.csv'))}, "
                    f"row {r['row']}",
                    f"measure id '{r['measure_id']}' is the same as row {seen[r['measure_id']]}'s",
                    "two measures of one implementer on one day need titles that differ "
                    "in their first six words",
                )
            )
        seen[r["measure_id"]] = r["row"]
    if problems:
        raise ProblemsError(problems, "measure ids are not unique")


def _date(value: Any) -> pd.Timestamp:

    try:
        return pd.Timestamp(value).normalize()
    except (TypeError, ValueError) as exc:
        raise WorkbookError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def status_on(date: Any, frame: pd.DataFrame | None = None) -> pd.Series:
    """Each measure's status on a date (index as `frame`).

    One of: 'not yet announced', 'effective date unknown' (announced, the data gives no
    effective date), 'announced, not yet effective', 'removed' (date >= removed),
    'suspended' or 'partly suspended' (a suspension linked by `suspends` is in force that
    day), or 'in force'. A suspension row's own status follows the same rules.
    """

    frame = measures() if frame is None else frame
    day = _date(date)
    status = pd.Series(MeasureStatus.IN_FORCE, index=frame.index, dtype="object")
    suspending = {
        mid: MeasureStatus.PARTLY_SUSPENDED
        if all(s["partial"] for s in by)
        else MeasureStatus.SUSPENDED
        for mid, by in active_suspensions(day, frame).items()
    }
    for i, m in frame.iterrows():
        if m["announced"] > day:
            status[i] = "not yet announced"
        elif pd.isna(m["effective"]):
            status[i] = MeasureStatus.EFFECTIVE_UNKNOWN
        elif day < m["effective"]:
            status[i] = MeasureStatus.NOT_YET_EFFECTIVE
        elif pd.notna(m["removed"]) and day >= m["removed"]:
            status[i] = "removed"
        elif m["measure_id"] in suspending:
            status[i] = suspending[m["measure_id"]]
    return status


def active_suspensions(date: Any, frame: pd.DataFrame | None = None) -> dict[str, list[pd.Series]]:
    """The suspension rows in force on a date, by the id of each measure they suspend."""
    frame = measures() if frame is None else frame
    day = _date(date)
    out: dict[str, list[pd.Series]] = {}
    for _, s in frame.loc[frame["action"] == Action.SUSPENSION].iterrows():
        if _applies(s, day) and s["suspends"]:
            for mid in str(s["suspends"]).split(";"):
                out.setdefault(mid, []).append(s)
    return out


def _applies(m: pd.Series, day: pd.Timestamp) -> bool:

    started = pd.notna(m["effective"]) and m["effective"] <= day
    return bool(started and (pd.isna(m["removed"]) or day < m["removed"]))


def in_force_on(
    date: Any, frame: pd.DataFrame | None = None, actions: Sequence[str] = (Action.IMPOSITION,)
) -> pd.DataFrame:
    """Measures in force on a date: effective <= date < removed, suspensions applied.

    Fully suspended measures are left out; partly suspended ones stay, with `status`
    'partly suspended'. Measures without a verified effective date are left out (their
    status is 'effective date unknown': see `status_on`). `actions` picks which kinds of
    measure to list (default: impositions only; add 'suspension' and 'relaxation' to see
    the pauses themselves).
    """
    frame = measures() if frame is None else frame
    out = frame.assign(status=status_on(date, frame))
    keep = out["status"].isin([MeasureStatus.IN_FORCE, MeasureStatus.PARTLY_SUSPENDED])
    return out.loc[keep & out["action"].isin(actions)].reset_index(drop=True)


def counts(
    by: Sequence[str] = ("implementing_jurisdiction", "measure_type", "year"),
    frame: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Number of measures per group; `year` is the year announced. Column `measures`."""
    frame = measures() if frame is None else frame
    frame = frame.assign(year=frame["announced"].dt.year)
    return frame.groupby(list(by)).size().rename("measures").reset_index()


def _relations() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for a, b, why in measure_text.RELATED_PRODUCTS:
        out[(a, b)] = out[(b, a)] = why
    return out


def relation(first: Iterable[str], later: Iterable[str]) -> list[str]:
    """Why two measures' products are related: same tags, or pairs of
    `measure_text.RELATED_PRODUCTS`."""
    first, later = set(first), set(later)
    reasons = [f"same product: {tag}" for tag in sorted(first & later)]
    known = _relations()
    for a in sorted(first):
        for b in sorted(later - {a}):
            if (a, b) in known:
                reasons.append(f"{a} -> {b}: {known[(a, b)]}")
    return reasons


@cache.derived
def responses(
    frame: pd.DataFrame | None = None,
    max_lag_days: int | None = None,
    actions: Sequence[str] = (Action.IMPOSITION,),
) -> pd.DataFrame:
    """Each measure paired with the other side's later measures on related products.

    Sides are US and allies (US, Japan, Netherlands) against China; joint measures are
    not paired. Products are related when they share a tag or form a pair of
    `measure_text.RELATED_PRODUCTS`. `lag_days` counts from announcement to announcement;
    `rank` is 1 for the other side's first related measure after this one, and `trigger_rank` is 1
    for the latest related measure before the response (its nearest possible trigger).
    Columns: `measure_id`, `announced`, `side`, `title`, `row`, `response_id`,
    `response_announced`, `response_side`, `response_title`, `response_row`, `lag_days`,
    `rank`, `trigger_rank`, `related_by`.
    """

    frame = measures() if frame is None else frame
    pool = frame.loc[frame["action"].isin(actions) & frame["side"].isin([Side.US, Side.CHINA])]
    pairs = []
    for _, m in pool.iterrows():
        later = pool.loc[(pool["side"] != m["side"]) & (pool["announced"] > m["announced"])]
        for _, r in later.iterrows():
            lag = int((r["announced"] - m["announced"]).days)
            if max_lag_days is not None and lag > max_lag_days:
                continue
            why = relation(m["products"], r["products"])
            if why:
                pairs.append(
                    {
                        "measure_id": m["measure_id"],
                        "announced": m["announced"],
                        "side": m["side"],
                        "title": m["title"],
                        "row": m["row"],
                        "response_id": r["measure_id"],
                        "response_announced": r["announced"],
                        "response_side": r["side"],
                        "response_title": r["title"],
                        "response_row": r["row"],
                        "lag_days": lag,
                        "related_by": "; ".join(why),
                    }
                )
    columns = [
        "measure_id",
        "announced",
        "side",
        "title",
        "row",
        "response_id",
        "response_announced",
        "response_side",
        "response_title",
        "response_row",
        "lag_days",
        "rank",
        "trigger_rank",
        "related_by",
    ]
    ranks = ("rank", "trigger_rank")
    out = pd.DataFrame.from_records(pairs, columns=[c for c in columns if c not in ranks])
    out = out.sort_values(["response_announced", "response_id", "lag_days", "row"])
    out["trigger_rank"] = out.groupby("response_id").cumcount() + 1
    out = out.sort_values(["announced", "measure_id", "lag_days", "response_row"])
    out["rank"] = out.groupby("measure_id").cumcount() + 1
    return out[columns].reset_index(drop=True)


def product_tag(commodity: str) -> str:
    """The product tag for a commodity as people write it ('Rare earth', 'graphite (natural)')."""
    text = commodity.strip().lower()
    text = re.sub(r"\s*\(.*\)$", "", text)
    text = re.sub(r"[- ]+", " ", text)
    tags = {t.replace("-", " "): t for t in _all_tags()}
    if text in ("rare earth", "rare earths", "rare earth elements", "rees", "ree"):
        return measure_text.RARE_EARTHS
    if text in tags:
        return tags[text]
    if text.rstrip("s") in tags:
        return tags[text.rstrip("s")]

    near = difflib.get_close_matches(text, list(tags), n=1)
    hint = f"did you mean '{tags[near[0]]}'? " if near else ""
    raise WorkbookError(
        f"no product tag for commodity {commodity!r}: {hint}known tags: {', '.join(_all_tags())}"
    )


def _all_tags() -> list[str]:
    return sorted(
        [
            *measure_text.PRODUCT_TAGS,
            measure_text.RARE_EARTHS,
            measure_text.RARE_EARTH_TECHNOLOGY,
            measure_text.RARE_EARTH_EQUIPMENT,
        ]
    )


def covering(commodity: str, on: Any = None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures whose products include a commodity; with `on`, only those in force that day.

    `commodity` is matched to a product tag (`product_tag`): 'rare earths' finds the goods,
    not 'rare-earth technology' (ask for that tag separately). Every row carries its
    `measure_type` and `gta_intervention_type`, so a ban and a licensing requirement stay
    distinguishable, and `status` on the date (or 'listed' without one).
    """
    frame = measures() if frame is None else frame
    tag = product_tag(commodity)
    hits = frame.loc[frame["products"].map(lambda p: tag in p)]
    if on is None:
        return hits.assign(status="listed").reset_index(drop=True)
    return in_force_on(on, hits, actions=(Action.IMPOSITION, Action.SUSPENSION, Action.RELAXATION))


ALL_ACTORS = "all"


def actors_from(text: str) -> list[str]:
    """'all', or implementers separated by commas ('United States, China').

    Raises WorkbookError naming the implementers the timeline knows.
    """
    if text.strip().lower() == ALL_ACTORS:
        return []
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    known = sorted({j for j in SIDES})
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise WorkbookError(
            f"unknown implementer(s) {', '.join(map(repr, unknown))}: use 'all' or "
            f"comma-separated names from {', '.join(known)}"
        )
    return wanted


def select(
    frame: pd.DataFrame | None = None,
    *,
    start: Any = None,
    end: Any = None,
    actors: str = ALL_ACTORS,
) -> pd.DataFrame:
    """Measures announced in [start, end] by the given implementers ('all' or a comma list;
    a joint measure counts for each of its implementers)."""
    frame = measures() if frame is None else frame
    keep = frame["announced"].notna()
    if start is not None:
        keep &= frame["announced"] >= _date(start)
    if end is not None:
        keep &= frame["announced"] <= _date(end)
    wanted = actors_from(actors)
    if wanted:
        keep &= frame["implementing_jurisdiction"].map(
            lambda j: any(part in wanted for part in str(j).split("; "))
        )
    return frame.loc[keep].reset_index(drop=True)


def find(refs: str, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures named by announcement date (YYYY-MM-DD) or id, separated by commas.

    Every reference must match at least one measure; otherwise WorkbookError lists the
    dates that exist.
    """
    frame = measures() if frame is None else frame
    parts = [p.strip() for p in refs.split(",") if p.strip()]
    keep = frame["measure_id"].isin(parts)
    missing = []
    for part in parts:
        if part in set(frame["measure_id"]):
            continue
        try:
            hit = frame["announced"] == _date(part)
        except WorkbookError:
            hit = frame["announced"].isna()
        if not hit.any():
            missing.append(part)
        keep |= hit
    if missing:
        dates = ", ".join(sorted({f"{d:%Y-%m-%d}" for d in frame["announced"]}))
        raise WorkbookError(
            f"no measure announced on or with id {', '.join(map(repr, missing))}: "
            f"announcement dates in the timeline are {dates}"
        )
    return frame.loc[keep].reset_index(drop=True)
