"""Goods by id: the minerals of the `commodities` table and the goods of the goods lexicon.

Measures list the goods they cover by id (`gallium`, `semiconductors`); articles and
notebook parameters name them in words ("rare earth", "graphite (natural)", "chips").
`resolve` turns words into an id, `label` an id into words for a sentence, `members` a
group into what it contains (a measure on dysprosium is a measure on rare earths), and
`related` says which goods bear on which (chips and their inputs).
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from analysis.data import cache as kept_values
from analysis.data import datasets, lexicon
from analysis.errors import WorkbookError

COMMODITIES = "commodities"
RARE_EARTHS = "rare_earths"
# The goods id of a measure on every good (a tariff on all of a country's goods).
ALL_GOODS = "all_goods"


_BRACKETED_END = re.compile(r"\s*\(.*\)$")
_JOINERS = re.compile(r"[- ]+")


def _words(text: str) -> str:
    """'Graphite (natural)' -> 'graphite'; 'rare-earth' -> 'rare earth'."""
    return _JOINERS.sub(" ", _BRACKETED_END.sub("", text.strip().lower()))


@cache
def _labels() -> dict[str, str]:
    table = datasets.load(COMMODITIES)
    out = {str(r.commodity_id): str(r.name).lower() for r in table.itertuples()}
    out.update({g.id: g.label for g in lexicon.goods()})
    return out


@cache
def _names() -> dict[str, str]:
    """Every way of writing a good (lower case, hyphens as spaces) -> its id."""
    out: dict[str, str] = {}
    for g in lexicon.goods():
        for name in (g.id.replace("_", " "), g.label, *g.aliases):
            out.setdefault(_words(name), g.id)
    table = datasets.load(COMMODITIES)
    for r in table.itertuples():
        names = [str(r.commodity_id).replace("_", " "), str(r.name)]
        names += str(r.synonyms).split(";") if isinstance(r.synonyms, str) else []
        for name in names:
            key = _words(name)
            if key:
                out[key] = str(r.commodity_id)  # the taxonomy wins over a goods alias
    return out


def spellings(good: str) -> tuple[str, ...]:
    """Every way of writing a good (lower case, hyphens as spaces), as `resolve` reads them:
    artificial_intelligence -> 'ai', 'artificial intelligence', ..."""
    return tuple(name for name, found in _names().items() if found == good)


def ids() -> set[str]:
    """Every known goods id."""
    return set(_labels())


def label(good: str) -> str:
    """The id as a sentence says it: 'rare earths', 'semiconductor equipment'."""
    return _labels().get(good, good.replace("_", " "))


def _found(key: str) -> str | None:
    """The id the words `key` (as `_words` gives them) name, or None."""
    names = _names()
    for candidate in (key, key.rstrip("s"), f"{key}s"):
        if candidate in names:
            return names[candidate]
    if key.replace(" ", "_") in _labels():
        return key.replace(" ", "_")
    return None


def resolve(text: str) -> str:
    """The id of a good named in words ('Rare earth', 'graphite (natural)', 'chips').

    Raises WorkbookError with the nearest names when nothing matches.
    """
    key = _words(text)
    found = _found(key)
    if found is not None:
        return found
    near = difflib.get_close_matches(key, list(_names()), n=1)
    hint = f"did you mean '{near[0]}'? " if near else ""
    raise WorkbookError(
        f"no goods id for {text!r}: {hint}known goods are the commodities table's ids and "
        f"the ids of data/lexicon/goods.yaml"
    )


@cache
def names_a_good(text: str) -> bool:
    """Whether `text` names a good `resolve` finds an id for ("electric vehicles"), not a
    word no table or lexicon knows (a maker's product, "H20"). Asks no fuzzy match: the
    nearest names only serve `resolve`'s error (round 40, speed40)."""
    return _found(_words(text)) is not None


@kept_values.kept
def members(good: str) -> frozenset[str]:
    """The good and what its group contains: rare_earths -> itself and the 17 elements; a
    class of the goods lexicon -> itself and the goods it is made up of (`holds`: chip
    technology -> chips and chipmaking equipment). Kept per good while the commodities
    table's files are unchanged (a measure claim asks for every good it names, and each ask
    would otherwise copy the whole table)."""
    table = datasets.load(COMMODITIES)
    inside = table.loc[(table["group"] == good) & table["is_rare_earth"].fillna(False)]
    parts = next((g.holds for g in lexicon.goods() if g.id == good), ())
    return frozenset({good, *parts, *(str(c) for c in inside["commodity_id"] if str(c) != good)})


@kept_values.kept
def held(good: str) -> frozenset[str]:
    """`members`, and for a class of the goods lexicon that holds other goods (`umbrella`)
    the commodities the commodities table files under it (critical_minerals -> gallium,
    germanium, graphite, antimony, ...): what an export ban or licence on the class covers.
    Not for tariffs, whose lists name a class ("other critical minerals") beside its members.
    Kept like `members`."""
    if good not in umbrellas():
        return members(good)
    table = datasets.load(COMMODITIES)
    inside = table.loc[table["group"] == good, "commodity_id"].astype(str)
    return frozenset({good, *inside})


@cache
def is_mineral(good: str) -> bool:
    """Whether the good is a row of the commodities table (an element, a mineral or a
    group of them, a material made of one), which a measure names exactly, unlike a word
    of the goods lexicon ('chips', 'advanced computing') that articles use loosely."""
    table = datasets.load(COMMODITIES)
    return good in set(table["commodity_id"].astype(str)) and not is_generic(good)


def is_generic(good: str) -> bool:
    """Whether the goods lexicon calls the good a word for a kind ('critical minerals',
    'chips'), which may name a group its members stand for."""
    return any(g.id == good and g.generic for g in lexicon.goods())


@cache
def made_from(good: str) -> str | None:
    """The group a manufactured good is filed under without being one of its members
    (rare_earth_magnets -> rare_earths; an element such as neodymium is a member: None)."""
    table = datasets.load(COMMODITIES).set_index("commodity_id")
    if good not in table.index:
        return None
    group = str(table.at[good, "group"])
    member = bool(table.at[good, "is_rare_earth"]) or good in members(group)
    return group if group != good and group in table.index and not member else None


def is_rare_earth(good: str) -> bool | None:
    """Whether the taxonomy counts the good as a rare earth; None when it does not know it."""
    table = datasets.load(COMMODITIES).set_index("commodity_id")
    if good in table.index:
        return bool(table.at[good, "is_rare_earth"])
    return False if good in _labels() else None


@cache
def related() -> dict[tuple[str, str], str]:
    """Pairs of goods ids that bear on each other (both orders), with the reason."""
    out: dict[tuple[str, str], str] = {}
    for g in lexicon.goods():
        for r in g.related:
            out[(g.id, r.id)] = out[(r.id, g.id)] = r.reason
    return out


@cache
def umbrellas() -> frozenset[str]:
    """Goods ids of classes that hold goods of other entries (`umbrella` in the goods
    lexicon: dual-use items, critical minerals, advanced technologies)."""
    return frozenset(g.id for g in lexicon.goods() if g.umbrella)


@cache
def technologies() -> dict[str, str]:
    """Goods id -> the technology that is its know-how (`technology_of` in the goods
    lexicon): rare_earths -> rare_earth_technology."""
    return {good: g.id for g in lexicon.goods() for good in g.technology_of}


def clear_cache() -> None:
    """Forget what was read (for tests that change the tables or the lexicon)."""
    for f in (_labels, _names, related, is_mineral, technologies):
        f.cache_clear()
