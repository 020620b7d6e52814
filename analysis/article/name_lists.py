"""Lists of names of one kind in a sentence ("gallium, germanium and antimony", people
listed with their titles), kept whole when the claim finder cuts a sentence into clauses."""

from __future__ import annotations

import itertools
import re

from analysis.article import gazetteer as gz
from analysis.article.entities import Entity

_LIST_GAP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# people listed with their titles: "Scott Bessent, Secretary of State Marco Rubio, and
# Commerce Secretary Howard Lutnick"
_TITLED_GAP = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}"
)


def spans(text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Spans of lists of names of one kind ("gallium, germanium and antimony"), kept whole
    when a sentence is cut into clauses."""
    runs: list[tuple[int, int, str]] = []  # start, end, the last gap
    ordered = sorted(ents, key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        gap = text[a.end : b.start]
        titled = a.label == gz.PERSON and _TITLED_GAP.fullmatch(gap)  # ", Secretary of State "
        if a.label == b.label and (_LIST_GAP.fullmatch(gap) or titled):
            if runs and runs[-1][1] == a.end:
                runs[-1] = (runs[-1][0], b.end, gap)
            else:
                runs.append((a.start, b.end, gap))
    # a list ends with "and" or "or" ("Xi and Biden, Raimondo is ..." is not one)
    return [(a, b) for a, b, last in runs if re.search(r"\b(?:and|or)\b", last)]
