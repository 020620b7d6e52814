"""Fact-check: each claim of an article matched to the data that bears on it, with a verdict.

`check(article)` returns one `Verdict` per claim, in the article's order and with the
claim's id and span. A check is chosen by the claim's topic, type, entities, commodities
and dates; the decision itself is one of the explicit rules in `analysis.evidence.verdicts`. Every
verdict carries its evidence (dataset, CSV rows, values, citation). A claim the bundled
data cannot decide gets `not checkable` and says what data would decide it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from analysis.analyses import concentration, stages
from analysis.article import frames, opinions, visitor_ranks
from analysis.article import gazetteer as gz
from analysis.article.claim_types import OFFICE
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.article.document import Article
from analysis.data import cache
from analysis.data.goods import made_from
from analysis.evidence import (
    amount_checks,
    contact_checks,
    count_checks,
    figure_checks,
    frame_checks,
    import_checks,
    member_checks,
    multiple_checks,
    office_checks,
    reserve_checks,
    scope_checks,
    tariff_checks,
    taxonomy_checks,
    trade_checks,
    trade_direction,
    visit_content,
)
from analysis.evidence import verdicts as v
from analysis.evidence.measure_checks import check_ban, check_policy
from analysis.evidence.model import (
    NEEDS,
    STALE_YEARS,
    Context,
    Verdict,
    as_of,
    claim_dates,
    country_name,
    make_evidence,
    needs_text,
    sentence_span,
)
from analysis.fmt import is_missing
from analysis.vocab import Label

# Stages a share claim may mean when it names none ("controls the vast majority").
PLAUSIBLE_STAGES = ("mining", "refining")


def _stages_named(text: str, main_stage: str) -> list[str]:
    """The stages a claim names; 'produces' / 'output' mean the commodity's primary
    production, which USGS counts at its main stage (mining for ores, refining for
    by-product metals such as gallium), unless the claim names a stage itself."""
    named = [stage for stage, pattern in patterns()["stages"].items() if pattern.search(text)]
    if len(named) > 1:  # a stage named beats the generic word ("90% of refined metal produced")
        named = [stage for stage in named if stage != stages.PRODUCTION]
    named = [main_stage if stage == stages.PRODUCTION else stage for stage in named]
    return list(dict.fromkeys(named))


def _minerals(claim: Claim) -> list[str]:
    """The catalogued minerals a claim names, else those its frame takes from its sentence
    ("the top producer of tungsten, with more than 80% of world output"); a good made
    from a mineral stands for it ("90% of rare-earth magnets": rare earths, whose stage
    words then say magnets)."""
    known = {c.split(" (")[0] for c in concentration.commodities()}
    named = [c for c in claim.commodities if c.split(" (")[0] in known]
    if named or claim.frame is None:
        return named
    found = []
    for good in claim.frame.goods:
        source = made_from(good)
        mineral = figure_checks.commodity_of(good) or (
            figure_checks.commodity_of(source) if source else None
        )
        found += [mineral] if mineral else []
    return found


# A share more than `STALE_YEARS` (in `model`) older than the year of a claim that names
# its stage does not decide it; a claim naming no stage is still weighed against every
# stage, an old figure with a note, when one stage has a recent share, and is not decided
# when none has (round 35, fx35c: "91% of primary germanium" in December 2024, whose only
# share is a 2021 refinery share).


def check_share(ctx: Context, claim: Claim) -> Verdict | None:
    """A share claim ('the vast majority', '69%') against the shares at the stage(s) it means.

    The shares are those the findings quote (`stages.stage_rows`): the USGS share of the
    commodity's main series and the most authoritative published refining and magnet
    shares, each for the latest year up to the claim's year. A stage the claim names that
    the bundled data lacks is said in a note, and when it lacks all of them the claim is not
    checkable: another stage never stands in.
    """

    if claim.type not in ("quantity_share", "count"):  # the type first: it reads nothing
        return None
    claimed = v.share_range(claim.text)
    minerals = _minerals(claim)
    if claimed is None or not minerals:
        return None
    frame = claim.frame
    if frame is not None and frame.quantity is not None and frame.quantity.of != frames.WORLD:
        return None  # a purity, a product mix, a growth rate or a tariff: not a world share
    commodity = next(c for c in concentration.commodities() if c.startswith(minerals[0]))
    actor = (frame.actor_country if frame else None) or claim.actor_country
    country = country_name(actor) if actor else "China"
    dates = claim_dates(ctx, claim)
    if actor and actor in figure_checks.left_out(ctx, claim):  # "... come from outside China"
        why = f"The claim gives the share of producers outside {country}, not {country}'s."
        return Verdict(claim, Label.NOT_CHECKABLE, why, "share by stage", needs="shares by country")
    if len(together := figure_checks.joint(ctx, claim)) > 1:  # "... collectively control 90%"
        why = (
            f"The claim gives one share for {', '.join(map(country_name, together))} together; "
            "the bundled shares are each country's, and the check does not add them."
        )
        return Verdict(claim, Label.NOT_CHECKABLE, why, "share by stage", needs="a joint share")
    if ahead := _forecast(ctx, claim, dates):  # shares of past years never decide a forecast
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"The claim is a forecast ({ahead}); the bundled shares are of past years.",
            "share by stage",
            needs=f"a forecast of {commodity} shares",
        )
    # The claim's last year ('between 2018 and 2023' -> 2023); a year's figures are known
    # only after it ends, so never the article's own year or later.
    year = dates[-1].end.year if dates else (ctx.as_of.year - 1 if ctx.as_of else None)
    if year and ctx.as_of:
        year = min(year, ctx.as_of.year - 1)
    # The USGS edition public on the article's date decides; later ones never do.
    table = figure_checks.stage_rows_as_of(commodity, country, year, ctx.as_of)
    main_stage = concentration.series_for(commodity, "main")["stage"]
    if patterns()["magnet_goods"].search(claim.text):
        # "magnet rare earths": the shares of that part only; "produces" names no stage
        table = stages.scoped_rows(
            commodity, patterns()["magnet_goods"], country=country, year=year
        )
        main_stage = stages.PRODUCTION
    named = [s for s in _stages_named(claim.text, main_stage) if s != stages.PRODUCTION]
    wanted = named or list(PLAUSIBLE_STAGES)
    notes = [] if named else [f"The claim names no stage; checked against {' and '.join(wanted)}."]
    q = frame.quantity if frame is not None else None
    if dates and year and q is not None and q.value is not None and _decimals(q.text):
        # "59.2% ... last year": a share to the tenth of a point is that year's figure; an
        # earlier year's share neither confirms nor refutes it
        earlier = table["year"].notna() & (table["year"] < year)
        for _, old in table.loc[earlier & table["stage"].isin(wanted)].iterrows():
            notes.append(
                f"The claim gives {q.text} for {year}; the latest {old['stage']} share in the "
                f"bundled data is for {int(old['year'])}, which cannot decide a figure that "
                "precise."
            )
        table = table.loc[~earlier]
    too_old: list[str] = []  # the stages whose latest share is too old, with its year
    # A year the claim states itself ("99% of the market in 2025") is measured unclamped:
    # a share of the article's own year is not the latest edition's year, and an edition
    # older than it by more than STALE_YEARS does not decide it (`stated_year`).
    stated = stated_year(dates, year)
    stale = table["year"].notna() & (table["year"] < (stated or 0) - STALE_YEARS)
    # a claim naming no stage, with a recent share at one: the old ones stay, with a note
    if stated and (named or stale[table["stage"].isin(wanted)].all()):
        for _, old in table.loc[stale & table["stage"].isin(wanted)].iterrows():
            too_old.append(f"{old['stage']} {int(old['year'])}")
            notes.append(
                f"The latest {old['stage']} share in the bundled data is for {int(old['year'])}, "
                f"more than {STALE_YEARS} year{'s' if STALE_YEARS > 1 else ''} before {stated}: "
                "too old to decide the claim; a share for a later year would decide it."
            )
        table = table.loc[~stale]
    missing = [s for s in wanted if s not in set(table["stage"])]
    by = f" up to {year}" if year else ""
    if dates and year and dates[0].start.year < year:
        notes.append(
            f"The claim covers {dates[0].start.year}–{year}; checked against its last year."
        )
    if len(minerals) > 1:
        notes.append(
            f"The claim also names {', '.join(minerals[1:])}; only {commodity} was checked "
            "(one share per claim)."
        )
    if missing and len(missing) < len(wanted):
        notes.append(f"The bundled data has no {' or '.join(missing)} share of {commodity}{by}.")
    found, evidence = [], []
    for _, best in table.loc[table["stage"].isin(wanted)].iterrows():
        found.append(
            v.StageShare(
                best["stage"],
                float(best["share_pct"]),
                None if is_missing(best["year"]) else int(best["year"]),
                str(best["source_title"]),
            )
        )
        rows = [r for r in (best["row"], best["world_row"]) if not is_missing(r)]
        evidence.append(
            make_evidence(
                str(best["dataset"]),
                rows,
                {
                    "stage": best["stage"],
                    "year": best["year"],
                    "share_pct": best["share_pct"],
                    "source_type": best["source_type"],
                },
                f"{country}, {commodity}, {best['stage']}, latest year{by}",
                figure_checks.share_published(commodity, best),
            )
        )
        if year and not is_missing(best["year"]) and int(best["year"]) < year:
            notes.append(
                f"The latest {best['stage']} share up to {year} in the bundled data is for "
                f"{int(best['year'])}."
            )
        later = stages.released_after(best["released"], ctx.as_of)
        if later:
            notes.append(
                f"{best['source_title']} came out in {later}, after the article; its "
                f"{best['stage']} figure may revise what was known when the claim was made."
            )
    if not found and too_old:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about {stated}; the latest share of {commodity} the bundled data has "
            f"for it ({', '.join(too_old)}) is more than {STALE_YEARS} year"
            f"{'s' if STALE_YEARS > 1 else ''} older, too old to decide it: a share for "
            f"{(stated or 0) - STALE_YEARS} or later would.",
        )
    elif not found:
        about = f"The claim is about {' and '.join(named)}" if named else "It names no stage"
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"{about}, and the bundled data has no {' or '.join(wanted)} share of {commodity}{by}.",
        )
    else:
        decision = v.decide_share(claimed, found)
    if decision.label != Label.SUPPORTED and found and actor and not _names(ctx, claim, actor):
        decision = _someone_else(decision, claimed, found, (frame and frame.actor) or country)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "share by stage",
        tuple(evidence),
        needs_text(decision, f"{commodity} {' and '.join(missing or wanted)} shares{by}"),
        tuple(notes),
    )


# A share claim that names no country ("The country accounts for 94%", "are located there")
# is read as the country named before it; when that country's share at every stage checked
# is this many times smaller than the claim's, the claim is about someone else and the
# reading, not the claim, is wrong: not checkable.
ACTOR_SHARE_RATIO = 10


def _names(ctx: Context, claim: Claim, iso: str) -> bool:
    """Whether the claim's own words name the country (or a body or person of it)."""
    return any(
        (e := ctx.article.entity(ref)) is not None and e.country == iso for ref in claim.entities
    )


