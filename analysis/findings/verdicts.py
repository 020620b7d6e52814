"""Findings from a fact-check: each decided claim as a quotable sentence with its sources."""

from __future__ import annotations

from analysis.data import datasets
from analysis.evidence.model import Verdict
from analysis.findings.record import Finding
from analysis.vocab import Label

# Double quote marks a claim's text may open or close with: the finding puts its own around
# it ("““It is a common international practice ...”" read badly; round 39, user39).
_EDGE_QUOTES = '“”"«»'


def verdict_findings(found: list[Verdict]) -> list[Finding]:
    """One finding per decided claim: the verdict as a quotable sentence with its sources."""

    out = []
    for x in found:
        if x.verdict == Label.NOT_CHECKABLE or not x.evidence:
            continue
        sources = tuple(s for e in x.evidence for s in datasets.sources(e.dataset, list(e.rows)))
        out.append(
            Finding(
                id=f"check-{x.claim.id}",
                text=f"“{x.claim.text.strip(_EDGE_QUOTES)}” — {x.verdict}. {x.rationale}",
                values={"claim_id": x.claim.id, "verdict": x.verdict, "rule": x.rule},
                sources=sources,
                caveats=x.notes,
            )
        )
    return out
