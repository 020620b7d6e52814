"""The brief: one page of key findings on an article, drawn from the other analyses.

It calls the same finding writers as the other notebooks (`analysis.findings.sentences`) and the
fact-check, chosen by what the article talks about: the minerals its claims name, the
measures covering them by the article's date, the visits it mentions, and the trade
balance up to the last year whose figures were out by its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis import charts
from analysis.analyses import concentration, measures, stages, trade, visits
from analysis.article.document import Article
from analysis.evidence import contact_checks, factcheck, trade_checks
from analysis.evidence.model import Verdict, as_of
from analysis.findings import record, sentences, verdicts
from analysis.findings.record import Finding
from analysis.vocab import Label

# How many years of US–China trade, up to the last year out by the article's date, the brief
# summarises.
TRADE_YEARS = 5
# Verdicts a reader should see first.
ORDER = (Label.MISLEADING, Label.UNSUPPORTED, Label.PARTLY, Label.SUPPORTED, Label.NOT_CHECKABLE)


@dataclass
class Brief:
    """What the brief shows: the verdicts and the key findings, in reading order."""

    article: Article
    verdicts: list[Verdict]
    findings: list[Finding]

    @property
    def as_of(self) -> Any:
        return as_of(self.article)[0]

    def worth_reading(self, limit: int = 4) -> list[Verdict]:
        """The decided verdicts, misleading and unsupported first."""
        decided = [x for x in self.verdicts if x.verdict != Label.NOT_CHECKABLE]
        return sorted(decided, key=lambda x: ORDER.index(x.verdict))[:limit]


def minerals(verdicts: list[Verdict]) -> list[str]:
    """Minerals named by the article's claims that the catalog has production data for."""

    known = concentration.commodities()
    named = {c for x in verdicts for c in x.claim.commodities}
    return [c for c in known if c.split(" (")[0] in named]


def build(art: Article) -> Brief:
    """Check the article and gather the key findings its subjects call for."""

    found = factcheck.check(art)
    day = as_of(art)[0]
    year = day.year if day else None
    brief = Brief(art, found, [])
    chosen = {x.claim.id for x in brief.worth_reading()}
    out = [f for f in verdicts.verdict_findings(found) if f.values["claim_id"] in chosen]
    for commodity in minerals(found):
        out += sentences.stage_findings(commodity, year=year, known_by=day)
        tag = commodity.split(" (")[0]
        covering = sentences.covering_finding(tag, by=day) if day else None
        if covering is not None:
            out.append(covering)
    if day is not None:
        china = sentences.response_findings(measures.responses(), side="China")
        out += [f for f in china if _announced_by(f, day)][-1:]
        out += _visit_findings(art, found, day)
        flows = trade.goods_trade()
        # the last year whose annual figures were out by the day checked, not the day's own
        # year (a brief of October 2023 showed the full-year 2023 figures; round 39, user39)
        last = min(int(flows["year"].max()), trade_checks.last_year_out(day))
        out += sentences.trade_findings(flows, start_year=last - TRADE_YEARS, end_year=last)
    brief.findings = _unique(out)
    return brief


def _visit_findings(art: Article, found: list[Verdict], day: Any) -> list[Finding]:
    """A visit finding for each visitor a claim names, counted in the window that claim
    implies (as the fact-check counts it)."""

    visitors = visits.official_contacts()
    visitors = set(visitors.loc[visitors["kind"] == visits.VISIT, "official"])
    out = []
    about_visits = [x for x in found if x.claim.topic == "official visits and meetings"]
    windows = {x.claim.id: contact_checks.visit_window(art, x.claim) for x in about_visits}
    # Claims that imply a window ('the fourth in recent months') first: theirs is the count.
    for x in sorted(about_visits, key=lambda x: windows[x.claim.id] is None):
        window = windows[x.claim.id]
        days = (window.end - window.start).days if window else None
        for e in x.claim.entities:
            name = art.entity(e).canonical
            if art.entity(e).label == "PERSON" and name in visitors:
                visitors.discard(name)  # one finding per visitor: the first claim's count
                out.append(sentences.visit_finding(name, window_days=days, on=day))
    return out


def stage_charts(brief: Brief) -> list[tuple[str, Any]]:
    """For each mineral the claims name: its shares by stage as of the article's year, as
    (figure name, figure)."""

    year = brief.as_of.year if brief.as_of else None
    out = []
    for commodity in minerals(brief.verdicts):
        rows = stages.stage_rows(commodity, year=year)
        if rows.empty:
            continue
        found = sentences.stage_findings(commodity, year=year, known_by=brief.as_of)
        fig = charts.stage_comparison(
            rows,
            title=f"China's share of {commodity}, by stage",
            subtitle=record.text_of(found, f"No USGS {commodity} figure by {year}."),
            source=sentences.source_lines(rows),
        )
        out.append((f"stages_{commodity.split(' (')[0].replace(' ', '_')}", fig))
    return out


def no_stage_note(charts_made: list[tuple[str, Any]]) -> str:
    """What the stage section says when it has no chart: the article's claims name no mineral
    with shares by stage (else the section's heading would stand over nothing; round 41,
    user41, after user40's reading of a brief)."""
    if charts_made:
        return ""
    return "The article's claims name no mineral whose shares by stage the bundled tables hold."


def _announced_by(finding: Finding, day: Any) -> bool:

    frame = measures.measures().set_index("measure_id")
    response = frame.loc[str(finding.values["response_id"]), "announced"]
    return response.date() <= day


def _unique(found: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for f in found:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out
