"""Fact-check: each claim of an article matched to the data that bears on it, with a verdict.

`check(article)` returns one `Verdict` per claim, in the article's order and with the
claim's id and span. A check is chosen by the claim's topic, type, entities, commodities
and dates; the decision itself is one of the explicit rules in `analysis.evidence.verdicts`. Every
verdict carries its evidence (dataset, CSV rows, values, citation). A claim the bundled
data cannot decide gets `not checkable` and says what data would decide it.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd

from analysis.analyses import concentration, stages
from analysis.article import frames
from analysis.article import gazetteer as gz
from analysis.article.claim_types import namesakes, ranked, title_before
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.article.document import Article
from analysis.article.office_titles import TITLE_NOTE
from analysis.data import datasets
from analysis.data.goods import made_from
from analysis.evidence import (
    amount_checks,
    contact_checks,
    figure_checks,
    frame_checks,
    multiple_checks,
    reserve_checks,
    tariff_checks,
    taxonomy_checks,
    trade_checks,
    trade_direction,
)
from analysis.evidence import verdicts as v
from analysis.evidence.measure_checks import check_ban, check_policy
from analysis.evidence.model import (
    NEEDS,
    Context,
    Verdict,
    as_of,
    claim_dates,
    country_name,
    make_evidence,
    needs_text,
)
from analysis.fmt import is_missing
from analysis.vocab import Label

PRODUCTION = "production"
# Stages a share claim may mean when it names none ("controls the vast majority").
PLAUSIBLE_STAGES = ("mining", "refining")


def _stages_named(text: str, main_stage: str) -> list[str]:
    """The stages a claim names; 'produces' / 'output' mean the commodity's primary
    production, which USGS counts at its main stage (mining for ores, refining for
    by-product metals such as gallium), unless the claim names a stage itself."""
    named = [stage for stage, pattern in patterns()["stages"].items() if pattern.search(text)]
    if len(named) > 1:  # a stage named beats the generic word ("90% of refined metal produced")
        named = [stage for stage in named if stage != PRODUCTION]
    named = [main_stage if stage == PRODUCTION else stage for stage in named]
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


# A share more than this many years older than the year of a claim that names its stage
# does not decide it ("China refines 60% of germanium" in 2024, whose year is 2023, against
# a 2021 figure: shares of by-product metals move several points a year, and the dev
# claims that met a figure two or more years old were all keyed not decidable); a claim
# naming no stage is still weighed against every stage, an old figure with a note.
STALE_YEARS = 1


def check_share(ctx: Context, claim: Claim) -> Verdict | None:
    """A share claim ('the vast majority', '69%') against the shares at the stage(s) it means.

    The shares are those the findings quote (`stages.stage_rows`): the USGS share of the
    commodity's main series and the most authoritative published refining and magnet
    shares, each for the latest year up to the claim's year. A stage the claim names that
    the bundled data lacks is said in a note, and when it lacks all of them the claim is not
    checkable: another stage never stands in.
    """

    claimed = v.share_range(claim.text)
    minerals = _minerals(claim)
    if claimed is None or not minerals or claim.type not in ("quantity_share", "count"):
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
    edition = concentration.edition_as_of(commodity, ctx.as_of, year)
    table = stages.stage_rows(
        commodity, country=country, year=year, edition=edition or concentration.LATEST
    )
    if edition is None:  # no USGS edition was out yet: its figures cannot decide
        table = table.loc[table["edition"].isna()]
    main_stage = concentration.series_for(commodity, "main")["stage"]
    if patterns()["magnet_goods"].search(claim.text):
        # "magnet rare earths": the shares of that part only; "produces" names no stage
        table = stages.scoped_rows(
            commodity, patterns()["magnet_goods"], country=country, year=year
        )
        main_stage = PRODUCTION
    named = [s for s in _stages_named(claim.text, main_stage) if s != PRODUCTION]
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
    if year and named:  # a figure many years older than a stage claim cannot decide it
        stale = table["year"].notna() & (table["year"] < year - STALE_YEARS)
        for _, old in table.loc[stale & table["stage"].isin(wanted)].iterrows():
            too_old.append(f"{old['stage']} {int(old['year'])}")
            notes.append(
                f"The latest {old['stage']} share in the bundled data is for {int(old['year'])}, "
                f"more than {STALE_YEARS} year{'s' if STALE_YEARS > 1 else ''} before {year}: "
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
                _published(commodity, best),
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
            f"The claim is about {year}; the latest share of {commodity} the bundled data has "
            f"for it ({', '.join(too_old)}) is more than {STALE_YEARS} year"
            f"{'s' if STALE_YEARS > 1 else ''} older, too old to decide it: a share for "
            f"{year - STALE_YEARS} or later would.",
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


def _forecast(ctx: Context, claim: Claim, dates: list[Any]) -> str | None:
    """Why a share claim is a forecast, or None: a forecast word (`frames.is_opinion`:
    "could come from China by 2030", "analysts forecast") or a date after the article's
    ("by 2035")."""
    said = frames.is_opinion(claim.text)
    if said and said.startswith("forecast"):
        return said
    after = [d for d in dates if ctx.as_of is not None and d.start > ctx.as_of]
    return f"{after[0].start.year}, after the article" if after else None


def _decimals(figure: str) -> bool:
    """Whether a figure is given to a decimal place ("59.2%")."""
    return bool(re.search(r"\d\.\d", figure))


def _published(commodity: str, row: Any) -> dt.date | None:
    """When a stage share became public: its USGS edition's release; for a published share
    of a year, not before that year ended."""
    if not is_missing(row["edition"]):
        return concentration.released(commodity, str(row["edition"]))
    if not is_missing(row["year"]):
        return dt.date(int(row["year"]) + 1, 1, 1)
    return None


_FORMER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:former|ex-)", re.I)
_FORMER_WORD = re.compile(r"\b(?:former|ex-)", re.I)


def check_office(ctx: Context, claim: Claim) -> Verdict | None:
    """'Liu He, the vice premier': the office the officials table gives the person on the
    article's date ('former': an office that had ended by then). Only offices the table
    lists for the person are claims (`claims.OFFICE`), the table not being a biography."""
    if claim.type != "office" or ctx.as_of is None:
        return None
    e = next(ctx.article.entity(r) for r in claim.entities)
    first = _office_held(ctx, claim, e)
    words = set(re.findall(r"[a-z]+", claim.text.lower()))
    if first is None or first.verdict == Label.SUPPORTED or not (others := namesakes(e, words)):
        return first
    alike = [v for x in others if (v := _office_held(ctx, claim, x)) is not None]
    if any(v.verdict == Label.SUPPORTED for v in alike):
        return next(v for v in alike if v.verdict == Label.SUPPORTED)
    if first.verdict == Label.UNSUPPORTED and all(v.verdict == first.verdict for v in alike):
        return first
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        f"'{e.text}' may name {', '.join(x.canonical for x in (e, *others))}, whose offices "
        "the officials table decides differently.",
        "office held",
        needs="which person the name means",
    )


def _office_held(ctx: Context, claim: Claim, e: Any) -> Verdict | None:
    """The office claim read as about `e` (the mention, as the person it links to)."""
    person = gz.person(e.canonical)
    if person is None or not person.offices:
        return None
    took = patterns()["took_office"].search(claim.text)
    if (took := took or patterns()["office_became"].search(claim.text)) is not None:
        return _office_start(ctx, claim, person, claim.start + took.start())
    words = set(re.findall(r"[a-z]+", claim.text.lower()))
    named = [
        (p, o)
        for p, o in gz.offices_named(words, person.offices[0].country)
        if ranked(claim.text, o)
    ]
    offices = [o for p, o in named if p.name == person.name]
    text = ctx.article.text
    titled = title_before(text, e, claim.start) if claim.start <= e.start else None
    former = bool(_FORMER.match(claim.text) or (titled and _FORMER_WORD.search(titled[1])))
    day = ctx.as_of
    if not offices:
        return None if former else _office_of_another(claim, e.canonical, named, day)
    now = patterns()["title_now"].search(text, claim.start, e.start) if titled else None
    act = None if former or now else _act_span(ctx, claim, titled is not None)
    span = _past_span(ctx, claim, e.end, person.offices[0].country)
    lo, hi = span or act or (day, day)
    current = [o for o in offices if o.start is not None and o.start <= day <= (o.end or day)]
    if former:  # only the end matters, and not an office held again on the day (dt14c R5, R6)
        held = [] if current else [o for o in offices if o.end is not None and o.end < day]
    else:
        held = [
            o
            for o in offices
            if o.start is not None and o.start <= hi and (o.end is None or lo <= o.end)
        ]
    if not held and not any(o.start or (o.end and o.end < lo) for o in offices):
        # no dates for the office (nor an end before the span): nothing to decide, and no
        # other check reads an office (round 23, fco14: "said Under Secretary ... X")
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"The officials table gives no dates for {e.canonical}'s office of {offices[0].title}.",
            "office held",
            needs=f"when {e.canonical} held the office",
        )
    office = (held or current or offices)[0]
    term = _term(office)
    if act and not held and current:
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"{e.canonical} has been {office.title} since {office.start} (officials table), "
            f"not in {lo} to {hi}, when the act the clause tells took place: a title before "
            "a name may be the one held when the article was written.",
            "office held",
            needs="which office the title means: the one held then or on the article's date",
        )
    # a past clause whose predicate is no office ("Premier X was mourned") tells a past act
    past = span is None and _past_copula(text, e.end) is not None
    told = not act and titled and _told_then(text, e, titled[0], offices, day, past)
    if not held and not former and told:
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"{e.canonical} was {office.title} ({term}, officials table), an office that had "
            f"ended by {day}; a title before a name in a clause telling what they did may be "
            "the one they held then.",
            "office held",
            needs="when the act the clause tells took place",
        )
    if held:
        label = Label.SUPPORTED
        why = f"{e.canonical} {'had been' if former else 'was'} {office.title}"
    else:
        label = Label.UNSUPPORTED
        verb = "still held" if former else "did not hold"
        when = f"Between {lo} and {hi}" if act else f"On {day}"
        why = f"{when}, {e.canonical} {verb} the office of {office.title}"
    table = datasets.load("officials")
    rows = table.loc[(table["name"] == e.canonical) & (table["role"] == office.title)].index
    evidence = make_evidence(
        "officials",
        rows,
        {"person": e.canonical, "office": office.title, "term": term},
        f"{e.canonical}'s offices",
    )
    return Verdict(claim, label, f"{why} ({term}, officials table).", "office held", (evidence,))


def _told_then(
    text: str, e: Any, title_at: int, offices: list[gz.Office], day: dt.date, past: bool = False
) -> bool:
    """A title of an office the person no longer held on the article's date but had held
    before it (one of those the words name), before a name that is not a speaker's ("the
    trade war initiated by President Trump" in a 2022 article): the office held when the
    act took place, not a claim about the article's day. A speaker's title ("Commerce
    Secretary X said", "said Commerce Secretary X": the `attribution` words right after the
    name or just before the title) and a subject's, the title opening its clause
    ("Ambassador X declined to comment"), are the office they speak or act from in the
    article's news; but not in a past clause whose predicate names no office (`past`:
    "Premier X was mourned", "Commerce Secretary X was wrong"; round 23 review dt14c)."""
    if not any(o.end is not None and o.end < day for o in offices):
        return False  # never held before the article: no earlier office to name
    if past:
        return True
    speech = patterns()["attribution"]
    after = text[e.end : e.end + 40].lstrip(" ,")
    before = " ".join(text[max(0, title_at - 40) : title_at].split()[-2:])
    opens = not re.split(r"[.!?,;:—–\n]", text[max(0, title_at - 200) : title_at])[-1].strip()
    return not (opens or speech.match(after) or speech.search(before))


def _act_span(ctx: Context, claim: Claim, titled: bool) -> tuple[dt.date, dt.date] | None:
    """'In 2018, Commerce Secretary X said ...', 'President X imposed tariffs in 2018': a
    title before a name in a clause that dates the act it tells; the span of the first such
    date (not vague, ended before the article's date) is the time the title is judged on
    (round 23 review dt14c, R1). For a title's own office claim (`office_titles`), the dates
    of the narrowest clause around it, inside that clause's span (a date in text the clause
    reports is not in its frame); for a claim about a titled name, a date inside it."""
    if not titled:
        return None
    around = claim
    if TITLE_NOTE in claim.notes:
        around = min(
            (
                c
                for c in ctx.article.claims
                if c.start <= claim.start and claim.end <= c.end and c.id != claim.id
            ),
            key=lambda c: c.end - c.start,
            default=claim,
        )
    if around.frame is None:
        return None
    day = ctx.as_of
    refs = sorted((ctx.article.date(w.date) for w in around.frame.when), key=lambda d: d.start_char)
    for d in refs:
        inside = around.start <= d.start_char < around.end
        if inside and d.start and d.end and not d.vague and d.end < day:
            return d.start, d.end
    return None


def _past_copula(text: str, after: int) -> re.Match[str] | None:
    """A past copula right after a name (`office_copula_past`: "X was ...")."""
    copula = patterns()["office_copula"].match(text, after)
    past = copula is not None and patterns()["office_copula_past"].search(copula.group(0))
    return copula if past else None


def _past_span(
    ctx: Context, claim: Claim, after: int, country: str
) -> tuple[dt.date, dt.date] | None:
    """'X was the US ambassador to China (in 2023)': a past copula right after the name
    (`office_copula_past`) says the office was held at some time in the span of the first
    date in the clause, else by the article's date (the span ends at the article's date).
    Only a predicate naming an office (up to the clause's end) is one: "X was wrong" is not
    (round 23 review dt14c, doubt 5)."""
    text = ctx.article.text
    if (copula := _past_copula(text, after)) is None:
        return None
    rest = re.compile(r"[^,.;:!?\n\"”]*").match(text, copula.end())
    if not gz.offices_named(set(re.findall(r"[a-z]+", rest.group(0).lower())), country):
        return None
    day = ctx.as_of
    refs = [ctx.article.date(w.date) for w in claim.frame.when] if claim.frame else []
    for d in sorted(refs, key=lambda d: d.start_char):
        if d.start and d.end and not d.vague and d.start <= day:
            return d.start, min(d.end, day)
    return dt.date.min, day


def _office_of_another(
    claim: Claim, name: str, named: list[tuple[gz.Person, gz.Office]], day: dt.date
) -> Verdict | None:
    """'Gina Raimondo, the trade representative': the office is someone else's in the
    officials table on the article's date (none holding it then: not decided)."""
    holders = [
        (p, o)
        for p, o in named
        if o.start is not None and o.start <= day and (o.end is None or day <= o.end)
    ]
    if not holders:
        return None
    holder, office = holders[0]
    table = datasets.load("officials")
    rows = table.loc[(table["name"] == holder.name) & (table["role"] == office.title)].index
    evidence = make_evidence(
        "officials",
        rows,
        {"person": holder.name, "office": office.title, "term": _term(office)},
        f"who held the office on {day}",
    )
    return Verdict(
        claim,
        Label.UNSUPPORTED,
        f"On {day}, {office.title} was {holder.name} ({_term(office)}, officials table), "
        f"not {name}, for whom the table lists no such office.",
        "office held",
        (evidence,),
    )


# A start day this close to the claimed one is partly right: the table's start is a
# confirmation day where no swearing-in day was found (officials caveats).
OFFICE_NEAR_DAYS = 7


def _office_start(ctx: Context, claim: Claim, person: gz.Person, at: int) -> Verdict | None:
    """'President Trump took office on January 20, 2025': the first day of the person's
    office (the one the words up to the date name, else any of theirs) against the date
    after the `took_office` words. Within the date (a month-only start: its month):
    supported; within `OFFICE_NEAR_DAYS`: partly; no candidate office with a start: not
    checkable; else unsupported."""
    refs = [ctx.article.date(w.date) for w in claim.frame.when] if claim.frame else []
    after = (
        sorted(
            (d for d in refs if d.start_char >= at and d.start and d.end and not d.vague),
            key=lambda d: d.start_char,
        )
        or [  # else a timeline entry's day, on a heading line above the claim
            d
            for d in refs
            if d.end_char <= claim.start
            and "\n" in ctx.article.text[d.end_char : claim.start]
            and d.start
            and d.end
            and not d.vague
        ]
    )
    if not after:
        return None
    when = after[0]
    words = set(re.findall(r"[a-z]+", ctx.article.text[claim.start : when.end_char].lower()))
    others = gz.offices_named(words, person.offices[0].country)
    named = [o for p, o in others if p == person]
    if others and not named:  # "X became Commerce Secretary": an office of someone else
        return _office_of_another(claim, person.name, others, ctx.as_of)
    offices = named or list(person.offices)
    table = datasets.load("officials")
    mine = table.loc[table["name"] == person.name]
    raw = dict(zip(mine["role"], mine["start"].astype(str), strict=False))
    dated = [o for o in offices if o.start is not None]
    claimed = f"{when.text!r} ({when.start} to {when.end})"
    if not dated:
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"The officials table gives no first day for {person.name}'s office.",
            "office held",
            needs=f"the day {person.name} took office",
        )

    def off_by(o: gz.Office) -> int:
        first = o.start
        last = o.start
        if len(raw.get(o.title, "")) == 7:  # only the month is sourced
            last = (pd.Timestamp(o.start) + pd.offsets.MonthEnd(0)).date()
        if first <= when.end and last >= when.start:
            return 0
        return min(abs((first - when.end).days), abs((last - when.start).days))

    best = min(dated, key=off_by)
    off = off_by(best)
    rows = mine.loc[mine["role"] == best.title].index
    evidence = make_evidence(
        "officials",
        rows,
        {"person": person.name, "office": best.title, "term": _term(best)},
        f"{person.name}'s offices",
    )
    if off == 0:
        label, why = Label.SUPPORTED, f"{person.name} took office as {best.title} then"
    elif off <= OFFICE_NEAR_DAYS or len(dated) < len(offices):
        label = Label.PARTLY if off <= OFFICE_NEAR_DAYS else Label.NOT_CHECKABLE
        why = f"{person.name}'s nearest office, {best.title}, began {off} days from it"
    else:
        label, why = Label.UNSUPPORTED, f"{person.name}'s offices did not begin then"
    return Verdict(
        claim,
        label,
        f"The claim dates it {claimed}; {why} ({_term(best)}, officials table).",
        "office held",
        (evidence,),
        needs=f"the day {person.name} took office" if label == Label.NOT_CHECKABLE else "",
    )


