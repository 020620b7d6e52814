"""Office claims: who held an office on a day, taking office, and titles before names,
decided by the officials table (docs/factcheck.md, "office held" and "taking office").

`check_office` is one of `factcheck.CHECKS`; a title's office claim is judged on the date
of the past act its clause gives, else on the article's date (`_act_span`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pandas as pd

from analysis.article import gazetteer as gz
from analysis.article import parties
from analysis.article.claim_types import (
    SPEAKER,
    SUBJECT,
    comma_title,
    namesakes,
    oath_agent,
    office_title_words,
    ranked,
    title_before,
    title_role,
)
from analysis.article.claim_words import patterns
from analysis.article.claim_words import words as claim_words
from analysis.article.claims import Claim
from analysis.article.name_cues import cues
from analysis.article.office_titles import TITLE_NOTE
from analysis.data import cache, datasets
from analysis.evidence.model import Context, Verdict, make_evidence
from analysis.vocab import Label

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# An article or a place's possessive before a title's "former" ("China's former vice
# premier"; round 25, fco16)
_LEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:\S+(?:\s\S+)?[’']s\s+)?", re.I)


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
    took = patterns()["took_office"].search(claim.text) or patterns()["office_became"].search(
        claim.text
    )
    if took is not None:
        return _office_start(ctx, claim, person, claim.start + took.start())
    words = set(re.findall(r"[a-z]+", claim.text.lower()))
    text = ctx.article.text
    # the person's own title, up to any other person named before it ("Vice President X
    # and Commerce Secretary Y": Y's is "Commerce Secretary"; review dt14d, regression 1)
    ents = ctx.article.entities
    titled = title_before(text, e, claim.start, ents) if claim.start <= e.start else None
    if titled is None and claim.start < e.start:  # "China's ambassador ..., X," (fco16)
        titled = comma_title(text, e, claim.start, ents)
    own = titled[1] if titled else text[max(e.end, claim.start) : claim.end]
    # a title before the name names its office by its own words, not by another person's
    # title in the claim ("U.S. President X and Chinese Vice Premier Y": not the vice
    # presidency; round 34, fx34o)
    if titled:
        words = set(re.findall(r"[a-z]+", own.lower()))
    named = [
        (p, o) for p, o in gz.offices_named(words, person.offices[0].country) if ranked(own, o)
    ]
    offices = [o for p, o in named if p.name == person.name]
    if titled and not offices:  # the title in the words of the office's own name
        offices = gz.offices_titled(person, set(re.findall(r"[a-z]+", titled[1].lower())))
    if country := _title_country(ctx, claim, person, titled[0] if titled else claim.start):
        offices = []  # another country's office ("X, China's ambassador ..." for a US envoy)
        named = gz.offices_named(words, country)
    # "former" and `title_now` words of the person's own title only: not another person's
    # ("led by former X and Trade Representative Y"), nor a claim's other words ("The
    # current rules were written in 2022 by Commerce Secretary Y"; dt14d, doubts 3, 4)
    former_word = cues().former  # "former", "ex-" in the title, or opening the claim
    former = bool(
        former_word.search(titled[1])
        if titled
        else former_word.match(_LEAD.sub("", claim.text, count=1))
    )
    day = ctx.as_of
    if not offices:
        return None if former else _office_of_another(claim, e.canonical, named, day)
    now = patterns()["title_now"].search(titled[1]) if titled else None
    # the title alone, set off by commas after or before the name ("X, China's commerce
    # minister, said in 2019", "In 2019, China's commerce minister, X, said"): its claim's
    # frame has not the sentence's time (dt18)
    aside = claim.start >= e.end or claim.end <= e.start
    act = None
    if not (former or now or not (titled or aside)):
        act = (_act_span(ctx, claim, e) if titled else None) or (
            _aside_span(ctx, claim, e) if aside else None
        )
    # else the sentence's leading phrase of time ("Under the Biden administration, ...")
    lead = None if act or former or now or not titled else _leading_time(ctx, e, titled[0])
    if lead:
        act = next((s for s in lead if _held(offices, *s)), lead[0])
    span = _past_span(ctx, claim, e.end, person.offices[0].country)
    lo, hi = span or act or (day, day)
    current = [o for o in offices if o.start is not None and o.start <= day <= (o.end or day)]
    if former:  # only the end matters, and not an office held again on the day (dt14c R5, R6)
        held = [] if current else [o for o in offices if o.end is not None and o.end < day]
    else:
        held = _held(offices, lo, hi)
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
    # a phrase of time the officials table spans not, when the office had ended by the
    # article's date: not one begun after it, which no act the article tells can fall in
    # ("After the talks, Commerce Secretary X said" in an article before X's term; dt16, R1)
    told = told or (lead == [] and any(o.end is not None and o.end < day for o in offices))
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
        when = f"On {day}"
        if act or span:
            when = f"By {hi}" if lo == dt.date.min else f"Between {lo} and {hi}"
        why = f"{when}, {e.canonical} {verb} the office of {office.title}"
    rows = office_lines().get((e.canonical, office.title), ())
    evidence = make_evidence(
        "officials",
        rows,
        {"person": e.canonical, "office": office.title, "term": term},
        f"{e.canonical}'s offices",
    )
    return Verdict(claim, label, f"{why} ({term}, officials table).", "office held", (evidence,))


@cache.lent
def office_lines() -> Mapping[tuple[str, str], tuple[int, ...]]:
    """The officials table's rows (CSV lines, in order) per person and office (`name`,
    `role`): read once per process, read-only, and again when the table's files change or
    `datasets.clear_cache()` runs (round 31, speed28: each office verdict loaded and
    selected the table for its evidence's rows)."""
    table = datasets.load("officials")
    lines: dict[tuple[str, str], list[int]] = {}
    cells = zip(table.index.tolist(), table["name"].tolist(), table["role"].tolist(), strict=True)
    for line, name, role in cells:
        lines.setdefault((name, role), []).append(int(line))
    return MappingProxyType({key: tuple(found) for key, found in lines.items()})


def _title_country(ctx: Context, claim: Claim, person: gz.Person, at: int) -> str | None:
    """The country a title (at `at`) opens with when it is not the person's ("Nicholas
    Burns, China's ambassador to the United States": a place, maybe after an article, as a
    possessive or before a word of an office title; round 25, fco16), else None."""
    lead = _ARTICLE.match(ctx.article.text[at:])
    at += lead.end() if lead else 0
    place = next(
        (x for x in ctx.article.entities if x.label == gz.PLACE and x.start == at and x.country),
        None,
    )
    if place is not None:
        country, end = place.country, place.end
    elif said := parties.demonym_at(ctx.article.text, at):
        # "Japanese Prime Minister Li Qiang": a nationality word opening the title (review
        # of round 38: China's `title_synonyms` made it China's premiership)
        country, end = said
    else:
        return None
    if country == person.offices[0].country:
        return None
    after = re.match(r"(?:[’']s)?\s+([A-Za-z-]+)", ctx.article.text[end:])
    return country if after and after.group(1).lower() in office_title_words() else None


def _held(offices: list[gz.Office], lo: dt.date, hi: dt.date) -> list[gz.Office]:
    """The offices held at some time from `lo` to `hi`."""
    return [
        o
        for o in offices
        if o.start is not None and o.start <= hi and (o.end is None or lo <= o.end)
    ]


def _leading_time(ctx: Context, e: Any, title_at: int) -> list[tuple[dt.date, dt.date]] | None:
    """The spans a sentence's leading phrase of time (`act_leading`, ending in the comma
    before the title at `title_at`) gives the act of the titled official `e`: a date in it
    (not vague, ended before the article's date: "Between 2018 and 2020, Commerce Secretary
    X ..."), else an era (`act_eras`, or "under" a person) named after a person of the
    officials table, or after `e` ("his first term"): that person's terms in the office of
    their latest ("the Trump administration": both of Trump's terms; `act_era_ordinals`
    pick one, "Trump's first term"). [] for a phrase of time that gives neither ("During
    the trade war, ...", "Under the Obama administration, ..."); None for no such phrase,
    or one opening with `act_leading_own` words ("In a statement, ...") and giving neither.
    The claim starts after the phrase, so its frame has not its time (fixj14; review dt14d,
    doubt 1)."""
    text, day, words = ctx.article.text, ctx.as_of, patterns()
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, title_at)), default=0)
    phrase = text[opening:title_at]
    if not words["act_leading"].fullmatch(phrase):
        return None
    dates = [
        d
        for d in ctx.article.dates
        if opening <= d.start_char < title_at and d.start and d.end and not d.vague
    ]
    if dates:
        lo, hi = min(d.start for d in dates), max(d.end for d in dates)
        return [(lo, hi)] if hi < day else None
    era = words["act_eras"].search(phrase)
    names = [
        x.canonical
        for x in ctx.article.entities
        if x.label == gz.PERSON and opening <= x.start and x.end <= title_at
    ]
    if not names:  # "the Biden administration" is an organisation's name
        names = [p.name for p in gz.people() if _names_in(p, phrase)][:1]
    if era and not names and re.search(r"\b(?:his|her|their)\b", phrase, re.I):
        names = [e.canonical]  # "During his first term, President X ..."
    under = re.match(r"\s*under\s+(\w+)", phrase, re.I)
    if under and names and _under_title(gz.person(names[0]), under.group(1)):
        return None  # "Under Secretary X, ...": a title, no era (dt16, R2)
    person = gz.person(names[0]) if names and (era or under) else None
    if person is None or not person.offices:
        own = words["act_leading_own"].match(phrase.lstrip())
        return None if own and not era else []
    latest = max(person.offices, key=lambda o: o.start or dt.date.min)
    terms = sorted(
        (o for o in person.offices if o.keywords == latest.keywords and o.start and o.start <= day),
        key=lambda o: o.start,
    )
    if (nth := words["act_era_ordinals"].search(phrase)) is not None:
        ordinals = [w.lower() for w in claim_words().act_era_ordinals]
        at = ordinals.index(nth.group(0).lower())
        terms = terms[at : at + 1]
    handover = dt.timedelta(days=ERA_HANDOVER_DAYS)
    return [(o.start + handover, min(o.end - handover if o.end else day, day)) for o in terms]


