"""What a measure clause takes from the claims before it: the measure it refers back to,
and who acts when neither the clause nor its sentence before it names anyone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from analysis.article import claim_words, frames, parties
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity


def names_actor(inside: list[Entity], targeted: frozenset[str]) -> bool:
    """Whether a clause names who may impose a measure: a body or country with a country,
    not a target or a company (`parties.may_impose`), a list a government keeps ("the
    additions to the Entity List": `country` in `instruments.yaml`), or a known official
    ("Trump earlier imposed a 20 per cent tariff")."""
    return any(
        e.country
        and (
            (e.label in (gz.ORG, gz.PLACE) and parties.may_impose(e, targeted))
            or e.label == gz.INSTRUMENT
            or (e.label == gz.PERSON and (p := gz.person(e.canonical)) is not None and p.offices)
        )
        for e in inside
    )


def measure(frame: frames.Frame, before: Sequence[frames.Frame | None]) -> frames.Frame:
    """A clause about an earlier measure that names no control itself ('the changes take
    effect May 16') is about the last measure claim: its action, and its goods when the
    clause names none."""
    for f in reversed(before):
        if f and f.kind == frames.MEASURE and f.action:
            goods = frame.goods or f.goods
            return replace(frame, kind=frames.MEASURE, action=f.action, goods=goods)
    return frame


def actor(
    frame: frames.Frame,
    before: Sequence[tuple[str, frames.Frame | None]],
    aimed: frozenset[str] = frozenset(),
    text: str = "",
) -> frames.Frame:
    """A measure clause naming no actor, in a sentence naming none before it ('This move
    goes beyond ...', 'items ... shall not be exported without permission'), is by the
    actor of the last measure claim (its text and frame in `before`), not by the last
    country named (often the target), nor by a clause that only times its sentence's
    measure ('China curbed five metals, minutes after a US tariff came into effect. The
    controls ...' are China's); one whose sentence opens with its actor ('China, which
    dominates ..., says export permits will be needed') is that actor's. Never a country
    the clause names as its measure's target (`aimed`: "the export of X to the United
    States shall not be permitted" after a US measure told is not the US's), nor one a claim
    names only as the agent of a participle ("in response to tariffs imposed by X. The new
    tariffs will take effect ...": the new tariffs are not X's, `parties.named_as_agent`),
    unless the clause (`text`) opens on a pronoun, which refers to the measure named last
    ("... duties announced by Beijing in March. They included ...")."""
    for told, f in reversed(before):
        if f and f.kind == frames.MEASURE and f.actor_country and not times_another(told):
            if f.actor_country in aimed:
                continue
            if parties.named_as_agent(told, f.actor) and not parties.PRONOUN_OPENING.match(text):
                continue
            return replace(frame, actor=f.actor, actor_country=f.actor_country)
    return frame


def partner(frame: frames.Frame, text: str, before: Sequence[frames.Frame | None]) -> frames.Frame:
    """A measure clause naming no other side but the parties just named ('This action bans
    the export of dual-use items to these entities': `parties_back`) falls on the other
    side of the last listing claim that names one (the listing of US firms told before):
    only a listing names parties, and a side that is the clause's own actor's country is
    never its other side ('Washington restricted chip exports to China. ... Beijing banned
    gallium exports to these firms' names no side for Beijing's ban)."""
    if frame.partner or not claim_words.patterns()["parties_back"].search(text):
        return frame
    for f in reversed(before):
        if f and f.kind == frames.MEASURE and f.partner:
            if f.action == "listing" and f.partner != frame.actor_country:
                return replace(frame, partner=f.partner)
            return frame
    return frame


def times_another(text: str) -> bool:
    """Whether a clause is a phrase of sequence ('minutes after a US tariff came into
    effect', 'following talks in Geneva'): it times the measure of its sentence. One whose
    phrase ends at a comma before a main clause ('Since August 2023, China has restricted
    ...') acts on its own."""
    span = claim_words.patterns()["time_span"].match(text)  # "minutes after"
    opened = claim_words.patterns()["sequence"].match(text, span.end() if span else 0)
    return bool(opened) and "," not in text[opened.end() :]


def intro_actor(
    frame: frames.Frame, intro: list[Entity], targeted: frozenset[str]
) -> frames.Frame | None:
    """A list item naming no actor, under an intro line that names one ("China retaliates
    with:" above "15% tariffs on U.S. coal ..."), is that actor's; None when the intro
    names none."""
    for e in intro:
        if names_actor([e], targeted):
            return replace(frame, actor=e.canonical, actor_country=e.country)
    return None
