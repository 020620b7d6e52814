"""The goods a claim is about when its sentence names a group of goods with its members.

"Banning exports of several critical minerals (gallium, germanium and antimony)", "an export
ban on critical minerals, including gallium, germanium, and antimony": the group word (a
generic good of the goods lexicon) says what kind of goods the members are; the claim is
about the members, so the group is not a good the measure must cover besides them. What
opens the members is the lexicon's `group_members` (a parenthesis, maybe after a
destination, "including", "such as", a colon), matched where the group's name ends; the
members may lie past the claim's end ("..., including gallium" split off as its own
clause), up to the closing parenthesis or the sentence's end.
"""

from __future__ import annotations

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.entities import Entity

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
            continue
        first = opened.end() + base
        close = sentence.find(")", opened.end()) if opened.group().endswith("(") else -1
        end = (close if close >= 0 else len(sentence)) + base
        members = [g for g in goods if first <= g.start and g.end <= end]
        if members and members[0].start - first <= MEMBERS_WITHIN:
            out = [x for x in out if x != e] + [g for g in members if g not in out]
    return out
