"""The goods a claim is about when its sentence names a group of goods with its members.

"Banning exports of several critical minerals (gallium, germanium and antimony)", "an export
ban on critical minerals, including gallium, germanium, and antimony": the group word (a
generic good of the goods lexicon) says what kind of goods the members are; the claim is
about the members, so the group is not a good the measure must cover besides them. What
opens the members is the lexicon's `group_members` (a parenthesis, maybe after a
destination, "including", "such as", a colon), matched where the group's name ends; the
members may lie past the claim's end ("..., including gallium" split off as its own
clause), up to the closing parenthesis or the sentence's end. A list of goods right after
the group's name, with nothing but a space between ("the critical minerals gallium,
germanium and antimony": apposition, round 31), names its members too.
"""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.entity_refs import Entity
from analysis.data import goods

# How far after the words opening the members the first member may start (characters):
# "(gallium", ", including the metals gallium".
MEMBERS_WITHIN = 15


def with_members(
    text: str, start: int, own: list[Entity], sentence: str, sentence_ents: list[Entity]
) -> list[Entity]:
    """The entities of a claim (`text` at `start` in the article, in `sentence`), each
    generic good whose members (goods that are not generic) its sentence names right after
    it replaced by those members."""
    at = sentence.find(text)
    if at < 0:
        return own
    base = start - at  # where the sentence starts in the article
    goods = [e for e in sentence_ents if e.label == gz.COMMODITY and not e.generic]
    out = list(own)
    for e in own:
        if e.label != gz.COMMODITY or not e.generic:
            continue
        opened = patterns()["group_members"].match(sentence, e.end - base)
        if opened is None:
            after = sorted((g for g in goods if g.start >= e.end), key=lambda g: g.start)
            if listed := _apposed(sentence, e.end - base, after, base):
                out = [x for x in out if x != e] + [g for g in listed if g not in out]
            continue
        first = opened.end() + base
        close = sentence.find(")", opened.end()) if opened.group().endswith("(") else -1
        end = (close if close >= 0 else len(sentence)) + base
        members = [g for g in goods if first <= g.start and g.end <= end]
        if members and members[0].start - first <= MEMBERS_WITHIN:
            out = [x for x in out if x != e] + [g for g in members if g not in out]
    return out


# What joins the goods of a list named in apposition to its group ("the critical minerals
# gallium, germanium and antimony"): a comma, "and", "or", or both.
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.I)


def _apposed(sentence: str, at: int, after: list[Entity], base: int) -> list[Entity]:
    """The goods named in apposition right after a group's name, which ends at `at` in
    `sentence` ("critical minerals gallium, germanium and antimony": nothing but a space
    between the group and its first member, then a list), or none. A good after "and"
    ("critical minerals and gallium") is another good, not a member."""
    if not after or not sentence[at : after[0].start - base].isspace():
        return []
    listed = [after[0]]
    for g in after[1:]:
        between = sentence[listed[-1].end - base : g.start - base]
        if not _LIST_JOIN.fullmatch(between):
            break
        listed.append(g)
    return listed


# How many words may stand between a technology and the goods it is for: "technology to
# extract and separate rare earths" (three), "know-how for making rare-earth magnets" (one).
TECHNOLOGY_GAP = 4


def as_technology(
    text: str,
    start: int,
    own: list[Entity],
    ids: tuple[str, ...],
    spans: list[tuple[int, int]],
) -> tuple[str, ...]:
    """The goods ids of a claim (`text` at `start` in the article), each good named as what
    a technology is for, or as the head of one, replaced by that technology (`technology_of`
    in the goods lexicon): a ban on "technology to extract rare earths" or on "rare earth
    extraction technologies" is not a ban on rare earths (`_for_purpose`, `_headed`)."""
    known = goods.technologies()
    purpose = patterns()["technology_purpose"].search(text)
    swap = {}
    for e in own:
        if e.label != gz.COMMODITY or not goods.names_a_good(e.canonical):
            continue  # no goods id: any other error surfaces
        good = goods.resolve(e.canonical)
        if good not in known:
            continue
        if _headed(text, e.end - start) or (
            purpose and _for_purpose(text, start, purpose, e, own, spans)
        ):
            swap[good] = known[good]
    return tuple(dict.fromkeys(swap.get(g, g) for g in ids))


def _for_purpose(
    text: str,
    start: int,
    purpose: re.Match[str],
    e: Entity,
    own: list[Entity],
    spans: list[tuple[int, int]],
) -> bool:
    """Whether the good `e` is named as what a technology is for (`technology_purpose`, then
    at most `TECHNOLOGY_GAP` words and no punctuation before it). Not when a date (`spans`,
    in `text`), another entity or words opening a list of members (`group_members`) stand
    between: then "to", "in" are not a purpose ("technology in 2023 and magnets",
    "technology to the US including magnets")."""
    at = e.start - start
    if at < purpose.end():
        return False
    between = text[purpose.end() : at]
    if len(between.split()) > TECHNOLOGY_GAP or re.search(r"[,;:.()]", between):
        return False
    return not (
        _interrupted(purpose.end(), at, start, own, spans)
        or patterns()["group_members"].search(between)
    )


def _headed(text: str, end: int) -> bool:
    """Whether the good whose name ends at `end` in `text` heads a technology named after
    it ("chip technology", "rare earth extraction and separation technologies":
    `technology_head`)."""
    return 0 <= end <= len(text) and patterns()["technology_head"].match(text, end) is not None


def _interrupted(
    begin: int, end: int, start: int, own: list[Entity], spans: list[tuple[int, int]]
) -> bool:
    """Whether a date or an entity lies between two points of a claim text."""
    inside = [(e.start - start, e.end - start) for e in own] + list(spans)
    return any(begin <= a and b <= end for a, b in inside)
