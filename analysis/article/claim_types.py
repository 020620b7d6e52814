"""A claim's types and topics: what kind of statement a clause makes, and what subject
(hence what data) it is about."""

from __future__ import annotations

import re

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


def names_a_good(inside: list[Entity]) -> bool:
    """Whether a clause names a good itself, not only the rare-earth group it may be in."""
    return any(
        e.label == gz.COMMODITY and not re.search(r"rare[- ]earth", e.canonical, re.I)
        for e in inside
    )
