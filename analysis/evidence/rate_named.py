"""The rate of a dated tariff claim as what singles out its measure (round 30, fcm30).

"China's 34% tariff on all US goods came into force on 4 April": no tariff measure of the
actor falls on the claimed day, yet the rate names one; when exactly one of the actor's
tariff measures sets that rate (within `verdicts.RATE_POINTS`), it is the measure the claim
means and its days decide the claim, as the count a title gives does for a listing
(`measure_details.counted_rows`). A rate several measures set singles out none, and the
claim stays not checkable. So does a claim dated by a weekday or a relative word
("effective from Thursday", "since Wednesday"): which day that is, is a reading of the
article's week, and a week misread would refute a true claim by the measure's own days; only
a calendar date (a month and a day or year: "4 April", "10 May 2019") is compared. A claim
whose day, read as other than the day of taking effect, is the singled-out measure's
effective day ("Analysts said China imposed a 34% tariff on 10 April", read as announced,
of a tariff announced on 4 April that took effect on 10 April) is not refuted by it: the
day fits the measure, only the role read from the verb differs (round 30, dt25).

A figure stated as the size of a change ("raised its tariff by 20%") is no rate a measure
sets (`stated_rate`): "by 20%" is not the 20% level the measure's row records (review of
round 30). The `tariff_rates` table (`rates_table`) and the matching of a rate to the
measures that set it (`setting`) are this module's, shared with the tariff check
(`tariff_checks`) and the third-party scope (`catalog_scope._moved`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

import pandas as pd

from analysis.analyses import measures
from analysis.article.date_patterns import MONTHS
from analysis.article.frames import Frame
from analysis.article.quantities import TARIFF, WORLD, change_size
from analysis.data import cache, datasets
from analysis.evidence import verdicts as v
from analysis.vocab import MeasureStatus

TABLE = "tariff_rates"
# a calendar date: a month's name or abbreviation as a whole word ("4 April", "Sept. 10")
_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b", re.I
)
# a year written out ("May 2019", "4 April 2025")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the quantity kinds that are a tariff's rate ("a 34% tariff", "an increase to 25%")
_RATES = (TARIFF, "growth")
# a measure's statuses whose rates are in force that day
_LIVE = (MeasureStatus.IN_FORCE, MeasureStatus.PARTLY_SUSPENDED)


@cache.derived
def rates_table() -> pd.DataFrame:
    """The `tariff_rates` table with each row's goods as a tuple of ids."""
    table = datasets.load(TABLE)
    table["goods"] = table["goods"].map(
        lambda g: tuple(x for x in str(g).split(";") if x) if isinstance(g, str) else ()
    )
    return table


class RateRow(NamedTuple):
    """A row of `rates_table()` as the tariff check reads its rates: plain values, a
    missing figure None (the coverage branch of `tariff_match.by_figures` reads the
    frame)."""

    measure_id: str
    rate_pct: float | None
    previous_rate_pct: float | None


_RATE_COLUMNS = ("rate_pct", "previous_rate_pct")


def _rate_rows_read(table: pd.DataFrame) -> list[RateRow]:
    """A rates frame's rows as `RateRow`s, in order: one pass over its columns (a column the
    frame lacks read as missing)."""
    missing = [None] * len(table)
    columns = (table[c].tolist() if c in table.columns else missing for c in _RATE_COLUMNS)
    cells = zip(table["measure_id"].tolist(), *columns, strict=True)
    return [RateRow(str(m), *(None if pd.isna(x) else x for x in xs)) for m, *xs in cells]


@cache.lent
def rate_records() -> Mapping[int, RateRow]:
    """`rates_table()`'s rows by index (CSV line), as read-only records: read once per
    process and again when the table's files change or `datasets.clear_cache()` runs
    (round 31, speed28: the tariff check selected, dropped and iterated the frame per
    claim)."""
    table = rates_table()
    rows = _rate_rows_read(table)
    return MappingProxyType(dict(zip(table.index.tolist(), rows, strict=True)))


