"""Checkable claims of an article, typed, with their spans, entities, dates and topic.

A sentence is cut into clauses at commas, colons, semicolons and conjunctions such as
"as", "because" and "while" (never inside a date or a name). A clause is a claim when
it asserts something data or records could check:

- quantity_share: a share, a percentage, an amount ("the vast majority of the rare earths");
- count: how many, or which in a series ("the fourth ... in recent months");
- policy_action: an actor applying a trade measure ("Washington has imposed restrictions");
- event_date: a visit, meeting or other event with a date or a named participant, or a
  titled official's dealings with another ("Secretary X traded complaints with Premier Y");
- attribution: what a named source said, when the content is not one of the above;
- causal: a stated cause involving a measure, a commodity or a number;
- office: a known official's office the officials table lists, named right after the name
  ("Liu He, the vice premier") or as a title before it ("greeted by US Ambassador X").

Adjacent claim clauses of a sentence form one claim, but each figure or rank starts a claim
of its own. Everything else is kept apart as a `NonClaim` with the reason (heading, opinion
or prediction, scene-setting). Claim ids (c1, c2...) follow the text order. The types a
clause supports and who acts in it are read in `clause_types`.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from analysis.article import (
    borrowed,
    conditionals,
    frames,
    lead_in,
    measure_reading,
    members,
    name_lists,
    opinions,
    parties,
    place_counts,
    referred,
    scope_told,
    taxonomy_back,
    timeline,
)
from analysis.article import gazetteer as gz
from analysis.article.claim_types import (
    ATTRIBUTION,
    COUNT,
    EVENT_DATE,
    OFFICE,
    POLICY_ACTION,
    QUANTITY_SHARE,
    TYPES,
    USE,
    appositive_office,
    dated_contact,
    office_holder,
    officials_contact,
    predicate_after_aside,
    title_then_name,
    titled_official,
    topic,
)
from analysis.article.claim_words import (
    counted_parties,
    opens_unreal,
    patterns,
)
from analysis.article.clause_types import _actor, _classify, _dated_measure, _inside
from analysis.article.clauses import Piece as _Piece
from analysis.article.clauses import earlier_acts, own_measures
from analysis.article.clauses import group as _group
from analysis.article.clauses import one_figure_each as _one_figure_each
from analysis.article.clauses import pieces as _pieces
from analysis.article.date_patterns import published_line
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity
from analysis.article.joined import contact_tails
from analysis.article.quantities import WORLD, quantity
from analysis.article.text import Sentence, any_of

_PRONOUN_SUBJECT_ANY = re.compile(r"(?:^|,\s*)it\s+(?:was|is|had|has|topped|stood|reached)\b", re.I)
_PARTITIVE = re.compile(
    r"\b(?:several|some|many|most|all|two|three|four|five|a few|each|one)\s+of\s+(?:them|these|"
    r"those)\b",
    re.I,
)


@dataclass(frozen=True)
class Claim:
    """A checkable clause: its span, type(s), topic, and what it involves."""

    id: str
    text: str
    type: str
    types: tuple[str, ...]
    topic: str
    start: int
    end: int
    entities: tuple[str, ...]
    dates: tuple[str, ...]
    actor: str | None = None
    actor_country: str | None = None
    commodities: tuple[str, ...] = ()
    attributed_to: str | None = None
    notes: tuple[str, ...] = field(default=())
    frame: frames.Frame | None = None
    clause: tuple[int, int] | None = None  # the clause read, when wider (`office_titles`)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "type": self.type,
            "types": list(self.types),
            "topic": self.topic,
            "start": self.start,
            "end": self.end,
            "entities": list(self.entities),
            "dates": list(self.dates),
            "actor": self.actor,
            "actor_country": self.actor_country,
            "commodities": list(self.commodities),
            "attributed_to": self.attributed_to,
            "notes": list(self.notes),
            "frame": self.frame.to_dict() if self.frame else None,
        }


@dataclass(frozen=True)
class NonClaim:
    """A sentence or clause that asserts nothing checkable, and why it was set aside."""

    text: str
    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "reason": self.reason}


def _speaker(pieces: list[_Piece], ents: list[Entity]) -> tuple[Entity | None, set[int]]:
    """The named source of a sentence ("..., reminds our correspondent, Loubna Anaki") and
    the indices of the clauses that only say who said it."""
    for i, p in enumerate(pieces):
        if not p.speech or set(p.types) - {OFFICE}:  # "Commerce Secretary X said": a speaker
            continue
        for j in (i, i + 1):
            if j >= len(pieces) or set(pieces[j].types) - {OFFICE}:
                continue
            named = [
                e
                for e in _inside(ents, pieces[j].start, pieces[j].end)
                if e.label in (gz.PERSON, gz.ORG)
            ]
            if named:
                return named[-1], set(range(i, j + 1))
    return None, set()


# A clause that starts with no subject of its own: a figure, a preposition or participle
_CONTINUATION = re.compile(r"^(?:[$\d]|(?!(?:the|a|an|its|their|this|these|it|they)\b)[a-z])")
# "..., a sharp decrease of $102.9 billion (26.9%)", "..., a 10.3% decrease from 2022": a noun
# of change (a `growth` word) set beside the clause before it, no subject of its own either
_APPOSED_CHANGE = re.compile(r"^an?\s+(?:\S+\s+){0,3}?([a-z]+)\s+(?:of|from)\b", re.I)


def _continues(text: str) -> bool:
    """Whether a clause continues the one before it (`_CONTINUATION`, or a noun phrase of
    change in apposition: `_APPOSED_CHANGE`, round 34, fx34d), so the names of that clause
    are lent to it ("the deficit with China fell to $279 billion, a decrease of $103 billion":
    the decrease is of the deficit with China)."""
    change = _APPOSED_CHANGE.match(text)
    growth = patterns()["not_shares"]["growth"]
    return bool(_CONTINUATION.match(text) or (change and growth.fullmatch(change.group(1))))


def _commodities(
    piece: _Piece,
    inside: list[Entity],
    previous: list[Entity],
    sentence: list[Entity],
    sentence_before: list[Entity],
) -> tuple[list[str], list[str]]:
    """The goods a clause is about: those it names; for 'several of them', the goods
    named just before; for a share of world supply in a sentence that names no goods
    ("About 80% is produced in China."), the one mineral `sentence_before` names (for a
    share of a stage, the nearest sentence before that names any: `_mineral_sentence`)."""
    names = list(dict.fromkeys(e.canonical for e in inside if e.label == gz.COMMODITY))
    notes = []
    q = quantity(piece.text, []) if QUANTITY_SHARE in piece.types else None
    bare = q is not None and q.of == WORLD and all(e.label != gz.COMMODITY for e in sentence)
    before = {
        e.canonical for e in sentence_before if e.label == gz.COMMODITY and e.kind == "mineral"
    }
    if bare and len(before) == 1:
        names += before
        notes.append(f"'{q.text}' read as a share of {min(before)} (named in a sentence before)")
    m = _PARTITIVE.search(piece.text)
    if m:
        earlier = [e for e in previous if e.label == gz.COMMODITY]
        minerals = [e for e in earlier if e.kind == "mineral"]
        target = (minerals or earlier)[-1:] if earlier else []
        if target:
            names.append(target[0].canonical)
            notes.append(
                f"'{m.group()}' read as {target[0].canonical} (the "
                f"{'minerals' if minerals else 'goods'} named just before)"
            )
    return list(dict.fromkeys(names)), notes


def _opinion_reason(text: str) -> str:
    cues = list(dict.fromkeys(m.group().lower() for m in any_of("opinion_words").finditer(text)))
    if cues:
        return "opinion, prediction or characterisation: " + ", ".join(f"'{c}'" for c in cues[:3])
    return "scene-setting: no checkable quantity, measure, count or dated event"


_FLOW_REACH = 8  # sentences back a bare amount ("it was $83 billion") looks for its flow


def _dates_in(dates: list[DateRef], piece: _Piece, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the dates inside a clause from `piece`'s start to `end` (its own end by
    default), as offsets in that clause."""
    end = piece.end if end is None else end
    inside = _inside(dates, piece.start, end, ("start_char", "end_char"))
    return [(d.start_char - piece.start, d.end_char - piece.start) for d in inside]


