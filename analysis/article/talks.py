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
from analysis.article.entity_refs import Entity

# The two governments of the timeline (`analysis.analyses.visits.SIDES`, which this layer
# may not import; `tests/test_talks_sides.py` holds them equal): a country of theirs named
# in a claim is a party, never the venue.
THE_TWO = ("USA", "CHN")


def held_in(text: str, ents: Sequence[Entity], start: int | None = None) -> list[Entity]:
    """The places a claim says something was held in: a city or region, or a country other
    than the two sides', right after "in" or "at" (`held_in_before`: "met in Geneva", "in
    the Swiss city of Geneva"; not a capital standing for its government, and not a place a
    measure's goods come from: "tariffs on goods from Vietnam" names no venue). `text`
    starts at `start` in the article: each place is read where its entity stands; with no
    `start`, at its name's whole-word occurrences ("Niger" is not inside "Nigeria")."""
    before = patterns()["held_in_before"]
    out = []
    for e in ents:
        if e.label != gz.PLACE or e.metonym_for:
            continue
        if e.kind == "country" and (not e.country or e.country in THE_TWO):
            continue
        if start is not None:
            at = [e.start - start] if 0 <= e.start - start <= len(text) else []
        else:
            at = [m.start() for m in re.finditer(rf"\b{re.escape(e.text)}\b", text)]
        if any(before.search(text[:i]) for i in at):
            out.append(e)
    return out


def sides_meet(text: str, ents: Sequence[Entity], start: int | None = None) -> bool:
    """Whether `text` (at `start` in the article, when given) tells a contact of the two
    governments that names no person: a meeting word, the two sides as parties ("the two
    sides", "between the two largest economies", "both delegations") and a place it was
    held in (`held_in`). A claim naming a person is read by its people, as before."""
    if any(e.label == gz.PERSON for e in ents):
        return False
    if patterns()["meetings"].search(text) is None or patterns()["two_sides"].search(text) is None:
        return False
    return bool(held_in(text, ents, start))
