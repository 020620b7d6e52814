"""The figure a claim states: a percentage, money, a tonnage, a count or a share word, with
what it is of and the bounds its hedge gives (words in `data/lexicon/claims.yaml`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from analysis.article.claim_words import NUMBER_OF, SPELLED_PERCENT, patterns, words
from analysis.data import cache as cache_
from analysis.data.claim_lexicon import Quantifier

WORLD = "world supply"

_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# a hyphen may join the word to the number, as an adjective: "a 34-percent tariff"
_PERCENT = re.compile(rf"(?P<num>{_NUMBER})(?:\s*%|(?:\s*|-)(?:per ?cent|percent)\b)", re.I)
# ... or in words ("one percent"): read only where no percentage in digits is (`_percents`)
_PERCENT_SPELLED = re.compile(SPELLED_PERCENT, re.I)
# "$355.3 billion", "US$ 12 bn", "USD355.3 billion" (the ISO code, as China's press writes it)
_MONEY = re.compile(
    rf"(?:(?:US)?\$|\bUSD\s?)\s?(?P<num>{_NUMBER})\s*(?P<scale>trillion|billion|bn|million|mn)?\b"
    rf"|(?P<num2>{_NUMBER})\s*(?P<scale2>trillion|billion|million)\s+(?:US\s+)?dollars",
    re.I,
)


def states_money(text: str) -> bool:
    """Whether `text` states an amount of money, as `figures` reads one ("$18 billion",
    "US$50bn", "USD355.3 billion", "18 billion dollars"): the one definition that the
    tariff check's coverage (`tariff_stated.stated`) and a measure's scope in dollars
    (`presupposed.states_scope`) both read."""
    return bool(_MONEY.search(text))


def states_percent(text: str) -> bool:
    """Whether `text` states a percentage, as `figures` reads one ("94 per cent", "70%")."""
    return bool(_PERCENT.search(text))


_MASS = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:(?P<scale>[km])\s*|\s*(?P<word>million|thousand)?\s*)"
    r"(?:metric\s+)?(?P<unit>tonnes|tons|kilograms|kg|MT|(?<=\d)t)\b",
    re.I,
)
# "1.2 million tonnes", and the abbreviations of the data press: "820K tonnes", "1M tonnes",
# "83,000t" (a "t" right after the digits; round 38, fx38d)
_MASS_SCALES = {"million": 1e6, "thousand": 1e3, "m": 1e6, "k": 1e3}
AMOUNT = "amount"  # what a tonnage is (`Quantity.of`): an amount of a good
# A count in dozens ("more than two dozen Chinese entities", "a dozen companies": 24, 12;
# round 38, fx38a); "dozens of" is no figure, nor is "half a dozen" twelve (review of round 38)
_DOZENS = (
    r"(?:(?<!half )an?|"
    + "|".join(sorted((w for w, n in NUMBER_OF.items() if n <= 10), key=len, reverse=True))
    + r")\s+dozen"
)
_COUNTED = re.compile(
    rf"\b(?P<num>{_NUMBER}|{_DOZENS})\s+(?:[\w-]+\s+){{0,2}}?(?P<what>entities|companies|firms|"
    r"organi[sz]ations|entries|parties|affiliates|individuals|institutes)\b",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A figure a claim states, with what it is of and the bounds its hedge gives."""

    text: str
    value: float | None
    unit: str  # "%", "USD", "t", a counted noun ("entities"), or "" for a quantifier phrase
    of: str  # a percentage: WORLD or a not_shares name; money: value or a not_flows name; AMOUNT
    hedge: str  # at_least, at_most, nearly, about, a quantifier phrase, or ""
    low: float | None
    high: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "of": self.of,
            "hedge": self.hedge,
            "low": self.low,
            "high": self.high,
        }


