"""A listing's parties counted by place, in a sentence after the listing (round 35, fx35b):
"The 11 entities are under the destinations of the People's Republic of China (PRC) (6),
Russia (3), and the United Arab Emirates (UAE) (2)", "Twelve organizations (11 in China, one
in Taiwan)", "Sixty-one of the new additions were from China", "These entities cover ...
China (23), India (1)". China's figure counts the listing's Chinese parties (`IN_CHINA`, what
the count is of), which the Entity List rules table records (`china_added`); the clause's
frame is the listing told before it (`listing_count`). So is a count in a clause whose subject
only refers back to the listing ("It encompassed 23 Chinese companies": `back_count`, round
41, left41). Words: `place_count_*` and `listing_back_counts` in `data/lexicon/claims.yaml`;
the rules in docs/article.md and docs/factcheck.md."""

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


@cache
def _back() -> re.Pattern[str]:
    """A subject referring back to a listing, a verb of comprising and the count's start
    (`listing_back_counts`), compiled once."""
    count = rf"(?P<num>\d+|{SPELLED})"
    filled = (p.replace("{count}", count) for p in words().listing_back_counts)
    return re.compile("(?:" + "|".join(filled) + ")", re.I)


@cache
def _placed() -> re.Pattern[str]:
    """A place right after a count (`back_count_placed`), compiled once."""
    return re.compile("(?:" + "|".join(words().back_count_placed) + ")", re.I)


@cache
def _others() -> re.Pattern[str]:
    """A count of parties (`place_count_parties`, up to two words between) right before a
    word joining others to it (`count_others_joins`), compiled once."""
    w = words()
    parties = "(?:" + "|".join(w.place_count_parties) + ")"
    joins = "|".join(w.count_others_joins)
    return re.compile(
        rf"\b(?:\d+|{SPELLED})\s+(?:[\w-]+\s+){{0,2}}?{parties}(\s+)(?:{joins})\b", re.I
    )


def others_breaks(text: str) -> list[tuple[int, int, str]]:
    """Breaks (start, end, text) after a count of parties before other parties joined to it
    ("23 Chinese companies along with a handful in Türkiye"): the others are a claim apart,
    so the count is decided alone (round 41, left41)."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _others().finditer(text)]


@cache
def _joins() -> re.Pattern[str]:
    """A word joining other parties to a count (`count_others_joins`), compiled once."""
    return re.compile(rf"(?:{'|'.join(words().count_others_joins)})\b", re.I)


def others_joined(text: str) -> bool:
    """Whether a clause opens on a word joining other parties to a count before it
    (`count_others_joins`: "along with a handful in Türkiye")."""
    return bool(_joins().match(text))


def back_count(text: str, q: Quantity | None) -> Quantity | None:
    """The count `q` when a clause `text` counts a listing's parties as the object of a
    verb of comprising whose subject only refers back to the listing ("It encompassed 23
    Chinese companies", "The latest round included 36 entities"); None for a count of
    anything else ("It included 23 percent of the goods"), one further on in the clause, or
    one of the parties in a place ("4 companies in Hong Kong": `back_count_placed`)."""
    if q is None or q.of != "count" or (m := _back().match(text)) is None:
        return None
    at = text.find(q.text)
    if not 0 <= at <= m.start("num") < at + len(q.text):
        return None
    return None if _placed().match(text, at + len(q.text)) else q


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
    frame: frames.Frame,
    q: Quantity,
    before: Sequence[frames.Frame | None],
    referred: bool = False,
) -> frames.Frame:
    """The frame of a count by place, or of one whose subject refers back to the listing
    (`referred`: `back_count`): the last listing told before it (its actor, action, partner
    and dates), a count of `q`; unchanged when none was told before, or when a count by
    place tells a listing of its own."""
    if frame.action == "listing" and not referred:
        return frame
    return members.listing_frame(frame, before, frames.COUNT, q)


def listing_told(before: Sequence[frames.Frame | None]) -> bool:
    """Whether a listing was told before (a count by place is one of its parties)."""
    return any(f is not None and f.action == "listing" for f in before)
