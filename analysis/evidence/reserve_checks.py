"""Checkers of claims about reserves: a country's share of world reserves, its rank among
the holders of reserves, and a tonnage of its reserves, in the newest USGS edition out by
the article's date."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd

from analysis.analyses import concentration
from analysis.article import claim_words, frames, quantities
from analysis.article.claims import Claim
from analysis.article.gazetteer import PLACE
from analysis.data import countries, datasets
from analysis.evidence import amount_checks
from analysis.evidence import verdicts as v
from analysis.evidence.figure_checks import (
    among_limit,
    behind_only,
    behind_only_holds,
    commodity_of,
)
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import (
    Context,
    Verdict,
    make_evidence,
    needs_text,
    sentence_of,
    sentence_span,
)
from analysis.fmt import number
from analysis.vocab import Label


def _editions(ctx: Context, commodity: str) -> tuple[str, pd.DataFrame, list[str]]:
    """The reserves table of a commodity, its rows with figures, and the editions with
    those figures released by the article's date, oldest first."""
    table = "rare_earths_reserves" if commodity == "rare earths" else "critical_minerals_reserves"
    rows = datasets.load(table)
    rows = rows.loc[(rows["commodity"] == commodity) & rows["value"].notna()]
    out = [
        e["source_edition"]
        for e in datasets.editions(table)
        if ctx.as_of is None or ((day := datasets.released(table, e["id"])) and day <= ctx.as_of)
    ]
    return table, rows, [e for e in out if (rows["source_edition"] == e).any()]


