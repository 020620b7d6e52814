"""The tariff checker: a measure claim that states a tariff rate ("to 100%", "25% tariffs")
or the trade it covers ("on $34 billion of Chinese imports"), against the `tariff_rates`
table, for the measure the measure check singles out.

- **which measure**: the one `frame_checks.check_measure` matches, when the claim singles
  it out by its dates or by goods the catalog names;
  otherwise the actor's tariff measures announced by the article's date whose coverage is
  within 10% of the claim's (or, with no coverage stated, that set every rate it states);
  with none, a coverage alone tied to the trade covered ("on $X", "$X worth of") is
  supported when it is a running total of the actor's lists (`coverage_sums`: "$250
  billion" is Lists 1-3) and not checkable otherwise, the size of a cut no relaxation of
  the actor makes ("by 15 percent") is not checkable, and a claim that states a rate is
  not checkable. A
  claim the measure check does not find right is left to it.
- **which rows**: the measure's rows on the goods the claim names (a row on all goods
  covers any); a measure with a single rate sets it on all its products when the catalog
  says it covers those goods. Goods with no row: not checkable.
- **the decision**: `verdicts.decide_tariff_rates` (rates within half a point) and
  `verdicts.decide_tariff_coverage` (within 10%, partly within 25%); the worst of these and
  of the measure check's verdict.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, presupposed, rate_roles
from analysis.article.claims import Claim
from analysis.article.frames import MEASURE, Frame, answered_spans
from analysis.article.quantities import TARIFF, WORLD, change_size, figures
from analysis.data import countries, goods
from analysis.evidence import (
    coverage_sums,
    frame_checks,
    measure_dates,
    measure_details,
    rate_named,
    tariff_sides,
)
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, Verdict, make_evidence, needs_text
from analysis.evidence.rate_named import TABLE, rate_rows, rates_table  # the table, read once
from analysis.vocab import Label

# What a percentage of a tariff clause may be read as: a rate ("tariffs of 25%"), the
# level a change reaches ("increased tariffs to 100%", read as growth by its verb), or a
# bare figure with no tariff word near it ("... will be reduced to 7.5% for goods entered").
_RATE_OF = ("tariff", "growth", WORLD)
_ORDER = (Label.SUPPORTED, Label.PARTLY, Label.MISLEADING, Label.UNSUPPORTED)


@dataclass(frozen=True)
class Stated:
    """The tariff figures a claim states."""

    rates: tuple[float, ...]  # the rates set ("to 100%")
    replaced: tuple[float, ...]  # the rates replaced ("from 25%")
    coverage_bn: float | None  # the trade covered, billion US dollars
    at_most: bool  # "up to 15%": the highest rate set
    steps: tuple[float, ...] = ()  # of `rates`, those that may be a rise ("an extra 50%")
    # the rates the claim puts on a third country ("and 20% on imports from the EU"), with it
    elsewhere: tuple[tuple[float, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rates or self.replaced or self.coverage_bn)


def stated(claim: Claim, frame: Frame) -> Stated:
    """The rates (set and replaced) and the coverage a tariff claim states."""
    text = claim.text
    spans = [(m.start(), m.end()) for w in frame.when for m in re.finditer(re.escape(w.text), text)]
    spans += answered_spans(text)  # "responded to the earlier 10% tariff with", ", following"
    step_word = claim_words.patterns()["rate_step"]
    found = [(at, q) for at, q in figures(text, spans) if q.value is not None]
    spots = [(at, at + len(q.text)) for at, q in found if q.unit == "%" and q.of in _RATE_OF]
    away = tariff_sides.rates_elsewhere(frame, text, spots)
    rates, replaced, steps, coverage, at_most = [], [], [], None, False
    elsewhere: list[tuple[float, str]] = []
    for at, q in found:
        if q.unit == "%" and q.of in _RATE_OF:
            if claim_words.patterns()["rate_added_to"].search(text[:at]):
                continue  # "on top of the 20% imposed earlier": another duty's rate
            if at in away:  # "and 20% on imports from the European Union": not this side's
                elsewhere.append((float(q.value), away[at]))
                continue
            (replaced if rate_roles.replaced(text, at, at + len(q.text)) else rates).append(q.value)
            if step_word.search(text[:at]):
                steps.append(q.value)
            at_most = at_most or q.hedge == "at_most"
        elif q.unit == "USD" and q.of == "value" and coverage is None:
            coverage = q.value / 1e9
    return Stated(tuple(rates), tuple(replaced), coverage, at_most, tuple(steps), tuple(elsewhere))


def _covers(row_goods: tuple[str, ...], wanted: set[str]) -> bool:
    """A row covers a good it names, one of its group's members, or any good (all goods)."""
    inside = set().union(*(goods.members(g) for g in row_goods)) if row_goods else set()
    return "all_goods" in row_goods or bool(inside & wanted)


