"""Checkers that read a claim's figures from its frame: ranks of producers (counts of Entity
List additions are in `count_checks`, ranks and shares among US import sources in
`import_checks`, taxonomy in `taxonomy_checks`, trade figures in `trade_checks`, production
tonnages in `amount_checks`, reserves in `reserve_checks`).

Each takes the context and a claim, returns a Verdict when its kind of frame applies (else
None), and decides by an explicit rule:

- **rank**: the actor's place among producers in the newest USGS edition public by then.
- **count**: entries an Entity List rule added, against the rule of the claim's date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.analyses import concentration, stages
from analysis.article import claim_words
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.date_patterns import NUMBERS
from analysis.article.frames import RANK
from analysis.data import countries, datasets, goods
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import (
    LIST_JOIN,
    STALE_YEARS,
    Context,
    Verdict,
    claim_dates,
    make_evidence,
    needs_text,
    sentence_span,
)
from analysis.fmt import is_missing
from analysis.vocab import Label

# --- rank ----------------------------------------------------------------------------------


_OWNED = re.compile(r"['’]s\s+([A-Z][\w&.-]+)")
PLACE = re.compile(
    r"\b(second|third|fourth|fifth|\d(?:nd|rd|th))[- ](?:largest|biggest|top|leading)", re.I
)


# The last place that still counts as "one of the largest" ("holds some of the world's
# largest reserves", "one of the biggest producers"): the first five.
AMONG_TOP = 5


def among_limit(text: str) -> int | None:
    """The last place a rank among the first few allows: N of "the top N" ("one of the top
    three producers", "a top-five producer": `rank_top_n`), else `AMONG_TOP` after
    `rank_among` words ("one of the largest") or `rank_major` ones ("a major producer");
    None when the claim gives one place."""
    pats = claim_words.patterns()
    top = pats["rank_top_n"].search(text)
    if top:
        n = top.group("n").lower()
        return int(n) if n.isdigit() else NUMBERS[n]
    among = pats["rank_among"].search(text) or pats["rank_major"].search(text)  # "a major"
    return AMONG_TOP if among else None


def check_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China is the largest producer of X': the actor's rank in the newest USGS edition
    public by the article's date."""
    frame = frame_of(claim)
    if frame is None or frame.kind != RANK or not frame.goods:
        return None
    commodity = commodity_of(frame.goods[0])
    ranked = ranked_country(ctx, claim)
    if commodity is None or ranked is None:
        return None
    # a company named before the rank word is what is ranked ("Canada's Teck is the biggest")
    said = claim_words.patterns()["rank"].search(claim.text)
    upto = claim.start + (said.start() if said else len(claim.text))
    named = [ctx.article.entity(e) for e in claim.entities]
    text = ctx.article.text
    firm = next(
        (
            e.text if e.kind == "company" else text[e.start : e.end + 2] + m.group(1)
            for e in named
            if e.start < upto
            and (
                e.kind == "company"
                # "Belgium's Umicore": what the country owns is ranked, not the country
                or (e.label == gz.PLACE and (m := _OWNED.match(text, e.end)))
            )
        ),
        None,
    )
    region = claim_words.patterns()["regional_rank"].search(claim.text)
    if firm or region:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim ranks {'a company, ' + firm if firm else 'producers ' + region.group()}"
            "; the bundled tables rank countries' output in the world.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            (),
            needs_text(decision, f"{commodity} output by company or region"),
        )
    main_stage = concentration.series_for(commodity, concentration.MAIN)["stage"]
    ranked_stages = (None, main_stage, stages.PRODUCTION)  # "second only to China in production"
    stages_said = [k for k, p in claim_words.patterns()["stages"].items() if p.search(claim.text)]
    if frame.stage not in ranked_stages and not set(stages_said) & set(ranked_stages):
        if held := _majority_at(ctx, claim, commodity, frame.stage, ranked):
            return held  # "the world's top processor": over half of that stage
        # "second only to China in rare earth refining": the tables rank one stage only ("the
        # largest producer and refiner" names one they rank)
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim ranks {commodity} {frame.stage}; the bundled tables rank countries' "
            f"{commodity} {main_stage} only.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            (),
            needs_text(decision, f"{commodity} {frame.stage} by country"),
        )
    dates = claim_dates(ctx, claim)
    said_year = dates[-1].end.year if dates else None  # "second only to China ... in 2023"
    edition = concentration.edition_as_of(commodity, ctx.as_of, said_year)
    if edition is None:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"No USGS edition on {commodity} was public by {ctx.as_of}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    shares = concentration.country_shares(commodity, "main", edition)
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    if shares.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"{edition} gives no country shares of {commodity}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    # the year the claim states when the edition has it, else the edition's latest; a year
    # the claim itself dates its rank to that the tables do not rank (before their first,
    # or skipped) is not checkable (review of round 37, fixed in round 38, fx38e)
    held = set(shares["year"].astype(int))
    dated = own_year(ctx, claim)
    if dated is not None and dated not in held and dated < max(held):
        decision = v.Decision(Label.NOT_CHECKABLE, _unranked_year(commodity, dated, ctx.as_of))
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            needs=needs_text(decision, f"{commodity} output by country in {dated}"),
        )
    year = said_year if said_year in held else max(held)
    last = shares.loc[shares["year"] == year].sort_values("share_pct", ascending=False)
    excluded = left_out(ctx, claim)
    last = last.loc[~last["country"].map(lambda c: countries.iso3(str(c)) in excluded)]
    order = [countries.iso3(str(name)) for name in last["country"]]
    rank = order.index(ranked) + 1 if ranked in order else None
    top = last.iloc[0]
    # "the second-largest producer": the place the claim gives, else first
    m = PLACE.search(claim.text)
    place = (v.ordinal(m.group(1)) or 1) if m else 1
    limit = None if m else among_limit(claim.text)  # "one of the top three producers"
    first = behind_only(ctx, claim)
    if first == ():
        return None  # "behind only the world leader": whom it trails is not named
    if first is not None:  # "second only to China": place 2, China first
        place, holds = len(first) + 1, behind_only_holds(first, order, rank)
    elif limit is not None:
        holds = rank is not None and rank <= limit
    else:
        holds = rank == place
    if not holds and first is None and claim_words.patterns()["rank_major"].search(claim.text):
        why = f"{countries.name(ranked)} ranked {rank or 'nowhere'} ({edition}); no place is set"
        return Verdict(claim, Label.NOT_CHECKABLE, why, "rank of producers")  # none to refute
    denied = claim_words.patterns()["rank_negation"].search(claim.text[: said.end() if said else 0])
    label = Label.SUPPORTED if holds != bool(denied) else Label.UNSUPPORTED  # "is not the largest"
    outside = f"outside {', '.join(countries.name(c) for c in excluded)}, " if excluded else ""
    rationale = (
        f"In {edition}, {outside}{top['country']} was the largest producer of {commodity} in "
        f"{year} ({top['share_pct']:.0f}% of the world total)"
        + ("." if rank == 1 else f"; {countries.name(ranked)} ranked {rank or 'nowhere'}.")
        + (
            f" The claim gives a place among the first {limit}."
            if limit is not None and first is None
            else f" The claim gives place {place}."
            if place != 1
            else ""
        )
    )
    rows = [int(r) for r in last["row"].head(3)]
    evidence = (
        make_evidence(
            concentration.series_for(commodity, "main")["table"],
            rows,
            {"year": year, "edition": edition},
            "largest producers",
            concentration.released(commodity, edition),
        ),
    )
    return Verdict(claim, label, rationale, "rank of producers", evidence)


