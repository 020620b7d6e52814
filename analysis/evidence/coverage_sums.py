"""The trade an actor's tariff lists cover together: the sums the `tariff_rates` table
documents, for a tariff claim's dollar figure that no one measure covers ("tariffs on $360
billion of Chinese imports": Lists 1 to 4A).

A list is counted once: a measure that amends another with a coverage (List 3's rise to
25%, List 4A's cut to 7.5%) stands for it with its own coverage. The sums are the running
totals of the actor's tariff measures with a coverage, in the order they were announced, up
to a day (the article's): $34 bn, then $50 bn, $250 bn, ... A figure within
`verdicts.COVERAGE_CLOSE` of one of those totals is a sum the data gives; any other figure
no one measure covers is one the data does not hold.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis.analyses import measures
from analysis.evidence import verdicts as v
from analysis.evidence.rate_named import rates_table

_TARIFF_TYPES = ("tariff", "tariff_reduction")  # as `catalog_scope.TARIFF_TYPES`


def running_totals(
    country: str | None, as_of: dt.date | None
) -> list[tuple[float, tuple[str, ...]]]:
    """The running totals of the trade a country's tariff lists cover, each with the ids of
    the measures it adds up, for the measures announced by `as_of`; totals of two lists or
    more only (one list's coverage is the measure's own)."""
    if not country:
        return []
    table = rates_table().dropna(subset=["coverage_usd_bn"])
    covered = table.groupby("measure_id")["coverage_usd_bn"].max()
    catalog = measures.measures()
    rows = catalog.loc[
        (catalog["implementing_iso3"] == country)
        & catalog["measure_type"].isin(_TARIFF_TYPES)
        & catalog["measure_id"].isin(covered.index)
    ]
    if as_of is not None:
        rows = rows.loc[pd.to_datetime(rows["announced"]) <= pd.Timestamp(as_of)]
    amends = {
        r.measure_id: [m for m in str(r.amends or "").split(";") if m in covered.index]
        for r in catalog.itertuples()
        if isinstance(r.amends, str)
    }
    lists: dict[str, tuple[str, float]] = {}  # the first list -> its latest measure, coverage
    totals = []
    for r in rows.sort_values("announced", kind="stable").itertuples():
        root = r.measure_id
        while amends.get(root):
            root = amends[root][0]
        lists[root] = (r.measure_id, float(covered[r.measure_id]))
        if len(lists) > 1:
            ids = tuple(m for m, _ in lists.values())
            totals.append((sum(c for _, c in lists.values()), ids))
    return totals


def summed(
    country: str | None, as_of: dt.date | None, claimed_bn: float
) -> tuple[float, tuple[str, ...]] | None:
    """The running total of a country's tariff lists by `as_of` nearest a claimed coverage,
    when within `COVERAGE_CLOSE` of it; else None."""
    near = [
        (abs(total - claimed_bn) / total, total, ids)
        for total, ids in running_totals(country, as_of)
        if abs(total - claimed_bn) / total <= v.COVERAGE_CLOSE
    ]
    if not near:
        return None
    _, total, ids = min(near)
    return total, ids


def sum_note(claimed_bn: float, total: float, ids: tuple[str, ...]) -> str:
    """The note a coverage matched by a sum of lists carries."""
    return (
        f"The claim's ${claimed_bn:g} bn is no one measure's coverage but the sum of the "
        f"actor's tariff lists by then, ${total:g} bn ({'; '.join(ids)})."
    )


def rated_sum(
    country: str | None,
    as_of: dt.date | None,
    claimed_bn: float,
    rates: tuple[float, ...],
    ranges: tuple[tuple[float, float], ...] = (),
) -> tuple[float, tuple[str, ...]] | None:
    """The running total of a country's tariff lists by `as_of` that a claim stating both a
    rate and a coverage means ("25 percent tariffs on about $250 billion": Lists 1-3 at 25%;
    round 33, cov33): of the totals nearest the claimed coverage and within
    `COVERAGE_CLOSE` of it, the latest (the lists as they then stood), when every list it
    adds up sets every stated rate (within `verdicts.RATE_POINTS`); for a claim stating a
    range ("tariffs of 10 to 25 percent on $250 billion", round 34, fx34t), when every list
    sets a rate within the range and each stated rate is set by one of the lists; else None."""
    near = [
        (abs(total - claimed_bn) / total, total, ids)
        for total, ids in running_totals(country, as_of)
        if abs(total - claimed_bn) / total <= v.COVERAGE_CLOSE
    ]
    if not near or not rates:
        return None
    best = min(off for off, _, _ in near)
    _, total, ids = [n for n in near if n[0] == best][-1]
    table = rates_table().dropna(subset=["rate_pct"])
    owns = [list(table.loc[table["measure_id"] == mid, "rate_pct"]) for mid in ids]

    def sets(own: list[float], rate: float) -> bool:
        return any(abs(r - rate) <= v.RATE_POINTS for r in own)

    if ranges:
        inside = all(
            any(lo - v.RATE_POINTS <= r <= hi + v.RATE_POINTS for r in own for lo, hi in ranges)
            for own in owns
        )
        every = all(any(sets(own, c) for own in owns) for c in rates)
        return (total, ids) if inside and every else None
    if not all(sets(own, c) for own in owns for c in rates):
        return None
    return total, ids
