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
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd

from analysis.analyses import concentration, stages, visits
from analysis.article import date_patterns as pat
from analysis.article import frames
from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.article.document import Article
from analysis.data import countries, datasets
from analysis.errors import WorkbookError
from analysis.evidence import figure_checks, frame_checks
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
    persons_named,
    to_day,
)
from analysis.fmt import is_missing
from analysis.vocab import Label

_STAGE_WORDS = (
    ("refining", r"\b(?:refin\w*|process(?:es|ed|ing)?\b|separat\w*)"),
    ("magnets", r"\bmagnets?\b"),
    ("mining", r"\b(?:min(?:ed|es|e|ing)\b|extract\w*)"),
    (PRODUCTION := "production", r"\b(?:produc(?:e|es|ed|ing|er|ers|tion)\b|output)"),
)
# Stages a share claim may mean when it names none ("controls the vast majority").
PLAUSIBLE_STAGES = ("mining", "refining")


def _stages_named(text: str, main_stage: str) -> list[str]:
    """The stages a claim names; 'produces' / 'output' mean the commodity's primary
    production, which USGS counts at its main stage (mining for ores, refining for
    by-product metals such as gallium)."""
    named = [stage for stage, pattern in _STAGE_WORDS if re.search(pattern, text, re.I)]
    named = [main_stage if stage == PRODUCTION else stage for stage in named]
    return list(dict.fromkeys(named))


def _minerals(claim: Claim) -> list[str]:
    """The catalogued minerals a claim names, else those its frame takes from its sentence
    ("the top producer of tungsten, with more than 80% of world output")."""
    known = {c.split(" (")[0] for c in concentration.commodities()}
    named = [c for c in claim.commodities if c.split(" (")[0] in known]
    if named or claim.frame is None:
        return named
    return [c for g in claim.frame.goods if (c := figure_checks.commodity_of(g))]


# A share this many years older than the year of a claim that names its stage does not
# decide it ("China refines 90%" in 2023 against a 2009 figure); a claim naming no stage is
# still weighed against every stage, an old figure with a note.
STALE_YEARS = 5


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
    named = _stages_named(claim.text, concentration.series_for(commodity, "main")["stage"])
    wanted = named or list(PLAUSIBLE_STAGES)
    notes = [] if named else [f"The claim names no stage; checked against {' and '.join(wanted)}."]
    if year and named:  # a figure many years older than a stage claim cannot decide it
        stale = table["year"].notna() & (table["year"] < year - STALE_YEARS)
        for _, old in table.loc[stale & table["stage"].isin(wanted)].iterrows():
            notes.append(
                f"The latest {old['stage']} share in the bundled data is for {int(old['year'])}, "
                f"more than {STALE_YEARS} years before {year}: too old to decide the claim."
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
    if not found:
        about = f"The claim is about {' and '.join(named)}" if named else "It names no stage"
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"{about}, and the bundled data has no {' or '.join(wanted)} share of {commodity}{by}.",
        )
    else:
        decision = v.decide_share(claimed, found)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "share by stage",
        tuple(evidence),
        needs_text(decision, f"{commodity} {' and '.join(missing or wanted)} shares{by}"),
        tuple(notes),
    )


def _published(commodity: str, row: Any) -> dt.date | None:
    """When a stage share became public: its USGS edition's release; for a published share
    of a year, not before that year ended."""
    if not is_missing(row["edition"]):
        return concentration.released(commodity, str(row["edition"]))
    if not is_missing(row["year"]):
        return dt.date(int(row["year"]) + 1, 1, 1)
    return None


