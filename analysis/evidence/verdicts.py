"""Verdict rules: explicit, reviewable decisions from claimed values and data values.

Each `decide_*` function takes what a claim says and what the bundled data says, and
returns a verdict label with a plain-language rationale. They know nothing about
articles or files, so each rule can be read and tested on small hand-made cases.
The fact-check (`analysis.evidence.factcheck`) finds the inputs and attaches the evidence.

Labels: supported, partly supported, misleading, unsupported, not checkable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.article.quantities import (
    per_ten,
    quantifier_at,
    share_word_bounds,
    spelled_percent,
)
from analysis.data import lexicon
from analysis.vocab import Label, MeasureStatus


@dataclass(frozen=True)
class Decision:
    """A verdict label and why."""

    label: str
    rationale: str


# --- shares --------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRange:
    """What a share phrase claims, as bounds in percent (None = open)."""

    phrase: str
    low: float | None
    high: float | None
    # a fraction in words ("three-quarters", "nine in ten"): a figure, not a loose word
    fraction: bool = False

    def holds(self, share: float) -> bool:
        return (self.low is None or share >= self.low) and (self.high is None or share <= self.high)

    def describe(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low:g}–{self.high:g}%"
        if self.low is not None:
            return f"at least {self.low:g}%"
        return f"at most {self.high:g}%"


# Reading of quantifier phrases. These thresholds are a editorial choice, stated in every
# rationale so a reader can disagree: "vast majority" is read as 80% or more.
_PERCENT = re.compile(
    r"(?P<qual>more than|over|at least|nearly|almost|about|around|roughly|some|up to|less than|"
    r"under)?\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)",
    re.I,
)
# Tolerance, in percentage points, for a round figure stated without a qualifier.
POINT_TOLERANCE = 2.5
APPROX_TOLERANCE = 5.0


_TO_LEVEL = re.compile(r"\bto\s*$", re.I)
# A span of shares ("70–85%", "between 70% and 85%", "approximately 60 to 70 percent"):
# both ends, not the last figure alone (round 32, fck32: Vietnam Business Insider's
# "approximately 70–85% of the world's rare earths" was read as 85%)
_SPAN = re.compile(
    r"(?P<qual>about|around|roughly|approximately|some)?\s*(?P<between>between\s+)?"
    r"(?P<low>\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)?\s*(?P<sep>[–—-]|to|and)\s*"
    r"(?P<high>\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)",
    re.I,
)


def share_range(text: str) -> ShareRange | None:
    """The share a sentence claims: an explicit percentage or a quantifier phrase; of a
    share that moved "from 79% in 2020 to 82% in 2021", the level it reached."""
    found = list(_PERCENT.finditer(text))
    m = found[0] if found else None
    span = _SPAN.search(text)
    if (
        span is not None
        and m is not None
        and span.start("low") <= m.start("num") < span.end()
        and not re.search(r"\bfrom\s*$", text[: span.start("low")])
        and float(span.group("low")) < float(span.group("high"))
        and (span.group("sep") != "and" or span.group("between"))
    ):  # "from 79% to 82%" is a move to the second; a span holds both ends
        tol = APPROX_TOLERANCE if span.group("qual") else POINT_TOLERANCE
        low, high = float(span.group("low")), float(span.group("high"))
        return ShareRange(span.group(0).strip(), max(low - tol, 0), min(high + tol, 100))
    if len(found) > 1 and re.search(r"\bfrom\s*$", text[: found[0].start()]):
        m = next((n for n in found[1:] if _TO_LEVEL.search(text[: n.start()])), m)
    if m:
        num = float(m.group("num"))
        qual = (m.group("qual") or "").lower()
        if qual in ("more than", "over", "at least"):
            return ShareRange(m.group(0).strip(), num, None)
        if qual in ("less than", "under", "up to"):
            return ShareRange(m.group(0).strip(), None, num)
        if qual in ("nearly", "almost"):
            return ShareRange(m.group(0).strip(), num - APPROX_TOLERANCE, num)
        tol = APPROX_TOLERANCE if qual else POINT_TOLERANCE
        return ShareRange(m.group(0).strip(), max(num - tol, 0), min(num + tol, 100))
    if spelled := spelled_percent(text):  # "about sixty percent", as the frames read it
        return ShareRange(spelled.text, spelled.low, spelled.high)
    if tenths := per_ten(text, []):  # "nine in ten": a share in tenths, as the frames read it
        return ShareRange(tenths[1].text, tenths[1].low, tenths[1].high, fraction=True)
    lowered = text.lower()
    for q in lexicon.claims().quantifiers:  # share words, as the frames read them
        if m := quantifier_at(q, lowered):
            low, high = share_word_bounds(q, text[: m.start()])  # "more than two-thirds"
            return ShareRange(q.phrase, low, high, q.low is not None and q.high is not None)
    return None


@dataclass(frozen=True)
class StageShare:
    """One country's share at one stage of a supply chain, from one source."""

    stage: str
    share: float
    year: int | None
    source: str


