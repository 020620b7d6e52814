"""The lexicons in `data/lexicon/*.yaml`: curated words and names, checked when loaded.

Each file has a declared shape (a pydantic model below); one that does not fit is refused
naming the file, entry and field at fault and what was expected; read once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analysis import paths
from analysis.data import cache as store
from analysis.data.saying import Reader, Saying
from analysis.data.text_words import TextWords, patterns_compile
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


class Quantifier(_Entry):
    phrase: str
    low: float | None = None
    high: float | None = None
    # the words before it that make it no share word ("the most advanced": a superlative)
    not_after: str | None = None


class Multiple(_Entry):
    phrase: str
    factor: float


class ClaimWords(_Entry):
    """Words that read a claim into its frame (data/lexicon/claims.yaml)."""

    hedges: dict[Literal["at_least", "at_most", "nearly", "about"], tuple[str, ...]]
    tolerance: dict[Literal["point", "approximate"], float]
    quantifiers: tuple[Quantifier, ...]
    stages: dict[Literal["refining", "magnets", "mining", "production"], tuple[str, ...]]
    not_shares: dict[str, tuple[str, ...]]
    not_flows: dict[str, tuple[str, ...]]
    change_noun_of: tuple[str, ...]
    rate_restated_by: tuple[str, ...]
    rate_restated_or: tuple[str, ...]
    part_of_year: tuple[str, ...]
    wider_than_goods: tuple[str, ...]
    all_goods: tuple[str, ...]
    trade_breakdown: tuple[str, ...]
    china_side_sources: tuple[str, ...]
    world_words: tuple[str, ...]
    consequence_leads: tuple[str, ...]
    part_of_whole: tuple[str, ...]
    whole_after: tuple[str, ...]
    compared_year: tuple[str, ...]
    goods_qualifier: tuple[str, ...]
    china_made: tuple[str, ...]
    china_imports_noun: tuple[str, ...]
    china_imports_level: tuple[str, ...]
    all_partners: tuple[str, ...]
    import_source_rank: tuple[str, ...]
    count_parts: tuple[str, ...]
    count_part_after: tuple[str, ...]
    removal_counts: tuple[str, ...]
    count_reason: tuple[str, ...]
    china_count: tuple[str, ...]
    earlier_measure: tuple[str, ...]
    recent_measure: tuple[str, ...]
    earlier_time: tuple[str, ...]
    unnamed_part: tuple[str, ...]
    tariff_raises: tuple[str, ...]
    tariff_cuts: tuple[str, ...]
    tariff_nouns: tuple[str, ...]
    own_goods_nouns: tuple[str, ...]
    origin_participles: tuple[str, ...]
    predicate_opens: tuple[str, ...]
    own_clause_opens: tuple[str, ...]
    imposed_aside: tuple[str, ...]
    added_joins: tuple[str, ...]
    joined_non_predicates: tuple[str, ...]
    passive_measure_verbs: tuple[str, ...]
    passive_clause_openers: tuple[str, ...]
    reaction_words: tuple[str, ...]
    consequence_clause: tuple[str, ...]
    summary_apposition: tuple[str, ...]
    entry_restrictions: tuple[str, ...]
    power_to: tuple[str, ...]
    not_output: tuple[str, ...]
    list_joins: tuple[str, ...]
    running_total: tuple[str, ...]
    standing_total: tuple[str, ...]
    not_taken: tuple[str, ...]
    short_of_measure: tuple[str, ...]
    legal_actions: tuple[str, ...]
    other_flows: tuple[str, ...]
    accusations: tuple[str, ...]
    probes: tuple[str, ...]
    probe_then_measure: tuple[str, ...]
    counterfactual: tuple[str, ...]
    goods_anaphora: tuple[str, ...]
    trade_blocs: tuple[str, ...]
    relation_nouns: tuple[str, ...]
    rule_back: tuple[str, ...]
    listing_entails: tuple[str, ...]
    listed_anyone: tuple[str, ...]
    listed_members: tuple[str, ...]
    licence_requirement: tuple[str, ...]
    licence_withheld: tuple[str, ...]
    group_members: tuple[str, ...]
    technology_purpose: tuple[str, ...]
    technology_head: tuple[str, ...]
    ban_words: tuple[str, ...]
    ban_hedges: tuple[str, ...]
    import_bans: tuple[str, ...]
    investment_bans: tuple[str, ...]
    other_lists: tuple[str, ...]
    china_lists: tuple[str, ...]
    other_list_keepers: tuple[str, ...]
    not_listing_counts: tuple[str, ...]
    meetings: tuple[str, ...]
    meeting_topic: tuple[str, ...]
    two_sides: tuple[str, ...]
    contact_after_opens: tuple[str, ...]
    contact_tail_words: tuple[str, ...]
    measure_after_opens: tuple[str, ...]
    contact_meals: tuple[str, ...]
    time_clause: tuple[str, ...]
    earlier_act: tuple[str, ...]
    standing_as_of: tuple[str, ...]
    standing_perfect: tuple[str, ...]
    effect_act: tuple[str, ...]
    sequence: tuple[str, ...]
    coordinated_act: tuple[str, ...]
    time_span: tuple[str, ...]
    contact_nouns: tuple[str, ...]
    contact_verbs: tuple[str, ...]
    took_office: tuple[str, ...]
    office_agent: tuple[str, ...]
    office_copula: tuple[str, ...]
    office_copula_past: tuple[str, ...]
    office_became: tuple[str, ...]
    title_not_held: tuple[str, ...]
    title_ranks: tuple[str, ...]
    title_courtesy: tuple[str, ...]
    title_now: tuple[str, ...]
    act_date_not_own: tuple[str, ...]
    act_date_participles: tuple[str, ...]
    act_speech_date: tuple[str, ...]
    act_leading: tuple[str, ...]
    act_leading_own: tuple[str, ...]
    act_eras: tuple[str, ...]
    act_era_ordinals: tuple[str, ...]
    all_goods_clause: tuple[str, ...]
    every_partner: tuple[str, ...]
    other_partners: tuple[str, ...]
    contact_ahead: tuple[str, ...]
    pair_words: tuple[str, ...]
    head_pairs: tuple[str, ...]
    pair_countries_named: tuple[str, ...] = Field(min_length=1)
    visitor_superlative: tuple[str, ...]
    contact_window_rank: tuple[str, ...]
    contact_topics: tuple[str, ...]
    extreme_since: tuple[str, ...]
    subject_pronouns: tuple[str, ...]
    relative_pronouns: tuple[str, ...]
    call_nouns: tuple[str, ...]
    official_level: tuple[str, ...]
    officials_nouns: tuple[str, ...]
    market_control: tuple[str, ...]
    received_by: tuple[str, ...]
    counterpart_opens: tuple[str, ...]
    listing_description: tuple[str, ...]
    listed_parties_barred: tuple[str, ...]
    listed_subject: tuple[str, ...]
    tail_clause_opens: tuple[str, ...]
    passive_auxiliaries: tuple[str, ...]
    count_prepositions: tuple[str, ...]
    subject_opening: tuple[str, ...]
    licence_review: tuple[str, ...]
    measure_detail: tuple[str, ...]
    parties_back: tuple[str, ...]
    exchange_nouns: tuple[str, ...]
    measure_effects: tuple[str, ...]
    response_to: tuple[str, ...]
    measure_batches: tuple[str, ...]
    use_words: tuple[str, ...]
    use_phrases: tuple[str, ...]
    party_nouns: tuple[str, ...]
    added_to_list: tuple[str, ...]
    importer_permits: tuple[str, ...]
    not_legislation: tuple[str, ...]
    not_measure_objects: tuple[str, ...]
    easing_changes: tuple[str, ...]
    easing_objects: tuple[str, ...]
    market_nouns: tuple[str, ...]
    market_moves: tuple[str, ...]
    market_verbs: tuple[str, ...]
    rank_excluding: tuple[str, ...]
    joint_share: tuple[str, ...]
    rate_replaced: tuple[str, ...]
    rate_in_place: tuple[str, ...]
    rate_changes: tuple[str, ...]
    rate_range_numbers: tuple[str, ...]
    presupposed_measure: tuple[str, ...]
    given_measure_subject: tuple[str, ...]
    measure_scope_verbs: tuple[str, ...]
    measure_impact_verbs: tuple[str, ...]
    measure_kept: tuple[str, ...]
    licences_granted: tuple[str, ...]
    licences_revoked: tuple[str, ...]
    measure_practice: tuple[str, ...]
    item_counts: tuple[str, ...]
    designation_lists: tuple[str, ...]
    instrument_content: tuple[str, ...]
    imposition_verbs: tuple[str, ...]
    measure_cues: dict[
        Literal[
            "ban",
            "licence",
            "restriction",
            "listing",
            "tariff",
            "investment",
            "subsidy",
            "relaxation",
            "law",
            "order",
        ],
        tuple[str, ...],
    ]
    law_referred: tuple[str, ...]
    item_kinds: tuple[str, ...]
    counted_parties: tuple[str, ...]
    counting_verbs: tuple[str, ...]
    place_count_parties: tuple[str, ...]
    place_count_after: tuple[str, ...]
    place_count_qualified: tuple[str, ...]
    place_count_before: tuple[str, ...]
    listing_phrases: tuple[str, ...]
    effect_words: tuple[str, ...]
    report_words: tuple[str, ...]
    issuer_words: tuple[str, ...]
    after_event: tuple[str, ...]
    answered_measure: tuple[str, ...]
    caused_by: tuple[str, ...]
    measure_adjuncts: tuple[str, ...]
    export_easing: tuple[str, ...]
    legal_basis: tuple[str, ...]
    until_words: tuple[str, ...]
    imposed_on: tuple[str, ...]
    measure_changed: tuple[str, ...]
    dated_measure_before: tuple[str, ...]
    changed_object_gap: tuple[str, ...]
    changed_relative: tuple[str, ...]
    changed_relative_noun: tuple[str, ...]
    dated_measure_after: tuple[str, ...]
    numbered_instrument: tuple[str, ...]
    announce_words: tuple[str, ...]
    publish_words: tuple[str, ...]
    measure_objects: tuple[str, ...]
    measure_anaphora: tuple[str, ...]
    measure_referred: tuple[str, ...]
    measure_part_subject: tuple[str, ...]
    measure_bare_subject: tuple[str, ...]
    measure_goods_subject: tuple[str, ...]
    goods_copulas: tuple[str, ...]
    issued_passive: tuple[str, ...]
    effect_verbs: tuple[str, ...]
    rules_in_effect: tuple[str, ...]
    headline_present: tuple[str, ...]
    present_noun_verbs: tuple[str, ...]
    requirement: tuple[str, ...]
    bound_requirement: tuple[str, ...]
    complying_verbs: tuple[str, ...]
    target_words: tuple[str, ...]
    targeted_parties: tuple[str, ...]
    target_compounds: tuple[str, ...]
    access_nouns: tuple[str, ...]
    affected_after: tuple[str, ...]
    affected_before: tuple[str, ...]
    affected_determiners: tuple[str, ...]
    affected_amounts: tuple[str, ...]
    undergo_head_breaks: tuple[str, ...]
    balance_surplus: tuple[str, ...]
    subject_determiners: tuple[str, ...]
    exporting_parties: tuple[str, ...]
    firm_kept_from: tuple[str, ...]
    rate_added_to: tuple[str, ...]
    rate_step: tuple[str, ...]
    rate_total: tuple[str, ...]
    level_verbs: tuple[str, ...]
    total_rate_rows: tuple[str, ...]
    coverage_before: tuple[str, ...]
    coverage_hedges: tuple[str, ...]
    coverage_after: tuple[str, ...]
    response_means: tuple[str, ...]
    negated_enforcement: tuple[str, ...]
    order_signed: tuple[str, ...]
    earlier_event_clause: tuple[str, ...]
    sequence_verbs: tuple[str, ...]
    reply_lead: tuple[str, ...]
    immediacy: tuple[str, ...]
    one_of_several: tuple[str, ...]
    goods_excluded: tuple[str, ...]
    unpublished: tuple[str, ...]
    customs_codes: tuple[str, ...]
    measure_negation: tuple[str, ...]
    restrictive_negation: tuple[str, ...]
    trade_flows: dict[Literal["exports", "imports", "balance", "total"], tuple[str, ...]]
    flows_from_china: dict[Literal["exports", "imports"], tuple[str, ...]]
    flow_nouns: tuple[str, ...]
    flow_level_verbs: tuple[str, ...]
    two_way_words: tuple[str, ...]
    falls: tuple[str, ...]
    rises: tuple[str, ...]
    extremes: dict[Literal["lowest", "highest"], tuple[str, ...]]
    extreme_spans: tuple[str, ...]
    extreme_change: dict[Literal["lowest", "highest"], tuple[str, ...]]
    than_earlier: dict[Literal["lowest", "highest"], tuple[str, ...]]
    rank_words: tuple[str, ...]
    rank_verbs: tuple[str, ...]
    rank_places: tuple[str, ...]
    rank_among: tuple[str, ...]
    rank_moves: tuple[str, ...]
    rank_top_n: tuple[str, ...]
    rank_major: tuple[str, ...]
    rank_negation: tuple[str, ...]
    regional_rank: tuple[str, ...]
    taxonomy_words: tuple[str, ...]
    taxonomy_back: tuple[str, ...]
    rare_earth_groups: dict[Literal["light", "heavy"], tuple[str, ...]]
    group_nouns: tuple[str, ...]
    group_membership: dict[Literal["existential", "members_verb", "class_verb"], tuple[str, ...]]
    member_nouns: tuple[str, ...]
    present_leads: tuple[str, ...]
    rank_behind_only: tuple[str, ...]
    rank_compared: tuple[str, ...]
    per_ten: tuple[str, ...]
    time_units: tuple[str, ...]
    share_counted: tuple[str, ...]
    counted_breaks: tuple[str, ...]
    magnet_goods: tuple[str, ...]
    multiples: tuple[Multiple, ...]
    times_as: tuple[str, ...]
    times_rate: tuple[str, ...]
    multiple_of_share: tuple[str, ...]
    taxonomy_negation: tuple[str, ...]
    opinion: tuple[str, ...]
    characterised_noun: tuple[str, ...]
    characterised_people: tuple[str, ...]
    forecast: tuple[str, ...]
    possibility: tuple[str, ...] = Field(min_length=1)
    conditional_opens: tuple[str, ...] = Field(min_length=1)
    list_intro_words: tuple[str, ...]
    comparison_asides: tuple[str, ...]
    source_figures: tuple[str, ...]
    source_show: tuple[str, ...]
    source_finds: tuple[str, ...]
    finding_subject_breaks: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]
    product_names: tuple[str, ...]
    tariff_impositions: tuple[str, ...]
    rate_laid_on: tuple[str, ...]
    rule_name_heads: tuple[str, ...]
    rule_name_lists: tuple[str, ...]
    rule_name_breaks: tuple[str, ...]
    rule_name_generic: tuple[str, ...]
    reach_conditions: tuple[str, ...]
    coordinated_adverbs: tuple[str, ...]
    reach_rule_name: tuple[str, ...]
    contact_place_words: tuple[str, ...]
    venue_words: tuple[str, ...]
    venue_descriptors: tuple[str, ...]
    rank_groups: tuple[str, ...]
    topic_words: dict[
        Literal["prices", "trade_flows", "industrial_policy", "visits"], tuple[str, ...]
    ]

    @field_validator("*")
    @classmethod
    def _patterns_compile(cls, value: Any) -> Any:
        """Every word or pattern list is read as regular expressions (`claim_words`), so
        each must compile: a bad one is refused with its file and key, not a traceback."""
        if isinstance(value, tuple) and all(isinstance(entry, str) for entry in value):
            return patterns_compile(value)
        return value


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


def claims() -> ClaimWords:
    return load("claims")  # type: ignore[return-value]


def measure_types() -> MeasureTypes:
    return load("measure_types")  # type: ignore[return-value]


def name_cues() -> NameCues:
    return load("name_cues")  # type: ignore[return-value]


def saying_verbs(reader: Reader) -> tuple[str, ...]:
    """The verbs of saying one reader takes (data/lexicon/saying.yaml)."""
    return load("saying").words(reader)  # type: ignore[attr-defined]
