"""Sentences and words of a clean article text, with their offsets."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from analysis.article import claim_words
from analysis.data import lexicon
from analysis.data.saying import Reader
from analysis.data.text_words import TextWords


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a string, as a set (for word lists)."""
    return frozenset(text.split())


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`abbreviations`, `before_names` (those that stand before a name or a number and so
    never end a sentence) and `sentence_openers` (words that open a sentence and never go on
    a name or a title) of data/lexicon/text_words.yaml, as sets, read once."""
    w: TextWords = lexicon.load("text_words")  # type: ignore[assignment]
    return frozenset(w.abbreviations), frozenset(w.before_names), frozenset(w.sentence_openers)


@cache
def word_list(key: str) -> frozenset[str]:
    """A word list of data/lexicon/text_words.yaml (`english_function_words`,
    `role_stop_words`, `anaphora_heads`) as a set, read once."""
    return frozenset(getattr(lexicon.load("text_words"), key))


@cache
def any_of(key: str) -> re.Pattern[str]:
    """A pattern list of data/lexicon/text_words.yaml (`policy_verbs`, `event_words`,
    `causal_words`, `opinion_words`, `visit_cues`, `past_words`) as one case-insensitive
    pattern of its alternatives between word boundaries, compiled once."""
    return _whole_words(getattr(lexicon.load("text_words"), key))


@cache
def saying(reader: Reader) -> re.Pattern[str]:
    """The verbs of saying a reader takes (data/lexicon/saying.yaml; `speech_words`) as
    `any_of` compiles a list."""
    return _whole_words(lexicon.saying_verbs(reader))


def _whole_words(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.I)


_BOUNDARY = re.compile(r"[.!?]+[\"”’»)\]]*(?=\s+[\"“«‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")
# "WASHINGTON, Oct 17 (Wire) - " at the start of wire copy: its own line-like unit
# (Xinhua and other state wires type the dash as two hyphens: "BEIJING, Oct. 17 (Xinhua) -- ")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,\s[A-Za-z .'-]{2,30})?,\s[^-–—\n]{3,40}\s(?:--|[-–—])\s"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line) of the text: `text == full_text[start:end]`."""

    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial ("U.S.", "J.") and
    not its sentence too: an abbreviation that may end one (not a title, not an initial)
    before a word that only opens one (`sentence_openers`) ends both."""
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    abbreviations, before_names, openers = _word_lists()
    abbreviation = (
        token in abbreviations or len(token) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))
    )
    after = re.match(r"\s+([A-Za-z]+)\b", text[dot + 1 :])
    ends = (
        len(token) > 1
        and token not in before_names
        and after is not None
        and after.group(1) in openers
    )
    return abbreviation and not ends


def sentences(text: str) -> list[Sentence]:
    """Split into sentences; each line is its own paragraph, short unpunctuated lines headings."""
    out: list[Sentence] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        start = para.start()
        line = para.group()
        cuts = [0]
        dateline = _DATELINE.match(line)
        if dateline:
            cuts.append(dateline.end())
        for m in _BOUNDARY.finditer(line):
            if (
                line[m.start()] == "."
                and m.end() - m.start() == 1
                and _is_abbreviation(line, m.start())
            ):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in itertools.pairwise(cuts):
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail <= lead:
                continue
            s, e = start + a + lead, start + a + trail
            body = text[s:e]
            short = len(cuts) == 2 and len(body.split()) <= 12
            heading = (dateline is not None and a == 0) or (
                short and not re.search(r"[.!?:;\"”»]$", body)
            )
            out.append(Sentence(s, e, body, number, heading))
    return out


def sentence_at(sents: list[Sentence], offset: int) -> int:
    """Index of the sentence containing `offset` (-1 when it falls between sentences)."""
    for i, s in enumerate(sents):
        if s.start <= offset < s.end:
            return i
    return -1


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Where a claim names its source: 'according to X', ', X said', 'said X after ...'."""
    out = []
    for m in re.finditer(r"\baccording to\b[^,.;]*", text, re.I):
        out.append((m.start(), m.end()))
    # "added" is a source's word only when nothing is added ("..., he added"; "added that")
    speech = r"(?:said|says|told|reported|noted|added(?=\s*(?:$|[.,;:\"“”']|that\b)))"
    for m in re.finditer(rf",[^,]*\b{speech}[^,.;]*", text, re.I):
        out.append((m.start(), m.end()))
    # a clause opening with the speech verb and its speaker ("said a spokesman for the
    # ministry after Washington announced ..."): the speaker, up to a conjunction that
    # opens what happened; "said it would ..." or "says permits will be needed" is content
    if m := _SAID_FIRST.match(text):
        out.append((m.start(), m.end()))
    # "Foreign Minister X told a press conference that ...": the speaker and the verb of
    # reporting opening the claim, up to "that"; what follows is what is said
    if lead := reported_lead(text):
        out.append((0, lead))
    # "USGS data show China mined ...": the source's figures open the claim
    if m := claim_words.patterns()["source_shows"].match(text):
        out.append((m.start(), m.end()))
    return out


def reported_lead(text: str) -> int:
    """Where a claim's opening speaker and verb of reporting end ("X said that", "X told
    reporters on Tuesday that": `reported_that_verbs`; round 35, fx35a): what follows is what
    was said; with no "that", a name (after "the" at most) subject of a finite verb
    ("US officials said China restricted ...": `named_clause_verbs`, `past_words`; round 39,
    left39); 0 without one."""
    p = claim_words.patterns()
    m = p["reported_lead"].match(text)
    if m is None and (bare := p["reported_bare"].match(text)):  # a name, then a finite verb
        verb = bare.group("finite")
        if p["named_clause_verbs"].fullmatch(verb) or any_of("past_words").fullmatch(verb):
            m = bare
    # "China has said that it will ...": the speaker is who acts in what it says
    return m.end() if m and not p["speaker_back"].match(text, m.end()) else 0


_SAID_FIRST = re.compile(
    r"\s*(?:said|says|told)\s+(?:(?:a|an|the)\b|[A-Z])"
    r"(?:(?!\b(?:would|will|could|should|is|was|were|are|has|have|had)\b)[^,.;])*?"
    r"(?=\s(?:after|when|as|because|before|while)\s)"
)
