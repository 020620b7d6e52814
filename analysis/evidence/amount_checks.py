"""The amount check: a tonnage a claim states against a country's (or the world's)
production in the USGS edition public on the article's date, with the rates of change
stated beside it (split from `figure_checks`, which keeps ranks, counts and taxonomy)."""

from __future__ import annotations

import dataclasses
import re

from analysis.analyses import concentration
from analysis.article import claim_words, frames, parties, quantities
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.data import countries, datasets
from analysis.evidence import figure_checks, figure_years, trade_checks, trade_reading
from analysis.evidence import verdicts as v
from analysis.evidence.figure_checks import commodity_of
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import (
    LIST_JOIN,
    Context,
    Verdict,
    make_evidence,
    needs_text,
    sentence_of,
    sentence_span,
)
from analysis.fmt import number
from analysis.vocab import Label

# --- amounts -------------------------------------------------------------------------------

# How far apart a stated tonnage and the tables' may be for "partly supported".
NEAR = 0.10


def _tonnage_years(
    ctx: Context, claim: Claim, frame: Frame
) -> list[tuple[quantities.Quantity, int | None]]:
    """Each tonnage of the claim with the year it is for (`figure_years`: "190,000 MT in
    2018", "up from 210,000 MT the previous year", "in 2023, jumping to 350,000 tonnes"),
    else the claim's year."""
    begin = trade_reading.sentence_start(ctx, claim)
    said = ctx.article.text[begin : claim.end]
    refs = [ctx.article.date(w.date) for w in frame.when]
    spans = [(r.start_char - begin, r.end_char - begin) for r in refs if r.start_char is not None]
    found = list(quantities.tonnages(said, spans))  # the sentence's, to date each one
    default = trade_reading.figure_year(frame, ctx.as_of)
    years = figure_years.figure_years(ctx, begin, said, found, default)
    return [(q, y) for (at, q), y in zip(found, years, strict=True) if at >= claim.start - begin]


def _producer(ctx: Context, claim: Claim, frame: Frame) -> str | None:
    """The country whose output a tonnage is: the actor when it is a place; when the actor
    is not one (a source such as the USGS, a company), the first place the claim's sentence
    names ("With 820,000 tonnes mined, China was the leading producer"), but not one named
    after the claim with a tonnage of its own after it ("X churned out 240,000 tonnes, while
    Myanmar reached 38,000 tonnes": Myanmar's is the 38,000); else a demonym of the
    sentence before the claim's tonnage ("the Vietnamese nation ..., with just 600 tonnes
    produced": round 38, fx38d); else the actor named before ("It mined …"); else None."""
    places = [e for e in ctx.article.entities if e.label == gz.PLACE and e.country]
    start, end = sentence_span(ctx, claim)
    text = ctx.article.text
    named = [
        e
        for e in places
        if start <= e.start < end
        and not (e.start >= claim.end and any(quantities.tonnages(text[e.end : end], [])))
    ]
    if frame.actor_country and any(e.canonical == frame.actor for e in named):
        return frame.actor_country
    if claim_words.patterns()["world_words"].search(claim.text):
        return None  # "global production rose …": the world's, whoever the paragraph is about
    if named:
        return min(named, key=lambda e: e.start).country
    if said := parties.demonym_countries(text[start : claim.start + _first_tonnage(claim)]):
        return said[0]
    if frame.actor_country and any(e.canonical == frame.actor for e in places):
        return frame.actor_country  # named before ("It mined …")
    return None


def _first_tonnage(claim: Claim) -> int:
    """Where the claim's first tonnage starts in it (its end when it has none)."""
    return next((at for at, _ in quantities.tonnages(claim.text, [])), len(claim.text))


def sole_good(ctx: Context) -> tuple[str, ...]:
    """The one mineral every claim of the article names, when there is one: a tonnage in a
    sentence naming none ("Brazil's production rose to 68K tonnes") is of it."""
    named = {g for c in ctx.article.claims if (f := frame_of(c)) for g in f.goods}
    minerals = {g for g in named if commodity_of(g)}
    return tuple(minerals) if len(minerals) == 1 else ()


