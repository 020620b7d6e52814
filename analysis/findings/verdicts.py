"""Findings from a fact-check: each decided claim as a quotable sentence with its sources."""

from __future__ import annotations

from analysis.data import datasets
from analysis.evidence.model import Verdict
from analysis.findings.record import Finding
from analysis.vocab import Label

# Double quote marks a claim's text may open or close with: the finding puts its own around
# it ("““It is a common international practice ...”" read badly; round 39, user39).
_OPENING = '“«"'
_CLOSING = '”»"'


def _unquoted(text: str) -> str:
    """A claim's text without the double quote marks at its edges that the finding's own
    replace: a pair around the whole of it, or a mark left alone by the claim's cut
    ("“It is a common international practice ..."); a mark whose partner is inside stays
    ("“Made in China 2025” drives ...", "... it was “firmly opposed”"; review of round 39,
    rev39: stripping every edge mark left these unmatched)."""
    inner = text[1:-1]
    paired = len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING
    if paired and not any(c in _OPENING + _CLOSING for c in inner):
        return inner
    if text[:1] in _OPENING and not any(c in _CLOSING for c in text[1:]):
        text = text[1:]
    if text[-1:] in _CLOSING and not any(c in _OPENING for c in text[:-1]):
        text = text[:-1]
    return text


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
                text=f"“{_unquoted(x.claim.text)}” — {x.verdict}. {x.rationale}",
                values={"claim_id": x.claim.id, "verdict": x.verdict, "rule": x.rule},
                sources=sources,
                caveats=x.notes,
            )
        )
    return out
