"""The claim types a clause supports (`_classify`), the measure frame it may state, and who acts
in it (`_actor`); `claims` cuts sentences into clauses and joins them into claims."""

from __future__ import annotations

import re
from typing import Any

from analysis.article import (
    frames,
    measure_reading,
    members,
    opinions,
    taxonomy_back,
    taxonomy_words,
)
from analysis.article import gazetteer as gz
from analysis.article.claim_types import (
    CAUSAL,
    COUNT,
    EVENT_DATE,
    POLICY_ACTION,
    QUANTITY_SHARE,
    USE,
    names_a_good,
)
from analysis.article.claim_words import (
    SPELLED_PERCENT,
    figure_words,
    first_cue,
    patterns,
)
from analysis.article.clauses import RELATIVE as _RELATIVE
from analysis.article.clauses import Piece as _Piece
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity
from analysis.article.text import Sentence, any_of, saying

_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)|\b(?:the\s+)?(?:vast|overwhelming|large|great)\s+"
    r"majority\b|\bshare of\b|\baccounts?\s+for\b|\bdominat\w+|(?:[$€£]|\bUSD)\s?\d|"
    r"\b\d[\d,.]*\s*(?:billion|million|trillion|[km]?\s*tonnes|[km]?\s*tons|metric tons)\b|"
    r"\b(?:rose|fell|jumped|surged|dropped|increased|decreased|grew|declined)\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+)?\d|"
    r"\b(?:the\s+)?(?:world's\s+)?(?:largest|biggest)\b|" + SPELLED_PERCENT,
    re.I,
)
_COUNT = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\b(?!\s+(?:half|quarter)\b)|"
    r"(?<!the )\b(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:more\s+|other\s+|new\s+)?"
    r"(?:\w+\s+)?(?:companies|entities|firms|visits|officials|countries|items|products|rules|"
    r"measures|minerals|elements|metals|trips|delegations|agencies|subsidiaries|affiliates)\b",
    re.I,
)
_STRONG_POLICY_VERB = re.compile(
    r"\b(?:bann(?:ed|ing)|bans|blacklist\w+|sanctioned|restricted|prohibited|embargoed|"
    r"invest\w*\s+(?:massively|heavily|billions)|subsidi[sz]\w+|"
    r"restrict\w*\s+(?:the\s+)?(?:exports?|sales|imports?)|"
    r"added\s+[\w\s,-]{1,60}?\s+to\s+(?:the|its)\s+(?:\w+\s+){0,3}list|"
    # a listing named by its noun: "the addition of three US firms to China's unreliable
    # entity list", "the decision to include X, Y and Z on the list"
    r"(?:addition|inclusion)\s+of\s+[\w\s,&.'’-]{1,120}?\s+(?:to|on|in)\s+[\w\s'’]{0,40}?lists?|"
    r"to\s+include\s+[\w\s,&.'’-]{1,120}?\s+(?:on|in)\s+[\w\s'’]{0,40}?lists?)\b",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|they|its|their|which|who)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:has\s+|have\s+|had\s+)?\w+ed\b")


_ACTOR_WORDS = {
    "the Americans": ("United States", "USA"),
    "Americans": ("United States", "USA"),
    "the Chinese": ("China", "CHN"),
    "the Europeans": ("European Union", None),
    "Europeans": ("European Union", None),
}
# Each of `_ACTOR_WORDS` as whole words, compiled once (round 35, cpu35).
_ACTOR_PATTERNS = tuple(
    (re.compile(rf"\b{re.escape(words)}\b"), actor) for words, actor in _ACTOR_WORDS.items()
)
_RARE_EARTH = re.compile(r"\brare[- ]earth", re.I)


def _inside(items, start: int, end: int, attr=("start", "end")):
    return [x for x in items if start <= getattr(x, attr[0]) and getattr(x, attr[1]) <= end]


