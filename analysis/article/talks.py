"""Talks told with no person: the two governments as a contact's parties.

News of a round of US-China talks often names no official: "The two sides previously met in
Geneva and London", "two days of marathon talks in Switzerland ... between the two largest
economies", "Recent trade talks between the two countries wrapped up in Stockholm". Such a
claim has a meeting word (`meetings`), the two sides as its parties (`two_sides` in
`data/lexicon/claims.yaml`) and the place the talks were held: a contact the timeline of
official contacts decides by place and days, as it does "two days of talks in Geneva".
Without the place it is left as before (fcv21's places-only rule is the other way round: a
place with no contact word tells no contact).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.entities import Entity

# The two governments of the timeline (`analysis.analyses.visits.SIDES`, which this layer
# may not import): a country of theirs named in a claim is a party, never the venue.
THE_TWO = ("USA", "CHN")
# "met in Geneva", "talks at Lancaster House", "held in the Swiss city of Geneva": the
# preposition of the place right before it (with an article or a short descriptor)
_HELD_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+(?:city|capital)\s+of\s+)?$", re.I)


def held_in(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """The places a claim says something was held in: a city or region, or a country other
    than the two sides', right after "in" or "at" (not a capital standing for its
    government, and not a place a measure's goods come from: "tariffs on goods from
    Vietnam" names no venue)."""
    out = []
    for e in ents:
        if e.label != gz.PLACE or e.metonym_for:
            continue
        if e.kind == "country" and (not e.country or e.country in THE_TWO):
            continue
        for m in re.finditer(re.escape(e.text), text):
            if _HELD_IN.search(text[: m.start()]):
                out.append(e)
                break
    return out


def sides_meet(text: str, ents: Sequence[Entity]) -> bool:
    """Whether `text` tells a contact of the two governments that names no person: a
    meeting word, the two sides as parties ("the two sides", "between the two largest
    economies", "both delegations") and a place it was held in (`held_in`). A claim naming
    a person is read by its people, as before."""
    if any(e.label == gz.PERSON for e in ents):
        return False
    if patterns()["meetings"].search(text) is None or patterns()["two_sides"].search(text) is None:
        return False
    return bool(held_in(text, ents))
