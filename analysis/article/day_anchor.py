"""A day given without a year, read from a date stated with its year before it in its
sentence.

"In August 2024, the ministry extended its controls to antimony, effective 15 September":
the sentence states the year of the act whose day it then gives, so "15 September" is the
first 15 September on or after August 2024 (2024-09-15), not the one nearest the article's
date. The stated date (a full date, a month and year, a year, a quarter) must come before the
day in the same sentence, with no semicolon between them (a semicolon starts a clause about
something else: "In 2019, X; on 3 May, Y said"); the day must fall within
`DAY_ANCHOR_MONTHS` after the stated date's end; and it must agree with the tense: a day
said in the past is not after the article's date, one said in the future not before it.
Otherwise the day takes its year from the article's date as before (`dates._year_for_day`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from analysis.article import days

# a day given without a year is read from a date stated before it in its sentence only if it
# falls within this many months after the end of that date ("In August 2024 ..., effective
# 15 September"; "On December 3, 2024, ... and on January 5 ..."); a day further on is more
# likely about something else, and takes its year from the article's date
DAY_ANCHOR_MONTHS = 6

# the kinds of date expression that state a year (a day's kind only with its year)
_STATED_KINDS = {"month_year", "month_rel_year", "year", "quarter"}
_DAY_KINDS = {"iso", "md", "dm", "md_range"}


@dataclass(frozen=True)
class Stated:
    """A date stated with its year: its first and last day, sentence and where it ends."""

    start: dt.date
    end: dt.date
    sentence: int
    end_char: int
    text: str


def stated(
    kind: str, groups: dict[str, Any], start: Any, end: Any, sentence: int, end_char: int, text: str
) -> Stated | None:
    """The date an expression states with its year, if it does."""
    if start is None or end is None:
        return None
    if kind in _STATED_KINDS or (kind in _DAY_KINDS and groups.get("year")):
        return Stated(start, end, sentence, end_char, text)
    return None


def usable(anchor: Stated | None, sentence: int, text: str, at: int) -> Stated | None:
    """`anchor` if it can give its year to a day at `at` in `sentence`."""
    if anchor is None or anchor.sentence != sentence or ";" in text[anchor.end_char : at]:
        return None
    return anchor


def year_of(
    month: int,
    day: int,
    weekday: int | None,
    anchor: Stated | None,
    published: tuple[dt.date | None, dt.date | None],
    tense: str,
) -> tuple[int, str] | None:
    """The year `anchor` gives a day without one, and why; None if it gives none."""
    if anchor is None:
        return None
    found = [
        d
        for y in (anchor.start.year, anchor.start.year + 1)
        if (d := days.safe_date(y, month, day)) and d >= anchor.start
    ]
    if not found:
        return None
    d = found[0]
    if d > days.add_months(anchor.end, DAY_ANCHOR_MONTHS):
        return None
    if weekday is not None and d.weekday() != weekday:
        return None
    first, last = published
    if tense == "past" and last is not None and d > last:
        return None
    if tense == "future" and first is not None and d < first:
        return None
    label = f"{day} {calendar.month_name[month]}"
    return d.year, (
        f"the first {label} on or after '{anchor.text}' ({anchor.start.isoformat()}), "
        "stated before it in its sentence"
    )
