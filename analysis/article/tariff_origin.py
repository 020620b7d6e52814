"""Whose goods a tariff claim puts the tariff on, and so who imposes it (round 33, branch
abs33; docs/factcheck-log.md, "Who imposes a tariff on one side's goods").

A tariff falls on the goods of one side and is imposed by the side they enter. The claim's
own words (not a measure it answers: "in response to tariffs on Chinese products") name the
goods' origin as "imports from China", "Chinese imports", "US goods", "American products":
that side never imposes the tariff. The catalog's tariffs are those of the two sides on
each other (`talks.THE_TWO`), so

- a tariff claim that names no one acting and borrows no one ("It comes as part of tariff
  increases on $18 billion worth of imports from China"; "Washington maintains 25 percent
  tariffs on about $250 billion worth of Chinese imports", where the capital is not read as
  its government) is the other side's;
- a claim whose actor was read as the side of the goods, while someone of the other side
  stands before the tariff word ("Trump has imposed tariffs on $360 billion worth of
  Chinese imports in a battle over Beijing's drive"), is that one's.
"""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article.claim_words import first_cue, patterns
from analysis.article.entity_refs import Entity
from analysis.article.parties import demonym_affected
from analysis.article.talks import THE_TWO
from analysis.data import countries

# Right before a country, what makes it where a tariff's goods come from ("imports from
# China", "on goods from the United States").
_FROM = re.compile(r"\b(?:imports|goods|products|exports)\s+from\s+(?:the\s+)?$", re.I)

# How far before a country `_FROM` is looked for, in characters ("products from the ").
FROM_WINDOW = 20


def origins(text: str, ents: list[Entity], offset: int = 0) -> frozenset[str]:
    """The countries whose goods `text` (its `ents` placed at `offset` in the article) puts
    a tariff on: a country right after "imports from" (`_FROM`) or right before its goods
    (`own_goods` in `claim_patterns`), and a demonym qualifying the goods after "on"
    (`demonym_affected`: "on about $250 billion worth of Chinese imports")."""
    named = {str(e.country) for e in _origin_entities(text, ents, offset)}
    goods_at = frozenset(e.start - offset for e in ents if e.label == gz.COMMODITY)
    demonym = demonym_affected(text, goods_at)
    return frozenset(named | ({demonym} if demonym else set()))


def _origin_entities(text: str, ents: list[Entity], offset: int) -> list[Entity]:
    """The countries of `ents` (placed at `offset` in the article) that `text` names as
    where a tariff's goods come from: right after "imports from" (`_FROM`) or right before
    their goods (`own_goods_nouns`, `origin_participles`)."""
    return [
        e
        for e in ents
        if e.label == gz.PLACE
        and e.country
        and 0 <= e.start - offset <= len(text)
        and (
            _FROM.search(text[max(0, e.start - offset - FROM_WINDOW) : e.start - offset])
            or patterns()["own_goods"].match(text, e.end - offset)
        )
    ]


def imposer(sides: frozenset[str]) -> str | None:
    """The side that imposes a tariff on the goods of one of the two sides of the catalog
    (`sides`, from `origins`): the other one; None for goods of both, of neither or of a
    third country."""
    if len(sides) != 1 or not sides <= set(THE_TWO):
        return None
    return next(s for s in THE_TWO if s not in sides)


def actor_of(
    text: str,
    ents: list[Entity],
    movers: list[Entity],
    offset: int,
    found: tuple[str | None, str | None],
    own: str | None,
) -> tuple[str | None, str | None]:
    """The actor of a tariff claim whose own words are `text` (placed at `offset`; `ents`
    its entities, `movers` those that may act), given the actor `found` by the frame and
    the country of its own actor `own` (None when borrowed or missing): the other side
    when the goods are one side's and no one else acts; else `found`."""
    side = imposer(origins(text, ents, offset))
    if side is None or found[1] == side:
        return found
    if own is None:  # none of its own: the other side, over none or the goods' side borrowed
        return (countries.name(side), side) if found[1] in (None, *THE_TWO) else found
    if own not in THE_TWO:  # a third country acting ("Canada's tariffs on Chinese EVs")
        return found
    origin = {e.start for e in _origin_entities(text, ents, offset)}
    if own != side and all(e.start in origin for e in movers if e.country == own):
        # its own actor only names where the goods come from ("Imports of U.S.-grown
        # chicken ... will be subject to an additional 15 percent tariff"): the other side
        return countries.name(side), side
    cue = first_cue(text)
    before = [e for e in movers if e.country == side and e.start - offset < cue]
    return ((before[0].metonym_for or before[0].canonical), side) if before else found
