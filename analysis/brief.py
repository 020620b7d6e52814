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

    def headline(self) -> str:
        """One sentence: what was checked and how it came out."""
        return f"{self.article.title}: {factcheck.summary(self.verdicts)}"

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
    from analysis import contacts, measures, narrative, trade

    found = factcheck.check(art)
    day = factcheck.as_of(art)[0]
    year = day.year if day else None
    brief = Brief(art, found, [])
    chosen = {x.claim.id for x in brief.worth_reading()}
    out = [f for f in factcheck.findings(art, found) if f.values["claim_id"] in chosen]
    for commodity in minerals(found):
        out += narrative.stage_findings(commodity, year=year)
        tag = commodity.split(" (")[0]
        covering = narrative.covering_finding(tag, by=day) if day else None
        if covering is not None:
            out.append(covering)
    if day is not None:
        china = narrative.response_findings(measures.responses(), side="China")
        out += [f for f in china if _announced_by(f, day)][-1:]
        people = {
            art.entity(e).canonical
            for x in found
            if x.claim.topic == "official visits and meetings"
            for e in x.claim.entities
            if art.entity(e).label == "PERSON"
        }
        visitors = contacts.official_contacts()
        visitors = visitors.loc[visitors["kind"] == contacts.VISIT, "official"]
        out += [narrative.visit_finding(name) for name in visitors if name in people]
        flows = trade.goods_trade()
        last = min(int(flows["year"].max()), year)
        out += narrative.trade_findings(flows, start_year=last - 5, end_year=last)
    brief.findings = _unique(out)
    return brief


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
