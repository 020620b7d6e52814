"""The year each figure of a sentence is for, when one sentence states figures of several
years ("was $315.1 billion in 2012 and rose to $367.3 billion by 2015 before dropping to
$346.8 billion the following year"; "9% less than 2019's $345.2 billion"). Read for the
tonnages of the amount check (round 30) and the figures of the trade check (round 33,
fx33t: The Balance's series of yearly deficits had every figure checked against 2012)."""

from __future__ import annotations

import re
from collections.abc import Collection

from analysis.article import quantities
from analysis.evidence.model import Context

# A year right after a figure that is its own: "190,000 MT in 2018", "$367.3 billion by 2015"
_OWN_YEAR = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:in|for|during|by)\s+$", re.I)
# At most two words between a possessive year and the figure it owns ("2019's revised $345.2
# billion")
_POSSESSED = re.compile(r"(?:[a-z-]+\s+){0,2}")
# The year before / after the one of the figure before it in its sentence
_YEAR_BEFORE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+year|"
    r"^\s*(?:\([^)]*\)\s*)?(?:a|one)\s+year\s+(?:earlier|before|ago)",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:in\s+)?the\s+(?:following|next|subsequent)\s+year|"
    r"^\s*(?:\([^)]*\)\s*)?(?:a|one)\s+year\s+later",
    re.I,
)
# What joins a change to the level it changes to ("rose 16% to $367.3 billion", "fell by
# $87.9 billion (16 percent) to $452.2 billion"): the change is of that level's year.
_TO_LEVEL = re.compile(r"^[\s(),]*(?:to\s+(?:[a-z]+\s+)?)?$", re.I)

Figure = tuple[int, quantities.Quantity]


def _changes(q: quantities.Quantity) -> bool:
    """Whether a figure is a change (a rate of growth, or the size of a change in units)."""
    return q.of in ("growth", quantities.CHANGE)


def figure_years(
    ctx: Context,
    begin: int,
    said: str,
    found: list[Figure],
    default: int | None,
    skip: Collection[str] = (),
) -> list[int | None]:
    """The year of each figure of `found` (positions in `said`, the text of the article from
    `begin`, the claim's sentence's start, to the claim's end): a year right after it
    ("in/for/during/by 2015"), a possessive year right before it ("2019's $345.2 billion"),
    the year before or after the one of the figure before it ("the previous year", "the
    following year"), for a change the year of the level it changes to ("rose 16% to $367
    billion by 2015"), else the last year named before it in its sentence, else `default`.
    Dates whose ids are in `skip` (a "since" year, a year compared with) are never a
    figure's."""
    skipped = {ctx.article.date(d).start_char for d in skip}
    years = [
        d
        for d in ctx.article.dates
        if d.start
        and d.granularity == "year"
        and begin <= d.start_char < begin + len(said)
        and d.start_char not in skipped
    ]
    out: list[int | None] = []
    for i, (at, q) in enumerate(found):
        end = at + len(q.text)
        own = next(
            (
                d.start.year
                for d in years
                if d.start_char - begin >= end and _OWN_YEAR.match(said[end : d.start_char - begin])
            ),
            None,
        )
        owner = list(quantities.YEAR_POSSESSIVE.finditer(said[:at]))
        if owner and not _POSSESSED.fullmatch(said[owner[-1].end() : at]):
            owner = []
        year = own or (int(owner[-1].group(1)) if owner else None)
        if year is None and out and out[-1]:
            if _YEAR_BEFORE.match(said[end:]):
                year = out[-1] - 1
            elif _YEAR_AFTER.match(said[end:]):
                year = out[-1] + 1
        level = i + 1 < len(found) and _TO_LEVEL.match(said[end : found[i + 1][0]])
        if year is None and not (_changes(q) and level):
            before = [d for d in years if d.end_char - begin <= at]
            year = before[-1].start.year if before else default
        out.append(year)
    for i in reversed(range(len(found))):  # a change left: the year of the level it is to
        if out[i] is None:
            out[i] = out[i + 1] if i + 1 < len(out) else default
    return out
