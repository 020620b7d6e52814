"""A sentence cut into clauses, and its claim clauses grouped into claims.

A sentence is cut at commas, colons, semicolons and conjunctions such as "as", "because"
and "while" (never inside a date or a name); adjacent claim clauses form one claim, but
each figure or rank starts a claim of its own (`claims.find` uses these).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from analysis.article import gazetteer as gz
from analysis.article import joined, place_counts
from analysis.article.claim_types import OFFICE, POLICY_ACTION, QUANTITY_SHARE, only_a_date
from analysis.article.claim_words import (
    ENUMERATED,
    SINCE_REASON,
    consequence_breaks,
    patterns,
    since_phrase,
    words,
)
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity
from analysis.article.quantities import level_completes_change
from analysis.article.text import Sentence, any_of

# how many lower-case words may stand between "and" and the second figure of a claim
# ("and is also responsible for an estimated 70% of"): a second predicate of one subject
SECOND_FIGURE_WORDS = 6
_SECOND_FIGURE = (
    r"\s+and\s+(?=(?:[a-z]+\s+){0,"
    + str(SECOND_FIGURE_WORDS)
    + r"}?(?:(?:about|around|nearly|almost|over|more than|less than|roughly|some|up to|"
    r"at least)\s+)?\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)\s+of\b)"
)
# The lower-case words that open a clause's subject after a subordinator ("because they
# ...") or a spaced dash ("- the U.S. has ..."): pronouns, articles and determiners.
CLAUSE_SUBJECTS = (
    "the",
    "it",
    "they",
    "he",
    "she",
    "we",
    "this",
    "these",
    "its",
    "their",
    "her",
    "his",
)
_SUBJECT = "(?:" + "|".join(CLAUSE_SUBJECTS) + ")"
_BREAK = re.compile(
    # ("since November 2023" and "since Aug. 1" are dates, not clauses)
    r"[:;]\s+|,[\"”]?\s+|\s+(?!since\s+(?:" + "|".join(calendar.month_name[1:]) + r")\b)"
    r"(?!since\s+(?:" + "|".join(calendar.month_abbr[1:]) + r"|Sept)\.?\s+\d)"
    r"(?=(?:as|because|while|whereas|although|though|since)\s+"
    + rf"(?:[A-Z]|{_SUBJECT}\b))|"
    # "67% of natural graphite and more than 90% of refined graphite": two figures; so too
    # a second predicate of the subject holding its own figure ("dominates gallium (99%)
    # and is also responsible for an estimated 70% of germanium"): up to
    # SECOND_FIGURE_WORDS lower-case words before it
    + _SECOND_FIGURE
    # a second predicate of the same subject is a claim of its own ("introduced a law in
    # 2020 and eventually added more items")
    + r"|\s+(?=and\s+(?:(?:then|later|also|\w+ly)\s+)?[a-z]{3,}ed\s)"
    # "reached $295 billion - the U.S. has no larger one": a clause after a spaced dash, not
    # an aside set off by two ("China – the US's main rival – is the largest source")
    + rf"|\s+[-–—]\s+(?={_SUBJECT}\s)(?!.*\s[-–—]\s)"
    # "(iv) adding 15 firms to the list and (v) launching an investigation": enumerated items
    r"|\s+(?=and\s+\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s)"
    # "observers believe they may be a response to export controls imposed by the US in
    # October 2022": the motive is opinion, the measure named after it a claim
    r"|(?<=\bresponse to)\s+"
)


def _summary_breaks(text: str) -> list[tuple[int, int, str]]:
    """Breaks (start, end, text) at a dash before a noun phrase summing up the clause before
    it (`summary_apposition`: "—moves widely seen as retaliation"): a clause of its own, so
    its characterisation is not said of the measure (round 38, fx38b)."""
    return [(m.start(), m.end(), m.group()) for m in patterns()["summary_dash"].finditer(text)]


_RANGE_START = re.compile(r"\b(?:between|from)\s+\S+$", re.I)  # "between 60% and 70% of"


@cache
def _lead() -> re.Pattern[str]:
    """The words a piece may open with that join it to what came before, stripped from its
    start: the joins of a second item (`added_joins`: "as well as", "and"; first, so that
    "as well as" is not read as "as"), conjunctions and adverbs of sequence."""
    joins = "|".join(words().added_joins)
    return re.compile(
        rf"^(?:(?:{joins}|but|so|yet|also|therefore|thus|then|this is why|which is why|"
        r"that is why|as|because|while|whereas|although|though|" + SINCE_REASON + r"|if)\b"
        r"[\s,]*)+",
        re.I,
    )


# A non-restrictive relative clause ("the rules, some of which go into effect at once,
# build on ...") is a claim of its own, not one with the clause after it.
# ", which means that sales will be subject to licences" is a claim of its own
RELATIVE = re.compile(r"^(?:(?:some|many|most|all|none|one|each) of )?(?:which|whom)\b", re.I)


@dataclass
class Piece:
    start: int
    end: int
    text: str
    types: list[str]
    speech: bool = False
    joined: str = ""  # the words that joined it to the clause before (", and", ", as well as")
    apart: bool = False  # a second measure the sentence joins to the first (`joined`)


def _takes_place(sentence: str, b0: int, b1: int) -> bool:
    """Whether a cut before "as" follows an active verb of taking another's place and the
    party it took it from ("has overtaken Australia as ...", `place_taken`): what comes after
    "as" is the subject's new place, not a clause of its own (round 39, left39). Not when a
    negation, a modal or "to" comes right before the verb (`place_not_taken`: "has not
    overtaken", "could overtake"): the place is still the other party's (review of round 39,
    rev39)."""
    if not re.match(r"as\b", sentence[b1:]):
        return False
    taken = patterns()["place_taken"].search(sentence[:b0])
    return (
        taken is not None
        and taken.group("aux") is None
        and not patterns()["place_not_taken"].search(sentence, 0, taken.start())
    )


def pieces(
    text: str,
    sent: Sentence,
    protected: list[tuple[int, int]],
    dated: Sequence[tuple[int, int]] = (),
) -> list[Piece]:
    """Clauses of a sentence; never cut inside a protected span (dates, names). A leading
    clause that is only a date ('In 2019,', 'On 3 July,') stays with the clause it dates."""
    cuts: list[tuple[int, int]] = []
    start = sent.start
    found = [(m.start(), m.end(), m.group()) for m in _BREAK.finditer(sent.text)]
    for b0, b1, said in sorted(
        found
        + consequence_breaks(sent.text)
        + _summary_breaks(sent.text)
        + joined.contact_breaks(sent.text)
        + joined.measure_breaks(sent.text)
        + place_counts.others_breaks(sent.text)
    ):
        at = sent.start + b0
        if at < start:
            continue  # a break inside the one just taken
        if any(a < at < b for a, b in protected):
            continue
        if _takes_place(sent.text, b0, b1):
            continue  # "Myanmar has overtaken Australia as the second-largest producer"
        if _RANGE_START.search(sent.text[:b0]) and not said.startswith(","):
            continue  # "between 60% and 70%"; but "from August, raising alarm" ends there
        cuts.append((start, at))
        start = sent.start + b1
    cuts.append((start, sent.end))
    out = []
    for a, b in cuts:
        chunk = text[a:b]
        lead = _lead().match(chunk)
        skip = lead.end() if lead and lead.end() < len(chunk) else 0
        comma = "," if a > sent.start and text[:a].rstrip().endswith(",") else ""
        a += skip
        b = a + len(text[a:b].rstrip(" .!?"))
        if b > a:
            lead_words = f"{comma} {chunk[:skip].strip(' ,').lower()}".strip()
            out.append(Piece(a, b, text[a:b], [], joined=lead_words))
    for i in range(len(out) - 2, -1, -1):
        if only_a_date(out[i], dated) or since_phrase(out[i].text):
            nxt = out.pop(i + 1)
            out[i] = Piece(out[i].start, nxt.end, text[out[i].start : nxt.end], [])
    for i in range(len(out) - 2, -1, -1):
        if _party_before_verb(out[i], out[i + 1], text, dated) or (
            out[i + 1].joined == "," and level_completes_change(out[i].text, out[i + 1].text)
        ):  # ... or the level a change led to: "fell $87.9 billion, to $452.2 billion"
            nxt = out.pop(i + 1)
            out[i] = Piece(out[i].start, nxt.end, text[out[i].start : nxt.end], [])
    for i in range(len(out) - 3, -1, -1):
        if k := _apposed_object(out, i):
            end = out[k].end
            del out[i + 1 : k + 1]
            out[i] = Piece(out[i].start, end, text[out[i].start : end], [], joined=out[i].joined)
    return out


# An apposition inside a verb's object ("placed PVH, an American clothing company that owns
# ..., on the list"; "places Huawei, a Chinese owned company ..., on the Entity List"): a
# clause ending on a name, one opening with an article, one opening with the preposition
# that completes the verb (round 33, fx33m: San Diego Union-Tribune, Converge Digest).
_NAME_END = re.compile(r"\b[A-Z][\w.&’'-]*$")
_APPOSITION = re.compile(r"(?:an?|the)\s", re.I)
_COMPLETES = re.compile(r"(?:on|onto|to|into)\s+(?:the|its|their|an?)\s", re.I)
# how many clauses the apposition may be cut into ("..., a company that owns brands such as
# X and Y, on the list": two)
APPOSITION_PIECES = 3


def _apposed_object(out: list[Piece], i: int) -> int:
    """The index of the clause completing clause `i`'s verb after an apposition set off by
    commas inside its object (the apposition may be cut itself, "such as X"), else 0: the
    clauses from `i` to it are one clause."""
    if i + 2 >= len(out) or not _NAME_END.search(out[i].text):
        return 0
    aside = out[i + 1]
    if aside.joined != "," or not _APPOSITION.match(aside.text):
        return 0
    for k in range(i + 2, min(i + 2 + APPOSITION_PIECES, len(out))):
        if out[k].joined == ",":
            return k if _COMPLETES.match(out[k].text) else 0
    return 0


# a clause that is only a party's name ("Beijing", "The Commerce Department")
_PARTY_ONLY = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


def _party_before_verb(
    piece: Piece, nxt: Piece, text: str, dated: Sequence[tuple[int, int]]
) -> bool:
    """'Beijing on December 3, 2024, banned ...', 'China, on 3 December 2024, banned ...':
    a clause that is only the acting party (and its date), cut by the comma a date sets
    off from the measure verb that opens the next clause (past its own date): one clause."""
    party = _PARTY_ONLY.match(piece.text)
    if party is None:
        return False
    at = piece.start + party.end()
    on = re.match(r"\s+on\s+", text[at : piece.end])
    if at < piece.end and (on is None or (at + on.end(), piece.end) not in dated):
        return False
    at = nxt.start
    if lead := re.match(r"on\s+", nxt.text):  # "on 3 December 2024, banned"
        end = next((b for a, b in dated if a == at + lead.end()), None)
        if end is None:
            return False
        at = end + len(re.match(r"[\s,]*", text[end : nxt.end]).group())
    verb = patterns()["imposition"].match(text, at, nxt.end)
    return verb is not None and not verb.group().lower().endswith("ing")


# what may stand between a clause's acting party and its verb: "Beijing on May 3 banned",
# "the US has also imposed", "China, on Friday, added"
_BEFORE_VERB = re.compile(r"(?:\s+|,|(?:has|have|had|also|then|later|on|in)\b)*", re.I)


def _party_verb(
    text: str,
    p: Piece,
    ents: list[Entity],
    spans: list[tuple[int, int]],
    labels: tuple[str, ...] = (gz.ORG, gz.PLACE),
) -> int:
    """Where the verb after the acting party a clause opens on (of `labels`: a government,
    body or place, after "the" at most) starts, past the words and dates between them; -1
    when the clause opens on no such party."""
    subject = min(
        (e for e in ents if p.start <= e.start < p.end), key=lambda e: e.start, default=None
    )
    if (
        subject is None
        or subject.label not in labels
        or not re.fullmatch(r"(?:the\s+)?", text[p.start : subject.start], re.I)
    ):
        return -1
    at = subject.end
    while at < p.end:  # past the words and dates between the party and its verb
        at = _BEFORE_VERB.match(text, at, p.end).end()
        after = next((b for a, b in spans if a == at), None)
        if after is None:
            break
        at = after
    return at


def own_measures(
    text: str, pieces: list[Piece], ents: list[Entity], dates: list[DateRef]
) -> set[int]:
    """The clauses that state a measure of their own: opening on their acting party (a
    government, body or place), and its finite measure verb right after it, past dates
    ("China imposed tariffs on ...", "Beijing on May 3 banned ..."; not "imposing ...")."""
    spans = sorted((d.start_char, d.end_char) for d in dates)
    own = set()
    for i, p in enumerate(pieces):
        at = _party_verb(text, p, ents, spans)
        verb = patterns()["imposition"].match(text, at, p.end) if at >= 0 else None
        if verb and not verb.group().lower().endswith("ing"):
            own.add(i)
    return own


# the parties a main clause of its own may open on ("After banning ..., Beijing is now
# restricting ..."), or a pronoun (text_words' `complement_subjects`: "..., it now requires")
_PARTIES = (gz.ORG, gz.PLACE, gz.PERSON)


def earlier_acts(
    text: str, pieces: list[Piece], ents: list[Entity], dates: list[DateRef]
) -> set[int]:
    """The clauses that part a sentence from a clause telling an earlier act, each a claim of
    its own with its own frame, goods and date (`group`): the main clause after a leading
    participle clause of an earlier act, opening on its own party (a body, place or person,
    or a pronoun) and its finite verb (`_clause_verb`; "After banning exports of gallium in
    December, China is now restricting exports of tungsten ..."; the leading clause itself a
    measure: not "After meeting US officials in December, ...", review of round 40), and a
    clause of sequence naming the earlier act by a noun, with its own date
    (`_earlier_noun_act`). A main clause
    after a leading phrase with no act ("In addition to the levies of September, the U.S.
    has duties of 25% ...") stays one claim with it (round 40, split40)."""
    spans = sorted((d.start_char, d.end_char) for d in dates)
    own = set()
    for i, p in enumerate(pieces):
        if i and _earlier_noun_act(p, pieces[i - 1], spans):
            own.add(i)
            continue
        if not (
            i == 1
            and p.joined.startswith(",")
            and patterns()["earlier_act"].match(pieces[0].text)
            and POLICY_ACTION in pieces[0].types
        ):  # the earlier act a measure: "After meeting US officials in December, ..." is none
            continue
        pronoun = re.match(rf"{any_of('complement_subjects').pattern}\s+", p.text)
        at = p.start + pronoun.end() if pronoun else _party_verb(text, p, ents, spans, _PARTIES)
        if at < 0:
            continue
        at = patterns()["clause_adverbs"].match(text, at, p.end).end()
        verb = re.match(r"([a-z]+)\b(?!(?:\s+[\w’'-]+)?\s*,)", text[at : p.end])
        if verb and _clause_verb(verb.group(1)):
            own.add(i)
    return own


# a word of sequence, then a noun phrase naming an act ("following the inclusion of 28 firms")
_SEQUENCE_NOUN = re.compile(
    r"(?:following|after)\s+(?:the|its|their)\s+[a-z]+\b(?!\s+(?:was|were|is|are|had|has)\b)",
    re.I,
)


def _earlier_noun_act(p: Piece, before: Piece, spans: list[tuple[int, int]]) -> bool:
    """A claim clause after a comma opening on a word of sequence and a noun phrase, holding
    a date of its own, after a clause with a date of its own ("added 15 firms to its list
    yesterday, following the inclusion of 28 firms in the list in January"): the earlier act
    is a claim apart."""
    return bool(
        p.joined.startswith(",")
        and _SEQUENCE_NOUN.match(p.text)
        and p.types
        and any(p.start <= a < p.end for a, _ in spans)
        and any(before.start <= a < before.end for a, _ in spans)
    )


def _clause_verb(word: str) -> bool:
    """Whether `word`, right after a clause's party, is a finite verb (`party_clause_verbs`,
    text_words' `past_words`, a word in "-ed")."""
    return bool(
        patterns()["party_clause_verbs"].fullmatch(word)
        or any_of("past_words").fullmatch(word)
        or (word.endswith("ed") and len(word) > 4)
    )


def group(
    pieces: list[Piece],
    support: set[int],
    own: set[int] = frozenset(),
    across: set[int] = frozenset(),
    earlier: set[int] = frozenset(),
) -> list[list[Piece]]:
    """Runs of claim clauses (with their sources' clauses), of the rest, and enumerated
    items; a clause stating a measure of its own (`own_measures`) is a claim apart from a
    run that states one ("The US imposed tariffs on April 2, and China imposed tariffs on
    April 4": two claims, each with its party and date); the predicate after a relative
    clause dating its subject's measure (`across`: "The tariffs on X, which took effect on
    D, were imposed by Y") goes with them; a clause parted from one telling an earlier act
    (`earlier`, `earlier_acts`), or other parties joined to a count before them
    (`place_counts.others_joined`), starts a claim of its own."""
    groups: list[list[Piece]] = []
    for i, p in enumerate(pieces):
        kind = bool(p.types) or i in support
        p.apart = bool(groups) and (
            joined.second_measure(groups[-1], p)
            or joined.contact_after(groups[-1], p)
            or joined.measure_after(p)
            or (i in earlier and i not in support)
        )
        if (
            groups
            and not (i in own and any(pieces.index(q) in own for q in groups[-1]))
            and (bool(groups[-1][-1].types) or pieces.index(groups[-1][-1]) in support) == kind
            and not (i > 0 and RELATIVE.match(pieces[i - 1].text) and i not in across)
            and not patterns()["consequence_leads"].match(p.text)
            and not patterns()["consequence_clause"].match(p.text)
            and not ENUMERATED.match(p.text)  # an item is a claim of its own
            and not p.apart  # a second measure: "..., as well as a ban on X"
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def one_figure_each(group: list[Piece]) -> list[list[Piece]]:
    """A run of claim clauses cut so that each part holds one figure or rank ("the largest
    producer, supplying 67% of natural and 90% of refined graphite" is three claims, each
    checked on its own) and a person's office is a claim of its own; clauses without a
    figure stay with the part before them."""
    parts: list[list[Piece]] = []
    for p in group:
        office = OFFICE in p.types or bool(parts and OFFICE in parts[-1][-1].types)
        if (
            parts
            and not office
            and not (
                QUANTITY_SHARE in p.types and any(QUANTITY_SHARE in q.types for q in parts[-1])
            )
        ):
            parts[-1].append(p)
        else:
            parts.append([p])
    return parts
