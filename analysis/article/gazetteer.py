"""The names and words the annotator knows, read from the knowledge tables and lexicons.

People and their offices come from the `officials` table (with `data/lexicon/people.yaml`
for people who hold no office there); organisations, places, instruments, titles and
nationality words from `data/lexicon/*.yaml`; commodities from the `commodities` table and
the goods lexicon; countries from pycountry (ISO 3166) with the press's names
(`places.yaml`). Offices carry their dates, which lets a stated role ("US Commerce
Secretary Gina Raimondo") bound the years an undated article can belong to.

To teach the annotator a name, add it to the table or lexicon it belongs in (not here),
and a test that finds it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pandas as pd

from analysis.data import datasets, lexicon

PERSON, ORG, PLACE, COMMODITY, INSTRUMENT = "PERSON", "ORG", "PLACE", "COMMODITY", "INSTRUMENT"
LABELS = (PERSON, ORG, PLACE, COMMODITY, INSTRUMENT)
_GENDER = {"she": "f", "he": "m"}


@dataclass(frozen=True)
class Term:
    """A named thing and the spellings articles use for it."""

    canonical: str
    label: str
    aliases: tuple[str, ...]
    country: str | None = None  # ISO 3166 alpha-3 of the country it belongs to
    kind: str = ""  # place: country, city, region, state; commodity: mineral, product...
    capital: bool = False  # a capital city: its name can stand for the government
    case_sensitive: bool = True
    generic: bool = False  # a word for a kind ("tariffs", "chips"), not a name
    source: str = ""  # the table or lexicon row it comes from (an entity's evidence)
    subject_aliases: tuple[str, ...] = ()  # forms naming it only as a verb's subject


@dataclass(frozen=True)
class Office:
    """An office a person held, from `start` to `end` (None: still in office)."""

    keywords: frozenset[str]  # words that identify it in a stated role
    country: str
    start: dt.date | None  # None: no source gives the first day
    end: dt.date | None = None
    title: str = ""


@dataclass(frozen=True)
class Person:
    """A person the annotator knows by name."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = ""  # "f", "m" or "" (unknown): used for "her"/"his" references
    offices: tuple[Office, ...] = field(default=())
    source: str = ""  # the table or lexicon it comes from


def _day(text: object, *, last: bool) -> dt.date | None:
    """'2021-03-03' -> that day; '2017-02' -> its first (or, with `last`, last) day."""
    if not isinstance(text, str) or not text:
        return None
    year, month, *rest = (int(p) for p in text.split("-"))
    if rest:
        return dt.date(year, month, rest[0])
    return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def _split(text: object) -> tuple[str, ...]:
    return tuple(p.strip() for p in str(text).split(";") if p.strip()) if pd.notna(text) else ()


@cache
def people() -> tuple[Person, ...]:
    """Officials (with their offices and dates) and the other people of the people lexicon.

    An office whose start no source gives has `start` None: it cannot bound an article's
    date, but a "former governor" can still refer to its holder.
    """
    by_name: dict[str, list[Any]] = {}  # one pass over the table (itertuples per group: 0.3 s)
    for r in datasets.load("officials").itertuples():
        by_name.setdefault(r.name, []).append(r)
    out = []
    for name, rows in by_name.items():
        aliases = tuple(dict.fromkeys(a for r in rows for a in _split(r.aliases)))
        offices = tuple(
            Office(
                frozenset(str(r.role_keywords).split()),
                str(r.country),
                _day(r.start, last=False),
                _day(r.end, last=True),
                str(r.role),
            )
            for r in rows
        )
        gender = _GENDER.get(str(rows[0].pronoun), "")
        out.append(Person(str(name), aliases, gender, offices, f"officials.csv: {name}"))
    known = {p.name for p in out}
    for p in lexicon.people():
        if p.name not in known:
            out.append(
                Person(p.name, p.aliases, _GENDER.get(p.pronoun, ""), (), f"people.yaml: {p.name}")
            )
    return tuple(out)