def check_ordinal(ctx: Context, claim: Claim) -> Verdict | None:
    """'The fourth visit in recent months': count the visits in the window, in order."""

    n = v.ordinal(claim.text)
    if n is None or claim.topic != "official visits and meetings":
        return None
    # the person the ordinal is said of: the subject just before it ("Raimondo, the fourth
    # official to visit since June, met Premier Li") or the people it names
    people = list(dict.fromkeys(_subject_before(ctx, claim) + persons_named(ctx, claim)))
    if not people:
        return None
    if ctx.as_of is not None and _MEETING_ORDINAL.search(claim.text):
        # "Biden ... his third meeting with Xi": the people of the sentence up to the claim
        lead = len(_from_sentence_start(ctx, claim)) - len(claim.text)
        before = [
            e.canonical
            for e in ctx.article.entities
            if e.label == gz.PERSON and claim.start - lead <= e.start < claim.start
        ]
        together = list(dict.fromkeys(before + people))
        if len(together) > 1:
            return _meeting_ordinal(ctx, claim, n, together)
    window = visit_window(ctx.article, claim)
    days = (window.end - window.start).days if window else None
    errors = []
    for person in people:
        try:
            position, counted = visits.ordinal_of(
                person, on=ctx.as_of, own=v.own_ordinal(claim.text), window_days=days
            )
            people = [person]
            break
        except WorkbookError as exc:
            errors.append(str(exc))
    else:
        decision = v.Decision(Label.NOT_CHECKABLE, errors[0])
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "count of visits",
            needs="a fuller list of official visits",
        )
    labels = [f"{r.official} ({r.role}, {to_day(r.start)})" for r in counted.itertuples()]
    subject = labels[position - 1]
    decision = v.decide_ordinal(n, labels, subject)
    span = f"{days} days" if days is not None else "all recorded visits"
    own = v.own_ordinal(claim.text)
    whose = f"{people[0]}'s visits" if own else "US officials' visits to China"
    evidence = make_evidence(
        visits.TABLE,
        counted["row"],
        {
            (f"{r.official}, visit {r.ordinal}" if own else r.official): to_day(r.start)
            for r in counted.itertuples()
        },
        f"{whose} within {span} before {people[0]}'s",
    )
    notes = (
        (f"Window: {window.text!r} read as {window.start}..{window.end} ({window.basis}).",)
        if window
        else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "count of visits",
        (evidence,),
        needs_text(decision, "a fuller list of official visits"),
        notes,
    )


_IN_YEARS = re.compile(
    r"\b(?:in|for)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?P<n>\w+)\s+"
    r"(?P<unit>year|month)s?\b",
    re.I,
)
# "their third meeting", "the second summit between ...": an ordinal of meetings, not visits
_MEETING_ORDINAL = re.compile(r"\b(?:meeting|summit|talks|sit-down)s?\b", re.I)


def _meeting_ordinal(ctx: Context, claim: Claim, n: int, people: list[str]) -> Verdict:
    """'Their third in-person meeting': the in-person contacts naming all the people, up to
    the one the article means (the latest begun by its date plus `visits.AHEAD_DAYS`), in
    the window the claim gives; 'the first since 2019' counts from after 2019 (the last one
    was then), 'the fourth since June' from June."""
    met = visits.meetings_of(people, ctx.as_of)
    window = visit_window(ctx.article, claim)
    if window is not None:
        since = ctx.article.date(window.id)
        first = since.end if n == 1 and window.text.startswith("since") else None
        met = met.loc[
            met["start"] > _ts(first) if first else met["start"] >= _ts(window.start)
        ].reset_index(drop=True)
        met = met.assign(ordinal=range(1, len(met) + 1))
    elif (span := _IN_YEARS.search(claim.text)) and (k := pat.number_of(span.group("n"))):
        # "their first meeting in six years": none in the six years before
        years = k if span.group("unit").lower() == "year" else k / 12
        start = _ts(ctx.as_of) - pd.DateOffset(months=round(years * 12))
        met = met.loc[met["start"] > start].reset_index(drop=True)
        met = met.assign(ordinal=range(1, len(met) + 1))
    if met.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The timeline has no in-person meeting of {' and '.join(people)}.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "count of meetings",
            needs="a fuller calendar",
        )
    labels = [f"{_where(r._asdict())} ({to_day(r.start)})" for r in met.itertuples()]
    decision = v.decide_ordinal(n, labels, labels[-1])
    evidence = make_evidence(
        visits.TABLE,
        met["row"],
        {f"meeting {r.ordinal}": to_day(r.start) for r in met.itertuples()},
        f"in-person meetings of {' and '.join(people)} up to {to_day(met['start'].iloc[-1])}",
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "count of meetings",
        (evidence,),
        needs_text(decision, "a fuller calendar of official meetings"),
    )


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def visit_window(article: Article, claim: Claim) -> Any:
    """The period an ordinal claim counts in: its first vague date with both ends resolved
    ('in recent months'), or a date after 'since' up to the article ('since June'); None
    when it names neither (count every visit in the timeline)."""
    upto = article.published.end or article.published.start
    # the claim's own dates, else its sentence's ("the fourth to visit, since June")
    refs = claim.dates or (tuple(w.date for w in claim.frame.when) if claim.frame else ())
    for ref in refs:
        d = article.date(ref)
        if d.resolved and d.vague and d.start and d.end:
            return d
        before = article.text[max(0, d.start_char - 12) : d.start_char]
        if d.start and upto and d.start < upto and _SINCE.search(before):
            return replace(
                d, text=f"since {d.text}", end=upto, basis=f"{d.basis}; up to the article"
            )
    return None