def decide_share(claimed: ShareRange, stages: Sequence[StageShare]) -> Decision:
    """A share claim against the shares at each plausible stage (mining, refining, ...).

    All stages agree with the claim: supported. Some do: partly supported, and the
    rationale says the answer depends on the stage. None do: misleading when a share word
    ('the vast majority') overstates a real majority at every stage; unsupported otherwise
    (a stated figure, or a fraction in words, that no stage fits is wrong), saying so when
    every share is above the claim (understated).
    """
    if not stages:
        return Decision(Label.NOT_CHECKABLE, "The bundled data has no share for this commodity.")
    reading = f"'{claimed.phrase}' read as {claimed.describe()}"
    parts = [f"{s.stage} {s.share:.0f}% ({_year(s.year)}, {s.source})" for s in stages]
    found = "; ".join(parts)
    meeting = [s for s in stages if claimed.holds(s.share)]
    if len(meeting) == len(stages):
        return Decision(Label.SUPPORTED, f"Every stage fits ({reading}): {found}.")
    if meeting:
        yes = ", ".join(s.stage for s in meeting)
        no = ", ".join(s.stage for s in stages if s not in meeting)
        return Decision(
            Label.PARTLY,
            f"It depends on the stage ({reading}): true of {yes}, not of {no}. {found}.",
        )
    below = claimed.low is not None and all(s.share < claimed.low for s in stages)
    above = claimed.high is not None and all(s.share > claimed.high for s in stages)
    # 'the vast majority', not '85%' nor a fraction ('three-quarters', 'nine in ten'), which
    # states a figure in words: a share below it is as wrong as one below '75%'
    worded = not re.search(r"\d", claimed.phrase) and not claimed.fraction
    if worded and below and claimed.low > 50 and all(s.share > 50 for s in stages):
        return Decision(
            Label.MISLEADING,
            f"A majority at every stage, but less than claimed ({reading}): {found}.",
        )
    if above:
        return Decision(
            Label.UNSUPPORTED,
            f"The claim understates it: more than claimed at every stage ({reading}): {found}.",
        )
    return Decision(Label.UNSUPPORTED, f"No stage fits ({reading}): {found}.")


def _year(year: int | None) -> str:
    return str(year) if year else "year not stated"


# --- export bans -----------------------------------------------------------------------


NOT_YET = frozenset({MeasureStatus.ANNOUNCED, MeasureStatus.EFFECTIVE_UNKNOWN})


@dataclass(frozen=True)
class MeasureFact:
    """A measure as a ban rule needs it.

    `status` is 'in force', 'partly suspended' (see `measures.in_force_on`), 'announced'
    (announced by the day in question, effective later) or 'effective date unknown'
    (announced, no effective date in the data); `affected` names the only
    destination a measure applies to, when it applies to one country only.
    """

    title: str
    kind: str  # the measure type's strength: ban, licence, listing, other
    start: dt.date
    goods: tuple[str, ...]
    covers_claimed_goods: bool
    status: str = MeasureStatus.IN_FORCE
    affected: str | None = None
    type_label: str = ""  # the measure type as a reader says it ('export licence requirement')


# Strengths of measure types (data/lexicon/measure_types.yaml) that forbid, and that
# require a licence.
BAN_TYPES = frozenset({"ban"})
LICENSING_TYPES = frozenset({"licence", "listing"})