# A term's first and last day are its handover days, shared with the officials of the term
# before or after it (both sworn in or leaving on an inauguration day): an era named after
# a person ("under the Trump administration") spans its terms without them.
ERA_HANDOVER_DAYS = 1


def _under_title(person: gz.Person | None, word: str) -> bool:
    """Whether "under" and the `word` after it are words of one of the person's office
    titles ("Under Secretary X"), not an era under the person ("Under President X")."""
    return person is not None and any({"under", word.lower()} <= o.keywords for o in person.offices)


def _names_in(person: gz.Person, phrase: str) -> bool:
    """Whether the phrase names the person (their name or a capitalised alias, a whole word)."""
    return any(
        re.search(rf"\b{re.escape(a)}\b", phrase)
        for a in (person.name, *person.aliases)
        if a[:1].isupper()
    )


# Where a sentence ends, for the leading phrase of the next one.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘(]?[A-Z])|\n")


def _told_then(
    text: str, e: Any, title_at: int, offices: list[gz.Office], day: dt.date, past: bool = False
) -> bool:
    """A title of an office the person no longer held on the article's date but had held
    before it (one of those the words name), before a name that is not a speaker's ("the
    trade war initiated by President Trump" in a 2022 article): the office held when the
    act took place, not a claim about the article's day. A speaker's title ("Commerce
    Secretary X said", "said Commerce Secretary X") and a subject's, the title opening its
    clause ("Ambassador X declined to comment"), as `claim_types.title_role` tells, are the
    office they speak or act from in the article's news; but not in a past clause whose
    predicate names no office (`past`: "Premier X was mourned", "Commerce Secretary X was
    wrong"; round 23 review dt14c)."""
    if not any(o.end is not None and o.end < day for o in offices):
        return False  # never held before the article: no earlier office to name
    if past:
        return True
    return title_role(text, title_at, e.end) not in (SPEAKER, SUBJECT)