def _not_output(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's tonnage is of reserves, trade, capacity or demand: its own words
    say so, or, naming no stage of its own and continuing a list of tonnages, the words of
    its sentence before it do (a list cut after its verb: "China exported 8,900 tons of
    metals, 23,000 tons of oxide": the oxide's tonnage is exported too; round 32, fcf32). A
    clause of its own before it ("Although exports slowed, China mined ...") lends nothing
    (review of round 32)."""
    if frames.not_output(claim.text):
        return True
    sentence = sentence_of(ctx, claim)
    lead = sentence[: max(sentence.find(claim.text), 0)]
    items = [at + len(q.text) for at, q in quantities.tonnages(lead, [])]
    listed = bool(items) and bool(claim_words.patterns()["list_item_end"].match(lead[items[-1] :]))
    return listed and frames.stage(claim.text) is None and frames.not_output(lead)


def check_amount(ctx: Context, claim: Claim) -> Verdict | None:
    """'China mined 240,000 tonnes of rare earths in 2022, up from 210,000 tonnes the
    previous year': each tonnage against the country's production (the world's, for
    "worldwide" with no country: `world_words`) in the USGS edition public on the
    article's date, within the figure's bounds (2%, 5% when hedged; partly within 10%).
    A rate of change stated with a tonnage ("rose by 3.5% to 1M tonnes in 2021") is checked
    against the change from the year before in the same edition (`_production_change`)."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    if frame is not None and not frame.goods and any(quantities.tonnages(claim.text, [])):
        frame = dataclasses.replace(frame, goods=sole_good(ctx))
    if frame is None or q is None or not frame.goods:
        return None
    if q.of != quantities.AMOUNT:  # a rate of change first, its tonnage after it
        q = next((t for _, t in quantities.tonnages(claim.text, [])), None)
        if q is None or frame.quantity.of != "growth":
            return None
    commodity = commodity_of(frame.goods[0])
    producer = _producer(ctx, claim, frame)
    world = not producer and bool(claim_words.patterns()["world_words"].search(claim.text))
    if commodity is None or not (producer or world) or _not_output(ctx, claim):
        what = "production" if commodity else f"{frame.goods[0]} production"
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The bundled tables hold countries' {what} by year; this amount is of something "
            "else (reserves, trade, capacity, demand) or of no named country.",
        )
        return Verdict(claim, decision.label, decision.rationale, "production amount")
    # "produced by Japan, Russia and South Korea": the countries listed together, summed
    codes = [] if world else (_listed_countries(ctx, claim) or [producer])
    decisions, evidence = [], []
    tonnages = _tonnage_years(ctx, claim, frame) or [(q, None)]
    rates = _rates(claim.text)
    # "Russia and Ukraine grew by 8% to 27K tonnes and 6% to 17K tonnes, respectively":
    # the n-th figure is the n-th country's
    after = ctx.article.text[claim.start : claim.end + 20]  # ", respectively" may end it
    paired = len(codes) > 1 and bool(_RESPECTIVELY.search(after))
    own = (lambda i: [codes[i]] if i < len(codes) else codes) if paired else (lambda i: codes)
    for i, (figure, year) in enumerate(tonnages):
        decision, found = _produced(ctx, commodity, own(i), figure, year)
        decisions.append((decision, year))
        evidence += found
    for i, (at, rate) in enumerate(rates):
        falls = trade_checks.falls(claim.text[:at], claim.text)
        change = _production_change(ctx, commodity, own(i), rate, falls, decisions[0][1])
        if change is not None:
            decisions.append((change[0], decisions[0][1]))
            evidence += change[1]
    # a figure the edition cannot decide leaves the others to decide
    decided = [d for d, _ in decisions if d.label != Label.NOT_CHECKABLE]
    decision = v.figures_together(decided) if decided else decisions[0][0]
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "production amount",
        tuple(evidence),
        needs_text(decision, f"{commodity} production in {decisions[0][1]}"),
    )


