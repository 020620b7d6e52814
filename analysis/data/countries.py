"""Country and jurisdiction names as the publishers write them, with ISO 3166 alpha-3 codes.

ISO names and codes come from pycountry (a maintained copy of the ISO 3166 tables). The
publishers use some names ISO does not ("Burma", "Korea, North", "Congo (Kinshasa)"):
`ALIASES` maps those, and `AGGREGATES` lists rows that are not a country ("World total",
"Other countries"), which get no code.
"""

from __future__ import annotations

import difflib
from functools import cache

from analysis.errors import WorkbookError

# Names used by USGS, Census, BIS and the other publishers that pycountry cannot look up.
ALIASES: dict[str, str] = {
    "Burma": "MMR",
    "Congo (Brazzaville)": "COG",
    "Congo (Kinshasa)": "COD",
    "Cote d'Ivoire": "CIV",
    "Hong Kong": "HKG",
    "Korea, North": "PRK",
    "Korea, South": "KOR",
    "Macau": "MAC",
    "North Korea": "PRK",
    "Russia": "RUS",
    "South Korea": "KOR",
    "Taiwan": "TWN",
    "Turkey": "TUR",
    "United Kingdom": "GBR",
}

# Rows that stand for a group of countries, not one country.
AGGREGATES: frozenset[str] = frozenset(
    {"World total", "World total (rounded)", "World", "Total", "Other countries", "Other"}
)


class UnknownCountryError(WorkbookError):
    """A name that is neither an ISO country, a known alias nor an aggregate."""


def is_aggregate(name: str) -> bool:
    """True for rows such as 'World total' or 'Other countries'."""
    return name.strip() in AGGREGATES


@cache
def iso3(name: str) -> str | None:
    """ISO 3166 alpha-3 code of a country name; None for aggregates.

    Raises UnknownCountryError naming the closest known names.
    """
    import pycountry

    clean = name.strip()
    if clean in AGGREGATES:
        return None
    if clean in ALIASES:
        return ALIASES[clean]
    try:
        return str(pycountry.countries.lookup(clean).alpha_3)
    except LookupError:
        pass
    raise UnknownCountryError(f"unknown country or jurisdiction {name!r}: {advice(clean)}")


def advice(name: str) -> str:
    """How to fix an unknown name: the closest known names, and where to add a spelling."""
    import pycountry

    known = [*ALIASES, *(c.name for c in pycountry.countries), *AGGREGATES]
    near = difflib.get_close_matches(name.strip(), known, n=2)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
    return (
        f"{hint}use an ISO 3166 name, or add the publisher's spelling to ALIASES "
        "in analysis/countries.py"
    )


def codes(names: str, separator: str = "; ") -> str | None:
    """Codes for a field that may list several jurisdictions ('United States; China').

    Returns them joined by ';' ('USA;CHN'), or None when every name is an aggregate.
    """
    found = [iso3(part) for part in names.split(separator)]
    kept = [code for code in found if code]
    return ";".join(kept) if kept else None
