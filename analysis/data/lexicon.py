"""The lexicons in `data/lexicon/*.yaml`: curated words and names, checked when loaded.

Each file has a declared shape (a pydantic model below); one that does not fit is refused
naming the file, entry and field at fault and what was expected; read once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analysis import paths
from analysis.data import cache as store
from analysis.data.claim_lexicon import ClaimWords
from analysis.data.saying import Reader, Saying
from analysis.data.text_words import TextWords
from analysis.errors import Problem, ProblemsError, error_location

LEXICON_DIR = paths.DATA_DIR / "lexicon"
# libyaml's parser when PyYAML was built with it: the same objects, ten times as fast.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ISO3 = r"^(?:[A-Z]{3}|EU)$"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Named(_Entry):
    """A named thing (organisation, place, instrument) and the ways articles write it."""

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    country: str | None = Field(default=None, pattern=ISO3)
    kind: str = ""
    capital: bool = False
    case_sensitive: bool = True
    generic: bool = False  # a word for a kind ("tariffs"), not the name of one thing
    agency: tuple[str, ...] = ()  # how the measures table's `agency` column names this body
    # a short form naming the body only as the subject of a verb ("Commerce adds 34 firms",
    # "Commerce said"), elsewhere a word of another name ("Secretary of Commerce")
    subject_aliases: tuple[str, ...] = ()


class Organisations(_Entry):
    organisations: tuple[Named, ...]
    # words naming a country's government after any of its nationality words (roles.yaml
    # `demonyms`): "the Swiss government", a kind word (round 38, ent38)
    government_words: tuple[str, ...] = ()


class CountryName(_Entry):
    name: str
    aliases: tuple[str, ...] = ()


class Places(_Entry):
    places: tuple[Named, ...]
    country_names: dict[str, CountryName]
    not_countries: tuple[str, ...]
    government_of: dict[str, str]

    @field_validator("country_names")
    @classmethod
    def _iso_keys(cls, value: dict[str, CountryName]) -> dict[str, CountryName]:
        bad = [k for k in value if len(k) != 3 or not k.isupper()]
        if bad:
            raise ValueError(f"keys must be ISO 3166 alpha-3 codes, not {bad}")
        return value


class CountryAliases(_Entry):
    aliases: dict[str, str]
    aggregates: tuple[str, ...]


class Instruments(_Entry):
    instruments: tuple[Named, ...]


class RoleOrganisation(_Entry):
    keywords: tuple[str, ...] = Field(min_length=1)
    country: str = Field(pattern=ISO3)
    organisation: str


class TitleSynonym(_Entry):
    words: tuple[str, ...] = Field(min_length=1)
    keyword: str = Field(min_length=1)
    country: str = Field(pattern=ISO3)


class Roles(_Entry):
    titles: tuple[str, ...]
    role_organisations: tuple[RoleOrganisation, ...]
    title_synonyms: tuple[TitleSynonym, ...] = ()
    demonyms: dict[str, str]


class Person(_Entry):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    pronoun: Literal["she", "he", ""] = ""


class People(_Entry):
    people: tuple[Person, ...]


class Related(_Entry):
    id: str
    reason: str = Field(min_length=1)


class Good(_Entry):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    kind: Literal["product", "technology", "sector", "mineral"]
    aliases: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    generic: bool = False  # a class of goods ("chips", "farm goods"), not one commodity
    materials: tuple[str, ...] = ()  # aliases naming one material of the class ("beef")
    # for a technology: the goods ids it is the know-how of ("technology for making
    # rare-earth magnets" is rare-earth technology, not magnets)
    technology_of: tuple[str, ...] = ()
    # for a class: the goods ids it is made up of, which a measure on it may be recorded on
    # (chip technology: chips and chipmaking equipment)
    holds: tuple[str, ...] = ()
    # a class that holds goods of other entries ("dual-use items" hold minerals, chips and
    # tools): a measure recorded on any other good may be on it, and one on it on any good
    umbrella: bool = False


class Goods(_Entry):
    goods: tuple[Good, ...]
    # figures of speech holding a goods word that names no goods there (regular expressions,
    # matched ignoring case: "the fruits of the talks", "bear fruit"; round 41, ent41)
    figures_of_speech: tuple[str, ...] = ()


class MeasureType(_Entry):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: str
    definition: str = Field(min_length=1)
    gta_type: str
    restricts: Literal["exports", "imports", "investment", "nothing"]
    strength: Literal["ban", "licence", "listing", "other"]
    bars_listed: bool = False  # a listing that bars the listed parties outright (no licence)


class MeasureTypes(_Entry):
    measure_types: tuple[MeasureType, ...]
    sides: dict[str, str]


Label = Literal["PERSON", "ORG", "PLACE", "COMMODITY", "INSTRUMENT"]


class NameCues(_Entry):
    """Words around and inside names the annotator was never told (data/lexicon/name_cues.yaml)."""

    heads: dict[Label, dict[str, tuple[str, ...]]]
    leads: dict[Label, dict[str, tuple[str, ...]]]
    numbered: tuple[str, ...]
    instrument_nouns: tuple[str, ...]
    honorifics: tuple[str, ...]
    according_to: tuple[str, ...]
    bylines: tuple[str, ...]
    affiliation_words: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    former_words: tuple[str, ...]
    title_connectors: tuple[str, ...]
    portfolio_titles: tuple[str, ...]
    connectors: tuple[str, ...]
    org_descriptors: tuple[str, ...]
    org_before: tuple[str, ...]
    org_after: tuple[str, ...]
    place_before: tuple[str, ...]
    place_after: tuple[str, ...]
    product_nouns: tuple[str, ...]
    event_heads: tuple[str, ...]
    list_markers: tuple[str, ...]
    list_heads: dict[Label, tuple[str, ...]]
    openers: tuple[str, ...]
    not_in_person_names: tuple[str, ...]
    not_acronyms: tuple[str, ...]

    @field_validator("heads", "leads")
    @classmethod
    def _one_kind_per_word(
        cls, value: dict[str, dict[str, tuple[str, ...]]]
    ) -> dict[str, dict[str, tuple[str, ...]]]:
        seen: dict[str, str] = {}
        for label, kinds in value.items():
            for kind, entries in kinds.items():
                for word in entries:
                    if word in seen:
                        raise ValueError(
                            f"{word!r} is listed twice ({seen[word]} and {label}/{kind})"
                        )
                    seen[word] = f"{label}/{kind}"
        return value


_FILES: dict[str, type[BaseModel]] = {
    "claims": ClaimWords,
    "organisations": Organisations,
    "places": Places,
    "country_aliases": CountryAliases,
    "instruments": Instruments,
    "roles": Roles,
    "people": People,
    "goods": Goods,
    "measure_types": MeasureTypes,
    "name_cues": NameCues,
    "text_words": TextWords,
    "saying": Saying,
}


def path_of(name: str) -> Path:
    """The file of a lexicon: data/lexicon/<name>.yaml."""
    return LEXICON_DIR / f"{name}.yaml"


@cache
def load(name: str) -> BaseModel:
    """A lexicon, read and checked (cached per process, stored between processes)."""
    if name not in _FILES:
        raise ProblemsError(
            [Problem(str(path_of(name)), "unknown lexicon", f"one of {sorted(_FILES)}")],
            f"no lexicon named {name!r}",
        )
    return store.through_file(path_of(name), lambda: _read(name))


def _read(name: str) -> BaseModel:
    path = path_of(name)
    where = paths.relative(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except FileNotFoundError as exc:
        raise ProblemsError(
            [Problem(where, "the file is missing", "restore it from version control")],
            f"lexicon {name!r} cannot be read",
        ) from exc
    except yaml.YAMLError as exc:
        raise ProblemsError(
            [Problem(where, f"is not valid YAML: {exc}", "fix the YAML syntax")],
            f"lexicon {name!r} cannot be read",
        ) from exc
    try:
        return _FILES[name].model_validate(raw)
    except ValidationError as exc:
        problems = [
            Problem(
                f"{where}, {error_location(raw, err['loc'])}",
                err["msg"],
                f"see the comment at the top of {where}",
            )
            for err in exc.errors()
        ]
        raise ProblemsError(problems, f"lexicon {name!r} does not fit its declared shape") from exc


def ids(name: str) -> set[str]:
    """The ids a lexicon declares (goods, measure types), for `references` rules."""
    entries = {"goods": lambda: goods(), "measure_types": lambda: measure_types().measure_types}
    if name not in entries:
        raise ProblemsError(
            [Problem(str(path_of(name)), "declares no ids", f"one of {sorted(entries)}")],
            f"lexicon {name!r} cannot be referred to",
        )
    return {entry.id for entry in entries[name]()}


def names() -> list[str]:
    """Every lexicon's name."""
    return sorted(_FILES)