def offices_named(words: set[str], country: str) -> list[tuple[Person, Office]]:
    """The offices of a country that a stated role names, most specific first: those whose
    keywords are all among `words`, keeping only the longest keyword sets ('the vice
    president' names the vice presidency, not the presidency). A country's other words for
    a keyword (`title_synonyms`: "Vice Prime Minister" for China's vice premier) count as it
    (round 38, fx38b)."""
    words = words | {
        s.keyword
        for s in lexicon.roles().title_synonyms
        if s.country == country and set(s.words) <= words
    }
    found = [
        (p, o)
        for p in people()
        for o in p.offices
        if o.country == country and o.keywords and o.keywords <= words
    ]
    most = max((len(o.keywords) for _, o in found), default=0)
    return [(p, o) for p, o in found if len(o.keywords) == most]


def offices_titled(person: Person, words: set[str]) -> list[Office]:
    """The person's offices whose own title holds every one of a stated title's words (two
    or more, nationality words aside): "Vice Commerce Minister" for a "... Vice Minister of
    Commerce" whose keywords are another's (round 32, fco32)."""
    nations = {w for d in demonyms() for w in re.findall(r"[a-z]+", d.lower())}
    said = words - nations
    return [
        o
        for o in person.offices
        if len(said) > 1 and said <= set(re.findall(r"[a-z]+", o.title.lower()))
    ]


def person(name: str) -> Person | None:
    """The known person of that canonical name, or None."""
    return next((p for p in people() if p.name == name), None)


def _term(entry: lexicon.Named, label: str, file: str) -> Term:
    return Term(
        entry.name,
        label,
        (entry.name, *entry.aliases, *entry.subject_aliases),
        entry.country,
        entry.kind,
        entry.capital,
        entry.case_sensitive,
        entry.generic,
        f"{file}: {entry.name}",
        entry.subject_aliases,
    )


@cache
def organisations() -> tuple[Term, ...]:
    """The organisations lexicon's entries, then each country's government named after a
    nationality word (`government_words`: "Swiss government") that no entry names."""
    listed = tuple(_term(o, ORG, "organisations.yaml") for o in lexicon.organisations())
    taken = {a.lower() for t in listed for a in t.aliases}
    names = {t.country: t.canonical for t in countries()}
    forms: dict[str, list[str]] = {}
    for word, code in demonyms().items():
        for head in lexicon.government_words():
            if f"{word} {head}".lower() not in taken and code in names:
                forms.setdefault(code, []).append(f"{word} {head}")
    governments = tuple(
        Term(
            f"government of {names[code]}",
            ORG,
            tuple(said),
            code,
            case_sensitive=False,
            generic=True,
            source=f"organisations.yaml government_words after a nationality ({said[0]})",
        )
        for code, said in forms.items()
    )
    return listed + governments


@cache
def other_places() -> tuple[Term, ...]:
    """Places that are not countries: cities, regions, seas."""
    return tuple(_term(p, PLACE, "places.yaml") for p in lexicon.places().places)


def government_of() -> dict[str, str]:
    """What a capital's name stands for when used for a government ('Brussels')."""
    return dict(lexicon.places().government_of)


@cache
def countries() -> tuple[Term, ...]:
    """Every ISO 3166 country as a Term (canonical name, ISO alpha-3 code, aliases)."""
    import pycountry  # its ISO tables take a moment to load: only when annotating

    places = lexicon.places()
    press, not_countries = places.country_names, set(places.not_countries)
    out = []
    for c in pycountry.countries:
        code = c.alpha_3
        own = press.get(code)
        canonical = own.name if own else getattr(c, "common_name", None) or c.name
        names = {canonical, c.name, *(own.aliases if own else ())}
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                names.add(getattr(c, attr))
        names = {n for n in names if "," not in n and n not in not_countries}
        if names:
            source = f"ISO 3166 {code}" + (" with places.yaml names" if own else "")
            out.append(
                Term(
                    canonical,
                    PLACE,
                    tuple(sorted(names)),
                    country=code,
                    kind="country",
                    source=source,
                )
            )
    return tuple(out)


def country_code(name: str) -> str | None:
    """The ISO alpha-3 code of a country name, including names that are usually something
    else ('Jordan', left out of `countries()`), or None."""
    import pycountry  # as in countries()

    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


def _recognisable(synonym: str, symbol: str) -> str | None:
    """A synonym an article may write ('NdPr (with neodymium)' -> 'NdPr'); element symbols
    and other one- or two-letter forms are left out (they are ordinary words: 'In', 'W')."""
    text = re.sub(r"\s*\(.*?\)", "", synonym).strip()
    if len(text) <= 2 or text == symbol:
        return None
    return text


