"""A party of a measure claim that the catalog row it was matched to does not record
(round 40, struct40, from round 39's struct39 study of what a matched row leaves unaccounted
for).

A party is a firm, a body or a person the claim names in the clause of its measure word (an
ORG or PERSON entity of high confidence; not a government body, whose agency the checker
compares with the issuer's, nor an outlet). It is accounted for when it is the frame's actor
or source, an official or a body of a side of the row (an official acts for the
government), or when a field of the row (title, notes, instrument, agency, the
jurisdictions affected) writes it.

The measure checker (`frame_checks.check_measure`) makes a decisive verdict not checkable
(`not_recorded`) when the row holds nothing of the claim beyond its side and kind (no date,
figure, goods or name of the claim: `holds_more`) and the claim names a party the row does
not record (`unrecorded`): "China imposed export controls that Hallbeck Ruiz Inc. called
harsh" is no claim a listing of two other firms supports.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.article import claim_words, names
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.entity_refs import Entity
from analysis.article.frames import Frame
from analysis.data import lexicon
from analysis.evidence import measure_details
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context
from analysis.vocab import Label

# The kinds of named things (`Entity.kind`) a party is read among
COMPANY, BODY, OUTLET = "company", "government body", "outlet"

# The row's fields a claim's parts may be written in.
_FIELDS = ("title", "notes", "instrument", "agency", "affected_jurisdiction")


def _record(row: pd.Series) -> str:
    """The row's text fields, joined and lower-cased."""
    return " ".join(str(row.get(f) or "") for f in _FIELDS).lower()


def _sides(frame: Frame, row: pd.Series) -> set[str]:
    """The ISO codes of the parties to the row and to the claim: the implementer, the
    jurisdictions affected, the frame's actor and partner."""
    codes = {
        str(row.get("implementing_iso3") or ""),
        frame.actor_country or "",
        frame.partner or "",
    }
    codes |= set(str(row.get("affected_iso3") or "").split(";"))
    return {c for c in codes if c}


def _written(words: tuple[str, ...], record: str) -> bool:
    """Whether the row's text writes any of `words` as a whole word."""
    return any(
        re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", record) for w in words if len(w) > 1
    )


def _forms(name: str, text: str) -> tuple[str, ...]:
    """The ways the row may write a named thing: its canonical name, the claim's words, the
    lexicon's aliases of it."""
    aliases = next((o.aliases for o in lexicon.organisations() if o.name == name), ())
    return (name, text, *aliases)


def _accounted(ent: Entity, frame: Frame, sides: set[str], record: str) -> bool:
    """Whether the row accounts for a party of the claim."""
    if ent.canonical in (frame.actor, frame.attributed_to):
        return True
    if ent.label == gz.PERSON and (ent.office or ent.country in sides):
        return True  # an official of a side acts for its government
    if ent.label == gz.ORG and ent.country in sides and ent.kind != COMPANY:
        return True  # a body of a side: its agency is checked against the row's
    return _written(_forms(ent.canonical, ent.text), record)


def _clause(claim: Claim) -> tuple[int, int]:
    """The span of the claim's clause that holds its first measure word (`first_cue`),
    between clause marks (`measure_details.CLAUSE_MARK`); the whole claim when it has no
    measure word. A party of another clause ("X warned of shortages, and China restricted
    ...", ", said X of Y") is not one the claim says the measure concerns."""
    text = claim.text
    at = claim_words.first_cue(text)
    if at >= len(text):
        return 0, len(text)
    lo = max((m.end() for m in measure_details.CLAUSE_MARK.finditer(text, 0, at)), default=0)
    stop = measure_details.CLAUSE_MARK.search(text, at)
    return lo, stop.start() if stop else len(text)


def _named(ent: Entity) -> bool:
    """Whether a named thing of the claim is a party: a firm, a body or a person (ORG or
    PERSON), not a capitalised phrase no cue explains as a name (low confidence), a
    government body (its agency is compared by the checker), an outlet (a source) or a
    word for a kind."""
    return (
        ent.label in (gz.ORG, gz.PERSON)
        and not ent.generic
        and ent.confidence != names.LOW
        and ent.kind not in (BODY, OUTLET)
    )


def holds_more(ctx: Context, claim: Claim, frame: Frame, row: pd.Series) -> bool:
    """Whether the row holds more of a measure claim than its side and kind: a date or a
    figure of the claim (the checker compares them), goods of the claim, or a named thing
    of the claim (a party or a named instrument, "Section 301") that the row writes."""
    if frame.when or frame.quantity is not None:
        return True
    if frame.goods and any(measure_details.near_goods(row["goods"], {g}) for g in frame.goods):
        return True
    record = _record(row)
    ents = (ctx.article.entity(e) for e in claim.entities)
    return any(
        (_named(e) or (e.label == gz.INSTRUMENT and e.kind == "instrument"))
        and _written(_forms(e.canonical, e.text), record)
        for e in ents
    )


def unrecorded(ctx: Context, claim: Claim, frame: Frame, row: pd.Series) -> tuple[str, ...]:
    """The parties a measure claim names that its matched row (`row`) does not record, when
    the row holds nothing else of the claim than its side and kind (`holds_more`): the
    match then supports the side's having such a measure, not what the claim says of
    them."""
    if holds_more(ctx, claim, frame, row):
        return ()
    record, sides = _record(row), _sides(frame, row)
    lo, hi = _clause(claim)
    return tuple(
        dict.fromkeys(
            ent.text
            for ent in (ctx.article.entity(e) for e in claim.entities)
            if _named(ent)
            and lo <= ent.start - claim.start < hi
            and not _accounted(ent, frame, sides, record)
        )
    )


def not_recorded(row: pd.Series, parties: tuple[str, ...]) -> v.Decision:
    """Not checkable: the matched measure (`row`) is of the claim's side and kind, but the
    catalog does not record the parties the claim names (`unrecorded`)."""
    told = ", ".join(f"'{p}'" for p in parties)
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The catalog's measure of the claim's side and kind, '{row['title']}', holds none of "
        f"its dates, goods, figures or names, and does not record {told}, whom the claim "
        f"names; a measure of that kind is no evidence for what it says of them.",
    )
