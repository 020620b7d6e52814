"""List lines and their lead-in: the line a list hangs from.

Articles of the genre often give measures as a list: a lead-in that carries the action ("The
following increases take effect:", "China's new export controls cover:", a heading "Tariff
Increases under Section 301") and lines that name only the goods and figures ("Semiconductors:
increase from 25% to 50% in 2025", "- gallium", "1. Natural scale graphite"). Read alone such a
line says nothing of a measure. A list line that names no action of its own inherits the frame
slots it lacks from its lead-in (actor, action and kind, the date when it names none, the
tense); never the goods or figures of another line, and its span stays its own line.

A lead-in is (a) the nearest line above ending in a colon, with only list lines or short
lines between (`LIST_LINE_WORDS`), none a quotation and none naming its own actor, and not a
line that reports speech ("Beijing said in a statement:", `reports_speech`); or (b) a
heading right above a run of at least two list lines, where a list line opens with a list
marker ("-", "•", "1.", "(2)", "3、") or a short label before a colon ("Semiconductors:").

The same look-back, kept to whole lines (`whole_lines`), finds the intro a list item acts
through ("China retaliates with:" above "15% tariffs on U.S. coal ..."): the item and every
line between are one sentence each, and a heading ends the search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from analysis.article import claim_words, frames, measure_reading, quantities
from analysis.article import gazetteer as gz
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity
from analysis.article.text import Sentence

# How many words a line under a colon lead-in may have and still be an item of its list (a
# longer line is prose that goes on after the list).
LIST_LINE_WORDS = 40
# How many characters a label before a colon may have ("Lithium-ion EV batteries:").
LABEL_CHARS = 60
# Figures that specify the goods of a line ("purity greater than 99.99%"): no table holds a
# measure's product specifications, so such a line stays as it is (not checkable).
SPECIFICATIONS = ("purity",)
# How many lines back the lead-in of a list line is looked for.
MAX_ITEMS = 12
# A line that opens with a quotation mark: quoted speech, not an item of a list.
QUOTED = re.compile(r"^\s*[\"“”‘’'«]")

_MARKER = re.compile(
    r"\s*(?:[-*•·▪◦–—]\s|\(?(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)、]\s*|\d{1,2}、)"
)
_LABEL = re.compile(rf"\s*[^\s:\"“‘'][^:.!?\n]{{0,{LABEL_CHARS}}}:\s+\S")


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of a text, as (start, end) offsets."""
    found, at = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            found.append((at, at + len(raw)))
        at += len(raw) + 1
    return found


def list_line(line: str) -> bool:
    """Whether a line is an item of a list: it opens with a list marker ("- gallium", "1.
    Natural graphite", "(2) ...") or a short label before a colon ("Semiconductors: ...")."""
    return bool(_MARKER.match(line) or _LABEL.match(line))


def reports_speech(line: str) -> bool:
    """Whether an intro line reports what someone said: a verb of saying right before its
    colon ("Beijing said in a statement:"; `speech_intro_words`), unless it says it
    introduces a list ("BIS said the revisions include:"). "Beijing hit back and added:"
    introduces a list."""
    words = claim_words.patterns()
    return bool(words["speech_intro"].search(line)) and not words["list_intro"].search(line)


def _short(line: str) -> bool:
    return len(line.split()) <= LIST_LINE_WORDS


def _one_sentence(line: str, sent: Sentence) -> bool:
    """Whether a line is the one sentence, alone."""
    return line.strip() == sent.text.strip()


def _sentence_of(sents: Sequence[Sentence], start: int, end: int) -> int | None:
    """The index of the last sentence inside the line (start, end)."""
    inside = [k for k, s in enumerate(sents) if start <= s.start < end]
    return inside[-1] if inside else None