def rate_rows(table: pd.DataFrame | None = None) -> list[RateRow]:
    """The rows of a rates frame (all of `rates_table()` when None) as `RateRow`s, in order:
    read from the frame's columns, each row that equals the table's row of its index (id
    and rates) handed out as the kept record itself (review of round 31: a row matched by
    index and id alone gave the table's rates for a frame with other rates)."""
    kept = rate_records()
    if table is None:
        return list(kept.values())
    read = _rate_rows_read(table)
    return [
        kept[i] if i in kept and kept[i] == r else r
        for i, r in zip(table.index.tolist(), read, strict=True)
    ]


def stated_rate(frame: Frame, text: str, bare: bool = False) -> float | None:
    """The tariff rate a claim states as a level ("a 34% tariff", "raised to 20%"), or None:
    no percentage, one of another kind, or one stated only as the size of a change ("raised
    its tariff by 20%": `quantities.change_size`), which is no rate a measure sets. With
    `bare`, a figure with no tariff word near it counts too ("raising them to 125%")."""
    q = frame.quantity
    kinds = (*_RATES, WORLD) if bare else _RATES
    if q is None or q.unit != "%" or q.value is None or q.of not in kinds:
        return None
    spots = [m.start() for m in re.finditer(re.escape(q.text), text)] if q.text else []
    if spots and all(change_size(text, at) for at in spots):
        return None
    return q.value


def setting(ids: Iterable[str], rate: float, rows: pd.DataFrame | None = None) -> set[str]:
    """Of the measures `ids`, those with a row of the `tariff_rates` table (of `rows`, rows
    of it, when given) whose rate is `rate` (within `verdicts.RATE_POINTS`)."""
    table = rates_table() if rows is None else rows
    rows = table.loc[table["measure_id"].isin(set(ids))].dropna(subset=["rate_pct"])
    return set(rows.loc[(rows["rate_pct"] - rate).abs() <= v.RATE_POINTS, "measure_id"])


