"""Which tariff measure a tariff claim's figures point to (part of the tariff checker,
`tariff_checks`), and why they may point to none: the measures whose coverage or rates match
the claim's (`by_figures`), the one that replaced a stated rate (`by_replaced`), the choice
among measures of one day (`same_day_choice`), a total of several duties (`totals`,
`wrong_total`), the points a relaxation takes off a duty (`relaxed`, `cut_by`), a change
matched on a level only (`change_unmatched`), and a rate none of a period's measures sets
(`rate_of_none`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words
from analysis.article.frames import Frame
from analysis.article.quantities import change_size
from analysis.evidence import rate_named, tariff_sides
from analysis.evidence import verdicts as v
from analysis.evidence.rate_named import rate_rows, rates_table  # the table, read once
from analysis.evidence.tariff_stated import Stated
from analysis.vocab import Label


def same_day_choice(
    ids: list[str], of_the_day: pd.DataFrame, said: Stated, table: pd.DataFrame | None = None
) -> list[str]:
    """The measure a claim dated to a day means among the actor's measures of that day
    (`of_the_day`): the one the measure check chose (`ids`) when it sets the rates the
    claim states, or none of them does; else the last of those that set them (`table`: the
    rates, `tariff_rates` by default)."""
    tied = by_figures(of_the_day, said, table)
    return tied[-1:] if tied and not set(ids) & set(tied) else ids


def by_figures(
    candidates: pd.DataFrame, said: Stated, table: pd.DataFrame | None = None
) -> list[str]:
    """Measures of the actor a claim that singles out none may mean: those whose coverage
    is nearest the claim's and within COVERAGE_CLOSE of it, or with no coverage stated,
    those that set every rate it states (`table`: the rates, `tariff_rates` by default)."""
    if said.coverage_bn is None:  # the rates each measure sets, read from the table's records
        wanted = set(candidates["measure_id"])
        rated: dict[str, list[float]] = {}
        for r in rate_rows(table):
            if r.measure_id in wanted and r.rate_pct is not None:
                rated.setdefault(r.measure_id, []).append(r.rate_pct)
        return sorted(
            m
            for m, set_ in rated.items()
            if said.rates
            and all(any(abs(r - c) <= v.RATE_POINTS for r in set_) for c in said.rates)
        )
    table = rates_table() if table is None else table
    rows = table.loc[table["measure_id"].isin(set(candidates["measure_id"]))]
    covered = rows.dropna(subset=["coverage_usd_bn"])
    if covered.empty:
        return []
    off = (covered["coverage_usd_bn"] - said.coverage_bn).abs() / covered["coverage_usd_bn"]
    # only a close figure singles out one: "$250 billion" is Lists 1-3 together, not
    # List 3's $200 billion read loosely
    near = covered.loc[(off == off.min()) & (off <= v.COVERAGE_CLOSE)]
    return sorted(set(near["measure_id"]))


def totals(candidates: pd.DataFrame) -> pd.DataFrame:
    """The rows of the duties together of the actor's measures `candidates`, which set the
    total rate a claim states ("the overall tariff rate ... from 145% to 30%"; round 32,
    fcr32): the rows whose products the table words as several duties together
    (`total_rate_rows`: "reciprocal and 20% fentanyl duties together"), with a rate. Was the
    highest of a measure's rows on all goods, which the data nowhere states (review of round
    32)."""
    table = rates_table()
    together = claim_words.patterns()["total_rate_rows"]
    return table.loc[
        table["measure_id"].isin(set(candidates["measure_id"]))
        & table["products"].map(lambda p: bool(together.search(str(p))))
    ].dropna(subset=["rate_pct"])


def wrong_total(said: Stated, together: pd.DataFrame) -> v.Decision | None:
    """A total rate the rows of the duties together `together` all refute (unsupported,
    naming them); None when one sets it, or when the claim states several rates, one of which
    may be a part of the total ("the cut in the fentanyl tariff to 10% will lower the
    overall tariff to 47%")."""
    if len(said.rates) != 1 or any(
        all(abs(r - c) <= v.RATE_POINTS for c in said.rates) for r in together["rate_pct"]
    ):
        return None
    rows = "; ".join(
        f"{r.measure_id}, {r.products}: {r.rate_pct:g}%" for r in together.itertuples()
    )
    stated_rates = ", ".join(f"{c:g}%" for c in said.rates)
    return v.Decision(
        Label.UNSUPPORTED,
        f"The tariff table records the duties together: {rows}; the claim states a total of "
        f"{stated_rates}.",
    )


def two_sided(said: Stated, ids: list[str], text: str) -> bool:
    """Whether a claim's several rates may be the two sides' (`tariff_sides.both_sides`):
    the measures `ids` do not set them all, and its own words name no side, or put each
    rate on one of the two sides (`Stated.owners`, round 36)."""
    if len(said.rates) < 2 or (tariff_sides.parties_named(text) and not said.owners):
        return False
    return not all(rate_named.setting(ids, r) for r in said.rates)


def by_replaced(candidates: pd.DataFrame, said: Stated, text: str) -> list[str]:
    """The one measure of the actor a claim stating the rate it replaces ("increased
    duties from 34 per cent to 80 per cent") may mean when none sets its new rate: the one
    whose rows replace every rate replaced the claim states, changing the duty the way its
    words say (`tariff_raises` or `tariff_cuts`, one way only); none when several do, or
    the claim states a coverage or no way. Its rates then decide the claim's new rate."""
    p = claim_words.patterns()
    up, down = p["tariff_raises"].search(text), p["tariff_cuts"].search(text)
    if not said.replaced or said.coverage_bn is not None or bool(up) == bool(down):
        return []
    table = rates_table()
    rows = table.loc[table["measure_id"].isin(set(candidates["measure_id"]))].dropna(
        subset=["rate_pct", "previous_rate_pct"]
    )
    rows = rows.loc[(rows["rate_pct"] > rows["previous_rate_pct"]) == bool(up)]
    found = sorted(
        m
        for m, before in rows.groupby("measure_id")["previous_rate_pct"]
        if all(any(abs(r - c) <= v.RATE_POINTS for r in before) for c in said.replaced)
    )
    return found if len(found) == 1 else []


def relaxed(candidates: pd.DataFrame, said: Stated) -> bool:
    """Whether every rate a relaxation claim states is the points one of its actor's
    relaxations takes off the one duty it suspends or amends, down to the one rate it keeps
    (a 34% duty kept at 10%: "suspended its 24% tariff")."""
    table = rates_table()
    rated = table.dropna(subset=["rate_pct"])
    for _, m in candidates.iterrows():
        kept = set(rated.loc[rated["measure_id"] == m["measure_id"], "rate_pct"])
        under = {
            x
            for col in ("suspends", "amends")
            for mid in str(m[col] or "").split(";")
            for x in rated.loc[rated["measure_id"] == mid, "rate_pct"]
        }
        if len(kept) != 1 or len(under) != 1:
            continue  # several rates on either side: which points it takes off is not clear
        points = next(iter(under)) - next(iter(kept))
        if said.rates and all(abs(points - c) <= v.RATE_POINTS for c in said.rates):
            return True
    return False


def cut_by(frame: Frame, text: str) -> bool:
    """Whether the claim's percentage is only the size of a change ("reduce tariffs by 15
    percent": `quantities.change_size` at every place it is written)."""
    q = frame.quantity
    if q is None or q.unit != "%" or not q.text:
        return False
    spots = [m.start() for m in re.finditer(re.escape(q.text), text)]
    return bool(spots) and all(change_size(text, at) for at in spots)


def issued_by(country: str | None, as_of: dt.date | None) -> list[str]:
    """The ids of the catalog's measures of a country (any, with none) announced by a day,
    of every type (a cut is a tariff reduction, a raise a tariff)."""
    catalog = measures.measures()
    keep = pd.Series(True, index=catalog.index)
    if country:
        keep &= catalog["implementing_iso3"] == country
    if as_of is not None:
        keep &= pd.to_datetime(catalog["announced"]) <= pd.Timestamp(as_of)
    return list(catalog.loc[keep, "measure_id"])


def _unrated_cut(said: Stated, candidates: list[str]) -> bool:
    """Whether one of the actor's tariff reductions (`candidates`) has no rates in the
    table and amends a duty with a rate the claim states (the fentanyl duty's cut "from 20%
    to 10%"): it may be the claim's cut. Exclusions of products amend no rate."""
    catalog = measures.measures()
    table = rates_table()
    cuts = catalog.loc[
        (catalog["measure_type"] == "tariff_reduction")
        & catalog["measure_id"].isin(candidates)
        & ~catalog["measure_id"].isin(table["measure_id"])
    ]
    amended = {m for x in cuts["amends"].dropna() for m in str(x).split(";") if m}
    rates = table.loc[table["measure_id"].isin(amended), "rate_pct"].dropna()
    return any(abs(r - c) <= v.RATE_POINTS for c in said.rates for r in rates)


def change_unmatched(text: str, said: Stated, ids: list[str], candidates: list[str]) -> str | None:
    """Why a claim of a tariff change is not decided by the measures its rates match, or
    None: a claim that raises or cuts a tariff (`tariff_raises`, `tariff_cuts`, one way
    only) and states rates but neither the rate replaced ("from 10%") nor the trade covered,
    when no measure of the actor announced by the article's date (`candidates`, any type)
    changes a duty that way to or from a stated rate (a row with a previous rate, within
    `RATE_POINTS`: "is halving its 10% tariff" and a cut from 10% to 5%; a cut is not
    judged when a reduction with no rates in the table amends a duty at a stated rate:
    `_unrated_cut`), so that those setting its rates (`ids`) are matched on the level
    alone: they set a level, and the claim's change ("is halving the 20% tariff", "vowed
    to boost tariffs to 25 percent") is not among the catalog's changes by the article's
    date."""
    p = claim_words.patterns()
    up, down = p["tariff_raises"].search(text), p["tariff_cuts"].search(text)
    if not said.rates or said.replaced or said.coverage_bn is not None or bool(up) == bool(down):
        return None
    table = rates_table()
    if down and _unrated_cut(said, candidates):
        return None  # a cut of the duty whose rates the table does not give
    rows = table.loc[table["measure_id"].isin(candidates)].dropna(
        subset=["rate_pct", "previous_rate_pct"]
    )
    rising = rows["rate_pct"] > rows["previous_rate_pct"]
    steps = rows.loc[rising if up else ~rising]
    ends = [*steps["rate_pct"], *steps["previous_rate_pct"]]
    if any(abs(r - c) <= v.RATE_POINTS for c in said.rates for r in ends):
        return None
    way, word = ("raise", up) if up else ("cut", down)
    titles = "; ".join(
        f"'{t}'" for t in measures.measures().set_index("measure_id").loc[ids, "title"]
    )
    return (
        f"The claim states a {way} of a tariff ('{word.group(0)}'); the catalog's measures "
        f"at its rate ({titles}) set that level, and none {way}s a duty to or from it by "
        "the article's date, so they neither bear the change out nor refute it."
    )


def rate_of_none(period: pd.DataFrame, base: pd.DataFrame, said: Stated, dated: list[Any]) -> str:
    """Why a claim's rate, set by none of the tariff measures of the period it names
    (`period`, several), does not stand on their existence: no row of the rates table of
    the actor's tariff measures announced by the period's end (`base`) gives it, alone or
    as two duties stacked ("54% tariffs in April": 34% on top of March's 20%), within
    `verdicts.RATE_POINTS` (round 31, clean31: "In January 2025, Washington imposed 61%
    tariffs on Chinese goods" was supported by that month's measures of 25% and 50%); ''
    when one does, or the claim states no rate. Not unsupported: the catalog's rows are
    not every duty."""
    if not said.rates:
        return ""
    end = max(dt.date.fromisoformat(w.end or w.start) for w in dated)
    announced = pd.to_datetime(base["announced"]).dt.date
    ids = base.loc[announced <= end, "measure_id"]
    table = rates_table()
    rates = sorted(set(table.loc[table["measure_id"].isin(ids), "rate_pct"].dropna()))
    stacked = [*rates, *(a + b for k, a in enumerate(rates) for b in rates[k + 1 :])]
    if any(abs(r - c) <= v.RATE_POINTS for c in said.rates for r in stacked):
        return ""
    of_period = table.loc[table["measure_id"].isin(period["measure_id"]), "rate_pct"].dropna()
    shown = ", ".join(f"{r:g}%" for r in sorted(set(of_period))) or "none recorded"
    return (
        f"None of them sets the claim's rate (their rates: {shown}), nor do two of the "
        "actor's duties by then add up to it, so their existence does not bear it out; the "
        "catalog's rates are not every duty, so neither does it refute it."
    )