def check_rank_amount(ctx: Context, claim: Claim) -> Verdict | None:
    """A rank and a tonnage the claim gives the ranked producer after it ("China is the
    world's largest producer of antimony at 83,000t in 2023": first, but 83,000 t is the
    world's total, China's is 40,000 t): the rank check (`figure_checks.check_rank`, on the
    claim read as a rank) and the amount check (on the tonnage), decided together
    (`verdicts.figures_together`; round 38, fx38d). Before, the frame read either the rank
    or the tonnage and the other went unchecked. A tonnage with a word of the world's total
    before it ("of the world's output of 83,000t") is not the producer's; a claim whose
    rank or tonnage the tables cannot decide is left to the checks one by one."""
    frame = frame_of(claim)
    said = claim_words.patterns()["rank"].search(claim.text)
    if frame is None or frame.kind not in (frames.RANK, frames.SHARE) or not said:
        return figure_checks.check_rank(ctx, claim)
    after = claim.text[said.end() :]
    figure = next((q for _, q in quantities.tonnages(after, [])), None)
    before = after[: after.find(figure.text)] if figure else ""
    if (
        figure is None
        or not frames.is_rank(claim.text[: said.end()] + before)  # "largest producer"
        or claim_words.patterns()["world_words"].search(before)
    ):
        return figure_checks.check_rank(ctx, claim)
    as_rank = dataclasses.replace(frame, kind=frames.RANK, quantity=None)
    ranked = figure_checks.check_rank(ctx, dataclasses.replace(claim, frame=as_rank))
    if ranked is None or ranked.verdict == Label.NOT_CHECKABLE:
        return figure_checks.check_rank(ctx, claim)
    as_amount = dataclasses.replace(frame, quantity=figure)
    amount = check_amount(ctx, dataclasses.replace(claim, frame=as_amount))
    if amount is None or amount.verdict == Label.NOT_CHECKABLE:
        return figure_checks.check_rank(ctx, claim)
    return together(ranked, amount, claim)


def together(ranked: Verdict, amount: Verdict, claim: Claim) -> Verdict:
    """A rank (or share) verdict and a tonnage verdict of one claim decided together
    (`verdicts.figures_together`), under the rank's rule, with both checks' evidence."""
    decision = v.figures_together(
        [v.Decision(ranked.verdict, ranked.rationale), v.Decision(amount.verdict, amount.rationale)]
    )
    return dataclasses.replace(
        ranked,
        claim=claim,
        verdict=decision.label,
        rationale=decision.rationale,
        evidence=(*ranked.evidence, *amount.evidence),
    )


def tonnage_label(tonnes: float, q: quantities.Quantity) -> tuple[Label, float]:
    """A stated tonnage against the tables' `tonnes`: supported within the figure's bounds,
    partly within `NEAR` (10%), else unsupported; with how far apart they are."""
    inside = (q.low is None or tonnes >= q.low) and (q.high is None or tonnes <= q.high)
    apart = abs(tonnes - (q.value or 0.0)) / tonnes if tonnes else 1.0
    return (
        Label.SUPPORTED if inside else Label.PARTLY if apart <= NEAR else Label.UNSUPPORTED
    ), apart


