"""The partner a trade claim names after its preposition, when the frame took it as the actor.

"The trade deficit in goods with China set a record in 2018" names China after "with": the
country the flow is with, not the side that runs it. A frame whose kind is not trade (a record
with no figure is read as an extreme, kind "other") takes the one country of its clause as the
actor (`frames.frame_actor`) and then no partner (`parties.partner` skips the actor's
country), so the trade check read the claim as "not about China" (round 30, trade30:
American Ag Network). `named` gives such a frame the partner the claim's own words name
after "with", "to", "from", "into" (`parties.partner_after`), whoever the frame's actor is;
a frame with a partner of its own is left as it is ("the deficit with Japan": Japan).
`surplus_of_deficit`: a US "surplus" with China in a year of deficit is refuted (round 31).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd

from analysis.article import claim_words, parties
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, sentence_span
from analysis.fmt import usd_bn
from analysis.vocab import Label


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


def china_made(ctx: Context, claim: Claim, frame: Frame) -> Frame:
    """`frame` with China as its partner when the claim's own words name the goods by their
    origin (`china_made`: "imports of Chinese products", "Chinese imports"; "China imports
    drop", `china_imports_noun`, in a sentence naming the United States and no exports),
    unless the claim itself names another partner: a country another clause of the sentence
    names is not the flow's ("Mexico became the top U.S. supplier; China imports drop by 20%":
    China; round 34, fx34d)."""
    words = claim_words.patterns()
    if frame.partner == "CHN":
        return frame
    lo, hi = sentence_span(ctx, claim)
    us = any(e.country == "USA" and lo <= e.start < hi for e in ctx.article.entities)
    # "China imports" beside US exports is China's side of them ("U.S. farm exports slumped
    # as China imports fell"), not US imports from China (round 34, rev34)
    exports = words["flows"]["exports"].search(ctx.article.text, lo, hi)
    noun = us and not exports and words["china_imports_noun"].search(claim.text)
    if not (noun or words["china_made"].search(claim.text)):
        return frame
    own = {e.country for e in ctx.article.entities if claim.start <= e.start < claim.end}
    named = frame.partner is not None and frame.partner in own
    return frame if named else dataclasses.replace(frame, partner="CHN")


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


def surplus_of_deficit(
    frame: Frame, text: str, table: pd.DataFrame, year: int
) -> v.Decision | None:
    """A balance the claim calls a surplus (`balance_surplus`) of the United States with
    China (the table's reporter: the frame's partner is China and China is not its actor)
    in a year of deficit: unsupported, whatever its size (round 31, clean31: the balance was
    compared as a magnitude). None otherwise, when the claim also names a deficit, or when
    China holds the surplus (`_china_holds`: "China's surplus", "the Chinese surplus").
    "The trade surplus with China" names no reporter: the table's, the United States'."""
    words = claim_words.patterns()
    if frame.action != "balance" or frame.partner != "CHN":
        return None
    surplus = words["surplus"].search(text)
    if not surplus or words["flows"]["balance"].search(words["surplus"].sub(" ", text)):
        return None
    if _china_holds(text[: surplus.start()]):
        return None  # "China's surplus came in at ...": China's own figure
    value = table.at[year, "balance"]
    if pd.isna(value) or value >= 0:
        return None
    return v.Decision(
        Label.UNSUPPORTED,
        f"US goods trade with China in {year} was in deficit ({usd_bn(-value)}); the claim "
        "calls the balance a surplus.",
    )


def _china_holds(before: str) -> bool:
    """Whether a form of China's name (a demonym or possessive of `demonyms`, or the name)
    stands in the words before a balance word: the balance is China's."""
    forms = [f for f, iso in gz.demonyms().items() if iso == "CHN"]
    return any(re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w'’-])", before) for f in forms)