def decide_export_ban(
    goods: str,
    as_of: dt.date,
    facts: Sequence[MeasureFact],
    later: Sequence[MeasureFact] = (),
    destinations: Sequence[str] = (),
    partner: str | None = None,
    swapped: Sequence[MeasureFact] = (),
    since: Sequence[MeasureFact] = (),
) -> Decision:
    """'X banned exports of <goods>': is there a measure, is it a ban, are those its goods?

    `facts` are the actor's export measures in force on `as_of`, or announced by then and
    not yet in force (status 'announced'); `later` are measures on the same goods announced
    after it and by the article's date; `since`, those announced after the article, only
    told so the reader knows what came next, never weighed; `destinations` are the
    countries the claim names, so that a ban on exports to one of them counts in full;
    `partner` is the country the claim says the exports go to, when it says one.

    A ban in force on every destination (or on one the claim names): supported. Bans
    limited to destinations other than the one the claim says: unsupported, the claim
    gives the ban a wrong destination ("banned gallium exports to Japan"; round 35, fx35d). A
    ban that is partly suspended, limited to a destination the claim does not name, or only
    announced (or with no effective date in the data): partly supported. Licences only
    (in force or announced): misleading (a licence is not a ban).
    Measures on other goods only: misleading, unless the other side's export measures of
    the day (`swapped`) cover the goods: the claim gives the other side's measure to this
    one ("US bans gallium exports to China"), unsupported; or unless a ban on the goods
    came later (`later`): the claim dates that ban too early ("In October China banned the
    export of rare-earth magnet technology", banned in December), unsupported (round 35,
    fx35d). Nothing: unsupported.
    """
    on = as_of.isoformat()
    after = _later_text([*later, *since])
    bans = [f for f in facts if f.covers_claimed_goods and f.kind in BAN_TYPES]
    if partner and bans and all(f.affected is not None and f.affected != partner for f in bans):
        # "banned exports to Japan": a ban on exports to other countries only is not it
        return Decision(
            Label.UNSUPPORTED,
            f"By {on} a ban covered {goods} on exports to {_destinations(bans)} only, not to "
            f"{partner}: {_list(bans)}.{after}",
        )
    full = [
        f
        for f in bans
        if f.status == MeasureStatus.IN_FORCE and (f.affected is None or f.affected in destinations)
    ]
    if full:
        return Decision(Label.SUPPORTED, f"By {on} a ban covered {goods}: {_list(full)}.{after}")
    if bans and all(f.status in NOT_YET for f in bans):
        return Decision(
            Label.PARTLY,
            f"By {on} a ban on {goods} had been announced but was not yet in force: "
            f"{_list(bans)}.{after}",
        )
    if bans:
        return Decision(
            Label.PARTLY,
            f"By {on} a ban covered {goods}, but not in full ({_limits(bans, destinations)}): "
            f"{_list(bans)}.{after}",
        )
    licensing = [f for f in facts if f.covers_claimed_goods]
    if licensing and all(f.status in NOT_YET for f in licensing):
        return Decision(
            Label.MISLEADING,
            f"By {on} a licence requirement for exports of {goods} had been announced, not "
            f"yet in force, and a licence is not a ban: {_list(licensing)}.{after}",
        )
    if licensing:
        return Decision(
            Label.MISLEADING,
            f"By {on} exports of {goods} needed a licence, which is not a ban: "
            f"{_list(licensing)}.{after}",
        )
    if swapped:
        return Decision(
            Label.UNSUPPORTED,
            f"By {on} no export ban or licence by the side the claim names covered {goods}; "
            f"the catalog's measures on {goods} are the other side's: {_list(swapped)}.{after}",
        )
    other = [f for f in facts if f.kind in BAN_TYPES | LICENSING_TYPES]
    if other and not any(f.kind in BAN_TYPES for f in later):
        goods_named = sorted({g for f in other for g in f.goods})
        return Decision(
            Label.MISLEADING,
            f"By {on} no export ban or licence covered {goods}; the measures in force or "
            f"announced covered other goods ({', '.join(goods_named)}): {_list(other)}.{after}",
        )
    return Decision(Label.UNSUPPORTED, f"No export measure on {goods} was in force by {on}.{after}")