def own_year(ctx: Context, claim: Claim) -> int | None:
    """The last year of the claim's own dates ("In 1985, the United States was ...", "in the
    1980s"), not one its sentence gives elsewhere ("has not mined tungsten since 2015, and
    China dominates ...") nor the start of a period it holds since ("since 2015"); else None."""
    frame = frame_of(claim)
    since = {w.date for w in frame.when if w.role == "since"} if frame else set()
    own = [ctx.article.date(d) for d in claim.dates if d not in since]
    years = [d.end.year for d in own if d.resolved]
    return years[-1] if years else None


def _unranked_year(commodity: str, year: int, day: dt.date | None) -> str:
    """Why a rank dated `year` is not checked: the years of countries' output the editions
    public by `day` hold begin after it ("In 1985, the United States was the largest
    producer"), or skip it; today's ranking is not that year's."""
    table = concentration.series_for(commodity, concentration.MAIN)["table"]
    held: set[int] = set()
    for e in datasets.editions(table):
        released = concentration.released(commodity, e["id"])
        if day is None or (released is not None and released <= day):
            shares = concentration.country_shares(commodity, concentration.MAIN, e["id"])
            named = shares.loc[
                (shares["country"] != "Other countries") & shares["share_pct"].notna()
            ]
            held |= set(named["year"].astype(int))
    since = f"from {min(held)} only" if held and year < min(held) else f"not for {year}"
    return (
        f"The claim ranks producers of {commodity} in {year}; the bundled tables public by "
        f"{day or 'today'} give countries' output {since}, and a later ranking is not that "
        "year's."
    )