def _states_a_measure(text: str, sentence: str, labels: set[str], around: set[str]) -> bool:
    """The measure frame: a control (a ban, licence, restriction, listing, tariff... in the
    words of `measure_reading.action`), not an opinion or a forecast, with what it acts on —
    goods or an instrument named in the clause or its sentence (`around`), a government, body or
    country in the clause, a trade flow ('shall not be exported without permission'), an
    earlier measure ('these controls') or one it relaxes ('That clause is now paused',
    `measure_reading.relaxes_told`) — or, in a `sentence` referring to an earlier
    measure or opening on it ('Formally implemented from ...'), says it takes effect ('the
    rules, some of which go into effect immediately'); or a clause naming an instrument or
    referring to a measure says in the passive it was issued ('The AI Diffusion Rule was
    issued on January 15, 2025': `measure_reading.issued`)."""
    if opinions.is_opinion(text):
        return False
    if measure_reading.names_codes(text) and measure_reading.customs_codes(sentence):
        return True  # the goods a measure covers, by their customs codes
    if measure_reading.action(text):
        named = (labels | around) & {gz.COMMODITY, gz.INSTRUMENT} or labels & {gz.ORG, gz.PLACE}
        return bool(named) or measure_reading.acts_on(text) or measure_reading.relaxes_told(text)
    if measure_reading.imposes_told(text) and labels & {gz.ORG, gz.PLACE}:
        return True  # "Japan and the Netherlands implemented their own measures" (undet41)
    if measure_reading.issued(text) and (
        gz.INSTRUMENT in labels or measure_reading.refers_to_measure(text)
    ):
        return True  # "The AI Diffusion Rule was issued on ...": a named rule, dated (fx38b)
    return measure_reading.takes_effect(text) and (
        gz.INSTRUMENT in labels  # "The ECL will become effective on ...": a named instrument
        or measure_reading.refers_to_measure(sentence)
        or measure_reading.opens_with_effect(sentence)
    )


def _dated_measure(
    noun: _Piece, relative: _Piece, ents: list[Entity], dates: list[DateRef], sent: Sentence
) -> bool:
    """'The Chinese rules on graphite, which took effect on 1 December 2023': a clause naming
    a measure by its noun (`_states_a_measure` of the two together), then a relative clause
    saying on which day it took effect, or an aside saying when it was imposed (`imposed_aside`:
    "The restrictions, originally imposed in December 2024,"); that clause dates that
    measure, one claim."""
    effect = _RELATIVE.match(relative.text) and measure_reading.takes_effect(relative.text)
    if not (effect or patterns()["imposed_aside"].match(relative.text)) or not _inside(
        dates, relative.start, relative.end, ("start_char", "end_char")
    ):
        return False
    text = sent.text[noun.start - sent.start : relative.end - sent.start]
    labels = {e.label for e in _inside(ents, noun.start, relative.end)}
    around = {e.label for e in _inside(ents, sent.start, sent.end)}
    return _states_a_measure(text, sent.text, labels, around)


def _said_to_be_rare_earths(piece: _Piece, sent: Sentence) -> bool:
    """Whether a later clause says what this one's goods are ("Gallium, a rare earth, is")."""
    m = _RARE_EARTH.search(sent.text[piece.end - sent.start :])
    return m is not None and taxonomy_words.is_taxonomy(sent.text)


_MEASURE_OF_TRADE = re.compile(
    r"\b(?:export|import)s?[- ](?:control|ban|licen[cs]|restriction|curb|permit|quota)", re.I
)


def _changes(text: str) -> bool:
    """A trade flow and a verb of a rise or a fall ("imports from China declined"): a
    direction to check; "expanded export controls" names no flow."""
    words = patterns()
    return bool(frames.flow(_MEASURE_OF_TRADE.sub(" ", text))) and bool(
        words["falls"].search(text) or words["rises"].search(text)
    )


ROLE_WORDS = 4  # words after a country that may name one of its offices ("US Commerce Secretary")


def _role(text: str, inside: list[Entity], start: int) -> bool:
    """Whether a clause names a participant by a country's office alone, with no name ("talks
    by the US secretary of state", "US Commerce Secretary urges ... during visit to China"):
    the words right after a country name an office the officials table lists for it (round
    39, fx39c). Read only in a clause that is no opinion ("... visits China in a difficult
    balancing act")."""
    for e in inside:
        if e.label != gz.PLACE or e.kind != "country" or not e.country:
            continue
        after = text[e.end - start :].lower().split()[:ROLE_WORDS]
        if gz.offices_named(set(re.findall(r"[a-z]+", " ".join(after))), e.country):
            return True
    return False


def _figure_outside(text: str, sentence: str, date_spans: list[tuple[int, int]]) -> bool:
    """Whether a clause states a figure (`_QUANTITY`, else `figure_words`) outside its
    dates' spans; the words are read only when no numeric figure is outside them."""

    def outside(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in date_spans)

    return any(map(outside, _QUANTITY.finditer(text))) or any(
        map(outside, figure_words(text, sentence))
    )