def combine(decisions: Sequence[tuple[str, Decision]]) -> Decision:
    """One verdict for a claim about several goods, from one decision per good.

    All alike: that label. Some goods supported (fully or partly) and others not: partly
    supported, naming which. None supported: misleading if any is, else unsupported (not
    checkable when none could be checked). Each good's reasoning is kept.
    """
    if len(decisions) == 1:
        return decisions[0][1]
    labels = [d.label for _, d in decisions]
    reasons = " ".join(f"{good}: {d.rationale}" for good, d in decisions)
    if len(set(labels)) == 1:
        return Decision(labels[0], reasons)
    held = [good for good, d in decisions if d.label in (Label.SUPPORTED, Label.PARTLY)]
    if held:
        others = [good for good, d in decisions if good not in held]
        return Decision(
            Label.PARTLY, f"True of {', '.join(held)}, not of {', '.join(others)}. {reasons}"
        )
    checked = [label for label in labels if label != Label.NOT_CHECKABLE]
    return Decision(Label.MISLEADING if Label.MISLEADING in checked else Label.UNSUPPORTED, reasons)


def figures_together(decisions: Sequence[Decision]) -> Decision:
    """One verdict from a claim's figures (a trade figure's level, change and rate; a
    tonnage and the one it rose from): all alike, that label; some holding (fully or
    partly) and others not, partly supported; none holding, unsupported."""
    labels = {d.label for d in decisions}
    why = " ".join(d.rationale for d in decisions)
    if len(labels) == 1:
        return Decision(labels.pop(), why)
    held = labels & {Label.SUPPORTED, Label.PARTLY}
    return Decision(Label.PARTLY if held else Label.UNSUPPORTED, why)


def _destinations(bans: Sequence[MeasureFact]) -> str:
    """The only destinations of bans limited to one each, in words: 'United States'."""
    return " and ".join(dict.fromkeys(str(f.affected) for f in bans))


def _limits(bans: Sequence[MeasureFact], destinations: Sequence[str]) -> str:
    """Why the bans fall short of a full ban, in words: 'exports to X only; ...'."""
    limits = [
        f"exports to {f.affected} only"
        for f in bans
        if f.affected and f.affected not in destinations
    ]
    limits += [
        "announced, not yet in force" if f.status in NOT_YET else f.status
        for f in bans
        if f.status != MeasureStatus.IN_FORCE
    ]
    return "; ".join(dict.fromkeys(limits))


def _list(facts: Sequence[MeasureFact]) -> str:
    return "; ".join(f"{f.title} ({_describe(f)})" for f in facts)


def _describe(f: MeasureFact) -> str:
    parts = [f.type_label or f.kind, f.start.isoformat()]
    if f.affected:
        parts.append(f"exports to {f.affected} only")
    if f.status == MeasureStatus.ANNOUNCED:
        parts.append("announced, not yet in force")
    elif f.status == MeasureStatus.EFFECTIVE_UNKNOWN:
        parts.append("announced, effective date not in the data")
    elif f.status != MeasureStatus.IN_FORCE:
        parts.append(f.status)
    return ", ".join(parts)


def _later_text(later: Sequence[MeasureFact]) -> str:
    if not later:
        return ""
    return f" Later: {_list(later)}."


# --- counts and ordinals --------------------------------------------------------------------

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# An ordinal in words or in figures ("1st", "22nd"), compiled once (round 35, cpu35).
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(ORDINALS) + r")\b")
_ORDINAL_FIGURE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")


def ordinal(text: str) -> int | None:
    """The ordinal a sentence states ('the fourth visit' -> 4)."""
    m = _ORDINAL_WORD.search(text.lower())
    if m:
        return ORDINALS[m.group(1)]
    m = _ORDINAL_FIGURE.search(text.lower())
    return int(m.group(1)) if m else None


def own_ordinal(text: str) -> bool:
    """Whether an ordinal counts its subject's own events ('his second visit', 'Blinken's
    third trip') rather than a series of visitors ('the fourth official to visit')."""
    words = "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
    return bool(re.search(rf"(?:\b(?:his|her|their)|['’]s)\s+(?:{words})\b", text, re.I))