# A share above this (in %) of a stage makes its holder the largest at that stage.
MAJORITY = 50.0


def _majority_at(
    ctx: Context, claim: Claim, commodity: str, stage: str | None, ranked: str
) -> Verdict | None:
    """ "China, the world's top processor of rare earths": a first place at a stage the tables
    do not rank, decided by a published share of that stage (the latest year before the
    article's, as for a share) above `MAJORITY`: held by the ranked country, no other can
    hold more (supported); held by China when another country is ranked, that one is not
    first (unsupported; round 35, fx35b). None when the claim gives another place, a place
    among the first few, a place behind others or a denial, or no share held is above half:
    the rank then stays not checkable; so does a rank that leaves the holder out ("the top
    refiner outside China": `left_out`; review of round 37). A claim dating its rank is
    decided by a share of its year, or at most `STALE_YEARS` before ("In 1985, the United
    States was the world's top processor" is no claim on the latest share; review of round
    35)."""
    pats = claim_words.patterns()
    text = claim.text
    if (
        stage is None
        or ctx.as_of is None
        or PLACE.search(text)
        or among_limit(text) is not None
        or pats["rank_behind_only"].search(text)
        or pats["rank_negation"].search(text)
    ):
        return None
    dates = claim_dates(ctx, claim)
    said = dates[-1].end.year if dates else None
    upto = ctx.as_of.year - 1 if said is None else min(said, ctx.as_of.year - 1)
    excluded = left_out(ctx, claim)  # "the top refiner outside China": China's share says nothing
    for holder in dict.fromkeys((ranked, "CHN")):
        if holder in excluded:
            continue
        country = countries.name(holder)
        table = stage_rows_as_of(commodity, country, upto, ctx.as_of)
        table = table.loc[table["stage"] == stage]
        if said is not None:  # a share of the year the claim states, or just before it
            table = table.loc[table["year"].notna() & (table["year"] >= said - STALE_YEARS)]
        if table.empty or float(table.iloc[0]["share_pct"]) <= MAJORITY:
            continue
        row = table.iloc[0]
        year = "" if is_missing(row["year"]) else f" in {row['year']:.0f}"
        rationale = (
            f"{country} held {float(row['share_pct']):.0f}% of {commodity} {stage}{year} "
            f"({row['source_title']}): over half, so no other country can rank above it"
            + ("." if holder == ranked else f"; the claim puts {countries.name(ranked)} first.")
        )
        evidence = make_evidence(
            str(row["dataset"]),
            [int(row["row"])],
            {"stage": stage, "year": row["year"], "share_pct": row["share_pct"]},
            f"{country}, {commodity}, {stage}, latest year before the article",
            share_published(commodity, row),
        )
        label = Label.SUPPORTED if holder == ranked else Label.UNSUPPORTED
        return Verdict(claim, label, rationale, "rank of producers", (evidence,))
    return None


def behind_only(ctx: Context, claim: Claim) -> tuple[str, ...] | None:
    """The parties a claim puts ahead of its subject when it puts it behind only them
    ("second only to China", "trails only China and Brazil": `rank_behind_only`), as ISO3
    codes: the countries listed right after the words (joined by commas or "and"), so the
    subject's place is one more than their number; () when no country follows the words or
    none precedes them in the claim (the ranked one: "which trails only the US" ranks nobody
    the clause names); None when the claim says no such place."""
    m = claim_words.patterns()["rank_behind_only"].search(claim.text)
    if m is None:
        return None
    named = [e for r in claim.entities if (e := ctx.article.entity(r)).country]
    after = sorted((e for e in named if e.start >= claim.start + m.end()), key=lambda e: e.start)
    before = [e for e in named if e.start < claim.start + m.start()]
    if not (after and before):
        return ()
    listed = [after[0]]
    for e in after[1:]:
        if e.start >= listed[-1].end and LIST_JOIN.fullmatch(
            ctx.article.text[listed[-1].end : e.start]
        ):
            listed.append(e)
        elif e.start >= listed[-1].end:
            break
    return tuple(dict.fromkeys(e.country for e in listed))