def check_event(ctx: Context, claim: Claim) -> Verdict | None:
    """A visit or meeting against the timeline: its dates, else (undated) its length or
    that it took place before the article. The contact is found by the people the claim
    names, else by where it was ('two days of talks in Geneva')."""

    visit_frame = claim.frame is not None and claim.frame.kind == frames.VISIT
    if not visit_frame and (
        claim.topic != "official visits and meetings" or claim.type not in ("event_date", "count")
    ):
        return None
    people = persons_named(ctx, claim) or _previous_people(ctx, claim)
    places = _venues(ctx, claim)
    if not people and not places:
        return None
    dates = [d for d in _event_dates(ctx, claim) if not d.vague]
    table = visits.official_contacts()
    where = table["places"].fillna("").str.lower()
    # where it was, as the claim says: its cities, or a host country it names other than
    # its people's own ("US Commerce chief Raimondo arrives in China": China)
    hosts = _host_countries(ctx, claim, people)
    there = where.map(lambda w: any(p.lower() in w for p in places)) | table["host"].map(
        lambda h: bool(h) and countries.iso3(str(h)) in hosts
    )
    if people:
        everyone = table["people"].map("; ".join) + "; " + table["official"]
        named = everyone.map(lambda o: sum(visits.names(p, o) for p in people))
        # the contacts naming the most of the claim's people (at least one), at the places
        # the claim names when the people met there at all
        mine = table.loc[(named == named.max()) & (named > 0)]
        if there[mine.index].any():
            mine = mine.loc[there[mine.index]]
    else:
        mine = table.loc[there]
    label = "the visit" if len(people) == 1 else "the meeting"
    if not dates:
        whole = people and (named.max() == len(people) > 1)
        at_place = not mine.empty and bool(there[mine.index].all())
        return _undated_event(ctx, claim, mine, label, decisive=bool(whole or at_place))
    claimed = (min(d.start for d in dates), max(d.end for d in dates))
    if people:
        # a contact of any of the people that holds the claimed days, where the claim says,
        # wins over one naming more of them on other days (a host the timeline leaves out)
        during = (
            (named > 0) & (table["start"] <= _ts(claimed[0])) & (table["end"] >= _ts(claimed[1]))
        )
        if there.any():
            during &= there
        if during.any():
            mine = table.loc[during & (named == named[during].max())]
    if mine.empty:
        decision = v.decide_event_dates(claimed, None, label)
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "event dates",
            needs="a fuller calendar of official visits",
        )
    nearest = mine.loc[(mine["start"] - _ts(claimed[0])).abs().idxmin()]
    recorded = (to_day(nearest["start"]), to_day(nearest["end"]))
    if (
        all(d.granularity == "day" for d in dates)
        and len(dates) == 1
        and dates[0].start == (recorded[0])
    ):
        recorded_cmp = (recorded[0], recorded[0])  # a single day names the start
    else:
        recorded_cmp = recorded
    coarse = not all(d.granularity == "day" for d in dates)
    decision = v.decide_event_dates(claimed, recorded_cmp, label, coarse=coarse)
    elsewhere = _elsewhere(ctx, claim, nearest)
    if elsewhere:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The timeline (official US-China contacts) has {label} in {nearest['host']} "
            f"({nearest['places']}) on {to_day(nearest['start'])}; the claim is about "
            f"{elsewhere}, which it may not record.",
        )
    return _event_verdict(claim, decision, nearest)


