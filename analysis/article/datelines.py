"""Where a claim's text opens with a dateline: the place and day a story was filed, not who
acts or when the measure was taken (used by the claim frames)."""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity

# "Singapore | ", "WASHINGTON, Oct 7 (Reuters) - ", "BEIJING — ": where the story was filed
_DATELINE_END = re.compile(r"[^\S\n]*(?:,[^|\n]{0,30}?)?(?:\||\s[-—–]\s|—|\()")


_POSSESSIVE = re.compile(r"['’]s\b")


_DATELINE_DASH = re.compile(r"\s*[–—-]\s")


def dated_line(text: str, d: DateRef, start: int) -> bool:
    """Whether a date opens the text as a dateline ('23rd May 2024 – (Beijing) The ministry
    ...'): the day of the report, not of the measure."""
    return d.start_char == start and bool(_DATELINE_DASH.match(text, d.end_char - start))


_REPORT_DAY_END = re.compile(r"\s*(?::\s|[–—-]\s)")


def report_day(sentence: str, at: int, d: DateRef, dates: list[DateRef]) -> bool:
    """Whether a date opening its sentence (which starts at `at` in the article) is the day
    of the report, not of what it tells: followed by a colon or a dash, with another date
    of the sentence after it ('October 21: China on Friday announced new curbs'). A date
    alone before its colon heads a timeline's entry and dates it ('October 7: BIS issued
    the rule')."""
    lead = len(sentence) - len(sentence.lstrip())
    if at < 0 or d.start_char != at + lead:
        return False
    if not _REPORT_DAY_END.match(sentence, d.end_char - at):
        return False
    return any(d.end_char < o.start_char <= at + len(sentence) for o in dates)


def possessive(text: str, end: int) -> bool:
    """Whether the date ending at `end` in `text` is possessive ('last year's addition')."""
    return 0 <= end <= len(text) and bool(_POSSESSIVE.match(text, end))


def at_dateline(text: str, e: Entity, start: int) -> bool:
    """Whether an entity is the place of a dateline (where the story was filed, not who
    acts): a place opening the claim, followed by a dateline's separator."""
    if e.label != gz.PLACE:
        return False
    if "dateline" in (getattr(e, "evidence", "") or ""):
        return True
    at = e.start - start
    return at == 0 and bool(_DATELINE_END.match(text, e.end - start))


def after_sequence(text: str, dates: list[DateRef], start: int, cue: int) -> list[DateRef]:
    """The dates of a measure told after a word of sequence (`sequence` in `claims.yaml`:
    "the idea was first introduced on May 31, 2019 after Huawei on May 15, 2019 was
    placed on the Entity List"): a date before that word dates the other event, when the
    measure's first word (`cue`, where it starts in `text`) and a date of its own follow it.
    So does a date before a second predicate joined in the past ("... since August last
    year, and added graphite to the list in December": `coordinated_act`)."""
    out = dates
    for key in ("sequence", "coordinated_act"):  # the later boundary wins
        seq = patterns()[key].search(text)
        if seq is None or cue < seq.end():
            continue
        if later := [d for d in dates if d.start_char - start >= seq.end()]:
            out = later if len(later) <= len(out) else out
    return out