def decide_ordinal(
    claimed: int, events: Sequence[str], subject: str | None, exact: bool = False
) -> Decision:
    """'The n-th such event': count the dated events in the window, in order.

    `events` are the event labels in date order; `subject` is the one the claim is about.
    One off is partly supported, the window being fuzzy, unless the count is `exact`: a
    person's own visits counted with no window ("Blinken's third trip to China"), which no
    reading of a window changes (round 31, fcw31).
    """
    if not events:
        return Decision(Label.NOT_CHECKABLE, "No such events are in the bundled timeline.")
    listing = "; ".join(f"{i}. {e}" for i, e in enumerate(events, 1))
    if subject is None or subject not in events:
        return Decision(
            Label.NOT_CHECKABLE,
            f"The event the claim is about is not in the bundled timeline ({listing}).",
        )
    position = events.index(subject) + 1
    if position == claimed:
        return Decision(Label.SUPPORTED, f"It is number {position} in the window: {listing}.")
    if abs(position - claimed) == 1 and not exact:
        return Decision(
            Label.PARTLY,
            f"It is number {position}, not {claimed}, in the window the claim implies; a "
            f"slightly different window or definition changes the count: {listing}.",
        )
    if exact:
        return Decision(
            Label.UNSUPPORTED,
            f"It is number {position}, not {claimed}, of the person's own recorded visits "
            f"to that host, counted with no window: {listing}.",
        )
    return Decision(Label.UNSUPPORTED, f"It is number {position}, not {claimed}: {listing}.")


# --- events and dates -------------------------------------------------------------------------


# The days of a week a claim dates an event by ("this week"): an event overlapping it meets it.
WEEK_DAYS = 7


def decide_event_dates(
    claimed: tuple[dt.date, dt.date],
    recorded: tuple[dt.date, dt.date] | None,
    label: str,
    coarse: bool = False,
    weeks: bool = True,
) -> Decision:
    """A dated event against the timeline: same days, overlapping days, or absent.

    `coarse` claims name a month or a season ("in November"): the event falling inside
    that interval supports them; a week (`WEEK_DAYS` days: "this week", "last week") is
    met by an event any of whose days fall in it (talks of Sunday and Monday are "this
    week" to a Monday's article: round 38, fx38d). Days within a recorded visit support a
    claim about them (the visitor was there). With `weeks` False, a week is a span
    like any other (whether the days alone, without that tolerance, hold).
    """
    if recorded is None:
        return Decision(
            Label.NOT_CHECKABLE,
            f"{label.capitalize()} is not in the bundled timeline, which lists selected events "
            "only.",
        )
    c = f"{_span(*claimed)}"
    r = f"{_span(*recorded)}"
    if claimed == recorded or (coarse and claimed[0] <= recorded[0] <= recorded[1] <= claimed[1]):
        return Decision(Label.SUPPORTED, f"The timeline has {label} on {r}, as claimed ({c}).")
    week = weeks and coarse and (claimed[1] - claimed[0]).days + 1 == WEEK_DAYS
    if week and claimed[0] <= recorded[1] and recorded[0] <= claimed[1]:
        return Decision(Label.SUPPORTED, f"The timeline has {label} on {r}, in the week {c}.")
    if not coarse and recorded[0] <= claimed[0] <= claimed[1] <= recorded[1]:
        # a day of a visit ("met the visiting secretary on 29 August") is during it
        return Decision(Label.SUPPORTED, f"The timeline has {label} on {r}, which includes {c}.")
    if claimed[0] <= recorded[1] and recorded[0] <= claimed[1]:
        return Decision(Label.PARTLY, f"The timeline has {label} on {r}; the claim implies {c}.")
    return Decision(Label.UNSUPPORTED, f"The timeline has {label} on {r}, not {c}.")