def behind_only_holds(first: tuple[str, ...], order: list[str], rank: int | None) -> bool:
    """Whether a subject put behind only the parties `first` (`behind_only`, not empty) is
    at its place in a ranking (`order`, ISO3 codes, first place first; `rank`, its own
    place): one after them, they holding the places before it in any order ("trails only
    China and Brazil": third, behind those two)."""
    return rank == len(first) + 1 and set(order[: len(first)]) == set(first)


def ranked_country(ctx: Context, claim: Claim) -> str | None:
    """The country a rank of producers is of: the claim's actor, unless the actor is only
    whom the claim is attributed to ("According to the USGS, Tajikistan became the
    second-largest producer"): a source is never the producer (as for tonnages), so the
    first place the claim names is ranked; None when it names none."""
    frame = frame_of(claim)
    if frame is not None and (compared := _compared_rank(claim.text)) is not None:
        return _compared_producer(ctx, claim, compared) or frame.partner
    if frame is None or not (frame.attributed_to and frame.actor == frame.attributed_to):
        return frame.actor_country if frame else None
    named = [ctx.article.entity(e) for e in claim.entities]
    places = [e for e in named if e.label == gz.PLACE and e.country]
    return min(places, key=lambda e: e.start).country if places else None


def _compared_rank(text: str) -> int | None:
    """Where the rank of a claim starts when a comparison comes right before it ("exceeds
    that of the world's second-largest producer": `rank_compared`), else None."""
    said = PLACE.search(text) or claim_words.patterns()["rank"].search(text)
    if said and claim_words.patterns()["rank_compared"].search(text[: said.start()]):
        return said.start()
    return None


def _compared_producer(ctx: Context, claim: Claim, at: int) -> str | None:
    """The country a compared rank is of: the first place its sentence names after the rank
    ("the world's second-largest producer, the US, ..."), else None."""
    _, end = sentence_span(ctx, claim)
    after = [
        e
        for e in ctx.article.entities
        if e.label == gz.PLACE and e.country and claim.start + at <= e.start < end
    ]
    return min(after, key=lambda e: e.start).country if after else None


def left_out(ctx: Context, claim: Claim) -> set[str]:
    """Countries a ranking or a share leaves out ('the largest producer outside China')."""
    out = set()
    for e in (ctx.article.entity(r) for r in claim.entities):
        before = ctx.article.text[max(claim.start, e.start - 16) : e.start]
        if e.country and re.search(
            claim_words.patterns()["rank_excluding"].pattern + r"\s+(?:the\s+)?$", before, re.I
        ):
            out.add(e.country)
    return out


def joint(ctx: Context, claim: Claim) -> list[str]:
    """The countries a share claim gives one share together ("China, Russia, and North Korea
    collectively control nearly 90%": `joint_share` words, two countries or more named), in
    the order named; empty when it gives none."""
    if not claim_words.patterns()["joint_share"].search(claim.text):
        return []
    named = (ctx.article.entity(r) for r in claim.entities)
    found = list(dict.fromkeys(e.country for e in named if e.label == gz.PLACE and e.country))
    return found if len(found) > 1 else []


def commodity_of(good: str) -> str | None:
    """The production-table commodity of a goods id ('graphite' -> 'graphite (natural)')."""
    known = concentration.commodities()
    label = goods.label(good)
    return next((c for c in known if c.split(" (")[0] == label), None)


def share_published(commodity: str, row: Any) -> dt.date | None:
    """When a stage share (`stages.stage_rows`) became public: its USGS edition's release;
    for a published share, the day its source made it public when recorded (`released`:
    MacroPolo's 2021 magnet share came out on 23 May 2024), else not before its year ended."""
    if not is_missing(row["edition"]):
        return concentration.released(commodity, str(row["edition"]))
    if not is_missing(row["released"]):
        return dt.date.fromisoformat(str(row["released"]))
    if not is_missing(row["year"]):
        return dt.date(int(row["year"]) + 1, 1, 1)
    return None


def stage_rows_as_of(
    commodity: str, country: str, year: int | None, day: dt.date | None
) -> pd.DataFrame:
    """The stage shares (`stages.stage_rows`) up to `year` as public on `day`: the USGS
    edition then out (`concentration.edition_as_of`), none of USGS when none was out yet;
    a later edition never decides (`check_share`, `_majority_at`)."""
    edition = concentration.edition_as_of(commodity, day, year)
    table = stages.stage_rows(
        commodity, country=country, year=year, edition=edition or concentration.LATEST
    )
    return table if edition is not None else table.loc[table["edition"].isna()]