@cache
def commodities() -> tuple[Term, ...]:
    """Minerals of the `commodities` table and the goods of the goods lexicon, named as a
    sentence says them (`goods.label`)."""
    table = datasets.load("commodities")
    out = []
    for r in table.itertuples():
        canonical = str(r.name).lower()
        symbol = str(r.symbol) if pd.notna(r.symbol) else ""
        names = [str(r.name), *(_recognisable(s, symbol) for s in _split(r.synonyms))]
        kind = "mineral" if r.group in ("rare_earths", "critical_minerals") else "product"
        if r.commodity_id == "rare_earth_magnets":
            kind = "product"
        aliases = tuple(dict.fromkeys(n for n in [canonical, *names] if n))
        source = f"commodities.csv: {r.commodity_id}"
        out.append(
            Term(canonical, COMMODITY, aliases, kind=kind, case_sensitive=False, source=source)
        )
    for g in lexicon.goods():
        source = f"goods.yaml: {g.id}"
        aliases = tuple(a for a in dict.fromkeys([g.label, *g.aliases]) if a not in g.materials)
        out.append(
            Term(
                g.label,
                COMMODITY,
                aliases,
                kind=g.kind,
                case_sensitive=False,
                generic=g.generic,
                source=source,
            )
        )
        if g.materials:  # one material of a class ("beef" of farm goods): a named commodity
            out.append(
                Term(
                    g.label,
                    COMMODITY,
                    g.materials,
                    kind=g.kind,
                    case_sensitive=False,
                    source=source,
                )
            )
    return tuple(out)


@cache
def instruments() -> tuple[Term, ...]:
    return tuple(
        Term(
            i.name,
            INSTRUMENT,
            (i.name, *i.aliases),
            country=i.country,
            kind=i.kind,
            case_sensitive=False,
            generic=i.generic,
            source=f"instruments.yaml: {i.name}",
        )
        for i in lexicon.instruments()
    )


@cache
def role_orgs() -> tuple[tuple[frozenset[str], str, str], ...]:
    """Roles that name an organisation's head: (role keywords, country, organisation)."""
    return tuple(
        (frozenset(r.keywords), r.country, r.organisation)
        for r in lexicon.roles().role_organisations
    )


def title_words() -> tuple[str, ...]:
    """Words that make a title in a role ("US Commerce Secretary", "spokesperson")."""
    return lexicon.roles().titles


def demonyms() -> dict[str, str]:
    """Nationality words -> the country (ISO alpha-3, or EU) they point to."""
    return lexicon.roles().demonyms


@cache
def _figures() -> re.Pattern[str] | None:
    said = lexicon.goods_figures()
    return re.compile("|".join(f"(?:{f})" for f in said), re.I) if said else None


def figures_of_speech(text: str) -> list[tuple[int, int]]:
    """Spans of the figures of speech in `text` whose goods word names no goods there
    (`figures_of_speech` in goods.yaml: "the fruits of the talks"; round 41, ent41)."""
    pattern = _figures()
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def described(label: str, said: str) -> bool:
    """Whether an organisation is named by a description rather than its name: every word
    in lower case, maybe after a nationality word ("commerce ministry", "Chinese customs",
    "China's finance ministry"), a kind word as "the Chinese government" is; in capitals
    it is the name ("Commerce Ministry"), and so is a name of one word ("dpa"; round 41,
    ent41)."""
    if label != ORG:
        return False
    rest = next(
        (said[len(d) + 1 :] for d in demonyms() if said.startswith(f"{d} ")),
        said,
    )
    return len(said.split()) > 1 and rest == rest.lower() and any(c.isalpha() for c in rest)


@cache
def subdivisions() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 subdivisions by their short name ('Jiangxi' of 'Jiangxi Sheng', 'Busan'
    of 'Busan-gwangyeoksi') -> (country alpha-3, subdivision type); names shared by two
    countries are left out."""
    import pycountry  # as in countries()

    alpha3 = {c.alpha_2: str(c.alpha_3) for c in pycountry.countries}  # one pass, not a lookup each
    found: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        short = re.split(r"[\s-]", str(sub.name))[0]
        country = alpha3.get(sub.country_code)
        if len(short) >= 4 and short[0].isupper() and country:
            found.setdefault(short, []).append((country, str(sub.type).lower()))
    return {name: places[0] for name, places in found.items() if len({p[0] for p in places}) == 1}
