"""Goods named as what other goods are used for ("five metals used across defence, clean
energy and other industries"): a use, never what a claim is about."""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.entity_refs import Entity

# At most this many characters between the words of use and the good they list.
USE_REACH = 60

# What may stand between them: a list of words (no clause mark, no verb of its own).
_LIST = re.compile(r"[\w\s,'’&-]*", re.I)


def named_as_use(text: str, at: int) -> bool:
    """Whether the name at `at` in `text` is in a list opened by words of use
    (`use_phrases`) shortly before it."""
    before = text[max(0, at - USE_REACH) : at]
    found = list(patterns()["use_phrase"].finditer(before))
    return bool(found) and bool(_LIST.fullmatch(before[found[-1].end() :]))


def named_as_reason(text: str, at: int) -> bool:
    """Whether the name at `at` in `text` is in the reason or the occasion of what the text
    tells, a few words after a reason word after the act's object or a verb of talk
    (`goods_reason`: "a tariff on Chinese goods over fentanyl", "discussed the curbs over
    tea"; not "control over rare earths", "over 50 tonnes of")."""
    return bool(patterns()["goods_reason"].search(text[max(0, at - USE_REACH) : at]))


def describe_parties(text: str, ents: list[Entity], offset: int) -> list[Entity]:
    """The goods of `text` (at `offset` in the article) named as what parties do, right
    before a party noun ("aerospace and defense firms", `party_nouns`)."""
    trade = patterns()["party_trade"]
    return [e for e in ents if e.label == gz.COMMODITY and trade.match(text, e.end - offset)]


def not_uses(text: str, ents: list[Entity], offset: int) -> list[Entity]:
    """The entities of `text` (which starts at `offset` in the article; below 0 when
    unknown: all kept) but goods named as uses (only goods: a country or an actor after the
    list is never a use), nor goods named as a reason or an occasion (`named_as_reason`)."""
    return [
        e
        for e in ents
        if offset < 0
        or e.label != gz.COMMODITY
        or not (named_as_use(text, e.start - offset) or named_as_reason(text, e.start - offset))
    ]
