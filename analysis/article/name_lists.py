"""Lists of names of one kind in a sentence ("gallium, germanium and antimony", people
listed with their titles), kept whole when the claim finder cuts a sentence into clauses."""

from __future__ import annotations

import functools
import itertools
import re

from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity

_LIST_GAP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# people listed with their titles: "Scott Bessent, Secretary of State Marco Rubio, and
# Commerce Secretary Howard Lutnick"
_TITLED_GAP = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}"
)


def spans(text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Spans of lists of names of one kind ("gallium, germanium and antimony"), kept whole
    when a sentence is cut into clauses."""
    runs: list[tuple[int, int, str]] = []  # start, end, the last gap
    ordered = sorted(ents, key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        gap = text[a.end : b.start]
        titled = a.label == gz.PERSON and _TITLED_GAP.fullmatch(gap)  # ", Secretary of State "
        if a.label == b.label and (_LIST_GAP.fullmatch(gap) or titled):
            if runs and runs[-1][1] == a.end:
                runs[-1] = (runs[-1][0], b.end, gap)
            else:
                runs.append((a.start, b.end, gap))
    # a list ends with "and" or "or" ("Xi and Biden, Raimondo is ..." is not one)
    found = [(a, b) for a, b, last in runs if re.search(r"\b(?:and|or)\b", last)]
    return found + _goods_lists(text, ents) + noun_lists(text) + office_names(text)


@functools.cache
def _office_name_patterns() -> tuple[re.Pattern[str], ...]:
    """The officials table's office titles that hold a comma ("Minister of Economy, Trade
    and Industry"), each as a pattern that also takes a comma before its "and"."""
    titles = {o.title for p in gz.people() for o in p.offices if "," in o.title}
    return tuple(
        re.compile(
            r"\b"
            + re.escape(t).replace(r"\ and\ ", r",?\s+and\s+").replace(r",\ ", r",\s+")
            + r"\b",
            re.I,
        )
        for t in sorted(titles)
    )


def office_names(text: str) -> list[tuple[int, int]]:
    """Spans of the officials table's office titles with commas in them ("Japanese Minister
    of Economy, Trade, and Industry"), kept whole so the title reads as one (round 38,
    fx38b)."""
    return [(m.start(), m.end()) for p in _office_name_patterns() for m in p.finditer(text)]


# An item of a list of goods not all of them known by name ("polysilicon", "chipmaking
# tools", "their compounds"): one to three lower-case words, none a verb form or a word
# that opens a clause or a phrase of its own ("a metal used in ...", "on 3 May").
_NOT_ITEM = (
    r"(?:a|an|the|which|that|who|while|as|it|they|its|on|in|to|from|by|for|with|at|"
    r"since|after|before|and|or)\b"
)
_ITEM = rf"(?!{_NOT_ITEM})[a-z][\w-]*\b(?<!ed)(?<!ing)"
_ITEMS = re.compile(
    rf"(?:,\s+{_ITEM}(?:\s+{_ITEM}){{0,2}}){{1,6}},?\s+(?:and|or)\s+{_ITEM}(?:\s+{_ITEM}){{0,2}}\b"
)


def _goods_lists(text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Lists of goods that open on a known good and go on with goods the reader does not
    know by name ("tungsten, polysilicon and wafers", "gallium, germanium and their
    compounds"), kept whole: cut at its first comma, the list's claim loses its date."""
    goods = [e for e in ents if e.label == gz.COMMODITY]
    masked = list(text)  # a known good counts as an item ("chipmaking tools")
    for e in goods:
        masked[e.start : e.end] = "x" * (e.end - e.start)
    plain = "".join(masked)
    return [(e.start, m.end()) for e in goods if (m := _ITEMS.match(plain, e.end))]


# A list of single lower-case nouns after a determiner ("the assembly, maintenance, repair,
# and upgrading of these technologies", "its mining, smelting and separation"): at least
# three items, a gerund among them being a noun; none a word of `_NOT_ITEM`.
_NOUN = rf"(?!{_NOT_ITEM})[a-z][\w-]*\b"
_NOUN_LIST = re.compile(
    rf"\b(?:the|its|their|his|her|these|those|such)\s+{_NOUN}(?:,\s+{_NOUN}){{1,8}},?"
    rf"\s+(?:and|or)\s+{_NOUN}"
)


def noun_lists(text: str) -> list[tuple[int, int]]:
    """Lists of at least three single lower-case nouns after a determiner, kept whole: cut
    at their commas, a clause loses its subject or its verb ("It was also announced that
    transfers involving the assembly, maintenance, repair, and upgrading of these technologies
    would require export licenses"; round 39, fx39c)."""
    return [(m.start(), m.end()) for m in _NOUN_LIST.finditer(text)]
