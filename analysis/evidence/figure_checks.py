"""Checkers that read a claim's figures from its frame: ranks and counts (taxonomy is in
`taxonomy_checks`, trade figures in `trade_checks`, production tonnages in
`amount_checks`, reserves in `reserve_checks`).

Each takes the context and a claim, returns a Verdict when its kind of frame applies (else
None), and decides by an explicit rule:

- **rank**: the actor's place among producers in the newest USGS edition public by then.
- **count**: entries an Entity List rule added, against the rule of the claim's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pandas as pd

from analysis.analyses import concentration, stages
from analysis.article import claim_words
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.date_patterns import NUMBERS
from analysis.article.frames import COUNT, RANK, Frame
from analysis.data import countries, datasets, goods
from analysis.evidence import same_day, trade_checks
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.measure_dates import dated_of, day_of
from analysis.evidence.model import (
    LIST_JOIN,
    Context,
    Verdict,
    claim_dates,
    make_evidence,
    needs_text,
)
from analysis.fmt import number
from analysis.vocab import Label

# --- rank ----------------------------------------------------------------------------------


_OWNED = re.compile(r"['’]s\s+([A-Z][\w&.-]+)")
_PLACE = re.compile(
    r"\b(second|third|fourth|fifth|\d(?:nd|rd|th))[- ](?:largest|biggest|top|leading)", re.I
)


# The last place that still counts as "one of the largest" ("holds some of the world's
# largest reserves", "one of the biggest producers"): the first five.
AMONG_TOP = 5


def among_limit(text: str) -> int | None:
    """The last place a rank among the first few allows: N of "the top N" ("one of the top
    three producers", "a top-five producer": `rank_top_n`), else `AMONG_TOP` after
    `rank_among` words ("one of the largest") or `rank_major` ones ("a major producer");
    None when the claim gives one place."""
    pats = claim_words.patterns()
    top = pats["rank_top_n"].search(text)
    if top:
        n = top.group("n").lower()
        return int(n) if n.isdigit() else NUMBERS[n]
    among = pats["rank_among"].search(text) or pats["rank_major"].search(text)  # "a major"
    return AMONG_TOP if among else None


def check_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China is the largest producer of X': the actor's rank in the newest USGS edition
    public by the article's date."""
    frame = frame_of(claim)
    if frame is None or frame.kind != RANK or not frame.goods:
        return None
    commodity = commodity_of(frame.goods[0])
    ranked = ranked_country(ctx, claim)
    if commodity is None or ranked is None:
        return None
    # a company named before the rank word is what is ranked ("Canada's Teck is the biggest")
    said = claim_words.patterns()["rank"].search(claim.text)
    upto = claim.start + (said.start() if said else len(claim.text))
    named = [ctx.article.entity(e) for e in claim.entities]
    text = ctx.article.text
    firm = next(
        (
            e.text if e.kind == "company" else text[e.start : e.end + 2] + m.group(1)
            for e in named
            if e.start < upto
            and (
                e.kind == "company"
                # "Belgium's Umicore": what the country owns is ranked, not the country
                or (e.label == gz.PLACE and (m := _OWNED.match(text, e.end)))
            )
        ),
        None,
    )
    region = claim_words.patterns()["regional_rank"].search(claim.text)
    if firm or region:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim ranks {'a company, ' + firm if firm else 'producers ' + region.group()}"
            "; the bundled tables rank countries' output in the world.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            (),
            needs_text(decision, f"{commodity} output by company or region"),
        )
    main_stage = concentration.series_for(commodity, concentration.MAIN)["stage"]
    ranked_stages = (None, main_stage, stages.PRODUCTION)  # "second only to China in production"
    stages_said = [k for k, p in claim_words.patterns()["stages"].items() if p.search(claim.text)]
    if frame.stage not in ranked_stages and not set(stages_said) & set(ranked_stages):
        # "second only to China in rare earth refining": the tables rank one stage only ("the
        # largest producer and refiner" names one they rank)
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim ranks {commodity} {frame.stage}; the bundled tables rank countries' "
            f"{commodity} {main_stage} only.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            (),
            needs_text(decision, f"{commodity} {frame.stage} by country"),
        )
    dates = claim_dates(ctx, claim)
    said_year = dates[-1].end.year if dates else None  # "second only to China ... in 2023"
    edition = concentration.edition_as_of(commodity, ctx.as_of, said_year)
    if edition is None:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"No USGS edition on {commodity} was public by {ctx.as_of}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    shares = concentration.country_shares(commodity, "main", edition)
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    if shares.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"{edition} gives no country shares of {commodity}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    # the year the claim states when the edition has it, else the edition's latest
    year = said_year if said_year in set(shares["year"].astype(int)) else int(shares["year"].max())
    last = shares.loc[shares["year"] == year].sort_values("share_pct", ascending=False)
    excluded = left_out(ctx, claim)
    last = last.loc[~last["country"].map(lambda c: countries.iso3(str(c)) in excluded)]
    order = [countries.iso3(str(name)) for name in last["country"]]
    rank = order.index(ranked) + 1 if ranked in order else None
    top = last.iloc[0]
    # "the second-largest producer": the place the claim gives, else first
    m = _PLACE.search(claim.text)
    place = (v.ordinal(m.group(1)) or 1) if m else 1
    limit = None if m else among_limit(claim.text)  # "one of the top three producers"
    first = behind_only(ctx, claim)
    if first == ():
        return None  # "behind only the world leader": whom it trails is not named
    if first is not None:  # "second only to China": place 2, China first
        place, holds = len(first) + 1, behind_only_holds(first, order, rank)
    elif limit is not None:
        holds = rank is not None and rank <= limit
    else:
        holds = rank == place
    if not holds and first is None and claim_words.patterns()["rank_major"].search(claim.text):
        why = f"{countries.name(ranked)} ranked {rank or 'nowhere'} ({edition}); no place is set"
        return Verdict(claim, Label.NOT_CHECKABLE, why, "rank of producers")  # none to refute
    denied = claim_words.patterns()["rank_negation"].search(claim.text[: said.end() if said else 0])
    label = Label.SUPPORTED if holds != bool(denied) else Label.UNSUPPORTED  # "is not the largest"
    outside = f"outside {', '.join(countries.name(c) for c in excluded)}, " if excluded else ""
    rationale = (
        f"In {edition}, {outside}{top['country']} was the largest producer of {commodity} in "
        f"{year} ({top['share_pct']:.0f}% of the world total)"
        + ("." if rank == 1 else f"; {countries.name(ranked)} ranked {rank or 'nowhere'}.")
        + (
            f" The claim gives a place among the first {limit}."
            if limit is not None and first is None
            else f" The claim gives place {place}."
            if place != 1
            else ""
        )
    )
    rows = [int(r) for r in last["row"].head(3)]
    evidence = (
        make_evidence(
            concentration.series_for(commodity, "main")["table"],
            rows,
            {"year": year, "edition": edition},
            "largest producers",
            concentration.released(commodity, edition),
        ),
    )
    return Verdict(claim, label, rationale, "rank of producers", evidence)