def _event_verdict(claim: Claim, decision: v.Decision, row: Any) -> Verdict:
    evidence = make_evidence(
        visits.TABLE,
        [row["row"]],
        {"title": row["title"], "start": row["start"], "end": row["end"]},
        "visits and meetings of the named people",
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "event dates",
        (evidence,),
        needs_text(decision, "a fuller calendar of official visits"),
    )


def _undated_event(
    ctx: Context, claim: Claim, mine: pd.DataFrame, label: str, decisive: bool
) -> Verdict | None:
    """An undated contact: the latest recorded before the article. A length the claim gives
    ('two days of talks') is compared with the recorded days; otherwise the contact having
    taken place supports the claim when it names all its people or where it was."""
    if ctx.as_of is None or patterns()["contact_given"].search(_from_sentence_start(ctx, claim)):
        return None  # "Yellen's trip is part of ...": the contact is taken as given
    before = mine.loc[mine["start"] <= _ts(ctx.as_of)]
    if before.empty:
        return None
    row = before.loc[before["start"].idxmax()]
    first, last = to_day(row["start"]), to_day(row["end"])
    span = f"{first} to {last}" if last != first else str(first)
    length = pat.event_length(claim.text)
    if length is not None:
        same = length == int(row["days"])
        decision = v.Decision(
            Label.SUPPORTED if same else Label.PARTLY,
            f"The timeline has {label} on {span}: {int(row['days'])} day(s); the claim says "
            f"{length}.",
        )
    elif decisive:
        decision = v.Decision(
            Label.SUPPORTED,
            f"The timeline has {label} in {_where(row)} on {span}, before the article.",
        )
    else:
        return None
    return _event_verdict(claim, decision, row)


def _where(row: Any) -> str:
    return ", ".join(str(row["places"]).split(";")) or str(row["host"]) or "a call"


def _event_dates(ctx: Context, claim: Claim) -> list[Any]:
    """The claim's dates that are the contact's: not those of another event that a sequence
    word sets apart ('the Monday announcement followed two days of talks')."""
    text = ctx.article.text
    met = patterns()["meetings"].search(claim.text)
    if met is None:
        return claim_dates(ctx, claim)
    at = claim.start + met.start()

    def own(d: Any) -> bool:
        between = text[min(d.end_char, at) : max(d.start_char, at)]
        return not patterns()["sequence"].search(between)

    return [d for d in claim_dates(ctx, claim) if own(d)]


def _from_sentence_start(ctx: Context, claim: Claim) -> str:
    """A claim with what its sentence says before it ("During that meeting, " + claim)."""
    text = ctx.article.text
    start = max(text.rfind(end, 0, claim.start) for end in (". ", "? ", "! ", "\n")) + 1
    return text[start : claim.end].lstrip()


def _host_countries(ctx: Context, claim: Claim, people: list[str]) -> set[str]:
    """Countries a claim names, other than its people's own (ISO codes)."""
    own = {o.country for p in people if (known := gz.person(p)) for o in known.offices}
    named = {
        e.country
        for e in (ctx.article.entity(r) for r in claim.entities)
        if e.label == gz.PLACE and e.kind == "country" and e.country
    }
    return named - own