def _span(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"


# --- policy actions ---------------------------------------------------------------------------


def decide_policy(
    actor: str, facts: Sequence[MeasureFact], forbids: bool, as_of: dt.date | None
) -> Decision:
    """'<actor> has imposed <measures>': the timeline has such measures, or cannot say.

    A claim that trade was forbidden, when the measures only require licences, is partly
    supported. No measure in a selective timeline is not proof of absence: not checkable.
    """
    by = f"by {as_of.isoformat()}" if as_of else "in the bundled timeline"
    if not facts:
        return Decision(
            Label.NOT_CHECKABLE, f"The bundled timeline lists no such measure by {actor} {by}."
        )
    listing = _list(facts)
    if forbids and not any(f.kind in BAN_TYPES for f in facts):
        return Decision(
            Label.PARTLY,
            f"{actor} had such measures {by}, but they require licences (often with a "
            f"presumption of denial) rather than forbid trade outright: {listing}.",
        )
    count = "1 such measure" if len(facts) == 1 else f"{len(facts)} such measures"
    return Decision(Label.SUPPORTED, f"{actor} had {count} {by}: {listing}.")


# --- tariff rates and coverage --------------------------------------------------------------

# A stated rate matches the table's within half a point ("7.5%" is not "8%"); a stated
# coverage within 10% of the source's round figure is right, within 25% near.
RATE_POINTS = 0.5
COVERAGE_CLOSE = 0.10
COVERAGE_NEAR = 0.25


def _pct(value: float) -> str:
    return f"{value:g}%"


def decide_tariff_rates(
    claimed: Sequence[float],
    replaced: Sequence[float],
    rates: Sequence[float],
    previous: Sequence[float],
) -> Decision:
    """The rates a claim states ('to 100%', '10% and 5%') against the rates the measure sets
    on the products meant, and the rates it replaced ('from 25%') against those it replaced:
    every one within RATE_POINTS supported, else unsupported, naming the right rates. A
    claim may name the rate replaced without 'from' ('the present 15% tariff ... will be
    reduced to 7.5%'), so a stated rate may be a replaced one when another is a set one. A
    rate replaced where the table records none is not checked: partly supported when the
    rest holds (round 32, fcr32: 'The zero to 7.5 percent tariffs ... will increase to 25
    percent', of a row of 25% with no previous rate, was unsupported)."""

    def among(c: float, values: Sequence[float]) -> bool:
        return any(abs(c - r) <= RATE_POINTS for r in values)

    sets_one = any(among(c, rates) for c in claimed)
    wrong = [c for c in claimed if not (among(c, rates) or (sets_one and among(c, previous)))]
    wrong_before = [c for c in replaced if previous and not among(c, previous)]
    sets = ", ".join(_pct(r) for r in sorted(set(rates)))
    if not wrong and not wrong_before:
        new = [c for c in claimed if among(c, rates)]
        old = [*replaced, *(c for c in claimed if not among(c, rates))]
        said = ", ".join(_pct(c) for c in new) or "no rate"
        if replaced and not previous:
            unchecked = ", ".join(_pct(c) for c in replaced)
            return Decision(
                Label.PARTLY,
                f"The measure sets {sets}; the claim says {said}. The table records no rate "
                f"it replaced, so the claim's {unchecked} before it is not checked.",
            )
        before = f" (replacing {', '.join(_pct(c) for c in old)})" if old else ""
        return Decision(Label.SUPPORTED, f"The measure sets {sets}; the claim says {said}{before}.")
    parts = []
    if wrong:
        parts.append(f"the claim's {', '.join(_pct(c) for c in wrong)} is not among them")
    if wrong_before:
        was = ", ".join(_pct(r) for r in sorted(set(previous))) or "no previous rate recorded"
        parts.append(f"the rate replaced was {was}, not {', '.join(_pct(c) for c in wrong_before)}")
    return Decision(Label.UNSUPPORTED, f"The measure sets {sets}: " + "; ".join(parts) + ".")


def decide_tariff_coverage(claimed_bn: float, covered_bn: Sequence[float]) -> Decision:
    """The trade a claim says a measure covers ('on $34 billion of imports') against the
    value the sources state: the nearest within COVERAGE_CLOSE supported, within
    COVERAGE_NEAR partly supported, else unsupported."""
    nearest = min(covered_bn, key=lambda c: abs(c - claimed_bn))
    off = abs(claimed_bn - nearest) / nearest
    said = f"the claim says ${claimed_bn:g} bn, the sources ${nearest:g} bn"
    if off <= COVERAGE_CLOSE:
        return Decision(Label.SUPPORTED, f"The coverage matches: {said}.")
    if off <= COVERAGE_NEAR:
        return Decision(Label.PARTLY, f"The coverage is near: {said} ({off:.0%} off).")
    return Decision(Label.UNSUPPORTED, f"The coverage is wrong: {said} ({off:.0%} off).")