def check_reserves(ctx: Context, claim: Claim) -> Verdict | None:
    """'China holds a third of the world's rare-earth reserves': its share of world
    reserves in the newest USGS edition out by the article's date (within the figure's
    bounds: supported; within 5 points of them: partly)."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    if frame is None or q is None or q.of != "reserves" or not frame.goods:
        return None
    commodity = commodity_of(frame.goods[0])
    if commodity is None or not frame.actor_country or (q.low is None and q.high is None):
        return None
    table, rows, out = _editions(ctx, commodity)
    country = countries.name(frame.actor_country)
    if not out:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"No USGS edition with {commodity} reserves was out by then."
        )
        return Verdict(claim, decision.label, decision.rationale, "share of reserves")
    mine = rows.loc[rows["source_edition"] == out[-1]]
    own = mine.loc[mine["country"] == country]
    world = mine.loc[mine["country"] == concentration.WORLD]
    if own.empty or world.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"{out[-1]} gives no {commodity} reserves for {country}."
        )
        return Verdict(claim, decision.label, decision.rationale, "share of reserves")
    share = float(own["value"].iloc[0]) / float(world["value"].iloc[0]) * 100
    low, high = q.low if q.low is not None else 0.0, q.high if q.high is not None else 100.0
    gap = max(low - share, share - high, 0.0)
    label = Label.SUPPORTED if gap == 0 else Label.PARTLY if gap <= 5 else Label.UNSUPPORTED
    decision = v.Decision(
        label,
        f"{out[-1]}: {country} holds {share:.0f}% of world {commodity} reserves "
        f"({number(float(own['value'].iloc[0]))} of {number(float(world['value'].iloc[0]))} "
        f"{own['unit'].iloc[0]}); the claim says {q.text} (read as {low:g}–{high:g}%).",
    )
    evidence = make_evidence(
        table,
        [*own.index, *world.index],
        {"share_pct": round(share, 1), "edition": out[-1]},
        f"{country}, {commodity} reserves",
        datasets.released(table, out[-1]),
    )
    return Verdict(claim, decision.label, decision.rationale, "share of reserves", (evidence,))


_ORDINAL = re.compile(
    r"\b(second|third|fourth|fifth|sixth|\d(?:nd|rd|th))[- ](?:largest|biggest)", re.I
)


def _sentence_holder(ctx: Context, claim: Claim, whole: bool = False) -> str | None:
    """The one country the rest of the claim's sentence names (the whole sentence when
    `whole`), for a claim that names none ("Despite hosting the world's third largest
    reserves, ... remain a challenge for India"); None when it names none or several."""
    start, end = sentence_span(ctx, claim)
    begin = start if whole else claim.end
    found = {
        e.country
        for e in ctx.article.entities
        if e.country and begin <= e.start < end and not e.generic
    }
    return found.pop() if len(found) == 1 else None


def _ranked(
    rows: pd.DataFrame, edition: str, holder: str
) -> tuple[pd.DataFrame, list[str], int | None]:
    """An edition's reserve holders, largest first, their codes in that order, and the
    holder's place among them (None when it is not listed)."""
    mine = rows.loc[rows["source_edition"] == edition]
    held = mine.assign(code=mine["country"].map(lambda n: countries.iso3(str(n))))
    held = held.loc[held["code"].notna()].sort_values("value", ascending=False)
    order = list(dict.fromkeys(held["code"]))
    return held, order, order.index(holder) + 1 if holder in order else None


def _moved(
    claim: Claim,
    moved: re.Match[str],
    editions: tuple[str, pd.DataFrame, list[str]],
    holder: str,
    commodity: str,
) -> Verdict:
    """A rank moved between editions ("moved Vietnam from second position ... down to
    6th"): the place after the move in the newest edition out by the article's date, and the
    place before it in the edition before that one."""
    table, rows, out = editions
    before, after = (v.ordinal(moved.group(g)) for g in ("before", "after"))
    if len(out) < 2:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim tells a place in {commodity} reserves that moved between editions; "
            "only one edition with them was out by then.",
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of reserves")
    now, then = _ranked(rows, out[-1], holder), _ranked(rows, out[-2], holder)
    fits = now[2] == after and then[2] == before
    name = countries.name(holder)
    decision = v.Decision(
        Label.SUPPORTED if fits else Label.UNSUPPORTED,
        f"{name} holds place {then[2] or 'none'} in {commodity} reserves in {out[-2]} and "
        f"place {now[2] or 'none'} in {out[-1]}; the claim gives a move from place {before} "
        f"to place {after}.",
    )
    evidence = make_evidence(
        table,
        [*then[0].head(max(before or 0, 3)).index, *now[0].head(max(after or 0, 3)).index],
        {"editions": [out[-2], out[-1]]},
        f"{commodity} reserves by country, two editions",
        datasets.released(table, out[-1]),
    )
    return Verdict(claim, decision.label, decision.rationale, "rank of reserves", (evidence,))


def check_reserve_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China holds the world's largest rare-earth reserves', 'the third-largest
    reserves': the actor's place among the countries with reserves in the newest USGS
    edition out by the article's date (the place the claim gives, first by default)."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    pats = claim_words.patterns()
    stated = pats["rank_place"].search(claim.text)
    if frame is None or (q and q.unit == "%"):
        return None
    first = behind_only(ctx, claim)  # "Vietnam trails only China" after "In rare earth reserves,"
    if first == ():
        return None  # whom it trails is not named
    said = claim.text if first is None else sentence_of(ctx, claim)
    ranks = pats["rank"].search(claim.text) or stated or first is not None
    if not (claim_words.RESERVES.search(said) and ranks):
        return None
    if not frame.goods:  # "Brazil ranks second, with 21 million tonnes of reserves"
        frame = dataclasses.replace(frame, goods=amount_checks.sole_good(ctx))
    if not frame.goods:
        return None
    commodity = commodity_of(frame.goods[0])
    if commodity is None:
        return None
    table, rows, out = _editions(ctx, commodity)
    named = {c for e in claim.entities if (c := ctx.article.entity(e).country)}
    holder = frame.actor_country if frame.actor_country in named else _sentence_holder(ctx, claim)
    if not out or holder is None:
        # a holder only read from earlier sentences is a guess: the claim, or the rest of
        # its sentence ("Despite hosting the third largest reserves, ... for India"), must
        # name it
        why = "the claim does not name who holds them" if out else "no edition was out by then"
        decision = v.Decision(Label.NOT_CHECKABLE, f"A rank of {commodity} reserves: {why}.")
        return Verdict(claim, decision.label, decision.rationale, "rank of reserves")
    held, order, rank = _ranked(rows, out[-1], holder)
    if moved := pats["rank_moved"].search(claim.text):  # "from second ... down to 6th"
        # the country moved is the place named last before "from" ("moved Vietnam from")
        places = [
            e.country
            for x in claim.entities
            if (e := ctx.article.entity(x)).label == PLACE
            and e.country
            and e.end <= claim.start + moved.start()
        ]
        return _moved(claim, moved, (table, rows, out), places[-1] if places else holder, commodity)
    m = _ORDINAL.search(claim.text)
    limit = among_limit(claim.text)  # "one of the largest": AMONG_TOP; "the top three": 3
    among = limit is not None
    place = (
        (v.ordinal(m.group(1)) or 1)
        if m
        else (v.ordinal(stated.group("place")) or 1)
        if stated
        else 1
    )
    if first is not None:  # "second only to China": place 2, behind the parties named
        place, m, among = len(first) + 1, None, False
        fits = behind_only_holds(first, order, rank)
    else:
        fits = rank is not None and (rank <= (limit or 0) if among and not m else rank == place)
    label = Label.SUPPORTED if fits else Label.UNSUPPORTED
    top = ", ".join(
        f"{i}. {r.country} ({number(float(r.value))} {r.unit})"
        for i, r in enumerate(held.head(max(place, rank or 0, 3)).itertuples(), 1)
    )
    decision = v.Decision(
        label,
        f"{out[-1]}: {countries.name(holder)} holds place {rank or 'none'} in {commodity} "
        "reserves "
        f"({top}); the claim gives "
        + (f"a place among the first {limit}." if among and not m else f"place {place}."),
    )
    evidence = make_evidence(
        table,
        held.head(max(place, 3)).index,
        {"edition": out[-1]},
        f"{commodity} reserves by country",
        datasets.released(table, out[-1]),
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "rank of reserves",
        (evidence,),
        needs_text(decision, f"{commodity} reserves by country"),
    )


def _reserve_tonnage(ctx: Context, claim: Claim) -> quantities.Quantity | None:
    """The tonnage a claim gives of reserves: its first tonnage, when the claim names
    reserves, or, split off its sentence ("China has the highest reserves ... at 44 million
    MT"), when the sentence before it does. A claim naming a stage or another stock or flow
    too ("holds reserves and mined 240,000 tonnes", "exported 50,000 tonnes, although its
    reserves ...": `not_output` words) or a stock held (`stock_reserves`: "the Strategic
    Reserve holds 2,000 tonnes") is left alone."""
    figure = next((q for _, q in quantities.tonnages(claim.text, [])), None)
    other = frames.not_output(claim_words.RESERVES.sub("", claim.text))
    if figure is None or other or frames.stage(claim.text) is not None:
        return None
    sentence = sentence_of(ctx, claim)
    lead = sentence[: max(sentence.find(claim.text), 0)]
    said = claim_words.RESERVES.search(claim.text) or claim_words.RESERVES.search(lead)
    stock = claim_words.patterns()["stock_reserves"].search(lead + claim.text)
    return figure if said and not stock else None


def _held(ctx: Context, claim: Claim, figure: quantities.Quantity) -> Verdict | None:
    """A tonnage of reserves against the holder's reserves in the newest USGS edition out
    by the article's date, with the production amount's tolerances (within the figure's
    bounds supported, within 10% partly, else unsupported); None when the claim names no
    mineral of the tables. The holder is the actor when the claim names it as a place, else
    the first place the claim names, else the one country of its sentence, else the world
    for `world_words` ("Global rare earth reserves total 110 million tonnes")."""
    frame = frame_of(claim)
    if frame is None:
        return None
    goods = frame.goods or amount_checks.sole_good(ctx)
    commodity = commodity_of(goods[0]) if goods else None
    if commodity is None:
        return None
    # a source ("The USGS revised Vietnam's reserves to ...") is never the holder
    places = [e for x in claim.entities if (e := ctx.article.entity(x)).label == PLACE]
    named = [e.country for e in sorted(places, key=lambda e: e.start) if e.country]
    holder = (
        frame.actor_country
        if frame.actor_country in named
        else named[0]
        if named
        else _sentence_holder(ctx, claim, whole=True)
    )
    world = holder is None and bool(claim_words.patterns()["world_words"].search(claim.text))
    name = countries.name(holder) if holder else concentration.WORLD if world else None
    shown = "the world" if world else name
    table, rows, out = _editions(ctx, commodity)
    own = rows.loc[
        (rows["source_edition"] == (out[-1] if out else None)) & (rows["country"] == name)
    ]
    if own.empty:
        why = (
            "no edition with them was out by then"
            if not out
            else "the claim does not name who holds them"
            if name is None
            else f"{out[-1]} gives none for {shown}"
        )
        decision = v.Decision(Label.NOT_CHECKABLE, f"A tonnage of {commodity} reserves: {why}.")
        return Verdict(claim, decision.label, decision.rationale, "reserves amount")
    unit = str(own["unit"].iloc[0])
    tonnes = float(own["value"].iloc[0]) / (1000 if unit == "kg" else 1)
    label, apart = amount_checks.tonnage_label(tonnes, figure)
    decision = v.Decision(
        label,
        f"{out[-1]}: {shown} holds {number(tonnes)} t of {commodity} "
        f"reserves ({unit}); the claim says {figure.text} ({apart:.1%} apart).",
    )
    evidence = make_evidence(
        table,
        own.index,
        {"value": float(own["value"].iloc[0]), "unit": unit, "edition": out[-1]},
        f"{shown}, {commodity} reserves",
        datasets.released(table, out[-1]),
    )
    return Verdict(claim, decision.label, decision.rationale, "reserves amount", (evidence,))


def check_reserve_amount(ctx: Context, claim: Claim) -> Verdict | None:
    """'Vietnam has 22 million tonnes of rare-earth reserves': the tonnage against the
    holder's reserves (`_held`); with a rank or a share of reserves too ("Brazil's
    reserves of 21 million tonnes are the third largest", "58% of the world's reserves at
    2.3 million tons"), both decided together (`verdicts.figures_together`), as
    `amount_checks.check_rank_amount` does for producers; a figure the tables cannot
    decide leaves the other to decide."""
    figure = _reserve_tonnage(ctx, claim)
    amount = _held(ctx, claim, figure) if figure is not None else None
    if amount is None:
        return None
    ranked = check_reserve_rank(ctx, claim) or check_reserves(ctx, claim)
    if ranked is None or ranked.verdict == Label.NOT_CHECKABLE:
        return amount
    if amount.verdict == Label.NOT_CHECKABLE:
        return ranked
    return amount_checks.together(ranked, amount, claim)