def _told_since(claims: list[Claim], since: int) -> list[frames.Frame | None]:
    """The frames of the claims told from offset `since` on: for a count by place, those of
    its sentence and the one before, where the listing it counts is told ("The Commerce
    Department added 77 names. Sixty-one of the new additions were from China"); a listing
    further back is another matter's (review of round 35)."""
    return [c.frame for c in claims if c.start >= since]


def _paragraph_before(sents: list[Sentence], sent: Sentence) -> int:
    """Where the paragraph before `sent`'s begins (its own when it is the first): a count
    referring back to a listing ("It encompassed 23 Chinese companies") looks for it there
    and in its own paragraph, as a scope told after a measure does (round 41, left41)."""
    return next(s.start for s in sents if s.paragraph >= sent.paragraph - 1)


_MINERAL_REACH = 3  # sentences back a bare share of world supply looks for its mineral


def _mineral_sentence(sents: list[Sentence], n: int, ents: list[Entity]) -> list[Entity]:
    """The names of the nearest of the few sentences before sentence `n` (`_MINERAL_REACH`)
    that names a mineral: what a bare share of world supply is of when the sentence right
    before names none ("China holds the largest reserves — 44 mn tons of 17 elements. It
    also dominates mining — 70% of the world's output": round 37, fx37b). A heading ends
    the search: a share under it is not of a mineral an earlier section names (review of
    round 37)."""
    for back in range(1, min(_MINERAL_REACH, n) + 1):
        named = _inside(ents, sents[n - back].start, sents[n - back].end)
        if any(e.label == gz.COMMODITY and e.kind == "mineral" for e in named):
            return named
        if sents[n - back].heading:
            break
    return []


