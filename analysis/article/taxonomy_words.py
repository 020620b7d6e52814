"""What a taxonomy claim says: whether a text says what a good is (a rare earth, one of
the 17, light or heavy), the count of a class's members it gives, and a denial of
membership; read by `frames` and `claims`, decided by `evidence.taxonomy_checks`."""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from analysis.article.claim_words import NUMBER_OF, patterns
from analysis.data import datasets, goods


def rare_earths_named(text: str) -> re.Match[str] | None:
    """Where `text` names the rare earths as a class (`_rare_earth`), or None."""
    return _rare_earth().search(text)


@cache
def _rare_earth() -> re.Pattern[str]:
    """The rare earths as a text names them: the commodities table's name and synonyms of
    the class ("rare earths", "rare-earth elements", "REEs"), not one it marks as loose in
    brackets ("lanthanides (loosely)": 15 of the 17); a hyphen or a space between words
    (round 38, fx38a: was "rare earth(s)" only, so "REEs are a group of 17 metals" was no
    taxonomy claim)."""
    table = datasets.load("commodities")
    row = table.loc[table["commodity_id"] == goods.RARE_EARTHS].iloc[0]
    synonyms = str(row["synonyms"]).split(";") if pd.notna(row["synonyms"]) else []
    names = [str(row["name"]), *(s.strip() for s in synonyms if "(" not in s)]
    words = {n.lower().replace("-", " ") for n in names if n}
    spelled = [re.escape(w).replace(r"\ ", "[- ]") for w in sorted(words, key=len, reverse=True)]
    return re.compile(rf"\b(?:{'|'.join(spelled)})\b", re.I)


def is_taxonomy(text: str) -> bool:
    """Whether a text says what a good is ('gallium, a rare earth'; 'the 17 rare earths'):
    the one grouping the commodities table decides is the rare earths, so the text must
    name them ('minerals including gallium and germanium' is not such a claim)."""
    if not rare_earths_named(text):  # most clauses: the cheap test first (round 33)
        return False
    pats = patterns()
    return bool(
        pats["taxonomy"].search(text)
        or pats["taxonomy_negation"].search(text)
        or pats["group_count"].search(text)
        or member_count(text) is not None
    )


def member_count(text: str) -> int | None:
    """The count of a class's members a text gives with a verb of membership ("There are
    17 rare earth elements", "Seventeen metals make up the rare earths"), or None."""
    found = _member_count(text)
    if found is None:
        return None
    count = found["count"]
    return int(count) if count.isdigit() else NUMBER_OF[count.lower()]


def member_scope(text: str) -> tuple[str | None, int | None]:
    """The group of rare earths whose members `member_count` counts ("the heavy rare earths
    comprise eight elements": heavy; None for the whole class) and the year a "there were"
    opening gives ("By 1907 there were 16 rare earth elements": 1907), else None."""
    found = _member_count(text)
    if found is None:
        return None, None
    group, year = found.groupdict().get("group"), found.groupdict().get("year")
    return (group.lower() if group else None), (int(year) if year else None)


def _member_count(text: str) -> re.Match[str] | None:
    return next((m for p in patterns()["member_count"] if (m := p.search(text))), None)


def denies_membership(text: str) -> bool:
    """Whether a taxonomy claim says its goods are *not* of the group ('gallium is not a
    rare earth', 'not among the 17 rare-earth elements')."""
    return bool(patterns()["taxonomy_negation"].search(text))