def _number(text: str) -> float:
    """A figure's value, in digits ("1,061.7"), spelled ("five": `NUMBER_OF`) or in dozens
    ("two dozen", "a dozen": `_DOZENS`)."""
    many, _, dozen = text.lower().rpartition(" ")
    if dozen == "dozen":
        return 12.0 * (1 if many in ("a", "an") else NUMBER_OF[many.strip()])
    spelled = NUMBER_OF.get(text.lower())
    return float(spelled) if spelled is not None else float(text.replace(",", ""))


def outside(spans: list[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in spans)


# A year's possessive right before a figure ("9% less than 2019's $345.2 billion"): a hedge
# before it compares with that year's figure and does not bound this one (round 33, fx33t)
YEAR_POSSESSIVE = re.compile(r"\b((?:19|20)\d\d)['’]s\s+")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`, if any."""
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _hedge(before: str) -> str:
    before = before[-25:]
    before = before[m.end() :] if (m := _last(YEAR_POSSESSIVE, before)) else before
    for name, pattern in patterns()["hedges"].items():
        if pattern.search(before):
            return name
    return ""


def _bounds(value: float, hedge: str) -> tuple[float | None, float | None]:
    tol = words().tolerance
    if hedge == "at_least":
        return value, None
    if hedge == "at_most":
        return None, value
    if hedge == "nearly":
        return value - tol["approximate"], value
    spread = tol["approximate"] if hedge == "about" else tol["point"]
    return max(value - spread, 0.0), value + spread


_CLAUSE_END = re.compile(r"[,;:—–()]")
_OF_PHRASE = re.compile(r"\s+of\b", re.I)


def share_of(text: str) -> bool:
    """Whether a percentage of `text` is followed by "of" ("about 80% of global supply"):
    a share of what it names, not a rate."""
    return any(_OF_PHRASE.match(text, m.end()) for m in _PERCENT.finditer(text))


# An amount a percentage restates: "by $13.5 billion (11.3 percent)", "by $109 billion or
# 20 percent": the percentage is read in the amount's clause.
_RESTATED = re.compile(
    rf"(?:US)?\$\s?(?:{_NUMBER})\s*(?:trillion|billion|bn|million|mn)?\s*(?:\(|\bor\s+)\s*$", re.I
)
# "by" right before a figure (or before the amount it restates) gives the size of a change
# ("narrowed by 17.6 percent", "fell by $87.9 billion"), not a level or a share.
_BY = re.compile(r"\bby\s*(?:US)?\$?\s*$", re.I)
CHANGE = "change"  # what an amount is (`Quantity.of`) when it is the size of a change


def change_size(text: str, at: int) -> bool:
    """Whether the figure at `at` of `text` is the size of a change ("raised by 20%"): "by"
    right before it, not a level ("raised to 20%")."""
    return _BY.search(text, 0, at) is not None


def _percent_of(text: str, at: int, end: int) -> str:
    """What a percentage near `at` is of: a share of world supply unless the words
    around it say purity, composition, growth, a tariff rate or a share of imports.

    The words read are the figure's own clause: back to the last punctuation mark and on
    to the next one or the next percentage, 45 characters at most either side ("about a
    third of the reserves, China accounts for 60% of output": 60% is a share of output).
    A figure followed by "of" names what it is a share of, so growth words after it do
    not make it a change ("69% of the ore dug up")."""
    restated = _RESTATED.search(text, 0, at)
    if restated:  # "(11.3 percent)" after an amount: read in the amount's clause
        return (
            _percent_of(text, restated.start(), end)
            if _BY.search(text, 0, restated.start()) is None
            else "growth"
        )
    start = max(0, at - 45)
    cut = [m.end() for m in _CLAUSE_END.finditer(text, start, at)]
    before = text[cut[-1] if cut else start : at]
    if _BY.search(before) or than_earlier(text, end):
        return "growth"
    after = text[end : min(len(text), end + 45)]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    after = after[: m.start()] if (m := _PERCENT.search(after)) else after
    share_of = bool(_OF_PHRASE.match(after))
    # "its share expanded from 79% in 2020 to 82% in 2021": two levels of a share, not rates
    levels = bool(_LEVEL.search(before)) and bool(_SHARE_NOUN.search(text, 0, at))
    # the tariffs a rate is of may open a long clause ("U.S. tariffs on Chinese imports
    # will be reduced to 30 percent"): read back to the clause's start, however far
    clause = text[_clause_start(text, at) : at]
    for name, pattern in patterns()["not_shares"].items():
        if name == "growth" and levels:
            continue
        window = before if (name == "growth" and share_of) else before + text[at:end] + after
        if name == TARIFF:
            window = clause + text[at:end] + after
        if pattern.search(window):
            return name
    return WORLD


_LEVEL = re.compile(r"\b(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
_SHARE_NOUN = re.compile(r"\bshares?\b", re.I)


def than_earlier(text: str, end: int) -> str:
    """Which way a rate ending at `end` compares with an earlier year's figure, when the
    words right after it say so ("9% less than 2019's": 'lowest', "12 percent higher than in
    2018": 'highest'), or ''."""
    for name, pattern in patterns()["than_earlier"].items():
        if pattern.match(text, end):
            return name
    return ""


TARIFF = "tariff"  # what a percentage is (`Quantity.of`) when it is a tariff rate
OWNERSHIP = "ownership"  # ... when it is a threshold of ownership (`not_shares`)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last clause mark before it."""
    marks = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return marks[-1] if marks else 0


def _money_of(text: str, at: int, end: int) -> str:
    """What an amount from `at` to `end` is: a value, unless the words before it make it a
    pledge or a target ("committed to buy an additional $200 billion"), or the size of a
    change (`CHANGE`: "by" right before it, a growth word before that: "fell by $87.9
    billion"; or a growth word right before it and a level after it: `_change_then_level`)."""
    before = text[max(0, at - 60) : at + 1]
    for name, pattern in patterns()["not_flows"].items():
        if pattern.search(before):
            return name
    if _BY.search(text, 0, at) and patterns()["not_shares"]["growth"].search(before[:-1]):
        return CHANGE
    if _changed_by(text, at) or _change_then_level(text, at, end):
        return CHANGE
    return "value"


@cache_.tied(lambda: patterns(), 1)
def _then_level() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words around an amount that is a change told before the level it led to: a
    word (a `growth` verb, checked by the caller) and an optional hedge right before it,
    and a `change_then_level` word with at most one word before the next amount after it
    (data/lexicon/claims.yaml); made anew with `patterns` after a lexicon edit."""
    w = words()
    hedges = "|".join(x for group in w.hedges.values() for x in group)
    before = re.compile(rf"\b([a-z]+)\s+(?:(?:{hedges})\s+)?$", re.I)
    to = "|".join(w.change_then_level)
    after = re.compile(rf",?\s+(?:{to})\s+(?:[a-z]+\s+)?(?={_MONEY.pattern})", re.I)
    return before, after


def _change_then_level(text: str, at: int, end: int) -> bool:
    """Whether the amount from `at` to `end` is the size of a change told with no "by": a
    growth verb right before it (a hedge between them or none) and another amount after a
    `change_then_level` word, maybe set off by a comma ("shrank $73.9 billion to $345.6
    billion", "fell $12.5 billion to $3.1 trillion"; round 39, user39: The Boston Globe;
    "fell $87.9 billion, to $452.2 billion": round 40, left40). An amount with no level
    after it ("exports rose $5 billion") stays a value, as before."""
    _, after = _then_level()
    return _grown_to(text, at) and bool(after.match(text, end))


def _grown_to(text: str, at: int) -> bool:
    """Whether a growth verb (a hedge between them or none) stands right before `at`."""
    before, _ = _then_level()
    verb = before.search(text, 0, at)
    return bool(verb and patterns()["not_shares"]["growth"].fullmatch(verb.group(1)))


def level_completes_change(clause: str, nxt: str) -> bool:
    """Whether `nxt`, a clause set off from `clause` by a comma, is only the level a change
    led to (a `change_then_level` word, maybe one word, and an amount: "to $452.2 billion")
    and `clause` ends in that change (a growth verb and an amount or a percentage: "US
    exports to China fell $87.9 billion", round 40, left40; "rose 8 percent", round 41,
    left41): one clause, not two."""
    last = _last(_MONEY, clause)
    cent = _last(_PERCENT, clause)
    if cent is not None and (last is None or cent.end() > last.end()):
        last = cent  # "rose 8 percent, to $106.6 billion": the change as a rate
    if last is None or clause[last.end() :].strip() or not _grown_to(clause, last.start()):
        return False
    joined = f"{clause}, {nxt}"
    step = _then_level()[1].match(joined, last.end())
    level = step and _MONEY.match(joined, step.end())
    return bool(level) and level.end() == len(joined)


@cache_.tied(lambda: patterns(), 1)
def _change_told() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The amount's own words of a change, from `change_noun_of`, `rate_restated_by` and
    `rate_restated_or` (data/lexicon/claims.yaml): a noun of change (a `growth` word)
    right before "of" and the amount ("a sharp decrease of $102.9 billion"), and an amount
    restating the rate of change before it ("declined by 20.3% ($109.1 billion)", "fell by
    20 percent, or $109 billion"); made anew with `patterns` after a lexicon edit."""
    w = words()
    of, by, joins = (
        "|".join(x) for x in (w.change_noun_of, w.rate_restated_by, w.rate_restated_or)
    )
    noun = re.compile(rf"\b([a-z]+)\s+(?:{of})\s+(?:US)?\$?\s*$", re.I)
    rate = re.compile(
        rf"\b(?:{by})\s+(?:{_NUMBER})\s*(?:%|per ?cent|percent)\s*(?:\(|,?\s*(?:{joins})\s+)"
        r"\s*(?:US)?\$?\s*$",
        re.I,
    )
    return noun, rate


def _changed_by(text: str, at: int) -> bool:
    """Whether the amount at `at` is the size of a change told otherwise than "by $X": after
    a noun of change and "of" ("a decrease of $102.9 billion"), or restating the rate of
    change before it ("by 20.3% ($109.1 billion)", with a growth word before the rate)
    (round 34, fx34d: Kangnam Times, United Steelworkers)."""
    growth = patterns()["not_shares"]["growth"]
    change_of, rate_restated = _change_told()
    noun = change_of.search(text, 0, at)
    if noun and growth.fullmatch(noun.group(1)):
        return True
    rate = rate_restated.search(text, 0, at)
    return bool(rate and growth.search(text, max(0, rate.start() - 60), rate.start()))


def _percents(text: str, date_spans: list[tuple[int, int]]) -> Iterator[tuple[int, Quantity]]:
    """Every percentage of a claim outside its dates, with what it is of (and where)."""
    found = list(_PERCENT.finditer(text)) or list(_PERCENT_SPELLED.finditer(text))
    for m in found:
        if outside(date_spans, m.start()):
            if _range_low(text, m.start(), m.end()):
                continue  # "70%–85%": the low end, read with the figure after it
            value = _number(m.group("num"))
            start, hedge = m.start(), _hedge(text[: m.start()])
            low, high = _bounds(value, hedge)
            lo = _RANGE_BEFORE.search(text, 0, m.start())
            # "from 79% to 82%" holds two levels; a low end is a percentage below the high one
            if lo and not _LEVEL_FROM.search(text, 0, lo.start()) and _number(lo["lo"]) < value:
                start, hedge = lo.start(), _hedge(text[: lo.start()])
                low = _bounds(_number(lo.group("lo")), hedge)[0]
                high = _bounds(value, hedge)[1]
            of = _percent_of(text, m.start(), m.end())
            yield start, Quantity(text[start : m.end()], value, "%", of, hedge, low, high)


# A range of percentages ("70–85%", "70-85 percent", "70% to 85%", "between 70 and 85%"): the
# claim holds anywhere from the low end's lower bound to the high end's upper bound.
_RANGE_BEFORE = re.compile(
    rf"(?<![\d.,])(?:between\s+)?(?P<lo>{_NUMBER})\s*(?:%|per ?cent|percent)?"
    r"\s*(?:[–-]|to\b|and\b)\s*$",
    re.I,
)
_LEVEL_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.I)


def _range_low(text: str, at: int, end: int) -> bool:
    """Whether the percentage at `at` is the low end of a range ("70%–85%")."""
    after = re.match(
        rf"\s*(?:[–-]|to\b)\s*(?P<hi>{_NUMBER})\s*(?:%|per ?cent\b|percent\b)", text[end:], re.I
    )
    own = _PERCENT.match(text, at)
    return (
        bool(after and own)
        and _number(own["num"]) < _number(after["hi"])
        and not _LEVEL_FROM.search(text, 0, at)
    )


def _amounts(text: str, date_spans: list[tuple[int, int]]) -> Iterator[tuple[int, Quantity]]:
    """Every amount of money of a claim outside its dates, with what it is (and where)."""
    for m in _MONEY.finditer(text):
        if outside(date_spans, m.start()):
            num = m.group("num") or m.group("num2")
            scale = (m.group("scale") or m.group("scale2") or "").lower()
            value = _number(num) * _SCALES.get(scale, 1.0)
            hedge = _hedge(text[: m.start()])
            of = _money_of(text, m.start(), m.end())
            bounds = _bounds_relative(value, hedge)
            yield m.start(), Quantity(m.group(0), value, "USD", of, hedge, *bounds)


def spelled_percent(text: str) -> Quantity | None:
    """The first percentage a text spells in words ("about sixty percent"), with its hedge's
    bounds, when it states none in digits (as `_percents` reads it); else None."""
    if _PERCENT.search(text):
        return None
    return next((q for _, q in _percents(text, [])), None)


def figures(text: str, date_spans: list[tuple[int, int]]) -> list[tuple[int, Quantity]]:
    """Every percentage and amount of money a claim states, each with where it starts,
    percentages first: 'tariffs of 10% and 5% on $75 billion' gives three."""
    return [*_percents(text, date_spans), *_amounts(text, date_spans)]


def tonnages(text: str, date_spans: list[tuple[int, int]]) -> Iterator[tuple[int, Quantity]]:
    """Every tonnage of a claim outside its dates, in tonnes (and where): "240,000 metric
    tons, up from 210,000 MT" gives two; the ten of a share in tenths ("8 in 10 tonnes")
    is none."""
    tenths = [t.span() for t in patterns()["per_ten"].finditer(text)]
    for m in _MASS.finditer(text):
        if outside(date_spans, m.start()) and not any(a < m.start() < b for a, b in tenths):
            scale = (m.group("scale") or m.group("word") or "").lower()
            value = _number(m.group("num")) * _MASS_SCALES.get(scale, 1)
            if m.group("unit").lower() in ("kilograms", "kg"):
                value /= 1000
            hedge = _hedge(text[: m.start()])
            bounds = _bounds_relative(value, hedge)
            yield m.start(), Quantity(m.group(0), value, "t", AMOUNT, hedge, *bounds)


def quantity(text: str, date_spans: list[tuple[int, int]]) -> Quantity | None:
    """The first figure of a claim outside its dates: a percentage, money, a count, or a
    share word ("the vast majority")."""
    # a threshold of ownership ("firms 50% or more owned by listed parties") says which
    # parties a measure reaches: no figure of the claim's
    percents = (p for p in _percents(text, date_spans) if p[1].of != OWNERSHIP)
    first = next(percents, None) or next(_amounts(text, date_spans), None)
    if first is not None:
        return first[1]
    for _, mass in tonnages(text, date_spans):
        return mass
    at = 0
    while m := _COUNTED.search(text, at):
        if outside(date_spans, m.start()):
            value = _number(m.group("num"))
            hedge = _hedge(text[: m.start()])
            low, high = (value, None) if hedge == "at_least" else (value, value)
            return Quantity(m.group(0), value, m.group("what").lower(), "count", hedge, low, high)
        # a day's number is no count, and must not swallow the count after it ("on May 21
        # added 69 entities": the match from "21" spans "69"): search again past it
        at = m.start() + 1
    found = per_ten(text, date_spans) or multiple(text, date_spans)
    if found is not None:
        return found[1]
    lowered = text.lower()
    for q in words().quantifiers:
        if m := quantifier_at(q, lowered):
            of = _percent_of(text, m.start(), m.end())
            low, high = share_word_bounds(q, text[: m.start()])
            return Quantity(q.phrase, None, "", of, q.phrase, low, high)
    return None


@functools.cache
def whole_word(phrase: str) -> re.Pattern[str]:
    """`phrase` as whole words, not inside a hyphenated compound ("a one-and-a-half-hour
    call", "a half-day meeting", "majority-owned", "a third-party seller": a modifier, no
    share; round 35, fx35f), compiled once per process: a quantifier is looked for in every
    claim, and `re`'s own cache, shared with every other pattern built at run time, does
    not keep them all (round 29, speed23)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def word_at(phrase: str, text: str) -> re.Match[str] | None:
    """The first match of `phrase` as whole words in `text` (`whole_word`), or None; the
    pattern is run only when `text` holds the phrase at all (a quantifier is looked for
    in every claim and found in few: round 33, perf33)."""
    return whole_word(phrase).search(text) if phrase in text else None


def quantifier_at(q: Quantifier, text: str) -> re.Match[str] | None:
    """The first match of share word `q` in lowered `text` (`word_at`) that is a share word
    there: not after the words its `not_after` names ("the most advanced chips", "SMIC's
    most advanced node", "rose the most" are superlatives, no share; round 37, fx37d)."""
    if q.not_after is None:
        return word_at(q.phrase, text)
    if q.phrase not in text:
        return None
    after = _not_after(q.not_after)
    return next(
        (m for m in whole_word(q.phrase).finditer(text) if not after.search(text[: m.start()])),
        None,
    )


@functools.cache
def _not_after(pattern: str) -> re.Pattern[str]:
    """A quantifier's `not_after` words, anchored at the end of the text before it."""
    return re.compile(rf"(?:{pattern})\s+$", re.I)


# "nine in ten", "eight out of every ten tonnes": a share in tenths, each tenth standing
# for TENTH_SPREAD points either side of it (a fraction word: `share_word_bounds`, so a
# hedge before it reads from the tenth itself: "more than nine in ten" is 90% or more).
TENTH_SPREAD = 5.0


def per_ten(text: str, date_spans: list[tuple[int, int]]) -> tuple[int, Quantity] | None:
    """A share stated in tenths ("more than nine in ten of the world's magnet rare
    earths"), with what it is of and the bounds its hedge gives; None without one."""
    m = patterns()["per_ten"].search(text)
    if m is None or not outside(date_spans, m.start()):
        return None
    tenths = _small_number(m["n"])
    word = Quantifier(
        phrase=m.group(0), low=tenths * 10 - TENTH_SPREAD, high=tenths * 10 + TENTH_SPREAD
    )
    low, high = share_word_bounds(word, text[: m.start()])
    of = _percent_of(text, m.start(), m.end())
    return m.start(), Quantity(
        m.group(0), tenths * 10.0, "", of, _hedge(text[: m.start()]), low, high
    )


TIMES = "times"  # what a multiple's unit is (`Quantity.unit`): a factor, not a figure
VERSUS = "versus"  # what a multiple is of when it sets one figure against another in a year
RATE = "rate"  # ... when it sets one rate of growth against another ("three times the pace")
# A multiple's bounds: a bare one ("doubled") within MULTIPLE_POINT of its factor either
# side, a hedged one ("roughly halved", "about three times") within MULTIPLE_APPROX; "more
# than" / "less than" from the factor itself; "nearly" from MULTIPLE_APPROX below it. A
# factor below 1 is a fall, and the hedges point the other way: "more than halved" is at
# most half of the figure before, "nearly halved" from half up to MULTIPLE_APPROX above it.
MULTIPLE_POINT, MULTIPLE_APPROX = 0.10, 0.15


def multiple(text: str, date_spans: list[tuple[int, int]]) -> tuple[int, Quantity] | None:
    """A figure stated as a multiple: of one figure against another ("three times as much
    ... as", "four times its exports": `of` VERSUS) or of a change ("more than doubled",
    "fell by roughly half": `of` CHANGE), with its factor and the bounds its hedge gives."""
    pats = patterns()
    # a multiple of rates first: at the same place it is no multiple of the figures
    found = [(m, _small_number(m["n"]), RATE) for m in pats["times_rate"].finditer(text)]
    found += [(m, _small_number(m["n"]), VERSUS) for m in pats["times_as"].finditer(text)]
    found += [(m, f, CHANGE) for f, p in pats["multiples"] for m in p.finditer(text)]
    found = [x for x in found if outside(date_spans, x[0].start())]
    if not found:
        return None
    m, factor, of = min(found, key=lambda x: x[0].start())
    said = text[: m.end()]
    hedge = _hedge(said[: len(said) - len(said.split()[-1])] if of == CHANGE else said[: m.start()])
    spread = MULTIPLE_APPROX if hedge in ("about", "nearly") else MULTIPLE_POINT
    low, high = factor * (1 - spread), factor * (1 + spread)
    if hedge in ("at_least", "at_most", "nearly"):
        up, down = (factor, None), (None, factor)  # the bounds of "more than" / "less than"
        near = (low, factor)
        if factor < 1:  # a fall: "more than halved" leaves at most half
            up, down, near = down, up, (factor, factor * (1 + MULTIPLE_APPROX))
        low, high = {"at_least": up, "at_most": down}.get(hedge, near)
    return m.start(), Quantity(m.group(0), factor, TIMES, of, hedge, low, high)


def _small_number(word: str) -> float:
    return float(word) if word[0].isdigit() else float(NUMBER_OF[word.lower()])


def share_word_bounds(q: Quantifier, before: str) -> tuple[float | None, float | None]:
    """A share word's bounds under the hedge before it. A fraction ("three-quarters",
    "two-thirds", "half": a word with both bounds) stands for the middle of its bounds, and
    a hedge reads from there as it does before a figure: "more than three-quarters" is 75%
    or more, "less than a third" at most 33%, "nearly half" from the word's low bound to
    50%; "about" and no hedge keep the word's bounds. A word with one bound ("most") is
    read as it is."""
    if q.low is None or q.high is None:
        return q.low, q.high
    middle = (q.low + q.high) / 2
    hedge = _hedge(before)
    if hedge == "at_least":
        return middle, None
    if hedge == "at_most":
        return None, middle
    if hedge == "nearly":
        return q.low, middle
    return q.low, q.high


def _bounds_relative(value: float, hedge: str) -> tuple[float | None, float | None]:
    """Money and tonnages are compared within 2% (rounding and revisions), 5% when hedged
    with "about" or "nearly", or as the hedge says."""
    if hedge == "at_least":
        return value, None
    if hedge == "at_most":
        return None, value
    spread = 0.05 if hedge in ("about", "nearly") else 0.02
    return value * (1 - spread), value * (1 + spread)