def _term(office: gz.Office) -> str:
    start = office.start.isoformat() if office.start else "?"
    return f"{start} to {office.end.isoformat() if office.end else 'today'}"


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


CHECKS: tuple[Callable[[Context, Claim], Verdict | None], ...] = (
    check_office,
    check_company_figure,
    taxonomy_checks.check_taxonomy,
    reserve_checks.check_reserve_rank,
    figure_checks.check_import_rank,
    figure_checks.check_import_share,
    figure_checks.check_rank,
    amount_checks.check_amount,
    reserve_checks.check_reserves,
    check_share,
    check_ban,
    contact_checks.check_ordinal,
    contact_checks.check_event,
    figure_checks.check_count,
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
            return _as_of_the_article(ctx, verdict)
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        f"The bundled data does not cover this {claim.type.replace('_', ' ')} claim.",
        "no matching data",
        needs=NEEDS.get(claim.topic, NEEDS["other"]),
    )


def _as_of_the_article(ctx: Context, verdict: Verdict) -> Verdict:
    """A decisive verdict resting on data published after the article's date is not one the
    article could be held to: not checkable, that data kept as evidence "since then"."""
    if ctx.as_of is None or verdict.verdict == Label.NOT_CHECKABLE:
        return verdict
    late = sorted(
        {e.published for e in verdict.evidence if e.published and e.published > ctx.as_of}
    )
    if not late:
        return verdict
    when = ", ".join(d.isoformat() for d in late)
    return replace(
        verdict,
        verdict=Label.NOT_CHECKABLE,
        rationale=(
            f"The data that bears on this was published after the article's date "
            f"({ctx.as_of.isoformat()}): {when}. It is shown as what is known since then; "
            f"it would have said: {verdict.verdict}. {verdict.rationale}"
        ),
        rule=f"{verdict.rule}; evidence published after the article",
        needs="data published by the article's date",
    )


def check(article: Article) -> list[Verdict]:
    """Verdicts for every claim of an article, in the article's order."""
    day, basis = as_of(article)
    ctx = Context(article, day, basis)
    return [_guarded(ctx, claim) for claim in article.claims]


def _guarded(ctx: Context, claim: Claim) -> Verdict:
    """`check_claim`, except that a check that raises leaves its claim not checkable, with
    a warning naming the error, and never stops the article's other claims."""
    try:
        return check_claim(ctx, claim)
    except Exception as error:  # one claim's failure is reported, never fatal
        why = f"The check failed on this claim ({type(error).__name__}: {error})."
        warnings.warn(f"{claim.id}: {why}", RuntimeWarning, stacklevel=2)
        return Verdict(claim, Label.NOT_CHECKABLE, why, "check failed", needs="a fix of the check")


# --- output ----------------------------------------------------------------------------------
