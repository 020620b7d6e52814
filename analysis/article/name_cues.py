"""The cue words of name recognition, compiled once from `data/lexicon/name_cues.yaml`
(and the titles of `roles.yaml`): heads, leads, speech verbs, affiliations, list markers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from analysis.article import gazetteer as gz
from analysis.data import lexicon


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(set(items), key=lambda i: (-len(i), i)))


@dataclass(frozen=True)
class Cues:
    heads: dict[str, tuple[str, str]]  # last word -> (label, kind)
    leads: re.Pattern[str]  # "Ministry of" at a span's start
    lead_types: dict[str, tuple[str, str]]
    numbered: re.Pattern[str]
    quoted: re.Pattern[str]
    instrument_noun: re.Pattern[str]  # right after a generic instrument word
    honorific: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_before: re.Pattern[str]  # "said Dana Whitcombe"
    according_to: re.Pattern[str]
    byline: re.Pattern[str]
    affiliation: re.Pattern[str]
    descriptor: re.Pattern[str]
    descriptor_before: re.Pattern[str]  # "chipmaker X", "subsidiary X"
    org_before: re.Pattern[str]
    org_after: re.Pattern[str]
    place_before: re.Pattern[str]
    place_after: re.Pattern[str]
    product_after: re.Pattern[str]  # "chips" after a name, past a bracketed acronym
    product_nouns: frozenset[str]  # their words, lower case ("GPUs" ending a name)
    demonyms: re.Pattern[str]
    lists: re.Pattern[str]
    list_types: dict[str, str]
    list_nouns: re.Pattern[str]  # a list's head noun right before its names
    openers: frozenset[str]
    not_person: frozenset[str]
    not_acronyms: frozenset[str]
    event_heads: frozenset[str]
    title_modifiers: frozenset[str]
    former: re.Pattern[str]  # "former", "ex-" before a title
    former_words: frozenset[str]  # their letters ("ex")
    title_connectors: frozenset[str]
    title_words: frozenset[str]
    connectors: frozenset[str]
    dotted: frozenset[str]  # cue words written with a full stop ("Inc.", "Mr.")
    titles: re.Pattern[str]
    portfolio: re.Pattern[str]  # " Secretary Scott" after "US Treasury"
    portfolio_of: re.Pattern[str]  # "Minister for ..." before a name


@cache
def cues() -> Cues:
    c = lexicon.name_cues()
    heads = {
        w: (label, kind)
        for label, kinds in c.heads.items()
        for kind, ws in kinds.items()
        for w in ws
    }
    lead_types = {
        w: (label, kind)
        for label, kinds in c.leads.items()
        for kind, ws in kinds.items()
        for w in ws
    }
    titles = _alternation(gz.title_words())
    speech = _alternation(lexicon.saying_verbs("speech_verbs"))
    return Cues(
        heads=heads,
        leads=re.compile(rf"(?:{_alternation(lead_types)})\s"),
        lead_types=lead_types,
        numbered=re.compile(
            rf"(?<![\w-])(?:{_alternation(c.numbered)})\s(?:No\.\s?)?\d+[A-Z]?(?![\w-])"
            r"(?:\s(?:and|&)\s\d+[A-Z]?)?(?:\sof\s(?:19|20)\d\d)?"
        ),
        quoted=re.compile(
            r"[\"“]((?:[A-Z][\w'’-]*|\d+)(?:\s(?:[A-Z][\w'’-]*|\d+|of|and|the|for|on)){0,7})[\"”]"
            rf"\s(?:{_alternation(c.instrument_nouns)})\b"
        ),
        instrument_noun=re.compile(rf"\s({_alternation(c.instrument_nouns)})\b", re.I),
        honorific=re.compile(rf"(?<![\w])(?:{_alternation(c.honorifics)})\s$"),
        speech_after=re.compile(rf"^,?\s+(?:{speech})\b", re.I),
        speech_before=re.compile(rf"\b(?:{speech})\s$", re.I),
        according_to=re.compile(rf"\b(?:{_alternation(c.according_to)})\s$", re.I),
        byline=re.compile(rf"^(?:{_alternation(c.bylines)})\s$"),
        affiliation=re.compile(
            rf"\b(?:{titles})s?\s(?:{_alternation(c.affiliation_words)})\s(?:the\s)?$", re.I
        ),
        descriptor=re.compile(
            rf"^,\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}?(?:{_alternation(c.org_descriptors)})\b", re.I
        ),
        descriptor_before=re.compile(rf"(?<![\w-])(?:{_alternation(c.org_descriptors)})\s$"),
        org_before=re.compile(rf"(?:{_alternation(c.org_before)})\s$", re.I),
        org_after=re.compile(rf"^(?:['’]s)?\s(?:{_alternation(c.org_after)})\b", re.I),
        place_before=re.compile(rf"(?<![\w])(?:{_alternation(c.place_before)})\s$"),
        place_after=re.compile(rf"^\s(?:{_alternation(c.place_after)})\b", re.I),
        product_after=re.compile(
            rf"^(?:\s\([A-Z]{{2,6}}\))?\s(?:{_alternation(c.product_nouns)})\b"
        ),
        product_nouns=frozenset(w.lower() for w in c.product_nouns),
        demonyms=re.compile(rf"(?:{_alternation(gz.demonyms())})\s"),
        lists=re.compile(
            rf"\b({_alternation(w for ws in c.list_heads.values() for w in ws)})"
            rf"(?:\s[\w.'’-]+){{0,5}}?,?\s(?:{_alternation(c.list_markers)})\s",
            re.I,
        ),
        list_nouns=re.compile(
            rf"\b({_alternation(w for ws in c.list_heads.values() for w in ws)})\s(?=[A-Z])"
        ),
        list_types={w.lower(): label for label, ws in c.list_heads.items() for w in ws},
        openers=frozenset(c.openers),
        not_person=frozenset(c.not_in_person_names) | frozenset(c.openers),
        not_acronyms=frozenset(c.not_acronyms),
        event_heads=frozenset(c.event_heads),
        title_modifiers=frozenset(c.title_modifiers),
        former=re.compile(rf"\b(?:{_alternation(c.former_words)})", re.I),
        former_words=frozenset(w.strip("-").lower() for w in c.former_words),
        title_connectors=frozenset(c.title_connectors),
        connectors=frozenset(c.connectors),
        dotted=frozenset(
            w
            for w in [
                *c.honorifics,
                *(w for k in c.heads.values() for ws in k.values() for w in ws),
            ]
            if w.endswith(".")
        ),
        title_words=frozenset(w for t in gz.title_words() for w in t.split() if w[0].isupper()),
        titles=re.compile(rf"\b(?:{titles})\b", re.I),
        portfolio=re.compile(rf"\s(?:{_alternation(c.portfolio_titles)})\s[A-Z]"),
        portfolio_of=re.compile(rf"\b(?:{_alternation(c.portfolio_titles)})\s(?:for|of)\s"),
    )
