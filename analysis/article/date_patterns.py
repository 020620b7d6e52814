"""The date expressions an article may hold, as patterns, and the words around them
that tell their tense ("will", "said") and their reference day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from analysis.data import lexicon
from analysis.data.text_words import TextWords

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
    | {"sept": 9}
)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# Numbers past twelve as a catalog title may spell them ("Fourteen foreign entities ...");
# kept apart from NUMBERS, which dates and counts in running text read.
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spelled(n: int) -> tuple[str, ...]:
    """The spellings of a whole number from 1 to 99 ('fourteen'; 'twenty-one', 'twenty one');
    none outside that range."""
    if 1 <= n <= 12:
        return tuple(w for w, v in NUMBERS.items() if v == n and len(w) > 2)
    if 13 <= n <= 19:
        return (_TEENS[n - 13],)
    if 20 <= n <= 99:
        tens, unit = _TENS[n // 10 - 2], n % 10
        return (
            (tens,) if unit == 0 else (f"{tens}-{_UNITS[unit - 1]}", f"{tens} {_UNITS[unit - 1]}")
        )
    return ()


@cache
def spelled_value(word: str) -> int | None:
    """The whole number 1 to 99 a word spells ('fourteen': 14; `spelled`'s inverse), or
    None."""
    return next((n for n in range(1, 100) if word.lower() in spelled(n)), None)


_MONTH_FULL = "|".join(calendar.month_name[1:])
# The months written in full ("May"), as a name in a list or a title may be one
MONTH_NAMES = frozenset(calendar.month_name[1:])
_MONTH = rf"(?P<month>{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAY = "(?P<weekday>" + "|".join(calendar.day_name) + ")"
_REL = r"(?:(?P<rel>this|last|next|on|This|Last|Next|On)\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUM = r"(?:\d{1,2}|" + "|".join(NUMBERS) + ")"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "md",
        re.compile(
            rf"{_REL}(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"{_REL}(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"{_MONTH}(?![a-z])(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "md_range",
        re.compile(
            rf"\b(?:from|between)\s+{_MONTH}\s+(?P<day>[0-3]?\d)\s+(?:to|and|until|through)\s+"
            rf"(?:(?P<month2>{_MONTH_FULL})\s+)?(?P<day2>[0-3]?\d)\b"
        ),
    ),
    (
        # "July 28–29", "Nov. 9-10, 2025": a span of days of one month, month first, joined by
        # a dash with no space (round 33, fx33v)
        "md_range",
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[-–—](?:(?P<month2>{_MONTH_FULL})\s+)?"
            rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        # "from 27 to 30 August 2023", "27-30 August 2023": read as md_range
        "md_range",
        re.compile(
            r"\b(?:(?:from|between)\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|and|until|"
            r"through|-|–)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
            rf"{_MONTH}(?![a-z])(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "year_start",
        re.compile(r"\bsince the (?:start|beginning) of (?:the|this) year\b", re.I),
    ),
    (
        "quarter",
        re.compile(
            r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
            rf"(?P<unit>quarter|half)\s+of\s+{_YEAR}\b"
            rf"|\b(?P<q>Q[1-4]|H[12])\s+{_YEAR.replace('year', 'year2')}\b"
        ),
    ),
    (
        "month_year",
        re.compile(
            r"(?:(?P<part>early|mid|late|the end of|the beginning of|the start of)[\s-]+)?"
            rf"(?P<month>{_MONTH_FULL})\s+(?:of\s+)?{_YEAR}\b"
        ),
    ),
    (
        # "in August last year", "March of this year": a month of a year told from the
        # article's (round 35, fx35a)
        "month_rel_year",
        re.compile(
            r"(?:(?P<part>early|mid|late)[\s-]+)?"
            rf"(?P<month>{_MONTH_FULL})\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b"
        ),
    ),
    (
        "year_range",
        re.compile(
            r"(?:(?:from|between)\s+)?\b(?P<y1>(?:19|20)\d\d)\s*(?:-|–|—|to|and|through)\s*"
            r"(?P<y2>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<prep>in|since|until|till|by|from|for|during|before|after|of|between|and|"
            r"through|to|last|next|this|In|Since|By|From|Until|Last|Next|This)\s+"
            rf"(?P<text>(?:(?P<part>early|mid|late)[\s-]+)?(?P<month>{_MONTH_FULL}))\b"
            r"(?!\s+(?:\d|of\s+\d))"
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:the\s+)?(?P<decade>(?:19|20)\d0)s\b"),
    ),
    (
        "year",
        re.compile(
            r"(?:(?P<part>early|mid|late|the end of|the beginning of|the start of)[\s-]+)?"
            # a year that names an act ("the Trade Expansion Act of 1962") is not a date
            r"(?<![\d$€£.,/-])(?<!Act of )"
            # nor one glued to a model's code by a colon ("ASML's NXT:2000 series")
            r"(?<![A-Za-z]:)"
            r"\b(?P<year>(?:19[5-9]|20[0-4])\d)\b(?![\d%]|[.,/-]\d|’s|'s)"
            r"(?!\s*(?:per\s?cent|percent|tonnes|tons|metric|kg|units|companies|people|MW|GW))"
        ),
    ),
    (
        "relative_day",
        re.compile(r"\b(?P<word>today|yesterday|tomorrow|Today|Yesterday|Tomorrow)\b"),
    ),
    (
        "relative_unit",
        re.compile(
            r"\b(?P<edge>[Ee]arlier|[Ll]ater)?\s?\b(?P<which>this|last|next|[Tt]his|[Ll]ast|[Nn]ext)\s+"
            r"(?P<unit>weekend|week|month|year)\b"
        ),
    ),
    (
        "ago",
        re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I),
    ),
    (
        "recent",
        re.compile(
            r"\b(?:in|over|during|for)\s+(?:the\s+)?"
            r"(?P<which>recent|past|last|coming|next)\s+(?:(?P<n>few|several|"
            rf"{_NUM})\s+)?(?P<unit>day|week|month|year)s\b",
            re.I,
        ),
    ),
    (
        "within",
        re.compile(rf"\b(?:in|within)\s+(?P<n>{_NUM})\s+(?P<unit>day|week|month)s\b", re.I),
    ),
    (
        "duration",
        re.compile(
            rf"\b(?P<n>{_NUM})[- ]day\s+(?P<event>visit|trip|tour|summit|meeting|talks|"
            r"conference|stay|mission|state visit)\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(rf"\b{_REL}{_WEEKDAY}\b")),
)


def event_length(text: str) -> int | None:
    """The number of days a text gives an event ('a four-day visit', 'two days of talks')."""
    duration = dict(PATTERNS)["duration"]
    m = duration.search(text) or _compiled()["_DAYS_OF"].search(text)
    return number_of(m.group("n")) if m else None


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    """The patterns of dates' tense and role, compiled once from the word lists of
    data/lexicon/text_words.yaml (the lists say what each is for):
    STARTS and ENDS (`event_starts`, `event_ends`: an event began, or ended, on a day),
    _DAYS_OF ("two days of talks": `talks_nouns`), FUTURE and PAST (`future_words`,
    `past_words`: a sentence's tense), STARTS_FROM (`starts_from`: before a date a measure
    starts from), PUBLISHED_LINE (`published_labels`), SAID (`said_words`), SAID_ON
    (saying.yaml's reader `said_on`: before the day of a saying), TOOK_EFFECT_ON (`took_effect`,
    `in_effect_nouns`: before the day a measure started), ENDS_ON (`span_ends`: before
    the day a span ends on), BACKSHIFTED (`backshifted`: a future told from a past
    moment, read only in a sentence with a past verb of saying, SAID_PAST: those verbs anywhere)
    EFFECT_TAIL (`effect_tail`: taking effect inside a move's
    complement) and RELATIVE (`relative_words`: a relative clause's opening)."""
    w: TextWords = lexicon.load("text_words")  # type: ignore[assignment]
    said_on = lexicon.saying_verbs("said_on")  # data/lexicon/saying.yaml (round 38, fx38e)

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(words)

    return {
        "STARTS": re.compile(rf"\b(?:{alt(w.event_starts)})\b", re.I),
        "ENDS": re.compile(rf"\b(?:{alt(w.event_ends)})\b", re.I),
        "_DAYS_OF": re.compile(
            rf"\b(?P<n>{_NUM})\s+days\s+of\s+(?:{alt(w.talks_nouns)})\b",
            re.I,
        ),
        "FUTURE": re.compile(rf"\b(?:{alt(w.future_words)})\b", re.I),
        "PAST": re.compile(rf"\b(?:{alt(w.past_words)})\b", re.I),
        "STARTS_FROM": re.compile(rf"\b(?:{alt(w.starts_from)})\s*(?:on\s*)?$", re.I),
        "PUBLISHED_LINE": re.compile(
            rf"^(?:{alt(w.published_labels)})\s*:?\s*(?:on\s+)?(?P<rest>.{{6,60}})$",
            re.M | re.I,
        ),
        "SAID": re.compile(rf"\b(?:{alt(w.said_words)})\b", re.I),
        "SAID_ON": re.compile(rf"\b(?:{alt(said_on)})\s+(?:on\s+|last\s+)?$", re.I),
        "TOOK_EFFECT_ON": re.compile(
            rf"\b(?:{alt(w.took_effect)})\s+(?:{alt(w.in_effect_nouns)})\s+(?:on\s+)?$",
            re.I,
        ),
        "ENDS_ON": re.compile(rf"\b(?:{alt(w.span_ends)})\s+$", re.I),
        "BACKSHIFTED": re.compile(rf"\b(?:{alt(w.backshifted)})\b", re.I),
        "SAID_PAST": re.compile(rf"\b(?:{alt(said_on)})\b", re.I),
        "EFFECT_TAIL": re.compile(rf"\b(?:{alt(w.effect_tail)})\b", re.I),
        "RELATIVE": re.compile(rf"\b(?:{alt(w.relative_words)})\b", re.I),
        # between a past verb and the future words of its complement: "that", a subject
        "COMPLEMENT_OPENS": re.compile(
            rf"\s+(?:that\s+)?(?:(?:{alt(w.complement_subjects)})\s+)?", re.I
        ),
    }


# The names `_compiled` gives, the only ones `__getattr__` answers
_FROM_LEXICON = frozenset(
    {"STARTS", "ENDS", "_DAYS_OF", "FUTURE", "PAST", "STARTS_FROM", "PUBLISHED_LINE"}
    | {"SAID", "SAID_ON", "TOOK_EFFECT_ON", "ENDS_ON", "EFFECT_TAIL", "BACKSHIFTED", "SAID_PAST"}
    | {"RELATIVE", "COMPLEMENT_OPENS"}
)


def __getattr__(name: str) -> re.Pattern[str]:
    """The patterns compiled from the lexicon (`_compiled`), on first use: `pat.PAST`
    reads data/lexicon/text_words.yaml only when a date is read, not when imported (nor
    when the import system asks for `__path__`)."""
    if name not in _FROM_LEXICON:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _compiled()[name]


# How far into a text its "Published ..." line is looked for: the lines before the body.
PUBLISHED_REACH = 600


def published_line(text: str) -> re.Match[str] | None:
    """The text's "Published ..." line (`published_labels` and a date), in its opening
    `PUBLISHED_REACH` characters; None when it has none."""
    return _compiled()["PUBLISHED_LINE"].search(text[:PUBLISHED_REACH])


DATELINE = re.compile(
    rf"\A\s*[A-Z][A-Za-z .'-]{{1,40}}(?:,\s*[A-Za-z .'-]{{2,30}})?,?\s+{_MONTH}\s+(?P<day>[0-3]?\d)"
    rf"(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,40}}\))?\s*[-–—]"
)


@dataclass(frozen=True)
class Raw:
    """A date expression found: where, of which kind, and its pattern's named groups
    (read-only, a copy of those given: a scan is kept and shared by its callers)."""

    start: int
    end: int
    kind: str
    groups: Mapping[str, str | None]

    def __post_init__(self) -> None:
        object.__setattr__(self, "groups", MappingProxyType(dict(self.groups)))


# At most this many texts' scans kept (`scan`), least recently used dropped: an article's
# text is scanned for its day of publication and again for its dates.
SCANS_KEPT = 64


def scan(text: str) -> list[Raw]:
    """Every date expression `PATTERNS` find in `text`, the longest where they overlap, in
    text order (a new list each call; the scan itself is kept per text)."""
    return list(_scan(text))


@lru_cache(maxsize=SCANS_KEPT)
def _scan(text: str) -> tuple[Raw, ...]:
    found: list[Raw] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span("text") if "text" in pattern.groupindex else m.span()
            if kind == "weekday" and m.group("rel") is None:
                start, end = m.span("weekday")
            if kind in ("md", "dm", "weekday") and m.group("rel") in ("on", "On"):
                start = m.start("weekday") if m.group("weekday") else start + 3
            if kind == "relative_unit" and m.group("edge") is None:
                start = m.start("which")
            if text[start:end].strip() != text[start:end]:
                lead = len(text[start:end]) - len(text[start:end].lstrip())
                start += lead
            found.append(Raw(start, end, kind, m.groupdict()))
    chosen: list[Raw] = []
    for r in sorted(found, key=lambda r: (-(r.end - r.start), r.start)):
        if not any(r.start < c.end and c.start < r.end for c in chosen):
            chosen.append(r)
    return tuple(sorted(chosen, key=lambda r: r.start))


# A quotation: what someone said, in their tense, not the narrated event's.
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def unquoted(sentence: str, start: int, end: int) -> str:
    """The sentence with its quotations that do not hold the span `start`..`end` blanked
    (offsets kept): "On Monday, X met firms, telling them that "China will continue to
    welcome ..."" is told in the past; the quotation's "will" is the speaker's."""
    out = sentence
    for m in QUOTED.finditer(sentence):
        if not (m.start() <= start and end <= m.end()):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def tense_of(sentence: str) -> str:
    """'future' when the sentence looks ahead, 'past' when it reports, else ''."""
    if _compiled()["FUTURE"].search(sentence):
        return "future"
    if _compiled()["PAST"].search(sentence):
        return "past"
    return ""


def clause_at(sentence: str, at: int) -> str:
    """The comma-delimited stretch of a sentence around offset `at`."""
    start = sentence.rfind(",", 0, at) + 1
    end = sentence.find(",", at)
    return sentence[start : end if end >= 0 else len(sentence)]


def number_of(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


# A word of a date (a month, a weekday or a year), never part of what a measure targets.
DATE_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:19|20)\d\d\b"
)
