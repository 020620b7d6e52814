"""A listing's parties counted by place, in a sentence after the listing (round 35, fx35b):
"The 11 entities are under the destinations of the People's Republic of China (PRC) (6),
Russia (3), and the United Arab Emirates (UAE) (2)", "Twelve organizations (11 in China, one
in Taiwan)", "Sixty-one of the new additions were from China", "These entities cover ...
China (23), India (1)". China's figure counts the listing's Chinese parties (`IN_CHINA`, what
the count is of), which the Entity List rules table records (`china_added`); the clause's
frame is the listing told before it (`listing_count`). Words: `place_count_*` in
`data/lexicon/claims.yaml`; the rules in docs/article.md and docs/factcheck.md."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.article import frames, members
from analysis.article import gazetteer as gz
from analysis.article.claim_patterns import SPELLED
from analysis.article.claim_words import words
from analysis.article.date_patterns import spelled_value
from analysis.article.entity_refs import Entity
from analysis.article.quantities import Quantity, outside

IN_CHINA = "in China"  # what a count of a breakdown by place is of (`Quantity.of`)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The parties' nouns, a figure after a place, a figure before it and the words of a part
    by reason after it, compiled once."""
    w = words()
    parties = "(?:" + "|".join(w.place_count_parties) + ")"
    count = rf"(?P<num>\d+|{SPELLED})"

    def compiled(found: tuple[str, ...]) -> re.Pattern[str]:
        filled = (p.replace("{count}", count).replace("{parties}", parties) for p in found)
        return re.compile("(?:" + "|".join(filled) + ")", re.I)

    nouns = re.compile(rf"\b{parties}\b", re.I)
    qualified = compiled(w.place_count_qualified)
    return nouns, compiled(w.place_count_after), compiled(w.place_count_before), qualified


def _value(num: str) -> int | None:
    return int(num) if num.isdigit() else spelled_value(num)


def china_count(
    text: str, start: int, ents: Sequence[Entity], sentence: str, date_spans: list[tuple[int, int]]
) -> Quantity | None:
    """China's figure in a clause `text` (at `start` in the article; `ents` inside it) that
    counts by place the parties its `sentence` names (`place_count_parties`): a figure in
    brackets after China ("China (23)", "the PRC (6)") or before "in"/"from" it ("11 in
    China"); None when there is none, or when words after it tell a part of the parties by
    reason (`place_count_qualified`). A figure inside a date (`date_spans`, offsets in
    `text`) is none."""
    nouns, after, before, qualified = _patterns()
    if not nouns.search(sentence):
        return None
    for e in ents:
        if e.label != gz.PLACE or e.country != "CHN" or e.kind != "country" or e.metonym_for:
            continue
        at, end = e.start - start, e.end - start
        m = after.match(text, end) or before.search(text, 0, at)
        if m is None or not outside(date_spans, m.start("num")):
            continue
        if qualified.match(text, max(end, m.end())):
            continue  # "14 are based in China and have enabled ...": a part by reason
        value = _value(m.group("num"))
        if value is not None:
            said = text[min(at, m.start()) : max(end, m.end())]
            return Quantity(said, float(value), "entities", IN_CHINA, "", value, value)
    return None


def listing_count(
    frame: frames.Frame, q: Quantity, before: Sequence[frames.Frame | None]
) -> frames.Frame:
    """The frame of a count by place: the last listing told before it (its actor, action,
    partner and dates), a count of `q`; unchanged when the clause tells a listing of its own
    or none was told before."""
    if frame.action == "listing":
        return frame
    return members.listing_frame(frame, before, frames.COUNT, q)


def listing_told(before: Sequence[frames.Frame | None]) -> bool:
    """Whether a listing was told before (a count by place is one of its parties)."""
    return any(f is not None and f.action == "listing" for f in before)
