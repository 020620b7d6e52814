"""Counts of Entity List rules printed the same day (round 30, branch fcu30).

Rules published on one day may be one announcement ("more than 50 Chinese entities" over
two rules of 28 March 2025, 42 and 11 of them Chinese): a count is checked against each
rule's figure and against the sum over the rules of each day whose figures are all given.
`count_checks.check_count` already summed the totals so; this gives the same to the
count of Chinese entries (`china_added`), and leaves a count of them not checkable when
one of the day's rules gives no count under China (`china_unknown`, round 31, clean31).
A count of entries, not entities, is also read from the rules' count basis (`entries`,
round 32, fck32)."""

from __future__ import annotations

import re

import pandas as pd

# "total = 26 entities (29 entries incl. 3 addresses)", "34 under 43 entries": the entries
# a rule's entities are listed under, as its count basis states them
_ENTRIES = re.compile(r"(?:\bunder|\()\s*(\d+) entries\b")


def counts(near: pd.DataFrame, column: str) -> set[int]:
    """Each rule's figure in `column` and, for a day with several rules whose figures are
    all given, their sum."""
    out = {int(x) for x in near[column].dropna()}
    for _, same in near.groupby("published"):
        if len(same) > 1 and same[column].notna().all():
            out.add(int(same[column].sum()))
    return out


def china_unknown(near: pd.DataFrame, claimed: float | None) -> str:
    """Why a count of Chinese entries is not refuted by one day's rules when one of them
    gives no count under China (`china_added` empty, its total given): a claimed count above
    the day's known Chinese entries and within all its entries may count that rule's too
    (round 31, clean31: "added 33 Chinese entities" on 22 May 2020, 24 in a rule with no
    China count and 9 in another, was unsupported by the 9); '' otherwise."""
    if claimed is None:
        return ""
    for published, same in near.groupby("published"):
        known = same["china_added"].dropna()
        if len(same) < 2 or len(known) == len(same) or same["entries_added_total"].isna().any():
            continue
        total = same["entries_added_total"].sum()
        if known.sum() < claimed <= total:
            return (
                f"The Entity List rules of {pd.Timestamp(published).date()} added {total:g} "
                f"entries in all, {known.sum():g} under China in the rules that say; the data "
                f"does not say how many of the others were Chinese (the claim says {claimed:g})."
            )
    return ""


def entries(near: pd.DataFrame) -> set[int]:
    """The entries each rule lists its entities under, where its count basis states them
    apart from its total of entities (an entity may be entered under several destinations
    or addresses: "adding 29 entries" on 9 October 2025, 26 entities)."""
    return {int(m.group(1)) for b in near["count_basis"].dropna() for m in _ENTRIES.finditer(b)}
