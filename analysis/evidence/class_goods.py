"""Restriction claims whose goods are a class no catalogued measure is (round 30, fcu30).

An export restriction claimed on "several metals", "various critical minerals" (an unnamed
part of a class: `unnamed_part` in data/lexicon/claims.yaml) names no good; with no day or
month and no side affected it does not single out any of the actor's measures on members
of the class, so the nearest one does not decide it: not checkable. A claim on a group
counted whole ("its 17 rare earth elements": the count the commodities table gives the
group) says the measure covers every member; when none of the actor's matching measures
names the group itself (they name some members: the seven rare earths of April 2025), the
catalog holds no measure of what the claim says: not checkable. A claim naming goods, a
day or a partner is left to the other checks ("China restricts exports of gallium",
"banned the export of several critical minerals to the US").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from analysis.article import claim_words
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity
from analysis.article.frames import Frame
from analysis.data import goods
from analysis.evidence import verdicts as v
from analysis.vocab import Label

RESTRICTIONS = ("restriction", "ban", "licence")  # the kinds of an export restriction
_SINGLING_GRAINS = ("day", "month")  # a date as fine as these can single out a measure


def unnamed_part(text: str) -> re.Match[str] | None:
    """The words naming an unnamed part of a class of goods ("several metals"), or None."""
    return claim_words.patterns()["unnamed_part"].search(text)


def _whole_group(text: str, ents: Sequence[Entity], start: int) -> tuple[str, str] | None:
    """The group a claim counts whole ("its 17 rare earth elements": the group's member
    count, from the commodities table, right before its name) and the count, or None."""
    for e in ents:
        if e.label != gz.COMMODITY or not goods.names_a_good(e.text):
            continue  # a good the goods table does not resolve counts nothing
        group = goods.resolve(e.text)
        count = len(goods.members(group)) - 1
        if count < 2:
            continue
        before = text[: max(e.start - start, 0)]
        if re.search(rf"\b{count}\s+$", before):
            return group, str(count)
    return None


def unspecific(
    frame: Frame, text: str, ents: Sequence[Entity], start: int, found: pd.DataFrame
) -> v.Decision | None:
    """Not checkable for a restriction claim whose goods single out no measure (see the
    module's rules), or None."""
    if frame.action not in RESTRICTIONS:
        return None
    if (part := unnamed_part(text)) and all(goods.is_generic(g) for g in frame.goods):
        dated = any(w.granularity in _SINGLING_GRAINS for w in frame.when)
        if not dated and not frame.partner:
            return v.Decision(
                Label.NOT_CHECKABLE,
                f"The claim's goods are an unnamed part of a class ('{part.group(0)}') and "
                "it gives no day, month or side affected, so no measure of the catalog is "
                "the one it means; the nearest measure on some goods of the class does not "
                "decide it.",
            )
    whole = _whole_group(text, ents, start)
    if whole and not frame.when:
        group, count = whole
        part = goods.members(group) - {group}
        whole_rows = found["goods"].map(lambda own: group in set(own) and not part & set(own))
        if found.empty or not whole_rows.any():
            return v.Decision(
                Label.NOT_CHECKABLE,
                f"The claim puts the measure on the whole group ({count} "
                f"{goods.label(group)}); no matching measure of the catalog covers the "
                "whole group (they name some of its members), and none is dated by the "
                "claim, so the catalog holds no measure of what it says.",
            )
    return None