def behind_only(ctx: Context, claim: Claim) -> tuple[str, ...] | None:
    """The parties a claim puts ahead of its subject when it puts it behind only them
    ("second only to China", "trails only China and Brazil": `rank_behind_only`), as ISO3
    codes: the countries listed right after the words (joined by commas or "and"), so the
    subject's place is one more than their number; () when no country follows the words or
    none precedes them in the claim (the ranked one: "which trails only the US" ranks nobody
    the clause names); None when the claim says no such place."""
    m = claim_words.patterns()["rank_behind_only"].search(claim.text)
    if m is None:
        return None
    named = [e for r in claim.entities if (e := ctx.article.entity(r)).country]
    after = sorted((e for e in named if e.start >= claim.start + m.end()), key=lambda e: e.start)
    before = [e for e in named if e.start < claim.start + m.start()]
    if not (after and before):
        return ()
    listed = [after[0]]
    for e in after[1:]:
        if e.start >= listed[-1].end and LIST_JOIN.fullmatch(
            ctx.article.text[listed[-1].end : e.start]
        ):
            listed.append(e)
        elif e.start >= listed[-1].end:
            break
    return tuple(dict.fromkeys(e.country for e in listed))


def behind_only_holds(first: tuple[str, ...], order: list[str], rank: int | None) -> bool:
    """Whether a subject put behind only the parties `first` (`behind_only`, not empty) is
    at its place in a ranking (`order`, ISO3 codes, first place first; `rank`, its own
    place): one after them, they holding the places before it in any order ("trails only
    China and Brazil": third, behind those two)."""
    return rank == len(first) + 1 and set(order[: len(first)]) == set(first)