def rows_for(
    rows: pd.DataFrame, claim_goods: tuple[str, ...], measure_goods: tuple[str, ...]
) -> pd.DataFrame:
    """The measure's rows on the goods a claim names (all of them when it names none); a
    measure with a single rate sets it on all its products, when the catalog says the
    measure covers the goods (a list that names no goods may not hold them)."""
    wanted = set(claim_goods) - {"all_goods"}
    if not wanted:
        return rows
    covering = rows.loc[rows["goods"].map(lambda g: _covers(g, wanted))]
    if not covering.empty:
        return covering
    if rows["rate_pct"].dropna().nunique() == 1 and _covers(measure_goods, wanted):
        return rows
    return rows.iloc[0:0]


def same_day_choice(
    ids: list[str], of_the_day: pd.DataFrame, said: Stated, table: pd.DataFrame | None = None
) -> list[str]:
    """The measure a claim dated to a day means among the actor's measures of that day
    (`of_the_day`): the one the measure check chose (`ids`) when it sets the rates the
    claim states, or none of them does; else the last of those that set them (`table`: the
    rates, `tariff_rates` by default)."""
    tied = _by_figures(of_the_day, said, table)
    return tied[-1:] if tied and not set(ids) & set(tied) else ids


def _by_figures(
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


def _totals(candidates: pd.DataFrame) -> pd.DataFrame:
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


def _wrong_total(said: Stated, together: pd.DataFrame) -> v.Decision | None:
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


def _two_sided(said: Stated, ids: list[str], text: str) -> bool:
    """Whether a claim's several rates may be the two sides' (`tariff_sides.both_sides`):
    the measures `ids` do not set them all, and its own words name no side."""
    if len(said.rates) < 2 or tariff_sides.parties_named(text):
        return False
    return not all(rate_named.setting(ids, r) for r in said.rates)


def _by_replaced(candidates: pd.DataFrame, said: Stated, text: str) -> list[str]:
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


def _relaxed(candidates: pd.DataFrame, said: Stated) -> bool:
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


def _cut_by(frame: Frame, text: str) -> bool:
    """Whether the claim's percentage is only the size of a change ("reduce tariffs by 15
    percent": `quantities.change_size` at every place it is written)."""
    q = frame.quantity
    if q is None or q.unit != "%" or not q.text:
        return False
    spots = [m.start() for m in re.finditer(re.escape(q.text), text)]
    return bool(spots) and all(change_size(text, at) for at in spots)


def _issued_by(country: str | None, as_of: dt.date | None) -> list[str]:
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


def check_tariff(ctx: Context, claim: Claim) -> Verdict | None:
    """A tariff claim's rate or coverage against the table (see the module's rules)."""
    frame = frame_checks.frame_of(claim)
    if frame is None or frame.kind != MEASURE or frame.action not in ("tariff", "relaxation"):
        return None
    said = stated(claim, frame)
    if not said or not (frame.actor_country or frame.goods):
        return None
    measure = frame_checks.check_measure(ctx, claim)
    if measure is None or measure.verdict not in (Label.SUPPORTED, Label.PARTLY):
        return measure  # the measure itself is not found right: that decides
    narrowed = frame_checks.narrowed(ctx, frame, claim)
    sides: list[str] = []  # the measures of both sides, for rates that are the two sides'
    total = said.rates and claim_words.patterns()["rate_total"].search(claim.text)
    # "the total tariff charged on cars would be as high as 50 percent": a sum of duties,
    # unless the table records the total ("from 145% to 30%": the US duties together)
    together = _totals(narrowed.singled) if total else pd.DataFrame()
    # "fell from 145% to 40%": refuted when the measure the measure check matched records
    # its duties together (not "set a 34% tariff, a combined total of 54%": it records none)
    wrong = _wrong_total(said, together) if len(together) else None
    matched = next(iter(measure.evidence[0].values), None) if measure.evidence else None
    recorded = wrong and matched in set(together["measure_id"])
    # a rate told as a part of the total ("this total includes tariffs of about 25%":
    # `count_parts`) is one of the duties it adds up, which no row of them together sets
    part = claim_words.patterns()["count_parts"].search(claim.text)
    if total and (together.empty or part or (wrong and not recorded)):
        note = "The claim's rate is a total over several duties, which no one measure sets."
        return _abstained(measure, note, "the duties the total adds up")
    if wrong:
        return _verdict(claim, wrong, measure, together, "the duties together")
    # singled out by dates or goods ("Chinese" in a measure's title is no party named)
    by_goods = narrowed.identified and bool(frame_checks.catalogued_goods(frame))
    dated = measure_dates.dated_of(frame, ctx.as_of)
    if dated or by_goods:
        ids = [next(iter(measure.evidence[0].values))] if measure.evidence else []
        coarse = any(w.granularity != "day" for w in dated)
        period = measure_dates.date_hits(narrowed.base, dated) if coarse else None
        if period is not None and len(period) > 1:
            # "54% tariffs in April": several of the actor's tariff measures that month, and
            # rates that add up across them; the figures single out none
            note = (
                "Several tariff measures of the actor fall in the period the claim names: its "
                "rates are not checked against one of them."
            )
            if unset := rate_of_none(period, narrowed.base, said, dated):
                return _abstained(measure, f"{note} {unset}", "the measure that sets the rate")
            return replace(measure, notes=(*measure.notes, note))
        if dated and not coarse:
            # several measures of the day the claim names ("a 34% tariff, effective April
            # 10", when a raise to 84% took effect that day too): the rates it states
            # choose among them
            ids = same_day_choice(ids, measure_dates.date_hits(narrowed.base, dated), said)
        if _two_sided(said, ids, claim.text):  # "in May ... the 30% and 10% tariffs"
            days = [d for w in dated for d in (w.start, w.end or w.start) if d]
            period = (min(days), max(days)) if days else None
            sides = tariff_sides.both_sides(frame.actor_country, ctx.as_of, said.rates, period)
            ids = sides or ids
    else:
        ids = _by_figures(narrowed.singled, said)
        ids = ids or _by_replaced(narrowed.singled, said, claim.text)  # "from 34% to 80%"
        if not ids and _two_sided(said, ids, claim.text):  # "the 30% and 10% tariffs"
            ids = sides = tariff_sides.both_sides(frame.actor_country, ctx.as_of, said.rates)
        if ids and (
            change := change_unmatched(
                claim.text, said, ids, _issued_by(frame.actor_country, ctx.as_of)
            )
        ):
            # "is halving the 20% tariff": a level the catalog sets is not a change to it
            return replace(
                measure,
                verdict=Label.NOT_CHECKABLE,
                rationale=change,
                notes=(*measure.notes, change),
                needs="the tariff change the claim states",
            )
        if not ids:  # a total over several measures ("on $360 billion"), or one not held
            note = (
                "No tariff measure of the table has the figures the claim states, and the "
                "claim names nothing else that singles out one: its figures are not checked."
            )
            rate = frame.action == "tariff" or bool(frame.quantity and frame.quantity.of == TARIFF)
            if not (said.rates or said.replaced) and presupposed.scope_in_dollars(claim.text):
                # "The new tariffs affect $300 billion in imports": the coverage of the
                # measure the claim names is what it states, and no measure has it
                return _abstained(measure, note, "the trade the measure covers")
            coverage_only = said.coverage_bn is not None and not (said.rates or said.replaced)
            tied = claim_words.patterns()["coverage_stated"].search(claim.text)
            if coverage_only and frame.action == "tariff" and tied:
                # "tariffs on $360 billion": a sum of the actor's lists the table gives,
                # or a figure it does not hold ("on $75 million"), which is not decided
                total = coverage_sums.summed(frame.actor_country, ctx.as_of, said.coverage_bn)
                if total is None:
                    return _abstained(measure, note, "the trade the measure covers")
                summed = coverage_sums.sum_note(said.coverage_bn, *total)
                catalog = measures.measures()
                lists = catalog.loc[catalog["measure_id"].isin(total[1])]
                evidence = (measure_details.measure_evidence(lists),)
                return replace(measure, evidence=evidence, notes=(*measure.notes, summed))
            cut = said.rates and frame.action == "relaxation" and _cut_by(frame, claim.text)
            if cut and not _relaxed(narrowed.singled, said):
                # "will reduce tariffs by 15 percent": the size of a cut none of the
                # actor's relaxations makes is not decided by their existence
                return _abstained(measure, note, "the size of the cut")
            if not (said.rates or said.replaced) or not rate:
                # a suspension's figure ("companies at least 50% owned") is no tariff rate
                return replace(measure, notes=(*measure.notes, note))
            if frame.action == "relaxation" and _relaxed(narrowed.singled, said):
                # the points a relaxation takes off a duty ("suspended its 24% tariff"):
                # the relaxation's own figure, not an unmatched rate
                return replace(measure, notes=(*measure.notes, note))
            # a rate no tariff measure of the actor sets with the coverage stated: the
            # claim's own figure is unchecked, and the actor's kind of measure alone does
            # not stand for it ("approved a reduced rate of 10% for the others")
            return _abstained(measure, note)
    table = rates_table()
    rows = table.loc[table["measure_id"].isin(ids)]
    if rows.empty:
        return measure  # no rates recorded for the measure: its verdict stands
    catalog = measures.measures()
    chosen = catalog.loc[catalog["measure_id"].isin(ids)]
    measure = replace(measure, evidence=(measure_details.measure_evidence(chosen),))
    titles = "; ".join(f"'{t}'" for t in chosen["title"])
    on = tuple(g for own in chosen["goods"] for g in own)
    decision, used = _decide(rows, frame, said, titles, on)
    if sides:
        note = "The claim names no side: its rates are read as the two sides' own."
        decision = v.Decision(decision.label, f"{decision.rationale} {note}")
    return _verdict(claim, decision, measure, used, "the measure's rates")


def _decide(
    rows: pd.DataFrame, frame: Frame, said: Stated, titles: str, measure_goods: tuple[str, ...]
) -> tuple[v.Decision, pd.DataFrame]:
    """The rate and coverage decisions on the rows of the goods the claim names, and the
    rows they used."""
    mine = rows_for(rows, frame.goods, measure_goods)
    rated = mine.dropna(subset=["rate_pct"])
    decisions, used = [], []
    if said.rates or said.replaced:
        if rated.empty:
            named = " and ".join(goods.label(g) for g in frame.goods)
            listed = "; ".join(sorted(set(rows["products"])))
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The tariff table gives the rates of {titles} for {listed}, not for {named}; "
                "the measure's annex of products and rates would decide it.",
            )
            return decision, rows
        rated, off_step = on_step(rated, frame)
        off_step = off_step or off_part_day(rated, frame, said.rates)
        if off_step is not None:
            return off_step, rated
        rates = list(rated["rate_pct"])
        if said.at_most:
            rates = [max(rates)]
        previous = list(rated["previous_rate_pct"].dropna())
        claimed, rises = _read_steps(said, rated)
        decision = v.decide_tariff_rates(claimed, said.replaced, rates, previous)
        if rises:
            decision = v.Decision(decision.label, decision.rationale + " " + rises)
        decisions.append(decision)
        used.append(rated)
    if said.coverage_bn is not None:
        covered = mine.dropna(subset=["coverage_usd_bn"])
        covered = covered if not covered.empty else rows.dropna(subset=["coverage_usd_bn"])
        if not covered.empty:
            decisions.append(
                v.decide_tariff_coverage(said.coverage_bn, list(covered["coverage_usd_bn"]))
            )
            used.append(covered)
        elif not decisions:
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The tariff table gives no coverage for {titles}; the trade value the "
                "measure's notice states would decide it.",
            )
            return decision, rows
    worst = max(decisions, key=lambda d: _ORDER.index(d.label))
    table = pd.concat(used)
    table = table.loc[~table.index.duplicated()]
    on = "; ".join(
        f"{r.products}: {_rate_text(r.rate_pct, r.coverage_usd_bn)}" for r in table.itertuples()
    )
    rationale = f"{titles} ({on}). " + " ".join(d.rationale for d in decisions)
    if said.elsewhere:
        put = "; ".join(f"{r:g}% on {countries.name(c)}" for r, c in said.elsewhere)
        rationale += (
            f" The claim's other rates ({put}) fall on a third party, which the catalog's "
            "tariffs (the two sides' on each other) do not cover: they are not checked."
        )
    return v.Decision(worst.label, rationale), table


