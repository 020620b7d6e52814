"""The measures catalog as a queryable table, in the spirit of Global Trade Alert.

`measures()` reads the `measures` table (data/sources/measures.csv), whose fields are
explicit: implementing and affected jurisdictions as ISO codes, a closed `measure_type`
vocabulary (data/lexicon/measure_types.yaml, with the GTA type, what the type restricts and
how hard), the goods covered as ids (`analysis.data.goods`), announced / effective / ended
dates, and the measures a row suspends or amends. Nothing is read from titles.

Derived here, each from those fields: `side` (the implementer's side of the contest),
`action` (a suspension suspends, a tariff reduction relaxes, every other type imposes),
`partial` (a suspension that names fewer goods than the measure it suspends), and
`removed` (the day after `ended`), so a measure is in force on `d` when
`effective <= d < removed` and no suspension in force covers it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import pandas as pd

from analysis.data import cache, countries, datasets, goods, lexicon
from analysis.errors import WorkbookError
from analysis.vocab import Action, MeasureStatus, Side

TABLE = "measures"
ALL = "all"

_ACTIONS = {"suspension": Action.SUSPENSION, "tariff_reduction": Action.RELAXATION}


def _ids(value: Any) -> tuple[str, ...]:
    return tuple(p for p in str(value).split(";") if p) if pd.notna(value) else ()


@cache.derived
def measures() -> pd.DataFrame:
    """Every measure of the catalog, one row each, sorted by announcement date.

    Columns: the table's own (`measure_id`, `title`, `measure_type`, `agency`,
    `instrument`, `hs_codes`, `announced`, `effective`, `published` (the instrument's day in
    the official journal), `suspends`, `amends`, `notes`,
    `source_type`), and `implementing_iso3` / `implementing_jurisdiction` (code and name),
    `side`, `affected_iso3` (';'-joined codes, None for 'all') / `affected_jurisdiction`
    (names), `gta_intervention_type`, `restricts`, `strength` (ban, licence, listing,
    other), `action`, `goods` (tuple of ids), `last_day` (= `ended`), `removed`
    (`last_day` + 1 day), `partial`, `source` (the row's source URLs) and `row` (CSV line).
    """
    table = datasets.load(TABLE)
    vocab = lexicon.measure_types()
    types = {t.id: t for t in vocab.measure_types}
    records: list[dict[str, Any]] = []
    for row, m in table.iterrows():
        iso = str(m["implementing_jurisdiction"])
        affected = () if m["affected_jurisdictions"] == ALL else _ids(m["affected_jurisdictions"])
        kind = types[str(m["measure_type"])]
        last_day = None if pd.isna(m["ended"]) else m["ended"].date()
        records.append(
            {
                "measure_id": str(m["measure_id"]),
                "title": str(m["title"]),
                "announced": m["announced"],
                "effective": m["effective"],
                "published": m["published"],
                "last_day": last_day,
                "removed": last_day + dt.timedelta(days=1) if last_day else None,
                "implementing_iso3": iso,
                "implementing_jurisdiction": countries.name(iso),
                "side": vocab.sides.get(iso, ""),
                "affected_iso3": ";".join(affected) or None,
                "affected_jurisdiction": "; ".join(countries.name(a) for a in affected) or None,
                "measure_type": kind.id,
                "gta_intervention_type": kind.gta_type,
                "restricts": kind.restricts,
                "strength": kind.strength,
                "action": _ACTIONS.get(kind.id, Action.IMPOSITION),
                "goods": _ids(m["goods"]),
                "suspends": None if pd.isna(m["suspends"]) else str(m["suspends"]),
                "amends": None if pd.isna(m["amends"]) else str(m["amends"]),
                "instrument": None if pd.isna(m["instrument"]) else str(m["instrument"]),
                "agency": str(m["agency"]),
                "hs_codes": None if pd.isna(m["hs_codes"]) else str(m["hs_codes"]),
                "notes": None if pd.isna(m["notes"]) else str(m["notes"]),
                "source": str(m["source_urls"]),
                "source_type": str(m["source_type"]),
                "row": int(row),
            }
        )
    frame = pd.DataFrame.from_records(records)
    by_id = dict(zip(frame["measure_id"], frame["goods"], strict=True))
    frame["partial"] = [
        action == Action.SUSPENSION
        and any(set(by_id.get(s, ())) - set(own) for s in _ids(suspended))
        for action, own, suspended in zip(
            frame["action"], frame["goods"], frame["suspends"], strict=True
        )
    ]
    for column in ("announced", "effective", "published", "last_day", "removed"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return _one_block(frame.sort_values(["announced", "row"]).reset_index(drop=True))


def _one_block(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its text columns held as one block of Python objects (the same values,
    a missing one still NaN), not one string array per column: every selection of rows
    (`.loc` with a mask, the copy each caller is handed) then takes one block instead of
    twenty, about half the time per selection (round 27, speed19)."""
    text = {c: object for c in frame.columns if isinstance(frame[c].dtype, pd.StringDtype)}
    return frame.astype(text).copy()  # the copy joins the columns into one block


@cache.kept
def rows_at(positions: tuple[int, ...]) -> pd.DataFrame:
    """The rows of `measures()` at these positions, in that order (`iloc`): kept per
    selection, so that a claim's candidates (`measure_candidates.candidates`, the positions
    picked through `selectors()`) copy the rows they keep, not the whole catalog first."""
    return measures().iloc[list(positions)]


def kept_rows(table: pd.DataFrame, keep: Sequence[bool]) -> pd.DataFrame:
    """The rows of `table` where `keep` (one bool per row, in order) is True: the frame
    `table.loc[keep]` gives, taken by positions (`iloc`) without pandas' check of a list of
    booleans, about a third of a selection's time (round 33, perf33)."""
    return table.iloc[[i for i, k in enumerate(keep) if k]]


def row_frame(table: pd.DataFrame, label: Any) -> pd.DataFrame:
    """The frame `table.loc[[label]]` gives (the row labelled `label`), taken by its
    position when the labels are unique: a third of the time of a selection by a list of
    labels, made per claim (round 37, speed37b)."""
    if not table.index.is_unique:
        return table.loc[[label]]
    return table.iloc[[table.index.get_loc(label)]]


def columns_of(table: pd.DataFrame, *names: str) -> Iterator[tuple[Any, ...]]:
    """The values of the columns `names` in each row of `table`, in order: those
    `itertuples` or `iterrows` give, read from these columns alone (both read every column
    of the table, and `itertuples` makes a tuple class per call: per claim, round 37)."""
    return zip(*(table[n] for n in names), strict=True)


@cache.kept
def goods_named() -> frozenset[str]:
    """The goods ids some measure of the catalog names (`goods`)."""
    return frozenset(g for own in measures()["goods"] for g in own)


@cache.kept
def selectors() -> tuple[tuple[pd.Timestamp | None, str, str, str, str], ...]:
    """Per row of `measures()`, in its order: (announced or None, implementing_iso3,
    restricts, strength, measure_type), what a claim's measures are first picked by; a
    tuple of plain values, handed out as it is (no copy of the table per claim)."""
    frame = measures()
    return tuple(
        (None if pd.isna(a) else pd.Timestamp(a), str(iso), str(r), str(s), str(t))
        for a, iso, r, s, t in zip(
            frame["announced"],
            frame["implementing_iso3"],
            frame["restricts"],
            frame["strength"],
            frame["measure_type"],
            strict=True,
        )
    )


@cache.kept
def first_announced() -> dt.date | None:
    """The day the catalog's first measure was announced (None for an empty catalog)."""
    first = measures()["announced"].min()
    return None if pd.isna(first) else pd.Timestamp(first).date()


def _date(value: Any) -> pd.Timestamp:

    try:
        return pd.Timestamp(value).normalize()
    except (TypeError, ValueError) as exc:
        raise WorkbookError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def status_on(
    date: Any, frame: pd.DataFrame | None = None, rows: pd.DataFrame | None = None
) -> pd.Series:
    """Each measure's status on a date (index as `frame`; as `rows` when given: rows of
    `frame`, their suspensions still read from the whole of `frame`).

    One of: 'not yet announced', 'effective date unknown' (announced, the data gives no
    effective date), 'announced, not yet effective', 'removed' (date >= removed),
    'suspended' or 'partly suspended' (a suspension linked by `suspends` is in force that
    day), or 'in force'. A suspension row's own status follows the same rules.
    """

    frame = measures() if frame is None else frame
    day = _date(date)
    rows = frame if rows is None else rows
    suspending = {
        mid: MeasureStatus.PARTLY_SUSPENDED
        if all(s["partial"] for s in by)
        else MeasureStatus.SUSPENDED
        for mid, by in active_suspensions(day, frame).items()
    }
    # the columns read once as plain values (a row's Series holds the same values), the
    # statuses gathered in a list and made a Series once (not set into it one by one)
    columns = (rows[c].tolist() for c in ("announced", "effective", "removed", "measure_id"))
    status: list[str] = []
    for announced, effective, removed, mid in zip(*columns, strict=True):
        if announced > day:
            status.append("not yet announced")
        elif pd.isna(effective):
            status.append(MeasureStatus.EFFECTIVE_UNKNOWN)
        elif day < effective:
            status.append(MeasureStatus.NOT_YET_EFFECTIVE)
        elif pd.notna(removed) and day >= removed:
            status.append("removed")
        else:
            status.append(suspending.get(mid, MeasureStatus.IN_FORCE))
    return pd.Series(status, index=rows.index, dtype="object")


def active_suspensions(date: Any, frame: pd.DataFrame | None = None) -> dict[str, list[pd.Series]]:
    """The suspension rows in force on a date, by the id of each measure they suspend."""
    frame = measures() if frame is None else frame
    day = _date(date)
    out: dict[str, list[pd.Series]] = {}
    rows = frame.loc[frame["action"] == Action.SUSPENSION]
    # which rows apply, read from plain column values; only those made into rows' Series
    values = zip(*(rows[c].tolist() for c in ("effective", "removed", "suspends")), strict=True)
    applying = [_applies({"effective": e, "removed": r}, day) and bool(s) for e, r, s in values]
    if not any(applying):  # most days: no selection of no rows
        return out
    for _, s in rows.loc[applying].iterrows():
        for mid in str(s["suspends"]).split(";"):
            out.setdefault(mid, []).append(s)
    return out


class Suspension(NamedTuple):
    """A suspension row of `measures()`, as plain values."""

    announced: Any
    effective: Any
    removed: Any
    suspends: tuple[str, ...]  # the ids of the measures it suspends
    partial: bool
    goods: tuple[str, ...]
    title: str


@cache.kept
def suspensions() -> tuple[Suspension, ...]:
    """The suspension rows of `measures()` that name what they suspend, in its order: a
    tuple of plain values, handed out as it is (no pass over the table per claim)."""
    frame = measures()
    rows = frame.loc[frame["action"] == Action.SUSPENSION]
    return tuple(
        Suspension(a, e, r, tuple(str(s).split(";")), bool(p), tuple(g), str(t))
        for a, e, r, s, p, g, t in zip(
            rows["announced"],
            rows["effective"],
            rows["removed"],
            rows["suspends"],
            rows["partial"],
            rows["goods"],
            rows["title"],
            strict=True,
        )
        if s
    )


def suspensions_on(date: Any, measure_id: str, announced_by: Any = None) -> list[Suspension]:
    """The suspensions of a measure in force on a date (as `active_suspensions` gives
    them), of those announced by `announced_by` when given."""
    day = _date(date)
    by = None if announced_by is None else pd.Timestamp(announced_by)
    return [
        s
        for s in suspensions()
        if measure_id in s.suspends
        and (by is None or s.announced <= by)
        and _applies({"effective": s.effective, "removed": s.removed}, day)
    ]


def _applies(m: Any, day: pd.Timestamp) -> bool:

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


def relation(first: Iterable[str], later: Iterable[str]) -> list[str]:
    """Why two measures' goods are related: the same good, or a pair that
    data/lexicon/goods.yaml declares related (with its reason)."""
    first, later = set(first), set(later)
    reasons = [f"same goods: {goods.label(g)}" for g in sorted(first & later)]
    known = goods.related()
    for a in sorted(first):
        for b in sorted(later - {a}):
            if (a, b) in known:
                reasons.append(f"{goods.label(a)} -> {goods.label(b)}: {known[(a, b)]}")
    return reasons


@cache.derived
def responses(
    frame: pd.DataFrame | None = None,
    max_lag_days: int | None = None,
    actions: Sequence[str] = (Action.IMPOSITION,),
) -> pd.DataFrame:
    """Each measure paired with the other side's later measures on related products.

    Sides are US and allies (US, Japan, the Netherlands, the EU) against China. Goods are
    related when they are the same or form a pair declared in data/lexicon/goods.yaml.
    `lag_days` counts from announcement to announcement;
    `rank` is 1 for the other side's first related measure after this one, and `trigger_rank` is 1
    for the latest related measure before the response (its nearest possible trigger).
    Columns: `measure_id`, `announced`, `side`, `title`, `row`, `response_id`,
    `response_announced`, `response_side`, `response_title`, `response_row`, `lag_days`,
    `rank`, `trigger_rank`, `related_by`.
    """

    frame = measures() if frame is None else frame
    pool = frame.loc[frame["action"].isin(actions) & frame["side"].isin([Side.US, Side.CHINA])]
    rows = pool[["measure_id", "announced", "side", "title", "row", "goods"]].to_dict("records")
    why_related = functools.cache(relation)  # many pairs share their goods
    pairs = []
    for m in rows:
        for r in rows:
            if r["side"] == m["side"] or not r["announced"] > m["announced"]:
                continue
            lag = int((r["announced"] - m["announced"]).days)
            if max_lag_days is not None and lag > max_lag_days:
                continue
            why = why_related(m["goods"], r["goods"])
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


def covering(commodity: str, on: Any = None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures whose goods include a commodity (or a member of its group: a measure on
    dysprosium covers rare earths); with `on`, only those in force that day.

    `commodity` is a goods id or words for one ('rare earths', 'graphite (natural)'):
    'rare earths' finds the goods, not 'rare-earth technology' (ask for that separately).
    Every row carries its `measure_type` and `strength`, so a ban and a licence stay
    distinguishable, and `status` on the date (or 'listed' without one).
    """
    frame = measures() if frame is None else frame
    wanted = goods.members(goods.resolve(commodity))
    hits = frame.loc[frame["goods"].map(lambda own: bool(wanted & set(own)))]
    if on is None:
        return hits.assign(status="listed").reset_index(drop=True)
    return in_force_on(on, hits, actions=(Action.IMPOSITION, Action.SUSPENSION, Action.RELAXATION))


ALL_ACTORS = "all"


def actors_from(text: str) -> list[str]:
    """'all', or implementers separated by commas ('United States, China').

    Raises WorkbookError naming the implementers the catalog knows.
    """
    if text.strip().lower() == ALL_ACTORS:
        return []
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    known = sorted(set(measures()["implementing_jurisdiction"]))
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
    restricts: str = ALL,
) -> pd.DataFrame:
    """Measures announced in [start, end] by the given implementers ('all' or a comma list)
    that restrict `restricts` ('exports', 'imports', 'investment' or 'all'); a suspension or
    relaxation counts with the measures it suspends or relaxes."""
    frame = measures() if frame is None else frame
    keep = frame["announced"].notna()
    if start is not None:
        keep &= frame["announced"] >= _date(start)
    if end is not None:
        keep &= frame["announced"] <= _date(end)
    wanted = actors_from(actors)
    if wanted:
        keep &= frame["implementing_jurisdiction"].isin(wanted)
    if restricts != ALL:
        keep &= frame["measure_id"].isin(_restricting(frame, restricts))
    return frame.loc[keep].reset_index(drop=True)


def _restricting(frame: pd.DataFrame, restricts: str) -> set[str]:
    """Ids of the measures that restrict `restricts`, and of those suspending or relaxing
    one of them (a suspension's own type restricts nothing)."""
    own = set(frame.loc[frame["restricts"] == restricts, "measure_id"])
    links = frame["suspends"].fillna("") + ";" + frame["amends"].fillna("")
    touching = links.map(lambda text: bool(own & set(text.split(";"))))
    return own | set(frame.loc[touching & (frame["action"] != Action.IMPOSITION), "measure_id"])


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
            f"announcement dates in the catalog are {dates}"
        )
    return frame.loc[keep].reset_index(drop=True)
