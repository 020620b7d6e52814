"""The count checker: entries an Entity List rule added ("added 140 entities"), against the
rule of the claim's date, or of a month or short span it names, announced by the article's
date (`check_count`; ranks of producers are in `figure_checks`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pandas as pd

from analysis.article import claim_words, place_counts
from analysis.article.claims import Claim
from analysis.article.frames import COUNT, Frame, Quantity
from analysis.data import datasets
from analysis.evidence import count_rounds, same_day, trade_reading
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.measure_dates import dated_of, day_of
from analysis.evidence.model import Context, Verdict, make_evidence, sentence_span
from analysis.fmt import number
from analysis.vocab import Label


def check_count(ctx: Context, claim: Claim) -> Verdict | None:
    """'added 140 entities': the Entity List rule of the claim's date."""
    frame = frame_of(claim)
    if frame is None or frame.kind != COUNT or frame.quantity is None:
        return None
    # additions to the (US) Entity List whoever the sentence names first; other lists
    # (China's unreliable entity list) are not in the table
    on_the_list = re.search(r"(?<!Unreliable )\bEntity List\b", claim.text)
    if frame.actor_country not in ("USA", None) and not on_the_list:
        return None
    other = claim_words.patterns()["other_lists"].search(claim.text)
    if other and (
        frame.actor_country != "USA" or claim_words.patterns()["china_lists"].search(other[0])
    ):
        # China's unreliable entity list or control list: not in the rules table. A list
        # the US adds to ("Commerce is adding 42 companies to an export control list") is
        # the Entity List under a generic name; only China's own list names are China's.
        return None
    rules = datasets.load("entity_list_rules")
    # "As of now, over 900 firms have been included": the words opening its sentence too
    if claim_words.patterns()["running_total"].search(claim.text) or claim_words.patterns()[
        "standing_total"
    ].search(_lead_in(ctx, claim)):
        # "since May ... over 100 ... in connection to Huawei": the rules naming the party
        q = _with_named(claim, frame.quantity)
        if summed := count_rounds.party_total(ctx, claim, frame, q, rules):
            return summed
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim gives a running total of listings; the bundled table has one row per "
            "Entity List rule (a selection), so it cannot add them up.",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    at = claim.text.find(frame.quantity.text)
    if at > 0 and _removed(claim.text[:at]):
        return None  # "removed 25 parties from ...": not an addition the rules table counts
    # a count by place ("China (23)": `place_counts`) is of China's parties, as "23 Chinese"
    by_place = frame.quantity.of == place_counts.IN_CHINA
    chinese = by_place or claim_words.patterns()["china_count"].search(
        claim.text[at:] if at >= 0 else ""
    )
    if rounds := count_rounds.named_rounds(claim, frame, rules, bool(chinese)):
        return rounds  # "two tranches ... in October 2019 and June 2020, together 37"
    dated = dated_of(frame)
    day = dt.date.fromisoformat(dated[0].start) if dated else ctx.as_of
    if day is None:
        return None
    week = pd.Timedelta(days=7)
    near = rules.loc[
        (rules["published"] - pd.Timestamp(day)).abs().le(week)
        | (rules["effective"] - pd.Timestamp(day)).abs().le(week)
        | (rules["announced"] - pd.Timestamp(day)).abs().le(week)
    ]
    if span := _count_span(frame):
        # "in May 2024", "earlier this month": the rules of that span, not the week
        # around its first day (or around the article's date)
        lo, hi = span
        near = rules.loc[
            rules["published"].between(lo, hi)
            | rules["effective"].between(lo, hi)
            | rules["announced"].between(lo, hi)
        ]
    if near.empty and not dated:
        # an undated count ("has blacklisted 24 companies") is of the latest rule made
        # public before the article, if one was in the UNDATED_LOOKBACK_DAYS before it
        public = _first_public(rules)
        before = rules.loc[
            public.le(pd.Timestamp(day))
            & public.ge(pd.Timestamp(day - dt.timedelta(days=UNDATED_LOOKBACK_DAYS)))
        ]
        if not before.empty:
            latest = public.loc[before.index]
            near = before.loc[latest == latest.max()]
            day = day_of(near.iloc[0]["published"]) or day
    if near.empty:
        return None  # no rule that week: the measure checks may still read the claim
    if not by_place and _counts_a_part(ctx, claim, at):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim counts a part of the additions (by reason or kind); the rules table "
            "counts each rule's entries in total and under China only.",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    q = _with_named(claim, frame.quantity)
    claimed = q.value
    # rules printed the same day may be one announcement: their entries together count too
    counts = same_day.counts(near, "entries_added_total") | {
        int(x) for x in near["china_added"].dropna()
    }
    entries = same_day.entries(near) if q.unit == "entries" else set()
    counts |= entries
    titled = pd.DataFrame()
    if by_place or claim_words.patterns()["china_count"].search(
        claim.text[at:] if at >= 0 else claim.text
    ):
        # "24 Chinese companies": only China's entries, from the rule or else from the
        # catalog title of that week's listing; a rule's total is not a count of them
        counts = same_day.counts(near, "china_added")  # one day's rules together too
        if not counts:
            titled, counts = _titled_china_counts(day)
        if not counts:
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The Entity List rule of {day_of(near.iloc[0]['published'])} added "
                f"{number(near.iloc[0]['entries_added_total'])} entries in all; the data does "
                f"not say how many were Chinese (the claim says {q.text!r}).",
            )
            return Verdict(claim, decision.label, decision.rationale, "entity list count")
        if claimed not in counts and (unknown := same_day.china_unknown(near, claimed)):
            return Verdict(claim, Label.NOT_CHECKABLE, unknown, "entity list count")
    label, fits = count_rounds.fit(q, counts)
    after = claim.text[at + len(q.text) :] if at >= 0 else ""
    if not fits and claim_words.patterns()["count_reason"].search(after):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim counts the parties listed for one reason; the rules table counts each "
            f"rule's entries in total and under China only (the claim says {q.text!r}).",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    fitting = near.loc[near["entries_added_total"].isin(fits) | near["china_added"].isin(fits)]
    rule = (fitting if not fitting.empty else near).iloc[0]
    said = f"the claim says {' '.join((q.hedge.replace('_', ' '), q.text)).strip()!r}."
    if entries & set(fits):  # the entities' total is not what the claim counts
        said = f"its count basis: {rule['count_basis']}; {said}"
    decision = v.Decision(
        label,
        f"The Entity List rule of {day_of(rule['published'])} added "
        f"{number(rule['entries_added_total'])} entries"
        + (f", {number(rule['china_added'])} under China" if pd.notna(rule["china_added"]) else "")
        + f"; {said}",
    )
    if not titled.empty:  # the Chinese count is the catalog title's, not the rule's
        given = "; ".join(
            f"'{t}' (announced {day_of(d)})"
            for t, d in zip(titled["title"], titled["announced"], strict=True)
        )
        decision = v.Decision(label, f"The catalog gives the Chinese count: {given}; {said}")
    # a rule in force was public by then: BIS posts a rule for inspection (and it takes
    # effect) days before the Federal Register prints it, and often announces the additions
    # (a catalogued Entity List measure) before either
    public = min(
        (
            d
            for d in (
                day_of(rule["published"]),
                day_of(rule["effective"]),
                day_of(rule["announced"]),
                _announced(day_of(rule["published"])),
            )
            if d
        ),
        default=None,
    )
    evidence = (
        make_evidence(
            "entity_list_rules",
            near.index,
            {"counts": sorted(counts)},
            "rules of that week",
            public,
        ),
    )
    if not titled.empty:
        evidence += (
            make_evidence(
                "measures",
                titled.index,
                {"titles": list(titled["title"])},
                "US Entity List measures of that week",
                day_of(titled["announced"].min()),
            ),
        )
    return Verdict(claim, decision.label, decision.rationale, "entity list count", evidence)


