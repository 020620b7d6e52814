"""The partner a trade claim names after its preposition, when the frame took it as the actor.

"The trade deficit in goods with China set a record in 2018" names China after "with": the
country the flow is with, not the side that runs it. A frame whose kind is not trade (a record
with no figure is read as an extreme, kind "other") takes the one country of its clause as the
actor (`frames.frame_actor`) and then no partner (`parties.partner` skips the actor's
country), so the trade check read the claim as "not about China" (round 30, trade30:
American Ag Network). `named` gives such a frame the partner the claim's own words name
after "with", "to", "from", "into" (`parties.partner_after`), whoever the frame's actor is;
a frame with a partner of its own is left as it is ("the deficit with Japan": Japan).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from analysis.article import parties
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.evidence.model import Context


def named(ctx: Context, claim: Claim, frame: Frame) -> Frame:
    """`frame` with the partner `claim` names after a preposition of trade, when it has
    none; the actor that was only that partner is dropped ("the deficit with China": the
    claim names no side running it)."""
    if frame.partner is not None:
        return frame
    own = [e for e in ctx.article.entities if claim.start <= e.start and e.end <= claim.end]
    country = parties.partner_after(claim.text, own)
    if country is None:
        return frame
    actor = (None, None) if frame.actor_country == country else (frame.actor, frame.actor_country)
    return dataclasses.replace(frame, partner=country, actor=actor[0], actor_country=actor[1])


def compared_alone(
    ctx: Context, compared: list[str], figures: list[tuple[int, Any]], theirs: set[int]
) -> int | None:
    """The year of the one figure a clause holds when that figure is the one compared with
    ("..., from the previous record of $375.5 billion in 2017" split off its sentence): every
    figure of the clause is after `compared_year` words before its one compared date, so the
    clause tells that year's figure and nothing of its own (round 30, trade30). None when the
    clause has a figure of its own or names more than one compared date."""
    if len(compared) != 1 or not figures or any(at not in theirs for at, _ in figures):
        return None
    day = ctx.article.date(compared[0]).start
    return day.year if day else None
