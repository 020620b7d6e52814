"""Titles and roles around a person's name: "US Commerce Secretary Gina Raimondo", "our
correspondent in New York, Name", "Wang Wentao, China's commerce minister, said"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from analysis.article import date_patterns, name_cues
from analysis.article import gazetteer as gz
from analysis.article.text import Sentence


def _is_modifier(word: str) -> bool:
    """A word that can be part of a title before a name ("US", "Commerce", "former", "of")."""
    cues = name_cues.cues()
    if word in cues.openers:
        return False
    return bool(
        re.fullmatch(r"[A-Z][\w.'’-]*", word)
        or word in cues.title_modifiers
        or cues.titles.fullmatch(word)
    )


def role_before(text: str, start: int, sent: Sentence | None) -> str | None:
    """The title directly before a name ("US Commerce Secretary" Gina Raimondo), if any."""
    floor = sent.start if sent else max(0, start - 80)
    before = text[floor:start]
    if not before.endswith(" "):
        return None
    kept: list[re.Match[str]] = []
    for w in reversed(list(re.finditer(r"\S+", before))[-6:]):
        if w.group().endswith((",", ";", ":", ".")) or not _is_modifier(w.group()):
            break
        kept.insert(0, w)
    while kept and kept[0].group() in ("of", "for"):
        kept.pop(0)
    if not any(name_cues.cues().titles.fullmatch(w.group()) for w in kept):
        return None
    return before[kept[0].start() :].strip()


def appositive_role(text: str, start: int, sent: Sentence | None) -> str | None:
    """A title phrase ending in a comma just before the name ("our correspondent in X, Name")."""
    floor = sent.start if sent else max(0, start - 80)
    before = text[floor:start]
    m = re.search(r"([^,;:]{3,60}),\s$", before)
    if not m:
        return None
    phrase = m.group(1)
    title = None
    for t in name_cues.cues().titles.finditer(phrase):
        title = t
    if title is None:
        return None
    keep: list[str] = []
    for word in reversed(phrase[: title.start()].split()):
        if not _is_modifier(word):
            break
        keep.insert(0, word)
    return " ".join([*keep, phrase[title.start() :].strip()])


def appositive_after(text: str, end: int) -> str | None:
    """A role in commas after a name ("Wang Wentao, China's commerce minister, said")."""
    m = re.match(r",\s(?:the\s|a\s|an\s)?([^,;.]{3,90}?)(?=[,;.])", text[end : end + 100])
    if not m or len(m.group(1).split()) > 10:
        return None
    title = name_cues.cues().titles.search(m.group(1))
    if title is None:
        return None
    lead = m.group(1)[: title.start()].split()
    if not all(_is_modifier(w) or w in gz.demonyms() for w in lead):
        return None
    return m.group(1).strip()


def portfolio(text: str, end: int) -> bool:
    """Whether an organisation's name ending at `end` is the portfolio of a title that
    goes on before a name ("US Treasury" in "US Treasury Secretary Scott Bessent")."""
    return name_cues.cues().portfolio.match(text, end) is not None


def titled(text: str, cand: Any) -> bool:
    """Whether a known organisation's name (`cand`, a candidate with `label`, `start` and
    `end`) ending in a title word goes on with a capitalised name ("U.S. Trade
    Representative Jamieson Greer"): the words are the person's title there, not the office
    named. Not a name that opens as a body's does ("Office of the US Trade Representative":
    `leads`), nor before a weekday or a month ("Trade Representative Friday announced"):
    the office then acts (review of round 29)."""
    if cand.label != gz.ORG:
        return False
    named = text[cand.start : cand.end]
    words = named.split()
    cues = name_cues.cues()
    if not words or not cues.titles.fullmatch(words[-1]) or cues.leads.match(named):
        return False
    after = re.match(r"\s([A-Z][a-z]\w*)", text[cand.end : cand.end + 40])
    if after is None:
        return False
    word = after.group(1)
    return word.lower() not in date_patterns.WEEKDAYS and word not in date_patterns.MONTH_NAMES


def untitled(text: str, cands: list[Any], match: Callable[[str], list[Any]]) -> list[Any]:
    """The table's candidates with each office read as a title (`titled`) replaced by the
    names `match` finds in the words before its title word (the place "U.S." of "U.S. Trade
    Representative Robert Lighthizer"), as if the table did not know the office."""
    out = []
    for c in cands:
        if not titled(text, c):
            out.append(c)
            continue
        head = text[c.start : c.end].rsplit(None, 1)[0]
        out += [replace(i, start=c.start + i.start, end=c.start + i.end) for i in match(head)]
    return out
