"""How numbers, dates, names and links are written in sentences, tables and pages."""

from __future__ import annotations

from typing import Any


def slug(text: str) -> str:
    """'Gina Raimondo' -> 'gina-raimondo': lower case, runs of other characters as '-'."""
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def short_source(title: str) -> str:
    """A source title short enough for a sentence, keeping 'as reported by' (secondary)."""
    base = title.split(" (")[0].split(", as reported by")[0].removesuffix(", CC BY 4.0")
    if "as reported by " in title:
        base += ", as reported by " + title.split("as reported by ")[1].split(",")[0]
    return base


def pct(value: float) -> str:
    """A share as a reader sees it: '69%' (whole percent; one decimal below 10%)."""
    return f"{value:.1f}%" if abs(value) < 10 else f"{value:.0f}%"


def number(value: float) -> str:
    """A quantity with thousands separators: 240,000."""
    return f"{value:,.0f}"


def usd_bn(millions: float) -> str:
    """US$ millions as a reader sees them: '$427.2 bn'."""
    return f"${millions / 1000:,.1f} bn"


def is_missing(value: Any) -> bool:
    """None, NaN and NaT alike (values of an object column)."""
    import pandas as pd  # heavy: kept off `import analysis.fmt`, used by the command line

    return value is None or bool(pd.isna(value))


def day(value: Any) -> str:
    """'7 October 2022'."""
    import pandas as pd  # heavy: see is_missing

    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp:%B %Y}"


def day_span(start: Any, end: Any) -> str:
    """'27-30 August 2023', '30 June to 2 July 2023', or one day."""
    import pandas as pd  # heavy: see is_missing

    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if a == b:
        return day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%B %Y}"
    return f"{day(a)} to {day(b)}"