def ranked_country(ctx: Context, claim: Claim) -> str | None:
    """The country a rank of producers is of: the claim's actor, unless the actor is only
    whom the claim is attributed to ("According to the USGS, Tajikistan became the
    second-largest producer"): a source is never the producer (as for tonnages), so the
    first place the claim names is ranked; None when it names none."""
    frame = frame_of(claim)
    if frame is None or not (frame.attributed_to and frame.actor == frame.attributed_to):
        return frame.actor_country if frame else None
    named = [ctx.article.entity(e) for e in claim.entities]
    places = [e for e in named if e.label == gz.PLACE and e.country]
    return min(places, key=lambda e: e.start).country if places else None


IMPORT_SOURCES = "us_import_sources"


def _public_sources(as_of: dt.date | None) -> list[str]:
    """The editions of the USGS import-sources table released by `as_of` (all without one)."""
    return [
        e["id"]
        for e in datasets.editions(IMPORT_SOURCES)
        if (r := datasets.released(IMPORT_SOURCES, e["id"])) is not None
        and (as_of is None or r <= as_of)
    ]


_ASIDE = re.compile(r"\s[–—-]\s.*?\s[–—-]\s|\([^)]*\)")


def check_import_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China is the second-largest source of U.S. imports of gallium': the place of the
    country the clause is about (its first country before the rank, asides between dashes
    or brackets left out) among the import sources of the newest USGS edition public by
    the article's date, for each good the claim names (`import_source_rank` words)."""
    said = claim_words.patterns()["import_source_rank"].search(claim.text)
    if said is None:
        return None
    goods_named = [c for g in claim.commodities if (c := commodity_of(g))] or [
        c for g in (claim.frame.goods if claim.frame else ()) if (c := commodity_of(g))
    ]
    subject = _subject_before(ctx, claim, claim.start + said.start())
    if not goods_named or subject is None:
        return None
    table = datasets.load(IMPORT_SOURCES)
    out = _public_sources(ctx.as_of)
    m = _PLACE.search(claim.text)
    place = (v.ordinal(m.group(1)) or 1) if m else 1
    limit = None if m else among_limit(claim.text)  # "a major supplier": the first few
    major = claim_words.patterns()["rank_major"].search(claim.text) is not None
    decisions, rows = [], []
    for commodity in dict.fromkeys(goods_named):
        ranked = table.loc[
            (table["commodity"] == commodity)
            & table["source_edition"].isin(out[-1:])
            & table["rank"].notna()
        ]
        if ranked.empty:
            why = f"No USGS import sources of {commodity} public by {ctx.as_of}."
            decisions.append((commodity, v.Decision(Label.NOT_CHECKABLE, why)))
            continue
        material = ranked["material"].iloc[0]
        ranked = ranked.loc[ranked["material"] == material].sort_values("rank")
        order = [countries.iso3(str(c)) for c in ranked["country"]]
        rank = order.index(subject) + 1 if subject in order else None
        first = ranked.iloc[0]
        holds = rank == place if limit is None else rank is not None and rank <= limit
        # "a major supplier" sets no place; a list shorter than the first few refutes none
        unset = limit is not None and (major or (rank is None and len(order) < limit))
        label = Label.NOT_CHECKABLE if unset else Label.UNSUPPORTED
        decisions.append(
            (
                commodity,
                v.Decision(
                    Label.SUPPORTED if holds else label,
                    f"{first['source_edition']} ({material}, {first['period']}): the largest "
                    f"source of US imports was {first['country']}; {countries.name(subject)} "
                    f"ranked {rank or 'nowhere among those listed'} (the claim: "
                    f"{place if limit is None else f'among the first {limit}'}).",
                ),
            )
        )
        rows += [int(r) for r in ranked.index]
    decision = v.combine(decisions)
    evidence = (
        (
            make_evidence(
                IMPORT_SOURCES,
                rows,
                {"edition": out[-1] if out else None},
                "major import sources",
                datasets.released(IMPORT_SOURCES, out[-1]) if out else None,
            ),
        )
        if rows
        else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "rank of import sources",
        evidence,
        needs_text(decision, "US import sources of the goods, as public then"),
    )