def _flow_sentence(sents: list[Sentence], n: int) -> Sentence | None:
    """The nearest of the few sentences before sentence `n` that names a trade flow, in a
    run of sentences that each say 'it' of it; None when there is none."""
    for back in range(1, min(_FLOW_REACH, n) + 1):
        sent = sents[n - back]
        if frames.flow(sent.text):
            return sent
        if not _PRONOUN_SUBJECT_ANY.search(sent.text):
            return None
    return None


def find(
    text: str, sents: list[Sentence], ents: list[Entity], dates: list[DateRef]
) -> tuple[list[Claim], list[NonClaim]]:
    """Claims (c1, c2... in text order) and non-claims of a text."""
    protected = [(e.start, e.end) for e in ents] + [(d.start_char, d.end_char) for d in dates]
    protected += name_lists.spans(text, ents)
    targeted = parties.targets(text, ents)
    entries = timeline.entries(text, sents, dates)
    claims: list[Claim] = []
    others: list[NonClaim] = []
    line = published_line(text)  # "Published July 29, 2019": the date of the page, no claim
    for n, sent in enumerate(sents):
        if line and line.start() <= sent.start and sent.end <= line.end():
            others.append(NonClaim(sent.text, sent.start, sent.end, "publication line"))
            continue
        pieces = _pieces(text, sent, protected, [(d.start_char, d.end_char) for d in dates])
        for p in pieces:
            p.types = _classify(p, ents, dates, sent)
        told = [c for c in claims if c.frame and c.frame.kind == frames.MEASURE and c.frame.action]
        told_before = bool(told and n and told[-1].start >= sents[n - 1].start)
        if told_before and not pieces[0].types and scope_told.relaxed_back(pieces[0].text):
            pieces[0].types = [POLICY_ACTION]  # "It will be postponed from ... to ...": a claim
        scoped = scope_told.pieces(  # "It will apply to all goods": the measure told before
            pieces,
            text,
            told_before,
            [e.start for e in _inside(ents, sent.start, sent.end) if e.label == gz.COMMODITY],
        )
        bare = [pieces[i] for i in scoped if not pieces[i].types]  # no measure word its own
        for i in scoped:
            pieces[i].types = pieces[i].types or [POLICY_ACTION]
        if not any(p.types for p in pieces):  # else the count is read with its claim
            for p in pieces:  # "is adding 29 entries to the list": a listing's count
                if counted_parties(p.text) and not opinions.is_opinion(p.text):
                    p.types = [COUNT]
        listed_from = sents[n - 1].start if n else sent.start  # where a listing counted is told
        if place_counts.listing_told(_told_since(claims, listed_from)):
            for p in pieces:  # "Sixty-one of the new additions were from China"
                if not p.types and place_counts.china_count(
                    p.text, p.start, _inside(ents, p.start, p.end), sent.text, _dates_in(dates, p)
                ):
                    p.types = [COUNT]
        joined_others = set()  # "... along with a handful in Türkiye": a count apart
        for i, (before, p) in enumerate(itertools.pairwise(pieces), 1):
            if COUNT in before.types and not p.types and place_counts.others_joined(p.text):
                p.types = [COUNT]
                joined_others.add(i)
        officials = {}
        for before, p in itertools.pairwise(pieces):
            spans = (before.start, before.end, p.start, p.end)
            if not p.types and (official := appositive_office(text, *spans, ents)):
                p.types, officials[p.start] = [OFFICE], official
            elif not before.types and (official := title_then_name(text, *spans, ents)):
                before.types, officials[before.start] = [OFFICE], official
        for p in pieces:
            p.types = p.types or officials_contact(p.text, p.start, ents)
            if set(p.types) <= {EVENT_DATE, COUNT} and (  # "a second term" counts nothing
                official := office_holder(p.text, p.start, sent, ents, dates)
                or (not p.types and titled_official(p.text, p.start, ents))
            ):
                p.types, officials[p.start] = [OFFICE], official
        # "met his counterpart, X, on 30 October in Busan": the tails are the contact's
        for i in contact_tails(pieces, ents, [(d.start_char, d.end_char) for d in dates]):
            pieces[i].types = [EVENT_DATE]
        across = set()  # predicates after a relative dating their subject's measure
        for i, (noun, relative) in enumerate(itertools.pairwise(pieces)):
            if dated_contact(noun, relative, dates):  # "Her visit, which lasts to Sunday"
                noun.types, relative.types = [EVENT_DATE], relative.types or [EVENT_DATE]
            elif _dated_measure(noun, relative, ents, dates, sent):
                # "The tariffs on X, which took effect on D, were imposed by Y": one claim
                rest = pieces[i + 2] if i + 2 < len(pieces) else None
                if rest and patterns()["predicate_opens"].match(rest.text):
                    across.add(i + 2)
                if POLICY_ACTION not in noun.types:
                    noun.types = relative.types = [POLICY_ACTION]
                relative.types = relative.types or [POLICY_ACTION]
        for i in conditionals.unasserted(pieces):  # "If X, China would ...": asserts no X
            pieces[i].types = []
        hangs_on = {  # "Unless X, China will ...": a party's act; not a rule's scope
            i: why
            for i, why in conditionals.conditioned_future(pieces).items()
            if parties.opening_party(
                pieces[i].text, _inside(ents, pieces[i].start, pieces[i].end), pieces[i].start
            )
        }
        if sent.heading and not any(p.types for p in pieces):
            others.append(NonClaim(sent.text, sent.start, sent.end, "heading"))
            continue
        speaker, support = _speaker(pieces, ents)
        support |= predicate_after_aside(pieces, _CONTINUATION) | across
        if speaker and not any(set(p.types) - {OFFICE} for p in pieces):
            for p in pieces:  # the speaker's office, named as a title, stays a claim of its own
                p.types = p.types or [ATTRIBUTION]
        own = own_measures(text, pieces, ents, dates)
        earlier = earlier_acts(text, pieces, ents, dates) | joined_others
        groups = [
            part
            for g in _group(pieces, support, own, across, earlier)
            for part in _one_figure_each(g)
        ]
        prev_sent = sents[n - 1] if n else None
        previous = _inside(ents, prev_sent.start if prev_sent else sent.start, sent.start)
        flow_sent = _flow_sentence(sents, n)
        minerals_before = _mineral_sentence(sents, n, ents)
        if flow_sent is not None and flow_sent is not prev_sent:
            # "it was $83 billion" two sentences after the flow is named: its names count
            previous = _inside(ents, flow_sent.start, flow_sent.end) + previous
        # the names of a clause that has its own subject ("..., while the US excluded rare
        # earths from its list"), or is a second measure (`joined`: "..., as well as export
        # licensing of seven rare earths"), are not lent to the other claims of the sentence
        subjects = [
            (g[0].start, g[-1].end)
            for g in groups
            if any(p.types for p in g)
            and (g[0].apart or _actor(g[0], _inside(ents, g[0].start, g[-1].end), [], False)[0])
        ]
        for group in groups:
            a, b = group[0].start, group[-1].end
            # ... but a fragment continues the clause before it ("..., with more than 80% of
            # world output", "and 90% of processing")
            lent = [] if _continues(text[a:b]) else subjects
            sentence_ents = [
                e
                for e in _inside(ents, sent.start, sent.end)
                if not any(x <= e.start < y and (x, y) != (a, b) for x, y in lent)
            ]
            if not any(p.types for p in group):
                others.append(NonClaim(text[a:b], a, b, _opinion_reason(text[a:b])))
                continue
            types = [t for t in TYPES if any(t in p.types for p in group)]
            if speaker and ATTRIBUTION not in types:
                types.append(ATTRIBUTION)
            inside = _inside(ents, a, b)
            if group[0].start in officials:  # the official whose office the clause names
                inside = [officials[group[0].start], *inside]
            before = _inside(ents, 0, sent.start) if frames.goods_back(text[a:b]) else previous
            earlier = before + _inside(ents, sent.start, a)
            first = next(p for p in group if p.types)
            # a policy clause's targets do not act in it ("sanctions ... on seven U.S.
            # companies", whose frame may read no measure word: round 32, fcm32); a
            # possessive may ("alluding to Beijing's restrictions")
            movers = [
                e
                for e in inside
                if e.id not in targeted
                or POLICY_ACTION not in types
                or text[e.end : e.end + 2] in ("'s", "’s")
            ]
            actor, country, notes = _actor(first, movers, earlier, types[0] == EVENT_DATE)
            cut = patterns()["earlier_event_clause"].search(text, a, b)  # ", a day after X's"
            mine = [e for e in inside if not cut or e.start < cut.start()]  # the goods before
            # a share of a stage ("70% of the world's output") may take its mineral from a
            # few sentences back; any other bare share from the sentence before only
            lender = minerals_before if frames.stage(text[a:b]) else previous
            commodities, more = _commodities(
                first, mine, earlier, _inside(ents, sent.start, sent.end), lender
            )
            # an undated clause takes its sentence's dates ("When X took office in 2001, it
            # was $83 billion"), unless it opens on what would have been (`opens_unreal`)
            spans = ("start_char", "end_char")
            in_claim = _inside(dates, a, b, spans) or (
                [] if opens_unreal(text[a:b]) else _inside(dates, sent.start, sent.end, spans)
            )
            # nor dated in its sentence, a timeline entry's claim is of the entry's day
            entry = timeline.entry_at(entries, n)
            day = dates[entry.heading] if entry and not in_claim else None
            frame = frames.read(
                text[a:b],
                a,
                inside,
                in_claim,
                sent.text,
                earlier,
                sentence_ents,
                (flow_sent or prev_sent).text if (flow_sent or prev_sent) else "",
                targeted,
                day,
            )
            before_ents = _inside(ents, prev_sent.start, sent.start) if prev_sent else []
            frame = taxonomy_back.frame(
                frame, text[a:b], sent.text, before_ents
            )  # "These elements"
            if types[0] == USE:  # what a good is used for, whatever else the sentence says
                frame = replace(frame, kind=frames.OTHER, action="")
            by_place = place_counts.china_count(
                text[a:b], a, inside, sent.text, _dates_in(dates, group[0], b)
            )  # the listing told before, counted by place: its Chinese parties
            back = place_counts.back_count(text[a:b], frame.quantity)  # "It encompassed 23 ..."
            if members.named(text[a:b]):  # the members of the listing told before
                frame = members.listing_frame(frame, [c.frame for c in claims])
                actor, country = frame.actor, frame.actor_country
            elif counted_q := by_place or back:
                counted = place_counts.listing_count(
                    frame,
                    counted_q,
                    _told_since(claims, _paragraph_before(sents, sent) if back else listed_from),
                    referred=not by_place,
                )
                if counted is not frame:
                    frame, actor, country = counted, counted.actor, counted.actor_country

            def own_actor(j: int) -> bool:  # a line naming its own actor
                return borrowed.names_actor(_inside(ents, sents[j].start, sents[j].end), targeted)

            lead = None if types[0] == USE else lead_in.lead(text, sents, n, own_actor)
            if lead is not None:  # a list line takes the slots it lacks from its lead-in
                told = (flow_sent or prev_sent).text if (flow_sent or prev_sent) else ""
                reread = functools.partial(
                    frames.read,
                    text[a:b],
                    a,
                    inside,
                    in_claim,
                    sentence_ents=sentence_ents,
                    previous=told,
                    targeted=targeted,
                )
                lead_dates = _inside(dates, sents[lead].start, sents[lead].end, spans)
                frame = lead_in.inherit(
                    frame, reread, sent.text, sents[lead].text, earlier, lead_dates, day
                )
            in_scope = any(pieces[i] in group for i in scoped)  # "It will apply to ..."
            if (
                POLICY_ACTION in types
                and not frame.action
                and (
                    measure_reading.refers_to_measure(sent.text)
                    or in_scope
                    or frame.codes
                    or measure_reading.opens_with_effect(sent.text)
                )
            ):
                frame = borrowed.measure(frame, [c.frame for c in claims])
            # nor the sentence before it ("China, which ..., says permits will be needed")
            # not over the country the clause gives itself by a demonym qualifying the
            # measure word it opens with ("Chinese duties on US goods will drop": actor30)
            # of a scope told after a reference back, only the subject may name the actor
            # ("It will apply to goods imported from the United States": not the US's)
            named = _inside(ents, a, scope_told.subject_end(pieces[0])) if in_scope else inside
            unnamed = (  # a measure clause naming no actor, nor its sentence before it
                frame.kind == frames.MEASURE
                and not borrowed.names_actor(named + _inside(ents, sent.start, a), targeted)
                and not parties.demonym_side(text[a:b], frame.action)
            )
            if unnamed and in_scope:
                frame, actor, country = replace(frame, actor=None, actor_country=None), None, None
            took = None
            if unnamed and referred.opens_on(text[a:b]):  # "These curbs": the measure told
                prior = [(c.text, c.frame, referred.paragraph_of(sents, c.start)) for c in claims]
                within = referred.paragraphs(sents, n, not text[sent.start : a].strip())
                took = referred.antecedent(frame, text[a:b], prior, within)
            if took is not None:
                frame = took
                actor, country = frame.actor, frame.actor_country
            elif unnamed:
                # a list's item acts through its intro ("China retaliates with:"), if it names
                # one and no line between names its own actor
                intro = lead_in.lead(text, sents, n, own_actor, whole_lines=True)
                intro = lead if intro is None else intro
                lead = [] if intro is None else _inside(ents, sents[intro].start, sents[intro].end)
                aimed = parties.affected_sides(text[a:b], inside, a, targeted)
                frame = borrowed.intro_actor(frame, lead, targeted) or borrowed.actor(
                    frame, [(c.text, c.frame) for c in claims], aimed, text[a:b]
                )
                actor, country = actor or frame.actor, country or frame.actor_country
            if any(p in group for p in bare):  # judged against the measure referred to only
                near = frozenset({sent.paragraph, sent.paragraph - 1})  # its own, the one before
                prior = [(c.text, c.frame, referred.paragraph_of(sents, c.start)) for c in claims]
                frame = replace(
                    frame, scope_of=scope_told.antecedent(prior, took, near, frame.goods)
                )
            if frame.kind == frames.MEASURE:  # "... to these entities": the side told before
                frame = borrowed.partner(frame, text[a:b], [c.frame for c in claims])
            if condition := next(
                (hangs_on[i] for i, p in enumerate(pieces) if i in hangs_on and p in group), None
            ):
                frame = replace(frame, condition=condition)
            claims.append(
                Claim(
                    id="",
                    text=text[a:b],
                    type=types[0],
                    types=tuple(types),
                    topic=topic(types, text[a:b], inside or _inside(ents, sent.start, sent.end)),
                    start=a,
                    end=b,
                    entities=tuple(e.id for e in inside),
                    dates=tuple(d.id for d in _inside(dates, a, b, ("start_char", "end_char"))),
                    actor=actor,
                    actor_country=country,
                    commodities=tuple(commodities),
                    attributed_to=speaker.canonical if speaker else None,
                    notes=tuple(notes + more),
                    frame=frame,
                )
            )
    numbered = [Claim(**{**c.__dict__, "id": f"c{i}"}) for i, c in enumerate(claims, 1)]
    return numbered, others
