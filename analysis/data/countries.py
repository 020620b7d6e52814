"""Country and jurisdiction names as the publishers write them, with ISO 3166 alpha-3 codes.

ISO names and codes come from pycountry (a maintained copy of the ISO 3166 tables). The
publishers use some names ISO does not ("Burma", "Korea, North", "Congo (Kinshasa)"):
`data/lexicon/country_aliases.yaml` maps those and lists the rows that are not a country
("World total", "Other countries"), which get no code. `name` gives the name the press
uses for a code (`data/lexicon/places.yaml`).
"""

from __future__ import annotations

import difflib
from functools import cache

from analysis.errors import WorkbookError

EU = "EU"


class UnknownCountryError(WorkbookError):
    """A name that is neither an ISO country, a known alias nor an aggregate."""


def is_aggregate(name: str) -> bool:
    """True for rows such as 'World total' or 'Other countries'."""
    from analysis.data import lexicon  # pydantic (~0.3 s): kept off the start-up path

    return name.strip() in lexicon.country_aliases().aggregates


@cache
def iso3(name: str) -> str | None:
    """ISO 3166 alpha-3 code of a country name; None for aggregates.

    Raises UnknownCountryError naming the closest known names.
    """
    import pycountry

    from analysis.data import lexicon  # pydantic (~0.3 s): kept off the start-up path

    clean = name.strip()
    known = lexicon.country_aliases()
    if clean in known.aggregates:
        return None
    if clean in known.aliases:
        return known.aliases[clean]
    try:
        return str(pycountry.countries.lookup(clean).alpha_3)
    except LookupError:
        pass
    raise UnknownCountryError(f"unknown country or jurisdiction {name!r}: {advice(clean)}")


def advice(name: str) -> str:
    """How to fix an unknown name: the closest known names, and where to add a spelling."""
    import pycountry

    from analysis.data import lexicon  # pydantic (~0.3 s): kept off the start-up path

    aliases = lexicon.country_aliases()
    known = [*aliases.aliases, *(c.name for c in pycountry.countries), *aliases.aggregates]
    near = difflib.get_close_matches(name.strip(), known, n=2)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
    return (
        f"{hint}use an ISO 3166 name, or add the publisher's spelling to the aliases "
        "of data/lexicon/country_aliases.yaml"
    )


def codes(names: str, separator: str = "; ") -> str | None:
    """Codes for a field that may list several jurisdictions ('United States; China').

    Returns them joined by ';' ('USA;CHN'), or None when every name is an aggregate.
    """
    found = [iso3(part) for part in names.split(separator)]
    kept = [code for code in found if code]
    return ";".join(kept) if kept else None


@cache
def name(code: str) -> str:
    """The name the press uses for an ISO alpha-3 code ('USA' -> 'United States'; 'EU').

    Raises UnknownCountryError for a code ISO 3166 does not have.
    """
    import pycountry

    from analysis.data import lexicon  # pydantic (~0.3 s): kept off the start-up path

    if code == EU:
        return "European Union"
    press = lexicon.places().country_names
    if code in press:
        return press[code].name
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise UnknownCountryError(f"unknown ISO 3166 alpha-3 code {code!r}")
    return str(getattr(country, "common_name", None) or country.name)
