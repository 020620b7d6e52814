"""What a contact claim says around its days, for the contact checks (`contact_checks`): the
people it names before or after it or in the claim before, the dates that are the contact's
and not the saying's, the places it was held in, a third country's officials it has someone
meet."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import pandas as pd

from analysis.article import frames, talks
from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.evidence import contact_parties
from analysis.evidence.model import (
    Context,
    claim_dates,
    persons_named,
)


def _where(row: Any) -> str:
    return ", ".join(str(row["places"]).split(";")) or str(row["host"]) or "a call"


def _event_dates(ctx: Context, claim: Claim) -> list[Any]:
    """The claim's dates that are the contact's: not those of another event that a sequence
    word sets apart ('the Monday announcement followed two days of talks')."""
    text = ctx.article.text
    met = patterns()["meetings"].search(claim.text)
    if met is None:
        return claim_dates(ctx, claim)
    at = claim.start + met.start()

    said_by = _said_up_to(ctx, claim)  # a date of the saying is not the contact's

    def own(d: Any) -> bool:
        between = text[min(d.end_char, at) : max(d.start_char, at)]
        return d.end_char > said_by and not patterns()["sequence"].search(between)

    return [d for d in claim_dates(ctx, claim) if own(d)]


def _said_up_to(ctx: Context, claim: Claim) -> int:
    """Where the words reporting a contact end ("told reporters in Washington on August 26
    that the visit will ...", "said Thursday that his call ...", "announced on Wednesday
    that X will visit": `attribution` or `announce_words`): the dates and places
    before the 'that' are the saying's, not the contact's; -1 when nothing is reported."""
    met = patterns()["meetings"].search(claim.text) or patterns()["call_nouns"].search(claim.text)
    if met is None:
        return -1
    lead = _from_sentence_start(ctx, claim)
    lead = lead[: len(lead) - (len(claim.text) - met.start())]  # up to the meeting word
    # an announcement is a saying too ("The ministry announced on Wednesday that X will
    # visit ...": Wednesday is the announcement's day)
    saying = f"(?:{patterns()['attribution'].pattern}|{patterns()['announce'].pattern})"
    said = re.search(rf"{saying}[^.;]*?\bthat\b", lead, re.I)
    return claim.start + met.start() - len(lead) + said.end() if said else -1


def _from_sentence_start(ctx: Context, claim: Claim) -> str:
    """A claim with what its sentence says before it ("During that meeting, " + claim)."""
    text = ctx.article.text
    start = max(text.rfind(end, 0, claim.start) for end in (". ", "? ", "! ", "\n")) + 1
    return text[start : claim.end].lstrip()


@functools.cache
def _officials_of(word: str, nouns: str) -> re.Pattern[str]:
    """`word` followed by one of the officials nouns `nouns` (a pattern's text), compiled once
    per process: `re`'s own cache of 512 patterns is too small for one per demonym and body,
    so each claim compiled them again (round 40, speed40)."""
    return re.compile(rf"\b{re.escape(word)}\s+(?=({nouns}))", re.I)


def _third_party(claim: Claim, people: list[str]) -> str | None:
    """A third country's officials the claim has someone meet ("talks with Swiss leaders":
    a demonym, then `officials_nouns`), or an international body's ("G20 leaders said",
    "APEC ministers": an organisation of no country, round 35, fx35f), when the people it
    names are not of both the United States and China: the words naming them, else None."""
    if {"USA", "CHN"} <= contact_parties.home_countries(people):
        return None
    bodies = [a for o in gz.organisations() if o.country is None for a in o.aliases]
    others = [w for w, iso in gz.demonyms().items() if iso not in ("USA", "CHN")]
    nouns = patterns()["officials_nouns"].pattern
    for word in others + bodies:
        found = _officials_of(word, nouns).search(claim.text)
        if found:
            return claim.text[found.start() : found.end() + len(found.group(1))]
    return None


def _venues(ctx: Context, claim: Claim) -> list[str]:
    """Where the claim says a contact took place (cities and regions it names; a third
    country the two sides met in: "two days of talks in Switzerland between the two
    largest economies", `talks.sides_meet`)."""
    said_by = _said_up_to(ctx, claim)
    ents = [ctx.article.entity(e) for e in claim.entities]
    at = claim.start
    held = talks.held_in(claim.text, ents, at) if talks.sides_meet(claim.text, ents, at) else []
    return list(dict.fromkeys(e.canonical for e in frames.venues(ents) + held if e.start > said_by))


def _nearest(rows: pd.DataFrame, day: dt.date, default: Any) -> Any:
    """The row of `rows` begun nearest `day`, else `default`."""
    return rows.loc[(rows["start"] - _ts(day)).abs().idxmin()] if not rows.empty else default


def _ts(day: dt.date) -> Any:

    return pd.Timestamp(day)


def _subject_before(ctx: Context, claim: Claim) -> list[str]:
    """A person named just before a claim in its sentence, closing the clause before it."""
    text = ctx.article.text
    for e in reversed(ctx.article.entities):
        if e.end <= claim.start and e.label == "PERSON":
            between = text[e.end : claim.start]
            return [e.canonical] if len(between) <= 3 and "." not in between else []
    return []


# "During her visit to China in August, Raimondo said ...": the pronoun's person is the
# subject of the clause that follows.
_OWN_PRONOUN = re.compile(r"\b(?:her|his)\b", re.I)


def _subject_after(ctx: Context, claim: Claim) -> list[str]:
    """The person opening the clause right after a claim that says 'her' or 'his' visit
    and names no one ('During her visit ..., Raimondo affirmed'), in the same sentence."""
    if not _OWN_PRONOUN.search(claim.text):
        return []
    text = ctx.article.text
    for e in ctx.article.entities:
        if e.start >= claim.end and e.label == gz.PERSON:
            between = text[claim.end : e.start]
            return [e.canonical] if len(between) <= 3 and "." not in between else []
    return []


def _pair_before(ctx: Context, claim: Claim) -> list[str]:
    """The last two known people named before a claim ('the two leaders'), or []."""
    pair: list[str] = []
    for e in reversed(ctx.article.entities):
        if e.end <= claim.start and e.label == gz.PERSON and gz.person(e.canonical):
            if e.canonical not in pair:
                pair.append(e.canonical)
            if len(pair) == 2:
                return pair[::-1]
    return []


def _previous_people(ctx: Context, claim: Claim) -> list[str]:
    """People of the nearest earlier claim about a visit (for 'A four-day visit ...')."""
    earlier = [
        c
        for c in ctx.article.claims
        if c.end <= claim.start and c.topic == "official visits and meetings"
    ]
    for other in reversed(earlier):
        people = persons_named(ctx, other)
        if people:
            return people
    return []
