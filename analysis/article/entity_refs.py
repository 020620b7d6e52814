"""An entity found in an article (`Entity`), the candidate spans `entities` chooses among, and
the span of dates an article must fall within (`Window`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from analysis.article import names

# A span of time as (start, end) dates; end None means still open.
Window = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Entity:
    """One mention of a named thing in the text."""

    id: str
    text: str
    label: str
    canonical: str
    start: int
    end: int
    country: str | None = None  # ISO 3166 alpha-3 code of the country it belongs to
    kind: str = ""  # e.g. country/city for places, mineral/product for commodities
    role: str | None = None  # a person's role as stated next to the name
    metonym_for: str | None = None  # a capital standing for its government
    note: str | None = None  # how a link was inferred (misspelling, role mention...)
    generic: bool = False  # a word for a kind ("tariffs", "chips"), not a name
    evidence: str = ""  # the table row or the cue that found it
    confidence: str = names.HIGH  # "low" for a capitalised name no cue explains
    office: str | None = None  # a known official's office on the article's date

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "label": self.label,
            "canonical": self.canonical,
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "kind": self.kind or None,
            "role": self.role,
            "metonym_for": self.metonym_for,
            "note": self.note,
            "generic": self.generic,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "office": self.office,
        }


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    label: str
    canonical: str
    priority: int  # lower wins among overlapping candidates of equal length
    country: str | None = None
    kind: str = ""
    role: str | None = None
    note: str | None = None
    capital: bool = False
    generic: bool = False
    evidence: str = ""
    confidence: str = names.HIGH
