"""Counts of Entity List additions summed over several rounds (round 34, branch fx34c).

A count may add up rounds the claim names: by their months ("two tranches ... in October
2019 and June 2020, actions that together added 37 parties": 28 + 9), or by the party their
titles name, over a span ("Since May, the DoC has added over 100 persons or organizations
to the Entity List in connection to Huawei": 69 + 46). `named_rounds` checks the first
against one rule (or one day's rules) of each named month; `party_total` checks the second
against the rules of the span whose titles name the party, and only ever supports it: the
rules table is a selection, so a sum short of the claim may lack a round.
`fit` is the label of a claimed count against the counts the data gives, for both and for
`count_checks.check_count`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pandas as pd

from analysis.article.claims import Claim
from analysis.article.frames import Frame, Quantity
from analysis.article.gazetteer import ORG
from analysis.evidence import same_day
from analysis.evidence import verdicts as v
from analysis.evidence.measure_dates import day_of
from analysis.evidence.model import Context, Verdict, make_evidence
from analysis.vocab import Label

# a bare count within this share of a count the data gives is partly supported
COUNT_NEAR = 0.05

# A count dated by a month or a span this short ("in May 2024", "earlier this month") is
# matched with the rules of that span; a longer span is a running total.
COUNT_SPAN_DAYS = 31

# a round named by its day: the rules printed, in force or announced this close to it
_WEEK = pd.Timedelta(days=7)


def fit(q: Quantity, counts: set[int]) -> tuple[Label, list[int]]:
    """The label of the claimed count `q` against `counts`, and the counts that fit it:
    "more than 60" holds for any count above 60; a bare count must be exact, and within
    COUNT_NEAR of one is partly supported (entities and entries differ: an entity may be
    entered under several destinations)."""
    low, high = (q.low, q.high) if q.hedge else (q.value, q.value)
    fits = [c for c in counts if (low is None or c >= low) and (high is None or c <= high)]
    near = [c for c in counts if q.value and abs(c - q.value) / c <= COUNT_NEAR]
    return (Label.SUPPORTED if fits else Label.PARTLY if near else Label.UNSUPPORTED), fits


def spans(frame: Frame) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The months, short spans and days a count is dated by, each once ("in October 2019
    and June 2020"), a day widened by a week on each side."""
    out: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for w in frame.when:
        if not w.start or w.role in ("since", "said"):
            continue
        lo, hi = pd.Timestamp(w.start), pd.Timestamp(w.end or w.start)
        if w.granularity == "day":
            lo, hi = lo - _WEEK, hi + _WEEK
        elif w.granularity not in ("month", "interval") or (hi - lo).days > COUNT_SPAN_DAYS:
            continue
        if (lo, hi) not in out:
            out.append((lo, hi))
    return out


def named_rounds(claim: Claim, frame: Frame, rules: pd.DataFrame, chinese: bool) -> Verdict | None:
    """A count dated by two or more months or days, each with a rule of its own: checked
    against the sums of one count of each (a rule's total or Chinese entries, or a day's
    rules together; only the Chinese entries for a count of Chinese parties); None when it
    names fewer, or one names no rule."""
    named = spans(frame)
    if len(named) < 2 or frame.quantity is None:
        return None
    each = []
    for lo, hi in named:
        dates = rules[["published", "effective", "announced"]]
        rows = rules.loc[((dates >= lo) & (dates <= hi)).any(axis=1)]
        counts = same_day.counts(rows, "china_added")
        if not chinese:
            counts |= same_day.counts(rows, "entries_added_total")
        if not counts:
            return None
        each.append((rows, counts))
    sums = {sum(combo) for combo in itertools.product(*(c for _, c in each))}
    label, _ = fit(frame.quantity, sums)
    told = "; ".join(
        f"{', '.join(dict.fromkeys(str(day_of(d)) for d in rows['published']))}: "
        f"{', '.join(str(c) for c in sorted(counts))}"
        for rows, counts in each
    )
    decision = v.Decision(
        label,
        f"The claim adds up {len(each)} rounds it names by date; the Entity List rules of those "
        f"dates added (by rule, by day's rules together or under China) {told}; one of each "
        f"sums to {', '.join(str(s) for s in sorted(sums))}; the claim says "
        f"{frame.quantity.text!r}.",
    )
    rows = pd.concat([r for r, _ in each])
    evidence = (
        make_evidence(
            "entity_list_rules",
            rows.index,
            {"sums": sorted(sums)},
            "rules of the rounds named",
            day_of(rows[["published", "effective", "announced"]].min(axis=1).max()),
        ),
    )
    return Verdict(claim, decision.label, decision.rationale, "entity list count", evidence)


def party_total(
    ctx: Context, claim: Claim, frame: Frame, q: Quantity, rules: pd.DataFrame
) -> Verdict | None:
    """A running total of one party's additions ("Since May ... over 100 ... in connection to
    Huawei") that the rules of the span naming that party in their titles reach: supported;
    None otherwise (a selection of rules short of the claim proves nothing)."""
    starts = [dt.date.fromisoformat(w.start) for w in frame.when if w.start]
    if not starts or ctx.as_of is None:
        return None
    public = rules[["published", "effective", "announced"]].min(axis=1)
    within = rules.loc[public.between(pd.Timestamp(min(starts)), pd.Timestamp(ctx.as_of))]
    names = {
        e.canonical
        for e in ctx.article.entities
        if e.id in claim.entities and e.label == ORG and not e.generic
    }
    for name in sorted(names):
        word = re.compile(rf"\b{re.escape(name.split()[0])}\b")
        rows = within.loc[within["title"].str.contains(word, na=False)]
        if rows.empty or rows["entries_added_total"].isna().any():
            continue
        total = int(rows["entries_added_total"].sum())
        label, fits = fit(q, {total})
        if label != Label.SUPPORTED or not fits:
            continue
        decision = v.Decision(
            label,
            f"The Entity List rules since {min(starts)} whose titles name {name} added "
            f"{' + '.join(str(int(x)) for x in rows['entries_added_total'])} = {total} "
            f"entries; the claim says {q.text!r}.",
        )
        evidence = (
            make_evidence(
                "entity_list_rules",
                rows.index,
                {"total": total},
                f"rules naming {name} since {min(starts)}",
                day_of(public.loc[rows.index].max()),
            ),
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count", evidence)
    return None