def lead(
    text: str,
    sents: Sequence[Sentence],
    i: int,
    acts: Callable[[int], bool] | None = None,
    whole_lines: bool = False,
) -> int | None:
    """The index of the lead-in sentence of list line `i` (see the module), or None. The
    sentence must open its line, after a list marker at most; `acts` tells, by sentence
    index, whether a line names its own actor (such a line ends the search). With
    `whole_lines`, the intro of a list item: sentence `i` and each line up to the colon line
    must be one whole sentence, none a heading, a quotation or naming its own actor; a line
    reporting speech ("Beijing said in a statement:") introduces no list unless its words
    say so (`list_intro_words`)."""
    lines = _lines(text)
    here = next((k for k, (a, b) in enumerate(lines) if a <= sents[i].start < b), None)
    if here is None:
        return None
    a, b = lines[here]
    before = text[a : sents[i].start]
    if before.strip() and not (_MARKER.fullmatch(before) or _MARKER.fullmatch(before + " ")):
        marker_sentence = _sentence_of(sents, a, sents[i].start)
        if marker_sentence is None or not _MARKER.fullmatch(sents[marker_sentence].text + " "):
            return None
    item = text[a:b]
    if QUOTED.match(sents[i].text) or (whole_lines and not _one_sentence(item, sents[i])):
        return None
    run = 1 if list_line(item) else 0
    between_lists = True
    for k in range(here - 1, max(-1, here - 1 - MAX_ITEMS), -1):
        line = text[lines[k][0] : lines[k][1]]
        j = _sentence_of(sents, *lines[k])
        if j is None or (whole_lines and not _one_sentence(line, sents[j])):
            return None
        if QUOTED.match(line) and not whole_lines:
            return None
        if line.rstrip().endswith(":"):
            if reports_speech(line) or not (whole_lines or _short(item) or list_line(item)):
                return None
            return j
        if whole_lines:  # an item's intro: only other whole-line items in between
            if sents[j].heading or QUOTED.match(line) or (acts and acts(j)):
                return None
            continue
        if list_line(line):
            run += 1
            continue
        if sents[j].heading and between_lists and list_line(item):
            below = here + 1 < len(lines) and list_line(text[slice(*lines[here + 1])])
            return j if run + below >= 2 else None
        if not _short(line) or (acts and acts(j)):
            return None
        between_lists = False
    return None


def inherit(
    frame: frames.Frame,
    read: Callable[..., frames.Frame],
    line: str,
    lead_text: str,
    context: list[Entity],
    lead_dates: list[DateRef],
    day: DateRef | None = None,
) -> frames.Frame:
    """The frame of a list line that names no action, read again with its lead-in's words:
    `read` is `frames.read` with the clause bound; it reads the line with the lead-in's words
    as the sentence (the action, the tense), the context without goods (the goods are the
    line's alone), and a timeline entry's `day` or else the lead-in's first date as the day
    of an undated line. A line of rates read as shares for want of an action ("Semiconductors,
    from 25% to 50% by 2025") inherits too when the lead-in's action is a tariff (round 34,
    fx34t), unless its percentage is a share of what it names ("about 80% of global supply":
    rev34). A line whose figure specifies its goods (`SPECIFICATIONS`) is left
    as it is. Kept only when the lead-in makes it a measure (or a listing count) that keeps
    the line's own dates (a measure is dated by its own clause, so a date of the line outside
    the claim's span would be lost); otherwise the line's frame stays as it was."""
    lead_act = measure_reading.action(lead_text)
    # a line of rates with no word of its own ("Semiconductors, from 25% to 50% by 2025") is
    # read as shares; under a lead-in of tariffs its percentages are the rates (round 34),
    # unless they are shares of what they name ("Solar panels, about 80% of global supply")
    share = quantities.share_of(line)
    rates = frame.kind == frames.SHARE and lead_act == "tariff" and not share
    if frame.action or not (frame.kind == frames.OTHER or rates) or not lead_act:
        return frame
    if frame.quantity is not None and frame.quantity.of in SPECIFICATIONS:
        return frame
    no_goods = [e for e in context if e.label != gz.COMMODITY]
    day = day or (lead_dates[0] if lead_dates else None)
    again = read(line + "\n" + lead_text, no_goods, entry_day=day)
    if again.kind not in (frames.MEASURE, frames.COUNT) or (frame.when and not again.when):
        return frame  # not a measure, or one that loses the line's own date (outside its span)
    return replace(again, goods=again.goods or frame.goods)
