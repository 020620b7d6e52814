"""What a check works with and returns: the context of an article, evidence, verdicts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.article import text
from analysis.article.claims import Claim
from analysis.article.document import Article
from analysis.article.reading import SIDECAR_SUFFIX
from analysis.data import datasets
from analysis.evidence import verdicts as v
from analysis.vocab import Label

# What joins the items of a list of places ("China, Brazil, India and Australia", "Japan,
# Russia or the US", "the US & Canada"): `figure_checks.behind_only`,
# `amount_checks._listed_countries`.
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?", re.I)

# A share more than this many years older than the year a claim states does not decide it
# ("China refines 60% of germanium" in 2024, whose year is 2023, against a 2021 figure:
# shares of by-product metals move several points a year, and the dev claims that met a
# figure two or more years old were all keyed not decidable): `factcheck.check_share`,
# `figure_checks._majority_at`.
STALE_YEARS = 1


@dataclass(frozen=True)
class Evidence:
    """Data a verdict rests on: which table, which rows, which values, whose figures."""

    dataset: str
    rows: tuple[int, ...]
    values: dict[str, Any]
    source: str
    filter: str = ""
    published: dt.date | None = None  # when the figures became public (or in force), if known

    def after(self, day: dt.date | None) -> bool:
        """Whether these data became public after `day` (False when either is unknown)."""
        return bool(day and self.published and self.published > day)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "rows": list(self.rows),
            "values": self.values,
            "source": self.source,
        }
        if self.filter:
            out["filter"] = self.filter
        if self.published:
            out["published"] = self.published.isoformat()
        return out


@dataclass(frozen=True)
class Verdict:
    """A claim, its verdict, why, and the evidence: `evidence` is what was public on the
    article's date and decides; `later`, what came out after it ("since then"), which never
    decides (`factcheck.as_of_the_article` sorts a check's evidence into the two)."""

    claim: Claim
    verdict: str
    rationale: str
    rule: str
    evidence: tuple[Evidence, ...] = ()
    needs: str = ""
    notes: tuple[str, ...] = field(default=())
    later: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "id": c.id,
            "text": c.text,
            "type": c.type,
            "topic": c.topic,
            "start": c.start,
            "end": c.end,
            "entities": list(c.entities),
            "dates": list(c.dates),
            "verdict": self.verdict,
            "rationale": self.rationale,
            "rule": self.rule,
            "evidence": [e.to_dict() for e in self.evidence],
            "later": [e.to_dict() for e in self.later],
            "needs": self.needs,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Context:
    """What every check may use: the article and the day its claims speak of."""

    article: Article
    as_of: dt.date | None
    as_of_basis: str


# --- helpers ---------------------------------------------------------------------------


def cite_rows(dataset: str, rows: Iterable[int]) -> str:

    rows = sorted({int(r) for r in rows})
    return "; ".join(dict.fromkeys(s.citation for s in datasets.sources(dataset, rows)))


def make_evidence(
    dataset: str,
    rows: Iterable[int],
    values: dict[str, Any],
    filt: str = "",
    published: dt.date | None = None,
) -> Evidence:
    rows = tuple(sorted({int(r) for r in rows}))
    return Evidence(dataset, rows, plain_values(values), cite_rows(dataset, rows), filt, published)


def plain_values(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        if hasattr(value, "item"):
            value = value.item()
        if hasattr(value, "isoformat"):
            value = value.isoformat()[:10]
        if isinstance(value, float):
            value = round(value, 4)
        out[key] = value
    return out


def country_name(iso: str) -> str:
    """'CHN' -> 'China', as the data tables name countries."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso)
    return country.name if country else iso


def to_day(value: Any) -> dt.date | None:
    """A pandas timestamp (or NaT) as a date (or None)."""

    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def as_of(article: Article) -> tuple[dt.date | None, str]:
    """The day the article's claims speak of: its publication day, or the last day it can be."""
    pub = article.published
    if pub.date:
        return pub.date, f"published {pub.date.isoformat()}"
    if pub.end:
        return pub.end, (
            f"published between {pub.start.isoformat()} and {pub.end.isoformat()} "
            f"({pub.basis}); checked as of the last of those days"
        )
    return None, (
        "publication date unknown; checked against all bundled data, measures of any date "
        f'included (to check it as of its day, give "published": "YYYY-MM-DD" in '
        f"{article.name}{SIDECAR_SUFFIX} beside it)"
    )


def claim_dates(ctx: Context, claim: Claim) -> list[Any]:
    """The resolved dates of a claim: its own, else its sentence's (as its frame reads them:
    "met in Busan, South Korea, on Thursday"); a measure's, as its frame reads them."""
    framed = tuple(w.date for w in claim.frame.when) if claim.frame else ()
    if claim.frame and claim.frame.kind in ("measure", "count") and framed:
        refs = framed  # a measure's own dates ("last year's addition" dates another event)
    else:
        refs = claim.dates or framed
    return [ctx.article.date(d) for d in refs if ctx.article.date(d).resolved]


def persons_named(ctx: Context, claim: Claim) -> list[str]:
    return [
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "PERSON"
    ]


NEEDS = {
    "critical-mineral supply share": "shares by stage for that commodity and year",
    "market share": "market shares of the firms or countries named",
    "prices": "price series for the goods named",
    "trade flows": "trade flows by product and partner (e.g. Census HS-level data)",
    "export controls": "a complete register of export measures (e.g. Global Trade Alert)",
    "tariffs": "tariff schedules and their dates",
    "investment restrictions": "investment-screening measures and their dates",
    "sanctions": "sanctions lists with listing dates",
    "industrial policy": "subsidy programmes and their amounts",
    "official visits and meetings": "a full calendar of official visits and meetings",
    "other": "data on the subject of the claim",
}


def needs_text(decision: v.Decision, what: str) -> str:
    return what if decision.label == Label.NOT_CHECKABLE else ""


@lru_cache(maxsize=4)
def sentences(article_text: str) -> list[text.Sentence]:
    """An article's sentences, split once for the checks that read a claim's sentence."""
    return text.sentences(article_text)


def sentence_span(ctx: Context, claim: Claim) -> tuple[int, int]:
    """Where the claim's sentence starts and ends in the article, by the sentence splitter
    ("U.S." ends none); the claim's own span when it is in none."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    return (sents[i].start, sents[i].end) if i >= 0 else (claim.start, claim.end)


def sentence_of(ctx: Context, claim: Claim) -> str:
    """The claim's whole sentence (the claim's text when it is in none)."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    return sents[i].text if i >= 0 else claim.text