def _someone_else(
    decision: v.Decision, claimed: v.ShareRange, found: list[v.StageShare], country: str
) -> v.Decision:
    """Not checkable when a claim read as the share of a country it does not name is at
    least ACTOR_SHARE_RATIO times that country's share at every stage (`check_share`)."""
    floor = claimed.low if claimed.low is not None else claimed.high
    if not floor or any(s.share * ACTOR_SHARE_RATIO > floor for s in found):
        return decision
    shares = "; ".join(f"{s.stage} {s.share:.1f}%" for s in found)
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim names no country; read as {country}'s, whose share is far below it "
        f"({shares}; the claim: {claimed.phrase}), it is likely about another country. The "
        "country it means would decide it.",
    )


def stated_year(dates: list[Any], year: int | None) -> int | None:
    """The year a share claim is about for staleness: the latest year the claim states as a
    whole year ("in 2025"), even the article's own, else the (clamped) `year`; a day or a
    month ("said on Tuesday") states no year of the figure."""
    said = [d.end.year for d in dates if d.granularity == "year"]
    return max([year, *said]) if year and said else year


def _forecast(ctx: Context, claim: Claim, dates: list[Any]) -> str | None:
    """Why a share claim is a forecast, or None: a forecast word (`opinions.is_opinion`:
    "could come from China by 2030", "analysts forecast") or a date after the article's
    ("by 2035")."""
    found = opinions.opinion(claim.text)
    if found and found[0] == opinions.FORECAST:
        return opinions.is_opinion(claim.text)
    after = [d for d in dates if ctx.as_of is not None and d.start > ctx.as_of]
    return f"{after[0].start.year}, after the article" if after else None


