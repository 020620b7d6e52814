"""When a measure claim's dates fit a catalogued measure: the dates a claim can be matched
on (`dated_of`), the measure's days each date's role may name, and the measures every date
fits (`recorded_hits` on their recorded days; `date_hits`, which falls back on an effect
recorded with no day); used by the measure checker (`frame_checks`) and the tariff and
figure checkers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words
from analysis.article.frames import Frame
from analysis.data import cache
from analysis.evidence import measure_details
from analysis.evidence import verdicts as v
from analysis.evidence.measure_details import day_of, effective_days, undated_effect, within
from analysis.vocab import Label

# A measure's day missed by at most this many days (a notice published, dated and in force
# on nearby days; "on Friday" for a Thursday announcement) is partly right, not wrong.
NEAR_DAYS = 3
# A measure dated only by a relative span ("last week", "last month", role acted) is one
# whose course from announcement to effect comes within this many days of that span.
RELATIVE_SLACK_DAYS = 14


def unnamed_day(
    frame: Frame, by_day: bool, off: int, title: str, said: str, products: tuple[str, ...] = ()
) -> v.Decision | None:
    """Not checkable when the days alone were to single out the measure (`by_day`: its goods
    fit none of that kind's measures on them; the caller passes it false when no party a
    title names identifies the match, a count a title gives having picked it, which a wrong
    day still misdates), the claim names no goods, and the days lie
    more than `NEAR_DAYS` from the catalog measure nearest to them: with neither goods nor
    a fitting day the claim names nothing that makes that measure its own, so a day far
    from it is not a misdating of it but likely a step or another act the catalog, a
    selection, does not hold (a notice of exclusions, a licence's lapse). None for a
    framework law (a country enacts one: a day of another year still misdates it) and
    when the claim names goods or a day near the measure (partly right, or refuted); a
    product or technology it names (`products`: "the H20", "DUV tools", round 29) is what
    the measure is on, as goods are, not a party singling it out."""
    if not by_day or frame.goods or products or frame.action == "law" or off <= NEAR_DAYS:
        return None
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim says {said} and names no goods; no measure of that kind in the catalog "
        f"fits that day, and the nearest, {title}, is {off} days from it: the claim likely "
        "dates a step or another measure the catalog, a selection, does not hold, so this "
        "proves nothing either way.",
    )


def between_steps(measure: Any, dated: list[Any]) -> bool:
    """Whether every date a claim gives a measure falls strictly between its announcement
    and its taking effect, and says neither ('restricted exports in May', role acted)."""
    first, last = day_of(measure["announced"]), day_of(measure["effective"])
    if first is None or last is None:
        return False
    near = dt.timedelta(days=NEAR_DAYS)  # a day or two off an end is that end, partly right
    return all(
        w.role == "acted"
        and first + near < dt.date.fromisoformat(w.start)
        and dt.date.fromisoformat(w.end) < last - near
        for w in dated
    )


def relative_span(frame: Frame) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """The span a relative date of the claim's act names ('last week', 'last month'),
    widened by RELATIVE_SLACK_DAYS each side, and its words; None when it gives none."""
    loose = [
        w
        for w in frame.when
        if w.granularity == "interval" and w.start and w.end and w.role == "acted"
    ]
    if not loose:
        return None
    slack = pd.Timedelta(days=RELATIVE_SLACK_DAYS)
    start, end = pd.Timestamp(loose[0].start), pd.Timestamp(loose[0].end)
    return start - slack, end + slack, loose[0].text


# Roles a date after the article keeps: a last day, and a publication to come ("will be
# published in the Federal Register on May 21").
_OWN = frozenset({"until", "published"})


def dated_of(frame: Frame, as_of: dt.date | None = None) -> list[Any]:
    """The dates a measure claim can be matched on: days, months, years and spans of named
    years ("in 2018 and 2019", not "last month"); a date after the article is when the
    measure takes effect ("will rise to 50% in 2025"), whatever words precede it, unless
    it is a last day or a publication (`_OWN`)."""
    out = []
    for w in frame.when:
        explicit = w.granularity != "interval" or re.search(r"\b(?:19|20)\d\d\b", w.text)
        if not w.start or w.granularity not in ("day", "month", "year", "interval") or not explicit:
            continue
        if w.role in ("since", "said", "standing"):
            continue  # a period's start; the day a measure was talked of; a state on a day
        if as_of is not None and dt.date.fromisoformat(w.start) > as_of and w.role not in _OWN:
            w = replace(w, role="effective")
        out.append(w)
    return out


def standing_by(frame: Frame) -> dt.date | None:
    """The last day of the latest date of `frame` with role standing ("As of January 2023,
    China has restricted ..."): the state it tells held by then, so only a measure announced
    by that day can be the claim's (review of round 38, branch rev38)."""
    days = [
        dt.date.fromisoformat(w.end or w.start)
        for w in frame.when
        if w.role == "standing" and w.start
    ]
    return max(days) if days else None


def _role_days(m: pd.Series, when: Any) -> list[dt.date | None]:
    """The measure's days a claim's date may name: by its role (an `acted` date, or one
    with no tense, either the announcement or an effective day; a `published` one, the
    announcement or the day in the official journal)."""
    if when.role == "effective":
        return effective_days(m)
    if when.role == "until":
        return [day_of(m["last_day"])]
    if when.role == "published":  # in the official journal, or announced that day
        return [day_of(m["announced"]), day_of(m["published"])]
    if when.role == "object":  # the measures it suspends or amends, else its own days
        ids = {i for col in ("suspends", "amends") for i in str(m[col]).split(";")}
        every = measures.measures()
        others = every.loc[every["measure_id"].isin(ids)]
        if not others.empty:
            theirs = [d for _, o in others.iterrows() for d in _role_days(o, as_acted(when))]
            if pd.isna(m["suspends"]):  # an amending rule is a measure of its own too ("the
                theirs += [day_of(m["announced"]), *effective_days(m)]  # rules announced on")
            return theirs
        return [day_of(m["announced"]), *effective_days(m)]
    if when.role == "acted" or when.tense == "":
        return [day_of(m["announced"]), *effective_days(m)]
    return [day_of(m["announced"])]


def own_day_hits(hits: pd.DataFrame, dated: list[Any], text: str) -> pd.DataFrame:
    """Of `hits`, those whose own days fit every date of role object, when the claim has no
    word of changing a measure (`measure_changed`): "the restrictions, adopted in October
    2022" dates the restrictions themselves, not a later rule amending them (round 34,
    fx34r). Empty when a date has another role or the claim changes a measure."""
    if hits.empty or any(w.role != "object" for w in dated):
        return hits.iloc[:0]
    if claim_words.patterns()["measure_changed"].search(text):
        return hits.iloc[:0]
    return recorded_hits(hits, [as_acted(w) for w in dated])


def as_acted(when: Any) -> Any:
    """The same date read as 'acted' (the announcement or the effective day)."""
    return replace(when, role="acted")


def _matches(m: Any, when: Any, undated: bool, goods: frozenset[str] = frozenset()) -> bool:
    if when.role == "until" and day_of(m["last_day"]) is None:
        return True  # no end recorded: the catalog does not contradict the day
    planned = undated and undated_effect(m, when) and (not goods or goods & set(m["goods"]))
    return any(d is not None and within(d, when) for d in _role_days(m, when)) or bool(planned)


def days_off(m: pd.Series, dated: list[Any]) -> int:
    """How far the claim's dates lie from the measure's days: for each date, the days to
    its role's day (announced or effective); the largest of these."""
    return max((measure_details.days_apart(_role_days(m, w), [w]) for w in dated), default=0)


def near_one(
    found: pd.DataFrame, dated: list[Any], text: str, action: str | None = None
) -> pd.DataFrame:
    """The one measure of `found` whose days lie within `NEAR_DAYS` of the claim's dates
    (`days_off`, each date against its role's day), when exactly one does: "added dozens
    of companies to its trade blacklist on Wednesday" of a listing made public the day
    before singles that listing out by its day, a misdating by a day or two (partly
    right), though the claim names no goods or party. Several such measures, or none,
    single out none (empty; round 31, fcm31). Nor does it for a claim counting the parties
    or items (`claim_words.counted_parties`: "adding 80 foreign entities"), whose count only
    a title giving it bears out (`measure_details.counted`, which checks supported verdicts
    alone: a day off would leave the count unchecked). Only a measure of the claim's own
    kind (`of_kind`, by the frame's `action`; none given, any kind) is singled out so."""
    if found.empty or not dated or claim_words.counted_parties(text) is not None:
        return found.iloc[:0]
    found = found if action is None else of_kind(found, action)
    near = measures.kept_rows(found, [days_off(m, dated) <= NEAR_DAYS for _, m in found.iterrows()])
    return near if len(near) == 1 else found.iloc[:0]


# The catalog's actions that ease a measure (cut, suspend or lift it).
EASING = ("relaxation", "suspension")


def impositions(found: pd.DataFrame) -> pd.DataFrame:
    """The measures of `found` that impose or tighten, of any type (listings too)."""
    return found.loc[~found["action"].isin(EASING)]


def of_kind(found: pd.DataFrame, action: str) -> pd.DataFrame:
    """The measures of `found` a claim of the frame's `action` may mean by a day near its
    own: relaxations (cuts, suspensions) for a relaxation and impositions otherwise; a
    listing of parties only for a listing. "The US imposed tariffs on Chinese drugs in
    October 2025" was partly supported by an extension of tariff exclusions of 1 November,
    "Beijing restricted exports of a metal used in chips on Monday" by a listing of seven
    firms the day after (round 31, dt26: `near_one` singled out a measure of another kind
    or going the other way, which the days alone cannot make the claim's)."""
    eased = found["action"].isin(EASING)
    keep = eased if action == "relaxation" else ~eased
    if action != "listing":
        keep &= ~found["measure_type"].isin(measure_details.listing_types())
    return found.loc[keep]


def date_hits(
    found: pd.DataFrame, dated: list[Any], goods: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """The measures the claim's dates fit (`recorded_hits`); only when none fits on its
    recorded days, those whose effect the catalog records with no day that fits
    (`undated_effect`), on a measure covering one of the claim's `goods` when it names any
    (round 27, dt22)."""
    if found.empty:
        return found
    if not (recorded := recorded_hits(found, dated)).empty:
        return recorded
    return _hits(found, dated, True, goods)


def recorded_hits(found: pd.DataFrame, dated: list[Any]) -> pd.DataFrame:
    """The measures whose recorded days fit the claim's dates: one measure matching every
    date ('announced on 3 July, in force from 1 August'); or, for several dates of one role
    ('announced in December 2023 and April 2025': several measures; so too an act and an
    announcement, `_EITHER_STEP`), measures that match each date, when every date is
    matched."""
    return _hits(found, dated, False) if not found.empty else found


# Roles of dates that may each date a measure of its own, as dates of one role may ("imposed
# curbs in August 2023 and announced graphite restrictions on October 20": two measures);
# an announcement and an effect ("announced on 3 July, in force from 1 August") are one's.
_EITHER_STEP = frozenset({"acted", "announced"})


def _hits(
    found: pd.DataFrame, dated: list[Any], undated: bool, goods: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """`recorded_hits`, an undated effect fitting too when `undated` (see `_matches`)."""
    rows = _date_rows(found)
    every = measures.kept_rows(
        found, [all(_matches(m, w, undated, goods) for w in dated) for m in rows]
    )
    if any(w.role == "until" for w in dated) and not every.empty:
        # "suspended until 27 November 2026": a measure whose recorded last day is that day
        # beats ones that merely record no end (those only fail to contradict it)
        ended = every.loc[every["last_day"].notna()]
        every = ended if not ended.empty else every
    roles = {w.role for w in dated}
    if not every.empty or len(dated) < 2 or (len(roles) > 1 and roles != _EITHER_STEP):
        return every
    each = [[_matches(m, w, undated, goods) for m in rows] for w in dated]
    if not all(any(hit) for hit in each):
        return every
    return measures.kept_rows(found, [any(hits) for hits in zip(*each, strict=True)])


# The columns of a measure that `_matches` reads (`_role_days`, `effective_days`).
_DATE_COLUMNS = (
    "measure_id",
    "announced",
    "effective",
    "published",
    "last_day",
    "suspends",
    "amends",
    "goods",
)


def _date_rows(found: pd.DataFrame) -> list[Mapping[str, Any]]:
    """The rows of `found`, in order, as plain mappings of the columns the date checks read
    (the same values a row's Series holds). Rows of the catalog (`measures.measures()`, by
    index and id, with its columns and the same values in them) are the records read once
    per process (`_catalog_rows`); any other frame, or a selection of the catalog with a
    value changed, is read column by column (review of round 31: a row matched by index
    and id alone gave the catalog's values for a changed frame)."""
    columns = [c for c in _DATE_COLUMNS if c in found.columns]
    kept_columns, kept, cells = _catalog_rows()
    at = found.index.tolist()
    if (
        kept
        and tuple(columns) == kept_columns
        and all(type(i) is int and 0 <= i < len(kept) for i in at)
        and all(_same_cells(found[c].to_numpy(), cells[c][at]) for c in columns)
    ):
        return [kept[i] for i in at]
    return _read_rows(found, columns)


def _same_cells(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two columns' cells are the same values (missing ones equal), of one dtype."""
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind in "mMf":
        return bool(np.array_equal(a, b, equal_nan=True))
    return all(x is y or x == y or (_missing(x) and _missing(y)) for x, y in zip(a, b, strict=True))


def _missing(x: Any) -> bool:
    return x is None or (isinstance(x, float) and x != x) or x is pd.NaT


def _read_rows(found: pd.DataFrame, columns: list[str]) -> list[Mapping[str, Any]]:
    """`found`'s rows as dicts of `columns`: one pass over the columns, not a Series per row."""
    cells = zip(*(found[c].tolist() for c in columns), strict=True)
    return [dict(zip(columns, values, strict=True)) for values in cells]


@cache.lent
def _catalog_rows() -> tuple[
    tuple[str, ...], tuple[Mapping[str, Any], ...], Mapping[str, np.ndarray]
]:
    """The date columns of `measures.measures()`, its rows by position as read-only records
    of them (round 31, speed28: the datetime columns were made into `Timestamp`s again for
    every claim), and each column's cells (read-only arrays, which `_date_rows` compares a
    selection's cells with). Lent, as it cannot be written; read again when the catalog's
    files change or `datasets.clear_cache()` runs."""
    catalog = measures.measures()
    columns = [c for c in _DATE_COLUMNS if c in catalog.columns]
    if catalog.index.tolist() != list(range(len(catalog))):
        return tuple(columns), (), MappingProxyType({})  # every frame read as it is
    rows = _read_rows(catalog, columns)
    cells = {c: catalog[c].to_numpy(copy=True) for c in columns}
    for column in cells.values():
        column.flags.writeable = False
    return tuple(columns), tuple(MappingProxyType(dict(r)) for r in rows), MappingProxyType(cells)


def ended_on(found: pd.DataFrame, dated: list[Any]) -> pd.DataFrame:
    """The measures whose recorded last day falls on a claim's 'until' date."""
    until = [w for w in dated if w.role == "until"]
    if not until or found.empty:
        return found.iloc[0:0]
    days = found["last_day"].map(day_of)
    return found.loc[days.map(lambda d: d is not None and any(within(d, w) for w in until))]


def nearest(found: pd.DataFrame, when: Any) -> pd.Series:
    day = pd.Timestamp(when.start)
    return found.loc[(found["announced"] - day).abs().idxmin()]


def announced_within(found: pd.DataFrame, as_of: dt.date, days: int) -> pd.DataFrame:
    """The measures of `found` announced on or after the day `days` days before `as_of`."""
    since = pd.Timestamp(as_of) - pd.Timedelta(days=days)
    return found.loc[pd.to_datetime(found["announced"]) >= since]