def _act_span(ctx: Context, claim: Claim, e: Any) -> tuple[dt.date, dt.date] | None:
    """'In 2018, Commerce Secretary X said ...', 'President X imposed tariffs in 2018': a
    title before the name `e` in a clause that dates the act it tells; the span of the first
    such date (not vague, ended before the article's date) is the time the title is judged on
    (round 23 review dt14c, R1). For a title's own office claim (`office_titles`), the dates
    of the narrowest clause around it, inside that clause's span (a date in text the clause
    reports is not in its frame); for a claim about a titled name, a date inside it. Only
    the clause's own time counts (`_own_time`; dt14d, regression 2)."""
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
    text = ctx.article.text
    refs = sorted((ctx.article.date(w.date) for w in around.frame.when), key=lambda d: d.start_char)
    for d in refs:
        inside = around.start <= d.start_char < around.end
        dated = inside and d.start and d.end and not d.vague and d.end < day
        if dated and _own_time(text, around.start, e, d.start_char, ctx.article.entities):
            return d.start, d.end
    return None


def _aside_span(ctx: Context, claim: Claim, e: Any) -> tuple[dt.date, dt.date] | None:
    """The time of the act a sentence tells of an official whose title is a claim of its
    own, set off by commas around or before their name ("In 2019, X, China's commerce
    minister, said", "X, China's commerce minister, said in 2019 that"): the first date of
    the sentence outside the title and the name (not vague, ended before the article's
    date) that is the official's own act's time (`_own_time`, read as if the title and its
    commas were part of the name), as `_act_span` gives a title before a name (dt18: an
    appositive's office was judged on the article's date whatever the sentence dated)."""
    text, day = ctx.article.text, ctx.as_of
    lo, hi = min(claim.start, e.start), max(claim.end, e.end)
    close = re.match(r"\s*,", text[hi:])
    name = _Span(lo, hi + (close.end() if close else 0))
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, lo)), default=0)
    ending = _SENTENCE_END.search(text, hi)
    closing = ending.start() if ending else len(text)
    for d in sorted(ctx.article.dates, key=lambda d: d.start_char):
        inside = opening <= d.start_char < closing and not lo <= d.start_char < name.end
        dated = inside and d.start and d.end and not d.vague and d.end < day
        if dated and _own_time(text, opening, name, d.start_char, ctx.article.entities):
            return d.start, d.end
    return None