def clear_cache() -> None:
    """Forget lexicons read so far (for tests that edit a file)."""
    load.cache_clear()


def organisations() -> tuple[Named, ...]:
    return load("organisations").organisations  # type: ignore[attr-defined]


def government_words() -> tuple[str, ...]:
    return load("organisations").government_words  # type: ignore[attr-defined]


def places() -> Places:
    return load("places")  # type: ignore[return-value]


def country_aliases() -> CountryAliases:
    return load("country_aliases")  # type: ignore[return-value]


def instruments() -> tuple[Named, ...]:
    return load("instruments").instruments  # type: ignore[attr-defined]


def roles() -> Roles:
    return load("roles")  # type: ignore[return-value]


def people() -> tuple[Person, ...]:
    return load("people").people  # type: ignore[attr-defined]


def goods() -> tuple[Good, ...]:
    return load("goods").goods  # type: ignore[attr-defined]


def goods_figures() -> tuple[str, ...]:
    return load("goods").figures_of_speech  # type: ignore[attr-defined]


def claims() -> ClaimWords:
    return load("claims")  # type: ignore[return-value]


def measure_types() -> MeasureTypes:
    return load("measure_types")  # type: ignore[return-value]


def name_cues() -> NameCues:
    return load("name_cues")  # type: ignore[return-value]


def saying_verbs(reader: Reader) -> tuple[str, ...]:
    """The verbs of saying one reader takes (data/lexicon/saying.yaml)."""
    return load("saying").words(reader)  # type: ignore[attr-defined]
