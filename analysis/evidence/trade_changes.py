"""The extreme of a yearly change ("the biggest drop since at least 2003"): the year's
change of a flow against the changes of the years before, not its level against theirs
(round 32, branch fck32: Gulf News's "shipments to China declined 11.3 per cent, the
biggest drop since at least 2003" was read as the highest level of exports)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis.article import claim_words
from analysis.evidence.model import Context
from analysis.fmt import usd_bn

# how far before a compared date its words are read (as `trade_reading.compared_dates`)
_COMPARED_REACH = 80


def yearly_change(
    text: str, size: pd.Series
) -> tuple[pd.Series, bool | None, Callable[[float], str]]:
    """The series an extreme of `text` ranks the year among, whether its lowest is the
    extreme, and how a value of it is written: for an extreme of a change
    (`extreme_change`: "the biggest drop", "the sharpest rise"), the yearly changes in
    percent (a drop the lowest); else `size` itself, as dollars (None: the extreme's word
    says which end)."""
    for name, pattern in claim_words.patterns()["extreme_change"].items():
        if pattern.search(text):
            return size.pct_change(fill_method=None) * 100, name == "lowest", _percent
    return size, None, usd_bn


def not_extremes(ctx: Context, compared: list[str], told: tuple[int, int]) -> list[str]:
    """The compared dates (`trade_reading.compared_dates`) whose words name no extreme: the
    year of a figure compared with ("exceeding the drop in 2009") is not an extreme's, but
    that of a record named so ("just under the record set in 2018", "after hitting a record
    in 2018") is the record's own, which the extreme is checked for, when it is in the words
    `told` (start and end in the article) that state the extreme: "exports climbed to an
    all-time high, while imports ... just under the record set in 2018" dates the imports'
    record, not the exports' (round 34, fx34d)."""
    words = claim_words.patterns()["compared_year"]
    extremes = claim_words.patterns()["extremes"].values()
    out = []
    for d in compared:
        at = ctx.article.date(d).start_char
        said = words.search(ctx.article.text[max(0, at - _COMPARED_REACH) : at])
        outside = not told[0] <= at < told[1]
        if outside or said is None or not any(p.search(said.group(0)) for p in extremes):
            out.append(d)
    return out


def _percent(change: float) -> str:
    return f"{change:+.1f}% on the year before"
