"""Timelines: entries headed by a date line.

An explainer's timeline lists events under lines that open with a date: a line that is
only the date ("February 1, 2025", "Feb. 4, 2025"), or a date followed by a colon or a
dash and the entry's headline ("Feb. 4: Trump slaps China with 10% tariffs", "January 21
– A day after taking office, ..."). Each such line heads the lines after it, up to the
next one: its entry. The entries are told in the present of their day ("Trump announces a
10% tariff, effective February 4"), so the entry's date, not the article's, is the day a
date without a year is read from, and the day of an entry's claim that names none.

A text is read as a timeline only when at least `MIN_ENTRIES` lines open so: one dated
heading line is a headline, not a timeline. The last entry has no next date line to end
it: it ends before a heading, or after as many lines as the longest entry before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from analysis.article.text import Sentence

# Fewest date lines that make a text a timeline (one alone is a dated headline).
MIN_ENTRIES = 2

# What may follow the date on its line: nothing (a date heading), or a colon or a dash
# opening the entry's headline or first sentence.
_AFTER_DATE = re.compile(r"\s*(?:$|[:–—]\s*\S|-\s+\S)")
_BEFORE_DATE = re.compile(r"^[\s\-–—•*]*$")


class _Dated(Protocol):
    start_char: int
    end_char: int
    granularity: str


@dataclass(frozen=True)
class Entry:
    """The sentences `first`..`last` (indices, inclusive) under the date `heading` (the
    index of the date expression in the list it was found in)."""

    first: int
    last: int
    heading: int


def _opens_line(sent: Sentence, text: str, ref: _Dated) -> bool:
    """Whether the day `ref` opens the line of `sent` and only a colon, a dash or nothing
    follows it."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if not (sent.start <= ref.start_char < sent.end):
        return False
    if not _BEFORE_DATE.match(text[line_start : ref.start_char]):
        return False
    line_end = text.find("\n", ref.end_char)
    rest = text[ref.end_char : line_end if line_end >= 0 else len(text)]
    return bool(_AFTER_DATE.match(rest))


def entries(text: str, sents: Sequence[Sentence], refs: Sequence[_Dated]) -> list[Entry]:
    """The timeline entries of a text (none unless `MIN_ENTRIES` lines open with a day)."""
    heads: list[tuple[int, int]] = []  # (sentence index, date index)
    for i, sent in enumerate(sents):
        for j, ref in enumerate(refs):
            if ref.granularity == "day" and _opens_line(sent, text, ref):
                heads.append((i, j))
                break
    if len(heads) < MIN_ENTRIES:
        return []
    out = []
    for n, (i, j) in enumerate(heads):
        last = heads[n + 1][0] - 1 if n + 1 < len(heads) else len(sents) - 1
        out.append(Entry(i, last, j))
    out[-1] = _last_entry(sents, out)
    return out


def _lines(sents: Sequence[Sentence], entry: Entry) -> int:
    """How many lines (paragraphs) an entry spans, its date line among them."""
    return len({s.paragraph for s in sents[entry.first : entry.last + 1]})


def _last_entry(sents: Sequence[Sentence], found: list[Entry]) -> Entry:
    """The last entry, ended where the timeline does: nothing but the next date line ends
    it, so prose after the timeline would be read as of its day. It ends before a heading,
    or after as many lines as the longest entry before it has (one line of text after a
    run of one-line entries is the article going on)."""
    last = found[-1]
    most = max((_lines(sents, e) for e in found[:-1]), default=_lines(sents, last))
    end = last.first
    lines = {sents[last.first].paragraph}
    for k in range(last.first + 1, last.last + 1):
        if sents[k].heading or len(lines | {sents[k].paragraph}) > most:
            break
        lines.add(sents[k].paragraph)
        end = k
    return Entry(last.first, end, last.heading)


def entry_at(found: Sequence[Entry], i: int) -> Entry | None:
    """The entry sentence `i` belongs to, if any."""
    return next((e for e in found if e.first <= i <= e.last), None)
