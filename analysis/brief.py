"""The brief: one page of key findings on an article, drawn from the other analyses.

It calls the same finding writers as the other notebooks (`analysis.narrative`) and the
fact-check, chosen by what the article talks about: the minerals its claims name, the
measures covering them by the article's date, the visits it mentions, and the trade
balance up to its year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analysis import factcheck
from analysis import verdicts as v

if TYPE_CHECKING:
    from analysis.article import Article
    from analysis.findings import Finding

# How many years of US–China trade, up to the article's year, the brief summarises.
TRADE_YEARS = 5
# Verdicts a reader should see first.
ORDER = (v.MISLEADING, v.UNSUPPORTED, v.PARTLY, v.SUPPORTED, v.NOT_CHECKABLE)


@dataclass
class Brief:
    """What the brief shows: the verdicts and the key findings, in reading order."""

    article: Article
    verdicts: list[factcheck.Verdict]
    findings: list[Finding]

    @property
    def as_of(self) -> Any:
        return factcheck.as_of(self.article)[0]

    def worth_reading(self, limit: int = 4) -> list[factcheck.Verdict]:
        """The decided verdicts, misleading and unsupported first."""
        decided = [x for x in self.verdicts if x.verdict != v.NOT_CHECKABLE]
        return sorted(decided, key=lambda x: ORDER.index(x.verdict))[:limit]


def minerals(verdicts: list[factcheck.Verdict]) -> list[str]:
    """Minerals named by the article's claims that the catalog has production data for."""
    from analysis import concentration

    known = concentration.commodities()
    named = {c for x in verdicts for c in x.claim.commodities}
    return [c for c in known if c.split(" (")[0] in named]


def build(art: Article) -> Brief:
    """Check the article and gather the key findings its subjects call for."""
    from analysis import measures, narrative, trade

    found = factcheck.check(art)
    day = factcheck.as_of(art)[0]
    year = day.year if day else None
    brief = Brief(art, found, [])
    chosen = {x.claim.id for x in brief.worth_reading()}
    out = [f for f in factcheck.findings(art, found) if f.values["claim_id"] in chosen]
    for commodity in minerals(found):
        out += narrative.stage_findings(commodity, year=year, known_by=day)
        tag = commodity.split(" (")[0]
        covering = narrative.covering_finding(tag, by=day) if day else None
        if covering is not None:
            out.append(covering)
    if day is not None:
        china = narrative.response_findings(measures.responses(), side="China")
        out += [f for f in china if _announced_by(f, day)][-1:]
        out += _visit_findings(art, found, day)
        flows = trade.goods_trade()
        last = min(int(flows["year"].max()), year)
        out += narrative.trade_findings(flows, start_year=last - TRADE_YEARS, end_year=last)
    brief.findings = _unique(out)
    return brief


def _visit_findings(art: Article, found: list[factcheck.Verdict], day: Any) -> list[Finding]:
    """A visit finding for each visitor a claim names, counted in the window that claim
    implies (as the fact-check counts it)."""
    from analysis import contacts, narrative

    visitors = contacts.official_contacts()
    visitors = set(visitors.loc[visitors["kind"] == contacts.VISIT, "official"])
    out = []
    about_visits = [x for x in found if x.claim.topic == "official visits and meetings"]
    windows = {x.claim.id: factcheck.visit_window(art, x.claim) for x in about_visits}
    # Claims that imply a window ('the fourth in recent months') first: theirs is the count.
    for x in sorted(about_visits, key=lambda x: windows[x.claim.id] is None):
        window = windows[x.claim.id]
        days = (window.end - window.start).days if window else None
        for e in x.claim.entities:
            name = art.entity(e).canonical
            if art.entity(e).label == "PERSON" and name in visitors:
                visitors.discard(name)  # one finding per visitor: the first claim's count
                out.append(narrative.visit_finding(name, window_days=days, on=day))
    return out


def stage_charts(brief: Brief) -> list[tuple[str, Any]]:
    """For each mineral the claims name: its shares by stage as of the article's year, as
    (figure name, figure)."""
    from analysis import charts, findings, narrative

    year = brief.as_of.year if brief.as_of else None
    out = []
    for commodity in minerals(brief.verdicts):
        rows = narrative.stage_rows(commodity, year=year)
        if rows.empty:
            continue
        found = narrative.stage_findings(commodity, year=year, known_by=brief.as_of)
        fig = charts.stage_comparison(
            rows,
            title=f"China's share of {commodity}, by stage",
            subtitle=findings.text_of(found, f"No USGS {commodity} figure by {year}."),
            source=narrative.source_lines(rows),
        )
        out.append((f"stages_{commodity.split(' (')[0].replace(' ', '_')}", fig))
    return out


def _announced_by(finding: Finding, day: Any) -> bool:
    from analysis import measures

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
