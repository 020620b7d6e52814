"""Year lines: a line that is only a year heads the dated items under it.

A timeline often groups its items by year: "2023" on a line of its own (or "2023:", "## 2023",
"• 2023"), then "August 1: China implemented licensing ...", "December 21: ...", then "2024"
and its items. The items give a day without a year; the year is the line's above them, not
the article's (round 36, fx36f). A year line covers the sentences after it up to the next
year line or a heading that names no date ("II. Main uses of the minerals": the text has
moved on). A day its own sentence states the year of (`day_anchor`) keeps that year; a day
inside a timeline entry is read from the entry's day (`timeline`), itself read from the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.article import days
from analysis.article.text import Sentence

# A line that is a year and nothing else but list or heading marks and a closing colon.
_YEAR_LINE = re.compile(r"[\s#*•\-–—]*(?P<year>(?:19|20)\d\d)\s*:?\s*")


@dataclass(frozen=True)
class YearLine:
    """The year of a year line, its words, and the sentences it covers (`first`..`last`,
    indices, inclusive)."""

    year: int
    text: str
    first: int
    last: int


def find(sents: Sequence[Sentence]) -> list[YearLine]:
    """The year lines of a text, each with the sentences it covers."""
    heads = [
        (i, int(m.group("year")))
        for i, s in enumerate(sents)
        if (m := _YEAR_LINE.fullmatch(s.text)) and _whole_line(sents, i)
    ]
    out = []
    for n, (i, year) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(sents)
        last = next((k - 1 for k in range(i + 1, end) if _moves_on(sents[k])), end - 1)
        out.append(YearLine(year, sents[i].text, i + 1, last))
    return out


def _whole_line(sents: Sequence[Sentence], i: int) -> bool:
    """Whether sentence `i` is its line alone (no other sentence of its paragraph)."""
    para = sents[i].paragraph
    return all(s.paragraph != para for k, s in enumerate(sents) if k != i)


def _moves_on(sent: Sentence) -> bool:
    """Whether a sentence is a heading that names no date (the year's items are over)."""
    return sent.heading and not re.search(r"\d", sent.text)


def covering(found: Sequence[YearLine], i: int) -> YearLine | None:
    """The year line sentence `i` lies under, if any."""
    return next((y for y in found if y.first <= i <= y.last), None)


def year_of(month: int, day: int, line: YearLine | None) -> tuple[int, str] | None:
    """The year a year line gives a day without one, and why; None without a line or when
    the day is not a date of its year (29 February)."""
    if line is None or days.safe_date(line.year, month, day) is None:
        return None
    label = dt.date(line.year, month, day).strftime("%-d %B")
    return line.year, f"{label} of the year line '{line.text}' above it"