_YEARS = re.compile(r"(\d{4})\s*[–-]\s*(\d{2,4})")


def _period_years(period: str) -> tuple[int, int] | None:
    """'2020–23' as (2020, 2023)."""
    m = _YEARS.search(period)
    if m is None:
        return None
    first, last = int(m.group(1)), m.group(2)
    return first, int(last) if len(last) == 4 else first // 100 * 100 + int(last)


def check_import_share(ctx: Context, claim: Claim) -> Verdict | None:
    """'Between 2020 and 2023, roughly 70% of America's rare-earth imports came from
    China': a percentage of US imports of a good that came from a partner, checked against
    that partner's share among the USGS import sources (us_import_sources) of the editions
    public by the article's date: the edition of the period the claim names, else the
    newest. The figure's hedge gives its bounds; without one it must match to the unit."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    if q is None or q.unit != "%" or q.of != "imports" or q.value is None or not frame.partner:
        return None
    if frame.actor_country not in (None, "USA"):
        return None
    goods_named = [c for g in frame.goods if (c := commodity_of(g))]
    if not goods_named:
        return None
    table = datasets.load(IMPORT_SOURCES)
    public = _public_sources(ctx.as_of)
    rows = table.loc[
        (table["commodity"] == goods_named[0])
        & table["source_edition"].isin(public)
        & table["share_pct"].notna()
    ]
    rows = rows.loc[[countries.iso3(str(c)) == frame.partner for c in rows["country"]]]
    span = next(((w.start, w.end) for w in frame.when if w.role == "period"), None)
    if span:
        years = (int(span[0][:4]), int(span[1][:4]))
        rows = rows.loc[[_period_years(str(p)) == years for p in rows["period"]]]
    elif not rows.empty:
        rows = rows.loc[rows["source_edition"] == public[-1]] if public else rows.iloc[:0]
    if rows.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"No USGS import share of {goods_named[0]} from {countries.name(frame.partner)} "
            "for that period public by the article's date.",
        )
    else:
        row = rows.iloc[-1]
        share = float(row["share_pct"])
        low = q.low if q.low is not None else q.value
        high = q.high if q.high is not None else q.value
        held = low <= share <= high if q.hedge else round(share) == round(q.value)
        decision = v.Decision(
            Label.SUPPORTED if held else Label.UNSUPPORTED,
            f"{row['source_edition']} ({row['material']}, {row['period']}): "
            f"{row['country']} supplied {share:.0f}% of US imports (the claim: {q.text}).",
        )
    evidence = (
        (
            make_evidence(
                IMPORT_SOURCES,
                [int(r) for r in rows.index],
                {"edition": str(rows.iloc[-1]["source_edition"])},
                "import share of the partner",
                datasets.released(IMPORT_SOURCES, str(rows.iloc[-1]["source_edition"])),
            ),
        )
        if not rows.empty
        else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "share of import sources",
        evidence,
        needs_text(decision, "US import sources of the goods, as public then"),
    )


def _subject_before(ctx: Context, claim: Claim, upto: int) -> str | None:
    """The country a clause is about: the first one it names before `upto`, asides between
    dashes or in brackets left out ("China – the United States' rival – is ...")."""
    text = ctx.article.text
    head = text[claim.start : upto]
    hidden = [(m.start() + claim.start, m.end() + claim.start) for m in _ASIDE.finditer(head)]
    for e in sorted((ctx.article.entity(r) for r in claim.entities), key=lambda e: e.start):
        if e.start >= upto or not e.country:
            continue
        if not any(a <= e.start < b for a, b in hidden):
            return e.country
    return None


def left_out(ctx: Context, claim: Claim) -> set[str]:
    """Countries a ranking or a share leaves out ('the largest producer outside China')."""
    out = set()
    for e in (ctx.article.entity(r) for r in claim.entities):
        before = ctx.article.text[max(claim.start, e.start - 16) : e.start]
        if e.country and re.search(
            claim_words.patterns()["rank_excluding"].pattern + r"\s+(?:the\s+)?$", before, re.I
        ):
            out.add(e.country)
    return out


def commodity_of(good: str) -> str | None:
    """The production-table commodity of a goods id ('graphite' -> 'graphite (natural)')."""
    known = concentration.commodities()
    label = goods.label(good)
    return next((c for c in known if c.split(" (")[0] == label), None)


# --- counts --------------------------------------------------------------------------------


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
    if claim_words.patterns()["running_total"].search(claim.text):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim gives a running total of listings; the bundled table has one row per "
            "Entity List rule (a selection), so it cannot add them up.",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    rules = datasets.load("entity_list_rules")
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
    if claim_words.patterns()["count_parts"].search(_lead_in(ctx, claim)):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim counts a part of the additions (by reason or kind); the rules table "
            "counts each rule's entries in total and under China only.",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    q = frame.quantity
    claimed = q.value
    # "Huawei and 68 affiliates": the party named and N others are N + 1 entries
    at = claim.text.find(q.text)
    if claimed is not None and at > 0 and _NAMED_AND.search(claim.text[:at]):
        more = {"value": claimed + 1, "text": f"{q.text}, {claimed + 1:g} with the party named"}
        q = replace(q, **more, low=q.low and q.low + 1, high=q.high and q.high + 1)
        claimed = q.value
    # rules printed the same day may be one announcement: their entries together count too
    counts = same_day.counts(near, "entries_added_total") | {
        int(x) for x in near["china_added"].dropna()
    }
    entries = same_day.entries(near) if q.unit == "entries" else set()
    counts |= entries
    titled = pd.DataFrame()
    if claim_words.patterns()["china_count"].search(claim.text[at:] if at >= 0 else claim.text):
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
    # "more than 60" holds for any count above 60; a bare count must be exact, and within
    # COUNT_NEAR of one is partly supported (entities and entries differ: an entity may be
    # entered under several destinations)
    low, high = (q.low, q.high) if q.hedge else (claimed, claimed)
    fits = [c for c in counts if (low is None or c >= low) and (high is None or c <= high)]
    near_miss = [c for c in counts if claimed and abs(c - claimed) / c <= COUNT_NEAR]
    label = Label.SUPPORTED if fits else Label.PARTLY if near_miss else Label.UNSUPPORTED
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
        if (hi - lo).days <= COUNT_SPAN_DAYS:
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


COUNT_NEAR = 0.05
# A count dated by a month or a span this short ("in May 2024", "earlier this month") is
# matched with the rules of that span; a longer span is a running total (not checked).
COUNT_SPAN_DAYS = 31
# An undated count of additions ("has blacklisted 24 companies") reads the latest Entity
# List rule printed this many days before the article, and none older.
UNDATED_LOOKBACK_DAYS = 31
# A party named just before "and N ...": "added Huawei and 68 affiliates"
_NAMED_AND = re.compile(r"\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4},?\s+and\s+$")


def _lead_in(ctx: Context, claim: Claim) -> str:
    """The claim and the words of its sentence before it ("this includes 21 entities")."""
    return ctx.article.text[trade_checks.sentence_start(ctx, claim) : claim.end]


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
