"""Checkers of a country's place among the sources of US imports (`check_import_rank`: "China
is the second-largest source of U.S. imports of gallium") and of its share of those imports
over a period (`check_import_share`: "Between 2020 and 2023, roughly 70% of America's
rare-earth imports came from China"), against the USGS import-sources table public by the
article's date (ranks of producers are in `figure_checks`).
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.article import claim_words
from analysis.article.claims import Claim
from analysis.data import countries, datasets
from analysis.evidence import verdicts as v
from analysis.evidence.figure_checks import PLACE, among_limit, commodity_of
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import Context, Verdict, make_evidence, needs_text
from analysis.vocab import Label

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
    m = PLACE.search(claim.text)
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
