"""Sentences that hold two claims: where one claim of a sentence ends and the next begins.

Adjacent claim clauses of a sentence form one claim (`clauses.group`); this module names
the joins after which a clause is a claim of its own although it continues the sentence:
a second measure joined by "as well as" or "and", named by an action word of its own
("announced the addition of 11 firms to its list, ..., as well as restriction on exports
of seven rare earths": two measures, two frames; round 29, branch split22). An office
claim of a titled name is the title and the name, not the rest of its clause
(`office_span`: "President X turned up the pressure on China on Sunday" holds the office
and a claim the officials table cannot decide).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.article import gazetteer as gz
from analysis.article import measure_reading
from analysis.article.claim_types import EVENT_DATE, SPEAKER, own_title, title_role
from analysis.article.claim_words import patterns, words
from analysis.article.entity_refs import Entity


class _Clause(Protocol):
    text: str
    joined: str


class _Spanned(Protocol):
    text: str
    start: int
    end: int


def second_measure(run: Sequence[_Clause], clause: _Clause) -> bool:
    """A clause joined by ", as well as" or ", and" (`added_joins`, after a comma), with no
    subject of its own
    (it opens on a lower-case word that is no article, pronoun or preposition:
    `joined_non_predicates`), that names a measure by its own action word (`measure_reading.action`:
    a ban, a licence, a listing, a tariff, a restriction...) other than the one of the run
    of clauses before it: a second measure, a claim apart, whose acting party is the one
    told before (`borrowed`). The same act said twice ("imposed tariffs on X, and raised
    tariffs on Y") stays one claim."""
    words = patterns()
    if (
        not words["added_joins"].search(clause.joined)
        or not clause.text[:1].islower()
        or words["joined_non_predicate"].match(clause.text)
    ):
        return False
    mine, before = (
        measure_reading.action(clause.text),
        measure_reading.action(" ".join(c.text for c in run)),
    )
    return bool(mine) and bool(before) and mine != before


# How many words may stand between the word of sequence and the contact's word ("even after
# American and Chinese negotiators briefly met": four)
CONTACT_AFTER_WORDS = 5


@cache
def _contact_after() -> re.Pattern[str]:
    """A word of sequence (`contact_after_opens`) then, within `CONTACT_AFTER_WORDS` words,
    a word of a contact (`meetings`, `contact_nouns`, `call_nouns`, `contact_verbs`,
    `contact_meals`)."""
    w = words()
    contact = _contact_words()
    return re.compile(
        rf"\b(?:{'|'.join(w.contact_after_opens)})\s+(?:[\w'’.-]+\s+){{0,{CONTACT_AFTER_WORDS}}}?"
        rf"(?:{contact}|{'|'.join(w.contact_meals)})\b",
        re.I,
    )


def contact_breaks(text: str) -> list[tuple[int, int, str]]:
    """Breaks (start, end, text) before a contact told after a measure's act with no comma
    ("The tariff increase went ahead even after negotiators met in Washington on Thursday"):
    where the word of sequence opens, when the words before it name a measure
    (`measure_reading.action`). The clause after it is a claim apart (`contact_after`)."""
    out = []
    for m in _contact_after().finditer(text):
        if (
            m.start() > 0
            and text[m.start() - 1] == " "
            and measure_reading.action(text[: m.start()])
        ):
            out.append((m.start() - 1, m.start(), " "))
    return out


def contact_after(run: Sequence[_Clause], clause: _Clause) -> bool:
    """A clause opening on a contact told after a measure (`contact_breaks`: "after a
    significant meeting between Xi and Trump in South Korea on Oct. 30"), the run before it
    naming the measure: a claim apart, the contact, checked against the timeline; the
    measure's act, before it, is a claim of its own (round 33, fx33v)."""
    found = _contact_after().match(clause.text)
    return found is not None and bool(measure_reading.action(" ".join(c.text for c in run)))


# How many words may stand between the word of sequence and the measure's verb (its
# subject: "since Biden's predecessor Donald Trump rolled out": five)
MEASURE_AFTER_WORDS = 6
# forms of "be" and "get" that make the verb after them passive: the measure taken as given
_BE = r"(?:is|are|was|were|be|been|being|got|get|gets)"


@cache
def _measure_after() -> re.Pattern[str]:
    """A word of sequence (`measure_after_opens`), a subject of up to `MEASURE_AFTER_WORDS`
    words none of which is a form of "be", then a finite verb of imposition (`imposition`,
    not an "-ing" form)."""
    opens = "|".join(words().measure_after_opens)
    return re.compile(
        rf"\b(?:{opens})\s+((?:(?!{_BE}\b)[\w'’.$-]+\s+){{1,{MEASURE_AFTER_WORDS}}}?)"
        rf"(?:{patterns()['imposition'].pattern})(?<!ing)\b",
        re.I,
    )


def measure_breaks(text: str) -> list[tuple[int, int, str]]:
    """Breaks (start, end, text) before a measure told as an act after another claim with no
    comma ("It made the move after the U.S. government upgraded its controls on ..."): where
    the word of sequence opens, when words come before it. The clause after it is a claim
    apart (`measure_after`)."""
    return [
        (m.start() - 1, m.start(), " ")
        for m in _measure_after().finditer(text)
        if m.start() > 0 and text[m.start() - 1] == " "
    ]


def measure_after(clause: _Clause) -> bool:
    """A clause, with the words that joined it (its `joined`: "since"), that opens on a
    measure told as an act after a word of sequence (`measure_breaks`: "hours after
    President Donald Trump more than doubled tariffs on $200 billion in Chinese imports"):
    a claim apart, the measure, checked against the catalog; the clause before it, which
    it dates, is a claim of its own (round 35, fx35h)."""
    lead = clause.joined.strip(" ,")
    found = _measure_after().match(f"{lead} {clause.text}" if lead else clause.text)
    return found is not None


def office_span(text: str, official: Entity, a: int, b: int, ents: list[Entity]) -> tuple[int, int]:
    """The span of an office claim whose clause (`a`..`b`) names a known official after a
    title of theirs and goes on to say something else ("President X turned up the pressure
    on China on Sunday", "Treasury Secretary X and the President's Special Envoy for
    Climate"): the title and the name, so that what the clause goes on to say is no part of
    the office claim. A clause that says the official took office ("took office on <day>")
    is kept whole: its day is the claim's; so is the clause of a speaker ("Commerce
    Secretary X said in a statement", `claim_types.title_role`), which says nothing else."""
    words = patterns()
    if words["took_office"].search(text, a, b) or words["office_became"].search(text, a, b):
        return a, b
    if not a <= official.start < official.end <= b:
        return a, b
    found = own_title(text, official, a, [e for e in ents if a <= e.start < b])
    if found is None or title_role(text[a:b], found[0] - a, official.end - a) == SPEAKER:
        return a, b  # "Commerce Secretary X said in a statement": the speaker's clause
    return found[0], official.end


class _Typed(_Spanned, Protocol):
    types: list[str]


def contact_tails(
    clauses: Sequence[_Typed], ents: Sequence[Entity], dated: Sequence[tuple[int, int]]
) -> set[int]:
    """The indices of the clauses that continue a contact clause (`contact_tail`), each
    after the contact clause or another such tail."""
    tails: set[int] = set()
    contact = None
    for i in range(1, len(clauses)):
        contact = contact if i - 1 in tails else clauses[i - 1]
        clause = clauses[i]
        if (
            contact is not None
            and not clause.types
            and EVENT_DATE in contact.types
            and contact_tail(contact, clause, ents, dated)
        ):
            tails.add(i)
    return tails


def contact_tail(
    contact: _Spanned, clause: _Spanned, ents: Sequence[Entity], dated: Sequence[tuple[int, int]]
) -> bool:
    """A clause with no claim of its own after a contact clause (`contact`: one telling a
    meeting, talks, a call or a visit, or itself such a tail) that holds only the person met
    (an apposition), the contact's days and places, and `contact_tail_words`: "Trump met with
    his Chinese counterpart, Xi Jinping, on October 30 in South Korea" is one contact claim,
    with its people, day and place (round 35, fx35g)."""
    if not _contact().search(contact.text):
        return False
    spans = [(a, b) for a, b in dated if clause.start <= a and b <= clause.end]
    spans += [
        (e.start, e.end)
        for e in ents
        if e.label in (gz.PERSON, gz.PLACE) and clause.start <= e.start and e.end <= clause.end
    ]
    if not spans:
        return False
    rest = list(clause.text)
    for a, b in spans:
        rest[a - clause.start : b - clause.start] = " " * (b - a)
    allowed = set(words().contact_tail_words)
    return all(w.lower() in allowed for w in re.findall(r"[\w'’-]+", "".join(rest)))


def _contact_words() -> str:
    """The words of a contact, as one alternation: `meetings`, `contact_nouns`, `call_nouns`,
    `contact_verbs`."""
    w = words()
    return "|".join(w.meetings + w.contact_nouns + w.call_nouns + w.contact_verbs)


@cache
def _contact() -> re.Pattern[str]:
    """A word of a contact (`_contact_words`)."""
    return re.compile(rf"\b(?:{_contact_words()})\b", re.I)