def on_step(rated: pd.DataFrame, frame: Frame) -> tuple[pd.DataFrame, v.Decision | None]:
    """A claim that says when its rate applies ("to 50% in 2025"), on rows that each give
    the day their rate applies (`effective`: a later step of the measure): the rows whose
    day falls in the claim's date; when none does, the claim dates the step wrongly
    (unsupported). Rows without their own day, or a claim with no such date: unchanged."""
    dated = [
        w
        for w in frame.when
        if w.role == "effective" and w.start and w.granularity in ("day", "month", "year")
    ]
    if not dated or rated.empty or rated["effective"].isna().any():
        return rated, None
    days = [pd.Timestamp(d).date() for d in rated["effective"]]
    hit = [any(measure_details.within(d, w) for w in dated) for d in days]
    if any(hit):
        return rated.loc[hit], None
    steps = "; ".join(
        f"{r.products}: {r.rate_pct:g}% from {d}"
        for r, d in zip(rated.itertuples(), days, strict=True)
    )
    return rated, v.Decision(
        Label.UNSUPPORTED,
        f"The tariff table dates these rates' steps ({steps}); the claim puts the rate in "
        f"'{dated[0].text}'.",
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


def off_part_day(
    rated: pd.DataFrame, frame: Frame, rates: tuple[float, ...] = ()
) -> v.Decision | None:
    """A claim dated to the day on which another part of its measure took effect (its
    effective day or a day of `measure_parts`, "increases timed for 2025"), on rows whose
    rate applies from another day (the row's own `effective`, else the measure's): the
    day is the other part's, not this rate's (unsupported; round 31, clean31: "raised
    tariffs on Chinese electric vehicles to 100% on January 1, 2025", the day of the
    semiconductors' step, was supported; the 100% applied from 27 September 2024). None
    when a row's day or the measure's announcement falls in the claim's date, or a row's
    day is unknown. Of the rows, those setting one of the claim's `rates` when any does
    ("raised tariffs on Chinese goods to 100% on January 1, 2025": the rows of 100%)."""
    dated = [
        w
        for w in frame.when
        if w.start and w.granularity == "day" and w.role in ("acted", "effective")
    ]
    if not dated or rated.empty:
        return None
    setting = rated.loc[rated["rate_pct"].isin(rates)]
    rated = setting if not setting.empty else rated
    catalog = measures.measures()
    applies, parts, steps = [], [], []
    for r in rated.itertuples():
        m = catalog.loc[catalog["measure_id"] == r.measure_id].iloc[0]
        day = measure_details.day_of(r.effective) or measure_details.day_of(m["effective"])
        if day is None:
            return None
        applies += [day, measure_details.day_of(m["announced"])]
        parts += [d for d in measure_details.effective_days(m) if d and d != day]
        steps.append(f"{r.products}: {r.rate_pct:g}% from {day}")

    def hit(days: list[dt.date | None]) -> bool:
        return any(d is not None and measure_details.within(d, w) for d in days for w in dated)

    if hit(applies) or not hit(parts):
        return None
    return v.Decision(
        Label.UNSUPPORTED,
        f"The tariff table dates these rates ({'; '.join(steps)}); '{dated[0].text}' is the "
        "day another part of the measure took effect.",
    )


def _read_steps(said: Stated, rated: pd.DataFrame) -> tuple[list[float], str]:
    """The claim's rates, a step ("an extra 50%") that is no rate of the measure but is the
    rise from the rate it replaced read as the rate it reached; and a note on those."""

    def near(x: float, c: float) -> bool:
        return abs(x - c) <= v.RATE_POINTS

    rows = rate_rows(rated)  # the table's records, read once per process
    steps = [r for r in rows if r.previous_rate_pct is not None]
    claimed, notes = [], []
    for c in said.rates:
        reached = [r.rate_pct for r in steps if near(r.rate_pct - r.previous_rate_pct, c)]
        is_rate = any(near(r.rate_pct, c) for r in rows)
        if c in said.steps and not is_rate and reached:
            claimed.append(reached[0])
            notes.append(f"{c:g}% is read as the rise from the rate replaced to {reached[0]:g}%.")
        else:
            claimed.append(c)
    return claimed, " ".join(notes)


def _verdict(
    claim: Claim, decision: v.Decision, measure: Verdict, rows: pd.DataFrame, needs: str
) -> Verdict:
    """The decision, no better than the measure check's own (a date a few days off), with
    the measure's evidence and the rows of rates used."""
    label = max(decision.label, measure.verdict, key=_rank)
    rationale = decision.rationale
    if label != decision.label:
        rationale += f" The measure itself: {measure.rationale}"
    evidence = measure.evidence
    if len(rows):
        values = {
            f"{r.measure_id}: {r.products}": _rate_text(r.rate_pct, r.coverage_usd_bn)
            for r in rows.itertuples()
        }
        published = measure.evidence[0].published if measure.evidence else None
        evidence = (*evidence, make_evidence(TABLE, rows.index, values, "rates", published))
    return Verdict(
        claim,
        label,
        rationale,
        "tariff rate",
        evidence,
        needs_text(v.Decision(label, rationale), needs),
        tuple(claim.notes),
    )


def _rank(label: str) -> int:
    """How bad a label is: a not-checkable decision outranks the measure's own."""
    return len(_ORDER) if label == Label.NOT_CHECKABLE else _ORDER.index(Label(label))


def _rate_text(rate: float, coverage: float) -> str:
    parts = [f"{rate:g}%"] if pd.notna(rate) else []
    parts += [f"${coverage:g} bn covered"] if pd.notna(coverage) else []
    return ", ".join(parts)


def _abstained(measure: Verdict, note: str, needs: str | None = None) -> Verdict:
    """The measure's verdict turned not checkable, with `note` said why (and `needs`, what
    would decide it, when given)."""
    extra = {"needs": needs} if needs is not None else {}
    return replace(
        measure,
        verdict=Label.NOT_CHECKABLE,
        rationale=f"{measure.rationale} {note}",
        notes=(*measure.notes, note),
        **extra,
    )
