"""Offices named as a title before a known official's name inside a clause that makes
another claim.

"U.S. Trade Representative Katherine Tai voiced concerns during her meeting with Chinese
Vice Premier Liu He on Wednesday": the clause is a claim about a contact and keeps it; each
title says its holder held the office, a claim the officials table decides on the article's
date ("former": ended by then). Such an office is a claim of its own, spanning the title and
the name, listed once per person and office in an article (the first mention), and not at
all when an office claim already names that office of theirs (an appositive, a predicate, a
clause whose only claim is the titled name: `claim_types.titled_official`), so that the
claims list stays readable. Only a title naming an office the table lists for the person is
read (`claim_types.own_title`: the table is not a biography, and "Ambassador Tai" for a
trade representative is a courtesy title), and not one that says the office is not held
then ("President-elect", "then-president", "nominee").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.article import frames, joined
from analysis.article import gazetteer as gz
from analysis.article.claim_types import OFFICE, comma_title, named, own_title
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim, NonClaim
from analysis.article.entity_refs import Entity
from analysis.article.name_cues import cues
from analysis.article.text import Sentence

TITLE_NOTE = "the office named as a title before the name"
HEADING = "heading"  # the reason `claims.find` gives a heading set aside


def _office_key(person: gz.Person, text: str) -> tuple[str, ...]:
    """The titles of the person's offices that words name (none: no office of theirs)."""
    named = gz.offices_named(set(re.findall(r"[a-z]+", text.lower())), person.offices[0].country)
    return tuple(sorted(o.title for p, o in named if p.name == person.name))


def _entry_took_office(c: Claim, by_id: dict[str, Entity]) -> Claim:
    """A timeline entry's line saying a known official took office ("January 20, 2025 /
    U.S. President Donald Trump is re-inaugurated for a second term."), dated by the entry's
    heading, not in its sentence: a claim about the office's first day, as a dated
    `took_office` clause is (`claim_types.took_office`)."""
    if c.type == OFFICE or c.dates or not (c.frame and c.frame.when):
        return c
    if not patterns()["took_office"].search(c.text):
        return c
    known = [
        e
        for i in c.entities
        if (e := by_id[i]).label == gz.PERSON and (p := gz.person(e.canonical)) and p.offices
    ]
    if not known:
        return c
    rest = tuple(i for i in c.entities if i != known[0].id)
    return replace(c, type=OFFICE, types=(OFFICE,), entities=(known[0].id, *rest))


def _title_and_name(text: str, c: Claim, by_id: dict[str, Entity], ents: list[Entity]) -> Claim:
    """An office claim cut to the title and the name when its clause goes on to say
    something else (`joined.office_span`); its entities those inside the span, the clause
    kept for the check (the time of what the official did: "The rules were written in 2022
    by Commerce Secretary X")."""
    official = by_id.get(c.entities[0]) if c.type == OFFICE and c.entities else None
    if official is None or official.label != gz.PERSON:
        return c
    a, b = joined.office_span(text, official, c.start, c.end, ents)
    if (a, b) == (c.start, c.end):
        return c
    kept = tuple(i for i in c.entities if i == official.id or a <= by_id[i].start < b)
    return replace(c, text=text[a:b], start=a, end=b, entities=kept, clause=(c.start, c.end))


def add(
    text: str,
    sents: list[Sentence],
    ents: list[Entity],
    claims: list[Claim],
    set_aside: Sequence[NonClaim] = (),
) -> list[Claim]:
    """The claims with an office claim for each known official named after a title of an
    office of theirs, once per person and office, and each office claim of a titled name cut
    to the title and the name (`_title_and_name`); in text order, renumbered. A title inside
    a clause set aside as a non-claim (`set_aside`: a forecast, a judgement, an opinion, a
    quotation; not a heading) is read too: the title states the office held on the article's
    date whatever the clause around it says (round 29, fco29)."""
    spans = [(c.start, c.end) for c in claims]
    spans += [(n.start, n.end) for n in set_aside if n.reason != HEADING]
    by_id = {e.id: e for e in ents}
    claims = [_entry_took_office(c, by_id) for c in claims]
    cut = [_title_and_name(text, c, by_id, ents) for c in claims]  # the clauses stay read
    offices = [c for c in cut if c.type == OFFICE]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for c in offices:
        first = by_id.get(c.entities[0]) if c.entities else None
        person = gz.person(first.canonical) if first and first.label == gz.PERSON else None
        if person is not None and person.offices:
            seen.add((person.name, _office_key(person, c.text)))
    added: list[Claim] = []
    for e in ents:
        person = gz.person(e.canonical) if e.label == gz.PERSON else None
        if person is None or not person.offices:
            continue
        if any(
            c.start <= e.start and e.end <= c.end and c.entities[:1] == (e.id,) for c in offices
        ):
            continue  # the clause's own claim is this office (or taking it up)
        if not named(e):
            continue  # a role only
        sent = next((s for s in sents if s.start <= e.start < s.end), None)
        lo = sent.start if sent else 0
        found, at = own_title(text, e, lo, ents, others=True), e.start
        if found is None and (found := comma_title(text, e, lo, ents)) is not None:
            at = found[0]  # the name set off by commas after the title closing a clause
        if found is None or not any(a <= at < b and (at < e.start or e.end <= b) for a, b in spans):
            continue  # a heading, or the title outside the clause read: left alone
        key = (person.name, _office_key(person, found[1]))
        if key in seen:
            continue
        seen.add(key)
        former = cues().former.search(text, found[0], e.start)
        at = former.start() if former else found[0]
        inside = [x.id for x in ents if at <= x.start and x.end <= e.end and x.id != e.id]
        added.append(
            Claim(
                id="",
                text=text[at : e.end],
                type=OFFICE,
                types=(OFFICE,),
                topic="other",
                start=at,
                end=e.end,
                entities=(e.id, *inside),
                dates=(),
                actor=e.canonical,
                actor_country=e.country,
                notes=(TITLE_NOTE,),
                frame=frames.Frame(kind=frames.OTHER, actor=e.canonical, actor_country=e.country),
            )
        )
    if not added:
        return cut
    ordered = sorted([*cut, *added], key=lambda c: (c.start, c.end))
    return [replace(c, id=f"c{i}") for i, c in enumerate(ordered, 1)]
