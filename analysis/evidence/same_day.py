"""Counts of Entity List rules printed the same day (round 30, branch fcu30).

Rules published on one day may be one announcement ("more than 50 Chinese entities" over
two rules of 28 March 2025, 42 and 11 of them Chinese): a count is checked against each
rule's figure and against the sum over the rules of each day whose figures are all given.
`figure_checks.check_count` already summed the totals so; this gives the same to the
count of Chinese entries (`china_added`)."""

from __future__ import annotations

import pandas as pd


def counts(near: pd.DataFrame, column: str) -> set[int]:
    """Each rule's figure in `column` and, for a day with several rules whose figures are
    all given, their sum."""
    out = {int(x) for x in near[column].dropna()}
    for _, same in near.groupby("published"):
        if len(same) > 1 and same[column].notna().all():
            out.add(int(same[column].sum()))
    return out
