"""The tariff figures a claim states (part of the tariff checker, `tariff_checks`): the rates
it sets ("to 100%"), the rates it replaces ("from 25%"), the trade it covers ("on $34
billion"), an "up to" rate, the rates that may be a rise ("an extra 50%"), the rates it
puts on a third country, and the ranges it states ("tariffs of 10 to 25 percent": both ends
are rates the claim states, in the role of the range).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.article import claim_words, rate_roles
from analysis.article.claims import Claim
from analysis.article.frames import Frame, answered_spans
from analysis.article.quantities import WORLD, figures
from analysis.evidence import tariff_sides

# What a percentage of a tariff clause may be read as: a rate ("tariffs of 25%"), the
# level a change reaches ("increased tariffs to 100%", read as growth by its verb), or a
# bare figure with no tariff word near it ("... will be reduced to 7.5% for goods entered").
_RATE_OF = ("tariff", "growth", WORLD)


@dataclass(frozen=True)
class Stated:
    """The tariff figures a claim states."""

    rates: tuple[float, ...]  # the rates set ("to 100%")
    replaced: tuple[float, ...]  # the rates replaced ("from 25%")
    coverage_bn: float | None  # the trade covered, billion US dollars
    at_most: bool  # "up to 15%": the highest rate set
    steps: tuple[float, ...] = ()  # of `rates`, those that may be a rise ("an extra 50%")
    # the rates the claim puts on a third country ("and 20% on imports from the EU"), with it
    elsewhere: tuple[tuple[float, str], ...] = ()
    # the ranges of rates it states ("10 to 25 percent", "5% to 25%"), low and high end
    ranges: tuple[tuple[float, float], ...] = ()
    # the side that sets each of `rates`, when the claim's own words put each on one of the
    # two sides, both named ("30% on Chinese imports ... and 10% on U.S. goods"), else empty
    owners: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rates or self.replaced or self.coverage_bn)


def stated(claim: Claim, frame: Frame) -> Stated:
    """The rates (set and replaced) and the coverage a tariff claim states."""
    text = claim.text
    spans = [(m.start(), m.end()) for w in frame.when for m in re.finditer(re.escape(w.text), text)]
    spans += answered_spans(text)  # "responded to the earlier 10% tariff with", ", following"
    spans += [(0, frame.answered)] if frame.answered else []  # "In response to a 10% tariff, ..."
    step_word = claim_words.patterns()["rate_step"]
    found = [(at, q) for at, q in figures(text, spans) if q.value is not None]
    spots = [(at, at + len(q.text)) for at, q in found if q.unit == "%" and q.of in _RATE_OF]
    away = tariff_sides.rates_elsewhere(frame, text, spots)
    rates, replaced, steps, coverage, at_most = [], [], [], None, False
    elsewhere: list[tuple[float, str]] = []
    ranges: list[tuple[float, float]] = []
    for at, q in found:
        if q.unit == "%" and q.of in _RATE_OF:
            if rate_added(text[:at]):
                continue  # "on top of the 20% imposed earlier": another duty's rate
            if at in away:  # "and 20% on imports from the European Union": not this side's
                elsewhere.append((float(q.value), away[at]))
                continue
            role = replaced if rate_roles.replaced(text, at, at + len(q.text)) else rates
            if (low := _low_end(q.text, text[:at])) is not None:  # "10 to 25 percent"
                role.append(low)
                ranges.append((low, float(q.value)))
            role.append(q.value)
            if step_word.search(text[:at]):
                steps.append(q.value)
            at_most = at_most or q.hedge == "at_most"
        elif q.unit == "USD" and q.of == "value" and coverage is None:
            coverage = q.value / 1e9
    kept = [(a, e) for a, e in spots if a not in away and not rate_added(text[:a])]
    owners = () if ranges or len(kept) != len(rates) else tariff_sides.owners(text, kept)
    return Stated(
        tuple(rates),
        tuple(replaced),
        coverage,
        at_most,
        tuple(steps),
        tuple(elsewhere),
        tuple(ranges),
        owners,
    )


def rate_added(before: str) -> bool:
    """Whether the words `before` a rate make it another duty's ("on top of the 20%")."""
    return bool(claim_words.patterns()["rate_added_to"].search(before))


@cache
def _replaced_before() -> re.Pattern[str]:
    """A `rate_replaced` word within four words before a figure ("from the current 0-")."""
    words = "|".join(claim_words.words().rate_replaced)
    return re.compile(rf"\b(?:{words})\b(?:\W+\w+){{0,4}}\W*$", re.I)


def _low_end(phrase: str, before: str) -> float | None:
    """The low end of a percentage read as a range ("tariffs of 10 to 25 percent", "taxes of
    5% to 25%", "between 5 and 10%": the reader's `quantities` gives the phrase with both
    figures), else None; not when a word of the rate replaced comes within four words before
    it (`rate_replaced`: "from the current 0-7.5% to 25%" is a change, not a range)."""
    if _replaced_before().search(before):
        return None
    ends = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", phrase.replace(",", ""))]
    return ends[0] if len(ends) == 2 and ends[0] < ends[1] else None