def _decimals(figure: str) -> bool:
    """Whether a figure is given to a decimal place ("59.2%")."""
    return bool(re.search(r"\d\.\d", figure))


def check_company_figure(ctx: Context, claim: Claim) -> Verdict | None:
    """'Lynas supplies 12% of the world's rare earths': a share, rank or tonnage of a
    company, which the country tables cannot decide (its country's figures are not its
    own)."""
    frame = claim.frame
    if frame is None or frame.kind not in (frames.SHARE, frames.RANK) or not frame.actor:
        return None
    ents = [ctx.article.entity(e) for e in claim.entities]
    actor = next((e for e in ents if e.canonical == frame.actor), None)
    if actor is None or actor.label != gz.ORG or actor.kind != "company":
        return None
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        f"The figure is about a company ({actor.canonical}); the bundled tables give "
        "countries' production, reserves and shares.",
        "company figure",
        needs="company production or market-share data",
    )


def check_visitor_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'The highest-ranking US official to visit China in five years': a rank of a visitor
    among every visitor over a span (`visitor_ranks`), which a timeline holding a selection
    of contacts cannot decide, whatever contact of the person it has."""
    if claim.topic != visitor_ranks.CONTACT_TOPIC or not visitor_ranks.ranks_visitors(claim.text):
        return None
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        "The claim ranks a visitor among every visitor over a span; the timeline records a "
        "selection of official contacts, not every visit, so it cannot tell who came first "
        "or ranked highest.",
        "visitor rank",
        needs="a complete record of official visits",
    )


def check_members(ctx: Context, claim: Claim) -> Verdict | None:
    """'The entities include DJI and SMIC': the listing told before, by its rows
    (`member_checks`)."""
    return member_checks.check_members(ctx, claim, check_claim)


CHECKS: tuple[Callable[[Context, Claim], Verdict | None], ...] = (
    scope_checks.check_scope,  # a scope told after a measure: that measure only
    office_checks.check_office,
    check_members,
    check_company_figure,
    taxonomy_checks.check_taxonomy,
    reserve_checks.check_reserve_amount,  # a tonnage of reserves (with their rank, if given)
    reserve_checks.check_reserve_rank,
    import_checks.check_import_rank,
    import_checks.check_import_share,
    amount_checks.check_rank_amount,  # the rank, and a tonnage given the ranked producer
    amount_checks.check_amount,
    reserve_checks.check_reserves,
    check_share,
    check_ban,
    visit_content.check_content,
    contact_checks.check_ordinal,
    check_visitor_rank,
    contact_checks.check_event,
    count_checks.check_count,
    multiple_checks.check_multiple,
    trade_checks.check_trade,
    trade_direction.check_direction,
    tariff_checks.check_tariff,
    frame_checks.check_measure,
    check_policy,
)


# What data would decide a claim no check could decide, by topic.
def check_claim(ctx: Context, claim: Claim) -> Verdict:
    """The first check that applies decides; none applying means not checkable."""
    for run in CHECKS:
        verdict = run(ctx, claim)
        if verdict is not None:
            told = a_saying(hung_on_a_condition(verdict))
            return as_of_the_article(ctx, at_an_earlier_time(ctx, told))
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        f"The bundled data does not cover this {claim.type.replace('_', ' ')} claim.",
        "no matching data",
        needs=NEEDS.get(claim.topic, NEEDS["other"]),
    )


# The checks whose data are figures of given years (shares, ranks, amounts, trade flows):
# a claim set at an earlier time it does not date is none of their years (`at_an_earlier_time`).
YEAR_FIGURE_RULES = frozenset(
    {
        "share by stage",
        "production amount",
        "rank of producers",
        "share of reserves",
        "rank of reserves",
        "reserves amount",
        "share of import sources",
        "rank of import sources",
        "trade figure",
        "company figure",
    }
)


def earlier_time(ctx: Context, claim: Claim) -> str | None:
    """The words that set a claim at an earlier time without a year ("Back then, China and
    the US constituted the majority of supply", "at the turn of the century", "was once the
    largest producer": `earlier_time`), in the claim or its sentence before it, with no word
    of the present after them ("Back then ...; now China mines 69%": `present_leads`) and no
    date of the claim resolved (a year names the time); else None."""
    if claim_dates(ctx, claim):
        return None
    start = min(sentence_span(ctx, claim)[0], claim.start)
    said = ctx.article.text[start : claim.end]
    found = list(patterns()["earlier_time"].finditer(said))
    if not found or patterns()["present_lead"].search(said, found[-1].end()):
        return None
    return found[-1].group(0)


def at_an_earlier_time(ctx: Context, verdict: Verdict) -> Verdict:
    """A decisive verdict of a year's figure (`YEAR_FIGURE_RULES`) on a claim set at an
    earlier time it does not date (`earlier_time`) is not checkable: the figures of the
    data's years are not of that time (round 35, fx35f)."""
    if verdict.verdict == Label.NOT_CHECKABLE or verdict.rule not in YEAR_FIGURE_RULES:
        return verdict
    if (when := earlier_time(ctx, verdict.claim)) is None:
        return verdict
    return _withheld(
        verdict,
        f"The claim is set at an earlier time it does not date ('{when}'); the figures "
        f"of the data's years neither confirm nor refute it.",
        "the figure of the year the claim means",
    )


def a_saying(verdict: Verdict) -> Verdict:
    """A decisive verdict on a claim that tells a saying on a day (a date of role `saying`:
    "Raimondo spoke at a defense forum on Saturday about export controls", "Mnuchin flagged
    the trip to reporters on Thursday") is not checkable: the measure or the trip is only
    what the saying was about, and the data holds no record of who spoke when (round 36,
    fx36h). An office claim is not one: the title is checked on the day of the act,
    whatever the act (`office_checks`)."""
    frame = verdict.claim.frame
    if verdict.verdict == Label.NOT_CHECKABLE or frame is None or verdict.claim.type == OFFICE:
        return verdict
    said = [w.text for w in frame.when if w.role == "saying"]
    if not said:
        return verdict
    return _withheld(
        verdict,
        f"The claim tells that someone spoke on a day ('{said[0]}'); what they spoke of "
        f"is only named, and the data holds no record of speeches or remarks.",
        "a record of the speech or remarks",
    )


def hung_on_a_condition(verdict: Verdict) -> Verdict:
    """A decisive verdict on a claim of what will be done if a condition holds ("Unless the
    talks succeed, China will ban exports of antimony": the frame's `condition`) is not
    checkable: it tells no act taken nor announced outright, only one that hangs on what
    has not happened (round 39, left39)."""
    frame = verdict.claim.frame
    if verdict.verdict == Label.NOT_CHECKABLE or frame is None or not frame.condition:
        return verdict
    return _withheld(
        verdict,
        f"The claim tells what will be done if a condition holds ('{frame.condition}'); "
        "it asserts no measure taken or announced outright.",
        "the condition's outcome and the measure taken on it",
    )


def as_of_the_article(ctx: Context, verdict: Verdict) -> Verdict:
    """The one place where evidence is sorted by date, for every check: evidence published
    after the article's date goes to `later` ("since then", with its date), never to the
    deciding `evidence`. A decisive verdict whose evidence all came out after the article
    rested on it alone, which the article could not be held to: not checkable (round 36,
    later36)."""
    late = tuple(e for e in verdict.evidence if e.after(ctx.as_of))
    if not late:
        return verdict
    kept = tuple(e for e in verdict.evidence if e not in late)
    moved = replace(verdict, evidence=kept, later=(*verdict.later, *late))
    if kept or verdict.verdict == Label.NOT_CHECKABLE:
        return moved
    when = ", ".join(sorted({str(e.published) for e in late}))
    return _withheld(
        moved,
        f"The data that bears on this was published after the article's date "
        f"({ctx.as_of}): {when}. It is shown as what is known since then.",
        "data published by the article's date",
        rule=f"{verdict.rule}; evidence published after the article",
    )


def _withheld(verdict: Verdict, why: str, needs: str, **changes: Any) -> Verdict:
    """`verdict` made not checkable: `why` first, then what it would have said; `needs`,
    what would decide it (the shared form of the abstentions after each check)."""
    return replace(
        verdict,
        verdict=Label.NOT_CHECKABLE,
        rationale=f"{why} It would have said: {verdict.verdict}. {verdict.rationale}",
        needs=needs,
        **changes,
    )


def check(article: Article) -> list[Verdict]:
    """Verdicts for every claim of an article, in the article's order."""
    day, basis = as_of(article)
    ctx = Context(article, day, basis)
    with cache.looked_at_once():  # the claims change no file: each catalog file stat'd once
        return [_guarded(ctx, claim) for claim in article.claims]


def _guarded(ctx: Context, claim: Claim) -> Verdict:
    """`check_claim`, except that a check that raises leaves its claim not checkable, with
    a warning naming the error, and never stops the article's other claims."""
    try:
        if claim.clause is None:
            return check_claim(ctx, claim)
        # an office claim cut to the title and the name is checked on its clause (`clause`)
        a, b = claim.clause
        read = replace(claim, text=ctx.article.text[a:b], start=a, end=b, clause=None)
        return replace(check_claim(ctx, read), claim=claim)
    except Exception as error:  # one claim's failure is reported, never fatal
        why = f"The check failed on this claim ({type(error).__name__}: {error})."
        warnings.warn(f"{claim.id}: {why}", RuntimeWarning, stacklevel=2)
        return Verdict(claim, Label.NOT_CHECKABLE, why, "check failed", needs="a fix of the check")


# --- output ----------------------------------------------------------------------------------
