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
  the actor makes ("by 15 percent") is not checkable, a rate stated with such a running
  total and no change of it ("25 percent tariffs on about $250 billion") is judged
  against the summed lists' rates when every list sets it (round 33, cov33; a range, "10
  to 25 percent", when every list sets a rate within it and each end is set: round 34,
  fx34t), and a claim
  that states a rate is otherwise not checkable. A claim the measure check does not find
  right is left to it.
- **which rows**: the measure's rows on the goods the claim names (a row on all goods
  covers any); a measure with a single rate sets it on all its products when the catalog
  says it covers those goods. Goods with no row: not checkable.
- **the decision**: `verdicts.decide_tariff_rates` (rates within half a point) and
  `verdicts.decide_tariff_coverage` (within 10%, partly within 25%); the worst of these and
  of the measure check's verdict.

Its parts: the figures a claim states (`tariff_stated`), which measure they point to
(`tariff_match`), and the decision on that measure's rows (`tariff_decision`).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, presupposed
from analysis.article.claims import Claim
from analysis.article.frames import MEASURE, Frame
from analysis.article.quantities import TARIFF
from analysis.evidence import (
    catalog_scope,
    coverage_sums,
    frame_checks,
    measure_candidates,
    measure_dates,
    measure_details,
    tariff_decision,
    tariff_match,
    tariff_sides,
)
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, Verdict
from analysis.evidence.rate_named import rates_table  # the table, read once
from analysis.evidence.tariff_stated import Stated, stated
from analysis.vocab import Label


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
    narrowed = measure_candidates.narrowed(ctx, frame, claim)
    sides: list[str] = []  # the measures of both sides, for rates that are the two sides'
    sum_of = ""  # the note of a coverage that is a sum of the actor's lists at the rate stated
    total = said.rates and claim_words.patterns()["rate_total"].search(claim.text)
    # "the total tariff charged on cars would be as high as 50 percent": a sum of duties,
    # unless the table records the total ("from 145% to 30%": the US duties together)
    together = tariff_match.totals(narrowed.singled) if total else pd.DataFrame()
    # "fell from 145% to 40%": refuted when the measure the measure check matched records
    # its duties together (not "set a 34% tariff, a combined total of 54%": it records none)
    wrong = tariff_match.wrong_total(said, together) if len(together) else None
    matched = next(iter(measure.evidence[0].values), None) if measure.evidence else None
    recorded = wrong and matched in set(together["measure_id"])
    # a rate told as a part of the total ("this total includes tariffs of about 25%":
    # `count_parts`) is one of the duties it adds up, which no row of them together sets
    part = claim_words.patterns()["count_parts"].search(claim.text)
    if total and (together.empty or part or (wrong and not recorded)):
        note = "The claim's rate is a total over several duties, which no one measure sets."
        return tariff_decision.abstained(measure, note, "the duties the total adds up")
    if wrong:
        return tariff_decision.verdict(claim, wrong, measure, together, "the duties together")
    # singled out by dates or goods ("Chinese" in a measure's title is no party named)
    by_goods = narrowed.identified and bool(catalog_scope.catalogued_goods(frame))
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
            if unset := tariff_match.rate_of_none(period, narrowed.base, said, dated):
                return tariff_decision.abstained(
                    measure, f"{note} {unset}", "the measure that sets the rate"
                )
            return replace(measure, notes=(*measure.notes, note))
        if dated and not coarse:
            # several measures of the day the claim names ("a 34% tariff, effective April
            # 10", when a raise to 84% took effect that day too): the rates it states
            # choose among them
            ids = tariff_match.same_day_choice(
                ids, measure_dates.date_hits(narrowed.base, dated), said
            )
        whole = not tariff_sides.own_goods(frame, claim.text)  # a level on all goods
        if tariff_match.two_sided(said, ids, claim.text):  # "in May ... the 30% and 10% tariffs"
            days = [d for w in dated for d in (w.start, w.end or w.start) if d]
            period = (min(days), max(days)) if days else None
            sides = tariff_sides.both_sides(
                frame.actor_country, ctx.as_of, said.rates, period, said.owners, whole
            )
            ids = sides or ids
    else:
        ids = tariff_match.by_figures(narrowed.singled, said)
        ids = ids or tariff_match.by_replaced(
            narrowed.singled, said, claim.text
        )  # "from 34% to 80%"
        if not ids and (lists := _rated_sum(ctx, frame, claim, said)):
            # "25 percent tariffs on about $250 billion": Lists 1-3, each at the rate
            sum_of = coverage_sums.sum_note(said.coverage_bn or 0.0, *lists)
            ids, said = list(lists[1]), replace(said, coverage_bn=None)
        whole = not tariff_sides.own_goods(frame, claim.text)  # a level on all goods
        if not ids and tariff_match.two_sided(said, ids, claim.text):  # "the 30% and 10% tariffs"
            ids = sides = tariff_sides.both_sides(
                frame.actor_country, ctx.as_of, said.rates, owners=said.owners, whole=whole
            )
        if ids and (
            change := tariff_match.change_unmatched(
                claim.text, said, ids, tariff_match.issued_by(frame.actor_country, ctx.as_of)
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
                return tariff_decision.abstained(measure, note, "the trade the measure covers")
            coverage_only = said.coverage_bn is not None and not (said.rates or said.replaced)
            tied = claim_words.patterns()["coverage_stated"].search(claim.text)
            if coverage_only and frame.action == "tariff" and tied:
                # "tariffs on $360 billion": a sum of the actor's lists the table gives,
                # or a figure it does not hold ("on $75 million"), which is not decided
                total = coverage_sums.summed(frame.actor_country, ctx.as_of, said.coverage_bn)
                if total is None:
                    return tariff_decision.abstained(measure, note, "the trade the measure covers")
                summed = coverage_sums.sum_note(said.coverage_bn, *total)
                catalog = measures.measures()
                lists = catalog.loc[catalog["measure_id"].isin(total[1])]
                evidence = (measure_details.measure_evidence(lists),)
                return replace(measure, evidence=evidence, notes=(*measure.notes, summed))
            cut = (
                said.rates
                and frame.action == "relaxation"
                and tariff_match.cut_by(frame, claim.text)
            )
            if cut and not tariff_match.relaxed(narrowed.singled, said):
                # "will reduce tariffs by 15 percent": the size of a cut none of the
                # actor's relaxations makes is not decided by their existence
                return tariff_decision.abstained(measure, note, "the size of the cut")
            if not (said.rates or said.replaced) or not rate:
                # a suspension's figure ("companies at least 50% owned") is no tariff rate
                return replace(measure, notes=(*measure.notes, note))
            if frame.action == "relaxation" and tariff_match.relaxed(narrowed.singled, said):
                # the points a relaxation takes off a duty ("suspended its 24% tariff"):
                # the relaxation's own figure, not an unmatched rate
                return replace(measure, notes=(*measure.notes, note))
            # a rate no tariff measure of the actor sets with the coverage stated: the
            # claim's own figure is unchecked, and the actor's kind of measure alone does
            # not stand for it ("approved a reduced rate of 10% for the others")
            return tariff_decision.abstained(measure, note)
    table = rates_table()
    rows = table.loc[table["measure_id"].isin(ids)]
    if rows.empty:
        return measure  # no rates recorded for the measure: its verdict stands
    catalog = measures.measures()
    chosen = catalog.loc[catalog["measure_id"].isin(ids)]
    measure = replace(measure, evidence=(measure_details.measure_evidence(chosen),))
    titles = "; ".join(f"'{t}'" for t in chosen["title"])
    on = tuple(g for own in chosen["goods"] for g in own)
    decision, used = tariff_decision.decide(rows, frame, said, titles, on)
    if sides:
        note = (
            "The claim's words put each rate on one side: each is read as the other side's."
            if said.owners
            else "The claim names no side: its rates are read as the two sides' own."
        )
        decision = v.Decision(decision.label, f"{decision.rationale} {note}")
    if sum_of:
        decision = v.Decision(decision.label, f"{decision.rationale} {sum_of}")
    return tariff_decision.verdict(claim, decision, measure, used, "the measure's rates")


def _rated_sum(
    ctx: Context, frame: Frame, claim: Claim, said: Stated
) -> tuple[float, tuple[str, ...]] | None:
    """The actor's lists a tariff claim stating rates and the trade they cover ("maintains
    25 percent tariffs on about $250 billion"), and no change of them, means together: a
    running total of their coverage whose every list sets every rate
    (`coverage_sums.rated_sum`); None for a change ("would be raised to 30 percent", "lower
    the 25 percent tariffs"), which the lists' present rates do not decide."""
    p = claim_words.patterns()
    text = claim.text
    if (
        frame.action != "tariff"
        or said.coverage_bn is None
        or said.replaced
        or not p["coverage_stated"].search(text)
        or p["tariff_raises"].search(text)
        or p["tariff_cuts"].search(text)
    ):
        return None
    return coverage_sums.rated_sum(
        frame.actor_country, ctx.as_of, said.coverage_bn, said.rates, said.ranges
    )
