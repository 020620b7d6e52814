"""A claim's types and topics: what kind of statement a clause makes, and what subject
(hence what data) it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.dates import DateRef
from analysis.article.entities import Entity
from analysis.article.text import Sentence

QUANTITY_SHARE = "quantity_share"
COUNT = "count"
POLICY_ACTION = "policy_action"
EVENT_DATE = "event_date"
ATTRIBUTION = "attribution"
CAUSAL = "causal"
OFFICE = "office"
USE = "use"  # what a good is used for: a fact no table holds
TYPES = (QUANTITY_SHARE, POLICY_ACTION, COUNT, EVENT_DATE, ATTRIBUTION, CAUSAL, OFFICE, USE)

TOPICS = (
    "critical-mineral supply share",
    "market share",
    "prices",
    "trade flows",
    "export controls",
    "tariffs",
    "investment restrictions",
    "sanctions",
    "industrial policy",
    "official visits and meetings",
    "other",
)


def topic(types: list[str], text: str, ents: list[Entity]) -> str:
    """The topic of a claim of `types`: what data would decide it (`TOPICS`)."""
    kinds = {e.kind for e in ents if e.label == gz.INSTRUMENT}
    commodity_kinds = {e.kind for e in ents if e.label == gz.COMMODITY}
    if QUANTITY_SHARE in types:
        if re.search(r"\bprices?\b", text, re.I):
            return "prices"
        if "mineral" in commodity_kinds:
            return "critical-mineral supply share"
        if re.search(r"\b(?:exports?|imports?|trade surplus|trade deficit)\b", text, re.I):
            return "trade flows"
        return "market share" if commodity_kinds else "other"
    if POLICY_ACTION in types or kinds:
        if kinds & {"investment restrictions"}:
            return "investment restrictions"
        if kinds & {"tariffs"}:
            return "tariffs"
        if kinds & {"sanctions"}:
            return "sanctions"
        if kinds & {"subsidies"} or re.search(r"\binvest\w*|subsidi", text, re.I):
            return "industrial policy"
        return "export controls"
    if re.search(r"\b(?:visit\w*|trip|travel\w*|meet\w*|summit|talks|tour)\b", text, re.I):
        return "official visits and meetings"
    return "other"


def national_title(text: str) -> bool:
    """An appositive that opens with a country's adjective and a capitalised title, with no
    article: "Xie Feng, Chinese Ambassador to the United States, said ..."."""
    return any(
        text.startswith(f"{word} ") and text[len(word) + 1 : len(word) + 2].isupper()
        for word in gz.demonyms()
    )


def took_office(
    text: str, start: int, sent: Sentence, ents: list[Entity], dates: list[DateRef]
) -> Entity | None:
    """The known official a clause (`text` at `start`) says took office, with a date in it
    or after it in its sentence ("President Trump took office on January 20, 2025", "was
    sworn in as Commerce Secretary on ..."; `took_office` words): named in the clause,
    else in its sentence."""
    took = patterns()["took_office"].search(text)
    if took is None or not any(start + took.start() <= d.start_char < sent.end for d in dates):
        return None
    for lo, hi in ((start, start + len(text)), (sent.start, sent.end)):
        known = [
            e
            for e in ents
            if e.label == gz.PERSON
            and lo <= e.start < hi
            and (p := gz.person(e.canonical)) is not None
            and p.offices
        ]
        if known:
            return known[0]
    return None


# How many words after a copula may name the office ("is the US Trade Representative"), so
# that "is also expected to meet ... Vice Premier X" or "was accompanied by ..." is no office.
OFFICE_WORDS = 6


def predicate_official(text: str, start: int, ents: list[Entity]) -> Entity | None:
    """A known official who is the subject of a copula whose predicate names an office the
    officials table lists for their country ("Jamieson Greer is the US Trade
    Representative", "X was the US ambassador to China in 2023", "X became Treasury
    Secretary in January 2025": `office_copula`, `office_became` words right after the
    name): the office held is the claim, whoever the table gives it to."""
    copula = patterns()["office_copula"]
    for e in ents:
        if e.label != gz.PERSON or not start <= e.start < start + len(text):
            continue
        person = gz.person(e.canonical)
        m = copula.match(text, e.end - start)
        if m is None or person is None or not person.offices:
            continue
        predicate = re.split(r"[,;:(]", text[m.end() :])[0].lower().split()[:OFFICE_WORDS]
        words = set(re.findall(r"[a-z]+", " ".join(predicate)))
        if gz.offices_named(words, person.offices[0].country):
            return e
    return None


def office_holder(
    text: str, start: int, sent: Sentence, ents: list[Entity], dates: list[DateRef]
) -> Entity | None:
    """The known official a clause says took office (`took_office`) or held one (a
    predicate office, `predicate_official`)."""
    return took_office(text, start, sent, ents, dates) or predicate_official(text, start, ents)


def names_a_good(inside: list[Entity]) -> bool:
    """Whether a clause names a good itself, not only the rare-earth group it may be in."""
    return any(
        e.label == gz.COMMODITY and not re.search(r"rare[- ]earth", e.canonical, re.I)
        for e in inside
    )


# Up to six words right before a name, none a clause mark: the title a name may carry.
_TITLE = re.compile(r"((?:[\w'’.-]+\s+){1,6})$")


def titled_official(text: str, start: int, ents: list[Entity]) -> Entity | None:
    """A known official named right after the title of an office the officials table lists
    for them, ending a clause that makes no other claim (the caller's condition): "was
    greeted by US Ambassador to China Nicholas Burns". The office held is the claim; an
    official who is the subject of a verb ("Treasury Secretary X criticised ...", "President
    X said ...") is not: that clause is about what they did or said."""
    for e in ents:
        if e.label != gz.PERSON or not start <= e.start < start + len(text):
            continue
        if text[e.end - start :].strip(" .,;:!?\"'”’)"):
            continue  # the name does not end its clause
        person = gz.person(e.canonical)
        title = _TITLE.search(text[: e.start - start])
        if person is None or not person.offices or title is None:
            continue
        words = set(re.findall(r"[a-z]+", title.group(1).lower()))
        if any(
            p.name == person.name for p, _ in gz.offices_named(words, person.offices[0].country)
        ):
            return e
    return None


def only_a_date(piece: Any, dated: Sequence[tuple[int, int]]) -> bool:
    """'In 2019', 'On Monday 3 July' or 'Starting 1 August': a date span and at most two
    other words, short ones or words of taking effect (`effect_words`) (a clause, with its
    `start`, `end` and `text`)."""
    inside = [(a, b) for a, b in dated if piece.start <= a and b <= piece.end]
    if not inside:
        return False
    rest = piece.text
    for a, b in sorted(inside, reverse=True):
        rest = rest[: a - piece.start] + " " + rest[b - piece.start :]
    effect = patterns()["effect"]
    return len(rest.split()) <= 2 and all(len(w) <= 6 or effect.fullmatch(w) for w in rest.split())


def dated_contact(noun: Any, relative: Any, dates: list[DateRef]) -> bool:
    """'Her visit, which is scheduled to last through Sunday': a clause that is only a
    contact taken as given ("her visit", "the talks"), then a relative clause dating it;
    together they state when the contact takes place (clauses with `types`, `text`,
    `start`, `end`)."""
    given = patterns()["contact_given"].match(noun.text)
    return (
        not noun.types
        and given is not None
        and given.end() == len(noun.text)
        and re.match(r"(?:which|that)\b", relative.text, re.I) is not None
        and any(d.resolved and relative.start <= d.start_char < relative.end for d in dates)
    )


def predicate_after_aside(pieces: Sequence[Any], continues: re.Pattern[str]) -> set[int]:
    """The indices of an aside set off by commas and of the predicate after it, when a
    claim clause is their subject ("Tariffs on US goods, including soybeans, were imposed
    by China on 6 July") and the predicate says no more than a date or an agent (not "...,
    set to begin April 9, is in addition to the 20% ...", a claim of its own): both go with
    the subject's clause, which makes one claim. `continues` tells a clause with no subject
    of its own (`claims._CONTINUATION`)."""
    out: set[int] = set()
    for i in range(2, len(pieces)):
        subject, aside, rest = pieces[i - 2], pieces[i - 1], pieces[i]
        if (
            (subject.types or i - 2 in out)
            and not aside.types
            and continues.match(aside.text)
            and patterns()["predicate_opens"].match(rest.text)
            # a predicate with a figure is a claim of its own
            and set(rest.types) <= {EVENT_DATE, POLICY_ACTION}
            # "... approval which, considering ..., would be difficult": the relative's predicate
            and not patterns()["ends_relative"].search(subject.text)
        ):
            out |= {i - 1, i}
    return out
