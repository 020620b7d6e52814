"""A visitor ranked among every visitor over a span, as a claim of its own.

"U.S. Secretary of State X arrived for a meeting with Foreign Minister Y on Sunday, the first
top American diplomat to visit China in five years, ...": the clause tells a meeting, which
the timeline decides; the appositive ranks the visitor among all visitors of five years, a
record the timeline cannot decide, since it holds a selection of contacts (`visits.csv`
coverage). The appositive is a claim of its own (to the next comma or the clause's end),
never decided (`factcheck.check_visitor_rank`), and the clause keeps its own claim. Said as
the predicate ("At the time, X was the highest-ranking US official to visit China in five
years"), the whole clause is that rank: `ranks_visitors` tells which.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.article.claim_words import patterns
from analysis.article.claims import Claim

RANK_NOTE = "a visitor ranked among every visitor over a span"
CONTACT_TOPIC = "official visits and meetings"
_CLAUSE_END = re.compile(r"[,;]")


def _appositive(text: str, at: int) -> bool:
    """Whether the superlative at `at` opens an appositive (a comma right before it)."""
    return text[:at].rstrip().endswith(",")


def ranks_visitors(text: str) -> bool:
    """Whether a claim's text is itself a rank of visitors: the superlative opens it or is
    its predicate, not an appositive inside a clause that tells something else."""
    m = patterns()["visitor_superlative"].search(text)
    return m is not None and not _appositive(text, m.start())


def add(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with a claim of its own for each appositive ranking a visitor among all
    visitors inside another claim; in text order, renumbered."""
    added: list[Claim] = []
    for c in claims:
        m = patterns()["visitor_superlative"].search(c.text)
        if m is None or not _appositive(c.text, m.start()):
            continue
        stop = _CLAUSE_END.search(c.text, m.end())
        end = stop.start() if stop else len(c.text.rstrip(" ."))
        start = c.start + m.start()
        added.append(
            Claim(
                id="",
                text=text[start : c.start + end],
                type="event_date",
                types=("event_date",),
                topic=CONTACT_TOPIC,
                start=start,
                end=c.start + end,
                entities=(),
                dates=(),
                notes=(RANK_NOTE,),
            )
        )
    if not added:
        return claims
    ordered = sorted([*claims, *added], key=lambda c: (c.start, c.end))
    return [replace(c, id=f"c{i}") for i, c in enumerate(ordered, 1)]