def _produced(
    ctx: Context, commodity: str, codes: list[str], q: quantities.Quantity, year: int | None
) -> tuple[v.Decision, list]:
    """One tonnage against the production of `codes` (the world total when empty) in
    `year`, in the USGS edition public on the article's date."""
    series = concentration.series_for(commodity)
    edition = concentration.edition_as_of(commodity, ctx.as_of, year)
    table = datasets.load(series["table"])
    label = next(
        (e["source_edition"] for e in datasets.editions(series["table"]) if e["id"] == edition),
        None,
    )
    country = " + ".join(countries.name(c) for c in codes) if codes else "the world"
    where = (
        table["country"].map(lambda n: countries.iso3(str(n))).isin(codes)
        if codes
        else table["country"] == concentration.WORLD
    )
    row = table.loc[
        (table["commodity"] == commodity)
        & where
        & (table["year"] == year)
        & (table["source_edition"] == label)
        & table["value"].notna()
    ]
    if row.empty or row["country"].nunique() < max(len(codes), 1):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"No {commodity} production of {country} for {year} in the USGS edition public "
            f"by {ctx.as_of} ({label or 'none yet'}).",
        )
        return decision, []
    row = row.drop_duplicates("country")
    found = row.iloc[0]
    scale = 1000 if str(found["unit"]) == "kg" else 1
    tonnes = float(row["value"].astype(float).sum()) / scale
    verdict, apart = tonnage_label(tonnes, q)
    parts = (
        " ("
        + ", ".join(f"{r.country} {number(float(r.value) / scale)} t" for r in row.itertuples())
        + ")"
        if len(row) > 1
        else ""
    )
    decision = v.Decision(
        verdict,
        f"{label}: {country} produced {number(tonnes)} t of {commodity} in {year}{parts} "
        f"({series['measure']}); the claim says {q.text} ({apart:.1%} apart).",
    )
    evidence = make_evidence(
        series["table"],
        row.index,
        {
            "value": float(row["value"].astype(float).sum()),
            "unit": found["unit"],
            "year": year,
            "edition": label,
        },
        f"{country}, {commodity}, {series['measure']}, {year}",
        concentration.released(commodity, edition) if edition else None,
    )
    return decision, [evidence]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _rates(text: str) -> list[tuple[int, quantities.Quantity]]:
    """The rates of change a claim states ("rose by 3.5%", "up 4%"), with where."""
    return [(at, q) for at, q in quantities.figures(text, []) if q.unit == "%" and q.of == "growth"]


def _production_change(
    ctx: Context,
    commodity: str,
    codes: list[str],
    rate: quantities.Quantity,
    falls: bool,
    year: int | None,
) -> tuple[v.Decision, list] | None:
    """A stated rate of change of production against the change from the year before to
    `year` in the edition public on the article's date: within `trade_checks.CHANGE_POINTS`
    supported, within `CHANGE_NEAR_POINTS` partly, else unsupported; None when that edition
    lacks either year (the tonnage decides alone)."""
    if year is None:
        return None
    levels, evidence = [], []
    probe = quantities.Quantity("", 0.0, "t", quantities.AMOUNT, "", None, None)
    for y in (year - 1, year):
        _, found = _produced(ctx, commodity, codes, probe, y)
        if not found:
            return None
        levels.append(float(found[0].values["value"]))
        evidence += found
    if not levels[0]:
        return None
    change = (levels[1] - levels[0]) / levels[0] * 100
    sign = -1 if falls else 1
    gap = abs(sign * (rate.value or 0.0) - change)
    label = (
        Label.SUPPORTED
        if gap <= trade_checks.CHANGE_POINTS
        else Label.PARTLY
        if gap <= trade_checks.CHANGE_NEAR_POINTS
        else Label.UNSUPPORTED
    )
    said = f"{sign * (rate.value or 0.0):+.1f}%"
    return v.Decision(
        label,
        f"Production went from {number(levels[0])} to {number(levels[1])} "
        f"({year - 1} to {year}): {change:+.1f}% (the claim: {said}).",
    ), evidence


def _listed_countries(ctx: Context, claim: Claim) -> list[str]:
    """The countries a claim lists together ("Japan, Russia and South Korea"), as ISO
    codes, when it lists two or more; else []."""
    text = ctx.article.text
    places = sorted(
        (e for e in (ctx.article.entity(i) for i in claim.entities) if e.label == gz.PLACE),
        key=lambda e: e.start,
    )
    run: list = []
    for e in places:
        if run and not LIST_JOIN.fullmatch(text[run[-1].end : e.start]):
            if len(run) > 1:
                break
            run = []
        if e.country:
            run.append(e)
    codes = list(dict.fromkeys(e.country for e in run))
    return codes if len(codes) > 1 and _LIST_END.search(text[run[0].end : run[-1].start]) else []


_LIST_END = re.compile(r"\band\b")