def _count_span(frame: Frame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The month or short span a count is dated by ('in May 2024', 'earlier this month'),
    when it is at most COUNT_SPAN_DAYS long."""
    for w in frame.when:
        if w.granularity not in ("month", "interval") or not (w.start and w.end):
            continue
        if w.role in ("since", "said"):
            continue
        lo, hi = pd.Timestamp(w.start), pd.Timestamp(w.end)
        if (hi - lo).days <= count_rounds.COUNT_SPAN_DAYS:
            return lo, hi
    return None


def _titled_china_counts(day: dt.date) -> tuple[pd.DataFrame, set[int]]:
    """The Chinese entries a US Entity List measure of the catalog, announced within a week
    of `day`, counts in its title ("24 Chinese firms ... among 60 entities")."""
    catalog = datasets.load("measures")
    week = catalog.loc[
        (catalog["measure_type"] == "entity_listing")
        & (catalog["implementing_jurisdiction"] == "USA")
        & (catalog["announced"] - pd.Timestamp(day)).abs().le(pd.Timedelta(days=7))
    ]
    counts: dict[int, int] = {}
    for row, title in week["title"].items():
        found = claim_words.patterns()["china_count"].search(str(title))
        if found:
            counts[row] = int(found.group(1).replace(",", ""))
    return week.loc[list(counts)], set(counts.values())


# An undated count of additions ("has blacklisted 24 companies") reads the latest Entity
# List rule printed this many days before the article, and none older.
UNDATED_LOOKBACK_DAYS = 31


# A party named just before "and N ..." or owning them: "added Huawei and 68 affiliates",
# "named 26 locations for Huawei's 68 affiliates" (round 34, fx34c: Trade Law Daily)
_NAMED_AND = re.compile(r"\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}(?:,?\s+and\s+|['’]s\s+)$")


def _with_named(claim: Claim, q: Quantity) -> Quantity:
    """The count as entries: "Huawei and 68 affiliates", the party named and N others, are
    N + 1 entries."""
    at = claim.text.find(q.text)
    if q.value is None or at <= 0 or not _NAMED_AND.search(claim.text[:at]):
        return q
    more = {"value": q.value + 1, "text": f"{q.text}, {q.value + 1:g} with the party named"}
    return replace(q, **more, low=q.low and q.low + 1, high=q.high and q.high + 1)


def _counts_a_part(ctx: Context, claim: Claim, at: int) -> bool:
    """Whether the count at `at` of the claim is a part of an addition: a part marked before
    it in its sentence ("of them, 22 ...", "including 12 ..."), or a part of it counted
    after it ("600 entities, more than 110 of which were added"); words after it that only
    describe the parties ("77 companies, most of which are China-based") make no part."""
    start, end = sentence_span(ctx, claim)
    if at < 0:
        return bool(claim_words.patterns()["count_parts"].search(_lead_in(ctx, claim)))
    text = ctx.article.text
    return bool(
        claim_words.patterns()["count_parts"].search(text[start : claim.start + at])
        or claim_words.patterns()["count_part_after"].search(text[claim.start + at : end])
    )


def _removed(before: str) -> bool:
    """Whether the verb right before a count takes parties off a list ("removed 25 ...")."""
    p = claim_words.patterns()
    last = next(reversed(list(p["removal_counts"].finditer(before))), None)
    # the removal's object: no more than COUNT_WORDS words, and no other such verb, between
    return bool(
        last
        and p["counting_object"].match(before, last.start())
        and not p["counting_object"].search(before, last.end())
    )


def _lead_in(ctx: Context, claim: Claim) -> str:
    """The claim and the words of its sentence before it ("this includes 21 entities")."""
    return ctx.article.text[trade_reading.sentence_start(ctx, claim) : claim.end]


def _first_public(rules: pd.DataFrame) -> pd.Series:
    """The first day each Entity List rule was public: its announcement (the table's
    `announced`, from a press release or the day's news), the day it took effect, or the
    Federal Register's printing, whichever came first."""
    return rules[["published", "effective", "announced"]].min(axis=1)


# BIS announces Entity List additions days before the Federal Register prints the rule.
ANNOUNCED_BEFORE_DAYS = 10


def _announced(published: dt.date | None) -> dt.date | None:
    """The day BIS announced the additions a rule printed on `published` makes: a US Entity
    List measure of the catalog announced in the `ANNOUNCED_BEFORE_DAYS` before it."""
    if published is None:
        return None
    catalog = datasets.load("measures")
    found = catalog.loc[
        (catalog["measure_type"] == "entity_listing")
        & (catalog["implementing_jurisdiction"] == "USA")
        & catalog["title"].str.contains("Entity List", case=False, na=False)
    ]
    days = [
        d
        for d in (day_of(x) for x in found["announced"])
        if d and dt.timedelta(0) <= published - d <= dt.timedelta(days=ANNOUNCED_BEFORE_DAYS)
    ]
    return min(days, default=None)