def rows_in_force(catalog: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    """The rows of the `tariff_rates` table in force on `day` among the measures of
    `catalog` (the catalog's measures as the claim may read them: announced by the
    article's date): the row's measure in force or partly suspended that day
    (`measures.status_on`), the row itself in effect by then (its own `effective`, else its
    measure's), and its rate not replaced by then: no row of a later measure of the same
    side on the same goods, in effect by `day`, records it as the rate it replaced
    (`previous_rate_pct`: China's 34% on all US goods, raised to 84% and then 125%, cut to
    10% at Geneva, is no level in force in August 2025; review of round 36, rev36). A
    measure's `side` column is added."""
    status = measures.status_on(day, catalog)
    live = set(catalog.loc[status.isin(_LIVE), "measure_id"])
    meta = catalog.set_index("measure_id")
    table = rates_table()
    rows = table.loc[table["measure_id"].isin(set(catalog["measure_id"]))].copy()
    rows["side"] = rows["measure_id"].map(meta["implementing_iso3"])
    rows["announced"] = rows["measure_id"].map(meta["announced"])
    started = rows["effective"].fillna(rows["measure_id"].map(meta["effective"]))
    rows = rows.loc[started.notna() & (started <= day)]
    later = rows.dropna(subset=["previous_rate_pct"])
    replaced = {
        i
        for i, r in rows.dropna(subset=["rate_pct"]).iterrows()
        if (
            (later["side"] == r["side"])
            & (later["announced"] > r["announced"])
            & later["goods"].map(lambda g, own=r["goods"]: g == own)
            & ((later["previous_rate_pct"] - r["rate_pct"]).abs() <= v.RATE_POINTS)
        ).any()
    }
    keep = rows["measure_id"].isin(live) & ~rows.index.isin(list(replaced))
    return rows.loc[keep].drop(columns=["announced"])


def rated_rows(found: pd.DataFrame, frame: Frame, text: str) -> pd.DataFrame:
    """Of the candidate measures `found`, the one tariff measure that sets the rate the
    claim (`text`) states; none when the claim states no rate or several measures set it."""
    none = found.iloc[0:0]
    rate = stated_rate(frame, text)
    if frame.action != "tariff" or rate is None or found.empty:
        return none
    if not frame.when or not all(_calendar(w.text) for w in frame.when):
        return none  # "from Thursday": a weekday read against the article's week
    if not _years_agree(frame):  # "In April 2025, ... on April 9" read as April 9, 2026
        return none
    ids = setting(found["measure_id"], rate)
    one = found.loc[found["measure_id"].isin(ids)] if len(ids) == 1 else none
    if _own_day(one, frame):  # "said China imposed a 34% tariff on April 10" (read as
        return none  # announced): the day is the measure's other one, no wrong day
    return one


def rate_singled(found: pd.DataFrame, frame: Frame, text: str) -> pd.DataFrame:
    """Of the candidate measures `found` of an undated tariff claim that names no goods or
    party singling one out, the one that sets the rate it states as a level (round 32,
    fcr32; Novinite: "a sharp increase in tariffs on Chinese goods, raising them to 125%"
    abstained among 14 US tariff measures, of which one sets 125%); none when the claim
    states no rate or several measures set it."""
    rate = stated_rate(frame, text, bare=True)
    if frame.action != "tariff" or rate is None or found.empty:
        return found.iloc[0:0]
    ids = setting(found["measure_id"], rate)
    return found.loc[found["measure_id"].isin(ids)] if len(ids) == 1 else found.iloc[0:0]


def coverage_singled(
    found: pd.DataFrame, frame: Frame, coverage_bn: float | None, raises: bool
) -> pd.DataFrame:
    """Of the candidate measures `found` of an undated tariff claim that names no goods or
    party singling one out, the one whose recorded coverage is within `COVERAGE_CLOSE` of
    the trade the claim says it covers (`coverage_bn`, tied to "on $X" or "$X worth of");
    when the claim's words raise a tariff (`raises`), of those, the one raising a rate the
    table records as replaced (round 36, fx36a; BusinessNorth: "China has already
    retaliated by announcing plans to jack up tariffs on about $60 billion worth of American
    stuff" abstained among China's tariff measures, of which two cover $60 bn and one
    raises its rates). None when no coverage is stated or several measures remain."""
    none = found.iloc[0:0]
    if frame.action != "tariff" or coverage_bn is None or found.empty:
        return none
    table = rates_table()
    rows = table.loc[table["measure_id"].isin(set(found["measure_id"]))]
    covered = rows.dropna(subset=["coverage_usd_bn"]).groupby("measure_id")["coverage_usd_bn"]
    ids = {m for m, c in covered.max().items() if abs(c - coverage_bn) <= v.COVERAGE_CLOSE * c}
    if raises:
        up = rows.dropna(subset=["rate_pct", "previous_rate_pct"])
        ids &= set(up.loc[up["rate_pct"] > up["previous_rate_pct"], "measure_id"])
    return found.loc[found["measure_id"].isin(ids)] if len(ids) == 1 else none


def _own_day(rows: pd.DataFrame, frame: Frame) -> bool:
    """Whether a day the claim names, read as other than the day the measure took effect,
    is the effective day of a measure in `rows` ("Analysts said China imposed a 34% tariff
    on 10 April", read as announced): the claim's day fits the measure, only the role read
    from its verb sets them apart ("imposed" tells either), which is no ground to refute it
    by the measure's days (round 30, dt25). A claim that says the measure took effect on its
    announced day ("came into force on 4 April") is still refuted."""
    days = {w.start for w in frame.when if w.start and w.role != "effective"}
    return any(str(e)[:10] in days for e in rows["effective"])


def _years_agree(frame: Frame) -> bool:
    """Whether each date of the claim written without its year ("April 9") was read in a
    year the claim's dates written with one name ("In April 2025, ... on April 9", as of
    2026: read as 9 April 2026): a day whose year the article's date supplied against the
    year the claim itself states is a misreading, which would refute a true claim by the
    measure's days (round 30, dt25)."""
    stated = {w.start[:4] for w in frame.when if w.start and _YEAR.search(w.text)}
    return not stated or all(
        w.start[:4] in stated for w in frame.when if w.start and not _YEAR.search(w.text)
    )


def _calendar(text: str) -> bool:
    """Whether a date's words name a month and a figure, not a weekday or a relative word."""
    return bool(_MONTH.search(text) and re.search(r"\d", text))
