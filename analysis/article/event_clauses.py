"""Clauses of time that tell another event, whose figures are not the claim's.

A measure claim may date its act by another, earlier one, told in a clause of time after
the claim's own act: "imposing a new 34 per cent tariff ... weeks after the administration
had initially imposed a 10 per cent tariff", "China had raised the tariffs in September,
when the US tariffs on more than $100 billion of Chinese imports took effect". The clause
opens with a `time_clause` word ("after", "when", "following", maybe after a `time_span`:
"weeks after") and has its own verb in the pluperfect or of taking effect (`earlier_act`),
so it is a clause with its own subject, not a phrase of the claim's act. Taking effect tells
another event only when the clause names a party (`names_a_party`: "when the US tariffs on
$100 billion of goods took effect"); "when the new 150% rate took effect" is the claim's
own act taking effect, whose figures stay the claim's (review of round 29). Its figures are
that event's, not the claim's: `measure_reading.answered_spans` leaves them out of the frame's
quantity and the tariff check's rates. A clause of time opening the claim ("In April,
after the US had imposed 54% tariffs, China raised ...") comes before the claim's act and
is read as before.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.article.claim_words import first_cue, patterns, words
from analysis.data import lexicon


@cache
def _party() -> re.Pattern[str]:
    """A party's name as a whole word: a demonym (`demonyms`: "US", "Chinese",
    "Washington's"), a country's press name or alias (`country_names`) or a capital."""
    places = lexicon.places()
    names = {
        *lexicon.roles().demonyms,
        *(n for c in places.country_names.values() for n in (c.name, *c.aliases)),
        *(p.name for p in places.places if p.capital),
    }
    forms = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def names_a_party(text: str) -> bool:
    """Whether `text` names a party: a country, its people or its capital."""
    return _party().search(text) is not None


def time_clause_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` from a clause of time telling another event (`time_clause`)
    after the claim's first measure word to the end of the text; one told by its taking
    effect only when it names a party (else it is the claim's own act taking effect)."""
    cue = first_cue(text)
    return [
        (m.start(), len(text))
        for m in patterns()["time_clause"].finditer(text)
        if cue < m.start() and (m.group("effect") is None or names_a_party(m.group()))
    ]


def opens_other_event(text: str) -> bool:
    """Whether a clause split off its sentence is itself such a clause of time, before any
    measure word of its own ("days after the US had imposed a 34% tariff", "when the US
    tariffs on $100 billion of goods took effect"): it tells the other, earlier event, so
    the goods its sentence names are the claim's act's, not this event's (round 29, dt24).
    So is a clause opening with an `earlier_event_clause` word before its measure word
    ("following the increase to 20% of US duties")."""
    cue = first_cue(text)
    found = patterns()["time_clause"].search(text)
    if found is not None and found.start() <= cue:
        return True
    w = words()
    lead = rf"\W*(?:(?:{'|'.join(w.time_span)})\s+)?(?:{'|'.join(w.earlier_event_clause)})\b"
    opening = re.match(lead, text, re.I)
    return opening is not None and opening.end() <= cue


def answered_span(text: str) -> tuple[int, int] | None:
    """The span of `text` telling the measure a claim answers or follows, when it comes after
    the claim's first measure word (", a day after the US curbs", "imposed in December 2024
    in retaliation for U.S. export controls on high-bandwidth memory chips": `after_event`,
    `answered_measure`): from its word of sequence to the next comma or the end; not after
    a verb of sequence (`sequence_verbs`: "come after"), whose event the claim tells. The
    parties and goods named in it are that other event's, not the claim's (round 35, fx35d)."""
    later = patterns()["after_event"].search(text) or patterns()["answered_measure"].search(text)
    if later is None or later.start() <= first_cue(text):
        return None
    w = words()
    told = rf"\b(?:{'|'.join(w.sequence_verbs)})\s+(?:(?:{'|'.join(w.time_span)})\s+)?\W*$"
    if re.search(told, text[: later.start()], re.I):
        return None  # "The new duties come after a round of tariffs imposed by Beijing"
    ends = text.find(",", later.end())
    return later.start(), ends if ends >= 0 else len(text)


def answering_opening(before: str, text: str) -> int:
    """The length of the opening of a claim that names the measure an opener of answering
    answers, the opener ending the text of its sentence `before` it or opening the claim
    (`answering_opener`, `answering_lead`: "In response to a 10% U.S. tariff on all Chinese
    imports implemented on Tuesday, China announced retaliatory tariffs"): up to and with
    its first comma, when a clause follows; 0 when there is no such opener, or the claim is
    the answered measure only. The parties, goods and figures of that opening are the
    answered measure's, not the claim's."""
    comma = text.find(",")
    if comma < 0 or not re.search(r"\w", text[comma:]):
        return 0
    p = patterns()
    opened = p["answering_opener"].search(before) or p["answering_lead"].match(text[:comma])
    return comma + 1 if opened else 0
