"""What a date expression resolves to (`DateRef`), when the article appeared (`Published`),
and what a date is read against while resolving (`_Context`: the article's date, the years
the people named were in office, the day just mentioned, the last date stated with its year).

Shared by `dates` (finding and resolving the expressions) and `relative_dates` (those read
from the article's date or the day just mentioned).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from analysis.article import day_anchor, year_lines

Window = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class DateRef:
    """A date expression and what it resolves to (`start`..`end`; equal for a single day)."""

    id: str
    text: str
    start_char: int
    end_char: int
    start: dt.date | None
    end: dt.date | None
    granularity: str  # day, month, quarter, year, interval, or unresolved
    vague: bool
    basis: str
    kind: str

    @property
    def date(self) -> dt.date | None:
        """The day, when the expression names a single day."""
        return self.start if self.granularity == "day" else None

    @property
    def resolved(self) -> bool:
        return self.start is not None

    def to_dict(self) -> dict[str, Any]:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "id": self.id,
            "text": self.text,
            "date": iso(self.date),
            "start": iso(self.start),
            "end": iso(self.end),
            "start_char": self.start_char,
            "end_char": self.end_char,
            "granularity": self.granularity,
            "vague": self.vague,
            "basis": self.basis,
        }


@dataclass(frozen=True)
class Published:
    """When the article appeared: a day, a range it must lie in, or unknown; with why."""

    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    basis: str
    # the span of the date expression it was inferred from, if any
    from_span: tuple[int, int] | None = None

    @property
    def known(self) -> bool:
        return self.start is not None

    def describe(self) -> str:
        if self.date:
            return self.date.isoformat()
        if self.start and self.end:
            return f"{self.start.isoformat()}..{self.end.isoformat()}"
        return "unknown"


@dataclass
class _Context:
    published: Published
    window: Window | None
    window_reasons: list[str]
    reference: tuple[dt.date, int] | None = None  # last resolved day and its sentence index
    stated: day_anchor.Stated | None = None  # the last date stated with its year
    anchor: day_anchor.Stated | None = None  # the one a day without a year may take it from
    year_heads: list[year_lines.YearLine] = field(default_factory=list)  # "2023" lines
    year_head: year_lines.YearLine | None = None  # the one above the expression being read
