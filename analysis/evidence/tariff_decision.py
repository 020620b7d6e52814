"""The tariff checker's decision on a measure's rows of `tariff_rates` (part of `tariff_checks`):
the rows on the goods a claim names (`rows_for`), the step or the day a rate applies from
(`on_step`, `off_part_day`), the rate and coverage decisions and the worst of them
(`decide`), and the verdict, no better than the measure check's own (`verdict`,
`abstained`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd

from analysis.analyses import measures
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.data import countries, goods
from analysis.evidence import measure_details
from analysis.evidence import verdicts as v
from analysis.evidence.model import Verdict, make_evidence, needs_text
from analysis.evidence.rate_named import TABLE, rate_rows  # the table, read once
from analysis.evidence.tariff_stated import Stated
from analysis.vocab import Label

_ORDER = (Label.SUPPORTED, Label.PARTLY, Label.MISLEADING, Label.UNSUPPORTED)


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


def decide(
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
    read = measures.columns_of(table, "products", "rate_pct", "coverage_usd_bn")
    on = "; ".join(f"{products}: {_rate_text(r, c)}" for products, r, c in read)
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


def verdict(
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
        read = measures.columns_of(rows, "measure_id", "products", "rate_pct", "coverage_usd_bn")
        values = {f"{mid}: {products}": _rate_text(r, c) for mid, products, r, c in read}
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


def abstained(measure: Verdict, note: str, needs: str | None = None) -> Verdict:
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