def _venues(ctx: Context, claim: Claim) -> list[str]:
    """Where the claim says a contact took place (cities and regions it names)."""
    ents = [ctx.article.entity(e) for e in claim.entities]
    return [e.canonical for e in frames.venues(ents)]


def _elsewhere(ctx: Context, claim: Claim, recorded: Any) -> str:
    """The places a claim names when none of them is where the recorded contact was."""
    places = [
        ctx.article.entity(e) for e in claim.entities if ctx.article.entity(e).label == "PLACE"
    ]
    host = countries.iso3(str(recorded["host"])) if recorded["host"] else None
    where = str(recorded["places"]).lower()
    if not places or any(p.country == host or p.canonical.lower() in where for p in places):
        return ""
    return ", ".join(p.canonical for p in places)


def _ts(day: dt.date) -> Any:

    return pd.Timestamp(day)


def _subject_before(ctx: Context, claim: Claim) -> list[str]:
    """A person named just before a claim in its sentence, closing the clause before it."""
    text = ctx.article.text
    for e in reversed(ctx.article.entities):
        if e.end <= claim.start and e.label == "PERSON":
            between = text[e.end : claim.start]
            return [e.canonical] if len(between) <= 3 and "." not in between else []
    return []


def _previous_people(ctx: Context, claim: Claim) -> list[str]:
    """People of the nearest earlier claim about a visit (for 'A four-day visit ...')."""
    earlier = [
        c
        for c in ctx.article.claims
        if c.end <= claim.start and c.topic == "official visits and meetings"
    ]
    for other in reversed(earlier):
        people = persons_named(ctx, other)
        if people:
            return people
    return []


_FORMER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:former|ex-)", re.I)


def check_office(ctx: Context, claim: Claim) -> Verdict | None:
    """'Liu He, the vice premier': the office the officials table gives the person on the
    article's date ('former': an office that had ended by then). Only offices the table
    lists for the person are claims (`claims.OFFICE`), the table not being a biography."""
    if claim.type != "office" or ctx.as_of is None:
        return None
    e = next(ctx.article.entity(r) for r in claim.entities)
    person = gz.person(e.canonical)
    if person is None or not person.offices:
        return None
    words = set(re.findall(r"[a-z]+", claim.text.lower()))
    named = gz.offices_named(words, person.offices[0].country)
    offices = [o for p, o in named if p.name == person.name]
    former, day = bool(_FORMER.match(claim.text)), ctx.as_of
    if not offices:
        return None if former else _office_of_another(claim, e.canonical, named, day)
    held = [
        o
        for o in offices
        if o.start is not None
        and (
            (o.end is not None and o.end < day)
            if former
            else (o.start <= day and (o.end is None or day <= o.end))
        )
    ]
    if not held and all(o.start is None for o in offices):
        return None  # no dates for the office: nothing to decide with
    office = (held or offices)[0]
    term = _term(office)
    if held:
        label = Label.SUPPORTED
        why = f"{e.canonical} {'had been' if former else 'was'} {office.title}"
    else:
        label = Label.UNSUPPORTED
        verb = "still held" if former else "did not hold"
        why = f"On {day}, {e.canonical} {verb} the office of {office.title}"
    table = datasets.load("officials")
    rows = table.loc[(table["name"] == e.canonical) & (table["role"] == office.title)].index
    evidence = make_evidence(
        "officials",
        rows,
        {"person": e.canonical, "office": office.title, "term": term},
        f"{e.canonical}'s offices",
    )
    return Verdict(claim, label, f"{why} ({term}, officials table).", "office held", (evidence,))


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
    figure_checks.check_taxonomy,
    figure_checks.check_rank,
    figure_checks.check_amount,
    figure_checks.check_reserves,
    check_share,
    check_ban,
    check_ordinal,
    check_event,
    figure_checks.check_count,
    figure_checks.check_trade,
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
    return [check_claim(ctx, claim) for claim in article.claims]


# --- output ----------------------------------------------------------------------------------