def _classify(piece: _Piece, ents: list[Entity], dates: list[DateRef], sent: Sentence) -> list[str]:
    """The claim types a clause of sentence `sent` supports, strongest first."""
    text = piece.text
    inside = _inside(ents, piece.start, piece.end)
    labels = {e.label for e in inside}
    around = {e.label for e in _inside(ents, sent.start, sent.end)}
    own_dates = _inside(dates, piece.start, piece.end, ("start_char", "end_char"))
    date_spans = [(d.start_char - piece.start, d.end_char - piece.start) for d in own_dates]
    resolved = [d for d in own_dates if d.resolved]
    types = []
    if _figure_outside(text, sent.text, date_spans) or (
        (frames.is_rank(text) and (gz.COMMODITY in labels | around or frames.goods_back(text)))
        # "as China cements its top producer status" after "Global graphite production rose";
        # "the top producer of the two metals"
        # "the highest reserves of rare earths": a rank of reserves (round 41, left41)
        or (patterns()["reserve_rank"].search(text) and gz.COMMODITY in labels | around)
        or (frames.flow(text) and frames.extreme(text))  # "the deficit's lowest since 2010"
        or (_changes(text) and any(e.country == "CHN" for e in inside))
    ):
        types.append(QUANTITY_SHARE)
    if any(not any(a <= m.start() < b for a, b in date_spans) for m in _COUNT.finditer(text)) or (
        (taxonomy_words.is_taxonomy(text) or _said_to_be_rare_earths(piece, sent))
        and (
            names_a_good(inside) or taxonomy_words.member_count(text) is not None
        )  # "There are 17 ..."
    ):
        types.append(COUNT)  # a number of things, or what a good is (how it is counted)
    if COUNT not in types and taxonomy_back.about_goods_before(text, sent.text):
        types.append(COUNT)  # "These elements, though not rare earths": the goods told before
    actorish = (
        labels & {gz.ORG, gz.PLACE, gz.PERSON}
        or any(w in text for w in _ACTOR_WORDS)
        or _PRONOUN.match(text)
        or _PRONOUN_SUBJECT.search(text)
    )
    if (
        any_of("policy_verbs").search(text)
        and actorish
        and (gz.INSTRUMENT in labels or _STRONG_POLICY_VERB.search(text))
        and not opinions.is_opinion(text)
    ):
        types.append(POLICY_ACTION)
    if POLICY_ACTION not in types and _states_a_measure(text, sent.text, labels, around):
        types.append(POLICY_ACTION)
    pair = patterns()["pair_words"].search(text)  # "the two heads of state": named before
    if any_of("event_words").search(text) and (
        resolved
        or gz.PERSON in labels
        or frames.venues(inside)
        or pair
        or (_role(text, inside, piece.start) and not opinions.is_opinion(text))
    ):
        types.append(EVENT_DATE)
    if any_of("causal_words").search(text) and (
        labels & {gz.INSTRUMENT, gz.COMMODITY} or _QUANTITY.search(text)
    ):
        types.append(CAUSAL)
    use = patterns()["use"].search(text)
    if (  # "Scandium is used in alloys": the good named before the use words, no measure word
        not types
        and use
        and any(e.label == gz.COMMODITY and e.start < piece.start + use.start() for e in inside)
        and first_cue(text) == len(text)
    ):
        types.append(USE)
    if not types and members.named(text):  # "The entities include DJI": a listing's members
        types.append(POLICY_ACTION)
    piece.speech = bool(saying("speech_words").search(text)) and bool(
        labels & {gz.PERSON, gz.ORG, gz.PLACE}
    )
    return types


def _actor(
    piece: _Piece, inside: list[Entity], before: list[Entity], event: bool
) -> tuple[Any, ...]:
    """Who acts in a clause: its first organisation, government or country, or its pronoun.

    For an event, its first person (the visitor, the participants) comes first.
    """
    notes: list[str] = []
    people = [e for e in inside if e.label == gz.PERSON]
    if event and people:
        return people[0].canonical, people[0].country, notes
    for e in inside:
        if e.label == gz.ORG:
            return e.canonical, e.country, notes
        if e.label == gz.PLACE and (e.metonym_for or e.kind == "country"):
            return (e.metonym_for or e.canonical), e.country, notes
    for words, (name, code) in _ACTOR_PATTERNS:
        if words.search(piece.text):
            return name, code, notes
    if _PRONOUN.match(piece.text) or _PRONOUN_SUBJECT.search(piece.text):
        for e in reversed(before):
            if e.label == gz.ORG or (
                e.label == gz.PLACE and (e.metonym_for or e.kind == "country")
            ):
                name = e.metonym_for or e.canonical
                notes.append(f"'{piece.text.split()[0]}' read as {name}")
                return name, e.country, notes
    for e in inside:
        if e.label == gz.PERSON:
            return e.canonical, e.country, notes
    return None, None, notes