@dataclasses.dataclass(frozen=True)
class _Span:
    """A stretch of the article read as a name (`_own_time` reads `start` and `end`)."""

    start: int
    end: int


# How far before a date its `act_date_not_own` words ("since", "the", "its") are looked for:
# a few words, within the clause
NOT_OWN_CHARS = 40


def _own_time(text: str, lo: int, e: Any, at: int, ents: Any = ()) -> bool:
    """Whether the date at `at` is the time of the titled official's own act: before the
    name in the clause ("In 2018, Commerce Secretary X said") or right after their own verb
    ("X said in 2018", "X visited China in 2023"); not a start, an end, a noun's date or a
    year used as an adjective (`act_date_not_own`: "since 2001", "the 2020 trade deal"), nor
    one after a comma, a relative pronoun, a participle (`act_date_participles`: "the rules
    issued in October 2022") or what a verb of saying (`act_speech_verbs`) reports
    (`act_speech_date`: "said exports fell in 2019"). Other people named in between share
    the verb ("Commerce Secretary X, Treasury Secretary Y and ... visited China in 2023"): a
    comma before the last of them is the list's. Round 23 review dt14d, regression 2."""
    words = patterns()
    if words["act_date_not_own"].search(text, max(lo, at - NOT_OWN_CHARS), at):
        return False
    if at < e.start:
        return True
    gap = text[e.end : at]
    listed = [x.end for x in ents if x.label == gz.PERSON and e.end <= x.start and x.end <= at]
    if re.search(r"[,;:\"“”()—–]", text[max([e.end, *listed]) : at]):
        return False
    if re.search(r"[;:\"“”()—–]", gap) or words["relative"].search(gap):
        return False
    if (said := words["act_speech_verbs"].search(gap)) is not None:
        return words["act_speech_date"].fullmatch(gap[said.end() :]) is not None
    tokens = re.findall(r"[\w’'-]+", gap)
    verbs = [
        i
        for i, w in enumerate(tokens)
        if w[0].islower() and words["act_date_participle"].fullmatch(w)
    ]
    return not any(tokens[i - 1].lower() != "and" for i in verbs[1:])


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
    (round 23 review dt14c, doubt 5). A date that is not the predicate's own time
    (`act_date_not_own`: "the first secretary of state to visit China since 2018", "of
    2008") gives no span (round 25, dt17)."""
    text = ctx.article.text
    if (copula := _past_copula(text, after)) is None:
        return None
    rest = re.compile(r"[^,.;:!?\n\"”]*").match(text, copula.end())
    if not gz.offices_named(set(re.findall(r"[a-z]+", rest.group(0).lower())), country):
        return None
    day = ctx.as_of
    refs = [ctx.article.date(w.date) for w in claim.frame.when] if claim.frame else []
    not_own = patterns()["act_date_not_own"]
    for d in sorted(refs, key=lambda d: d.start_char):
        if not_own.search(text, max(copula.end(), d.start_char - NOT_OWN_CHARS), d.start_char):
            continue
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
    rows = office_lines().get((holder.name, office.title), ())
    evidence = make_evidence(
        "officials",
        rows,
        {"person": holder.name, "office": office.title, "term": _term(office)},
        f"who held the office on {day}",
    )
    person = gz.person(name)
    held = [
        o
        for o in (person.offices if person else ())
        if o.start is not None and o.start <= day and (o.end is None or day <= o.end)
    ]
    then = f"; the table has {name} as {held[0].title} then" if held else ""
    own = [
        make_evidence(
            "officials",
            office_lines().get((name, o.title), ()),
            {"person": name, "office": o.title, "term": _term(o)},
            f"the office {name} held on {day}",
        )
        for o in held[:1]
    ]
    return Verdict(
        claim,
        Label.UNSUPPORTED,
        f"On {day}, {office.title} was {holder.name} ({_term(office)}, officials table), "
        f"not {name}, for whom the table lists no such office{then}.",
        "office held",
        (evidence, *own),
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
    text = ctx.article.text
    took = patterns()["took_office"].match(text, at) or patterns()["office_became"].match(text, at)
    agent = oath_agent(text, 0, took.end(), ctx.article.entities) if took else None
    said = text[claim.start : agent[0]] + text[agent[1] : when.end_char] if agent else None
    words = set(re.findall(r"[a-z]+", (said or text[claim.start : when.end_char]).lower()))
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
