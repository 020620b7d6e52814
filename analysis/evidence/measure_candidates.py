"""Which catalog measures a measure claim may mean (for the measure checker, `frame_checks`):
the actor's measures of the claim's kind announced by the article's date (`candidates`),
the relaxations of tariffs or of a listing or export control a relaxation claim may mean,
those on the goods the claim names (`catalog_scope.catalogued_goods`), and the set narrowed
step by step by goods and by a party named (`narrowed`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, measure_reading
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.article.quantities import TARIFF
from analysis.data import cache
from analysis.evidence import catalog_scope, measure_dates, measure_details, measure_naming
from analysis.evidence.model import Context

# Strengths of measure types a claim's action may mean.
FAMILIES: dict[str, tuple[str, ...]] = {
    "ban": ("ban", "licence", "listing"),
    "licence": ("ban", "licence", "listing"),
    "restriction": ("ban", "licence", "listing"),
    "listing": ("listing",),
}
# Actions whose measure a body the claim names must have issued (a sanction of the
# Treasury is no Entity List listing of Commerce).
ISSUED = (*FAMILIES, "sanction")
_TYPES: dict[str, tuple[str, ...]] = {
    "tariff": catalog_scope.TARIFF_TYPES,
    "investment": ("investment_restriction",),
    "subsidy": ("subsidy",),
    "law": ("export_control_law",),
    "relaxation": ("suspension", "tariff_reduction"),
    "import ban": ("import_restriction",),
    "sanction": measure_details.sanction_types(),
}


def candidates(frame: Frame, as_of: dt.date | None) -> pd.DataFrame:
    """The actor's measures of the claim's kind announced by the article's date (an
    administration's: in its president's terms)."""
    day = pd.Timestamp(as_of) if as_of is not None else None
    families, types = FAMILIES.get(frame.action), _TYPES.get(frame.action)
    rows = [
        i
        for i, (announced, actor, restricts, strength, kind) in enumerate(measures.selectors())
        if (day is None or (announced is not None and announced <= day))
        and (not frame.actor_country or actor == frame.actor_country)
        and (
            (restricts == "exports" and strength in families)
            # "new regulations on the export control of X will take effect on <day>": a
            # dated restriction may be the framework regulations (their days decide)
            or (frame.action == "restriction" and bool(frame.when) and kind in _TYPES["law"])
            if families is not None
            else (kind in types if types is not None else True)
        )
    ]
    table = measures.rows_at(tuple(rows))  # one selection, kept per positions
    table = catalog_scope.in_term(table, frame.actor)  # "the Biden administration": its term
    if frame.action == "restriction" and (wanted := catalog_scope.catalogued_goods(frame)):
        # a framework law is a dated restriction on the goods it covers only (not "exports
        # of rare earths" under a law on dual-use items)
        kinds_goods = zip(table["measure_type"], table["goods"], strict=True)
        table = measures.kept_rows(
            table, [k not in _TYPES["law"] or bool(wanted & set(g)) for k, g in kinds_goods]
        )
    return table


def relaxed_kind(text: str) -> str:
    """What kind of measure a relaxation claim says is relaxed: a listing ('removed from the
    list'), an export control ('a general licence', 'suspended the export ban', 'a pause on
    the export controls', 'suspend the export curbs', exports resumed or approvals sped up:
    `export_easing`), or '' (a tariff, a restriction of
    imports or investment, or nothing named: any relaxation)."""
    cues = claim_words.patterns()["cues"]
    if cues["listing"].search(text):
        return "listing"
    if cues["tariff"].search(text):
        return ""
    # "a pause on the export controls": a licence, a ban or a restriction named without a
    # tariff is an export one, unless it is of another flow ("eased curbs on investment")
    if claim_words.patterns()["other_flows"].search(text) and not measure_reading.EXPORT.search(
        text
    ):
        return ""
    named = ("licence", "ban", "restriction")
    eases = claim_words.patterns()["export_easing"].search(text)  # "resumed shipments"
    return "export control" if eases or any(cues[k].search(text) for k in named) else ""


def relaxing(table: pd.DataFrame, kind: str) -> pd.DataFrame:
    """The relaxations that suspend or lift a listing of parties, or an export control."""
    every = measures.measures()
    if kind == "listing":
        relaxed = every["measure_type"].isin(measure_details.listing_types())
    else:
        relaxed = every["restricts"] == "exports"
    ids = set(every.loc[relaxed, "measure_id"])
    return table.loc[table["suspends"].map(lambda own: bool(set(str(own).split(";")) & ids))]


def _of_tariffs_only(frame: Frame, text: str) -> bool:
    """Whether only a relaxation of tariffs can be the claim's measure: a relaxation claim
    with a tariff rate ("lower its tariffs to 10%"), or naming tariffs and no listing or
    export control relaxed (`relaxed_kind`: "lifted the tariffs", "exempted goods from its
    tariffs"; never the suspension of a listing or an export control)."""
    if frame.action != "relaxation":
        return False
    if frame.quantity is not None and frame.quantity.of == TARIFF:
        return True
    return not relaxed_kind(text) and bool(claim_words.patterns()["cues"]["tariff"].search(text))


def _tariff_relaxations(table: pd.DataFrame) -> pd.DataFrame:
    """The relaxations of tariffs among `table`'s measures (`_eases_tariffs`), picked by a
    list of booleans (no row-wise `apply`; review of round 29: one filter, one call site)."""
    if table.empty:
        return table
    rows = zip(table["measure_type"], table["suspends"], strict=True)
    return measures.kept_rows(
        table, [_eases_tariffs({"measure_type": k, "suspends": s}) for k, s in rows]
    )


def _eases_tariffs(m: Any) -> bool:
    """Whether a relaxation (a row or a mapping of its columns) is of tariffs: a tariff
    reduction, or a suspension of tariffs."""
    if m["measure_type"] == "tariff_reduction":
        return True
    types = _types_by_id()
    return any(types.get(i) == "tariff" for i in str(m["suspends"] or "").split(";"))


@cache.lent
def _types_by_id() -> dict[str, str]:
    """Each catalog measure's type by its id, read once per process while the table holds
    (lent: this module only reads it)."""
    catalog = measures.measures()
    return dict(zip(catalog["measure_id"], catalog["measure_type"], strict=True))


_OPTIONAL_GOODS = measure_details.OPTIONAL_GOODS


def _on_goods(table: pd.DataFrame, frame: Frame) -> pd.DataFrame:
    """Measures on the claim's goods; goods no measure of the catalog names at all ('advanced
    technologies') do not narrow the search."""
    wanted = catalog_scope.catalogued_goods(frame)
    if not wanted:
        return table
    # laws, listings of parties and tariff lists often name no goods: they are not
    # ruled out by the goods a claim names
    optional = frame.action in _OPTIONAL_GOODS
    return measures.kept_rows(
        table, [bool(wanted & set(own)) or (optional and not own) for own in table["goods"]]
    )


def side_only(frame: Frame, text: str, identified: bool) -> bool:
    """Whether the catalog could match a measure claim by its side alone: the clause has no
    measure word of its own (its frame took the action from its sentence: "This is the
    second call with Xi", "the U.S. wants an immediate start to talks"), no date, no rate
    or amount ("from 25 percent to 100 percent" singles out a tariff), and nothing else
    that singles out a measure (goods the catalog names, a party, a rule's name: not
    `identified`). The sentence's measure is then not what the clause asserts, and any
    measure of that side and kind would "support" it. A clause of taking effect ("This
    regulation is effective immediately": `effect_verbs`) dates the sentence's measure, and
    a listing's clause lists its parties ("The US is set to add dozens of Chinese
    companies"): both are said of the measure, and checked (round 34, gate34)."""
    return not (
        frame.when
        or frame.quantity is not None
        or identified
        or frame.action == "listing"
        or measure_reading.action(text)
        or claim_words.patterns()["effect_verbs"].search(text)
    )


def preferred(hits: pd.DataFrame, frame: Frame, text: str, dated: list[Any]) -> pd.DataFrame:
    """Of the measures a dated claim's days fit, those it most likely means (the caller takes
    the last): for a restriction, ban or licence claim on goods the catalog names, a licence
    or ban rule covering them over a listing of parties (round 34, fx34r: "restrictions on
    exports of advanced chips" in October 2022 is the advanced-computing rule, not the
    Unverified List additions of its day); for a date of the measure itself ("the
    restrictions, adopted in October 2022", role object with no word of changing one), a
    measure of that day over a later one amending it (`measure_dates.own_day_hits`)."""
    if (
        frame.action in FAMILIES
        and frame.action != "listing"
        and (wanted := catalog_scope.catalogued_goods(frame))
        and not (
            rules := measures.kept_rows(
                hits,
                [
                    s != "listing" and bool(wanted & set(g))
                    for s, g in zip(hits["strength"], hits["goods"], strict=True)
                ],
            )
        ).empty
    ):
        hits = rules
    own = measure_dates.own_day_hits(hits, dated, text)
    return own if not own.empty else hits


class Narrowed(NamedTuple):
    """The measures a measure claim may mean, narrowed step by step."""

    base: pd.DataFrame  # the actor's measures of the claim's kind announced by the date
    on_goods: pd.DataFrame  # those on the claim's goods (goods no measure names do not narrow)
    singled: pd.DataFrame  # those a party the claim names is named in, else `on_goods`
    identified: bool  # whether the claim singles out measures otherwise than by dates


def narrowed(ctx: Context, frame: Frame, claim: Claim) -> Narrowed:
    """The actor's measures of the claim's kind by the article's date, narrowed by goods
    and by a party the claim names; whether that singles out measures otherwise than by
    dates (a wrong date can be told wrong only then): by goods the catalog names, by a
    party a measure's title names, or by kind for a framework law (a country enacts one)."""
    base = candidates(frame, ctx.as_of)
    if _of_tariffs_only(frame, claim.text):
        base = _tariff_relaxations(base)  # "lower its tariffs to 10%", "lifted the tariffs"
    if frame.action == "listing" and (lists := measure_naming.lists_named(ctx, claim)):
        # "added 28 entities to its export control list": that list's listings, not another
        # list's of the same day ("Unreliable Entity List")
        base = base.loc[base["measure_type"].isin(lists)]
    on_goods = singled = _on_goods(base, frame)
    named = measure_naming.naming(ctx, base, claim)
    if not named.empty:
        singled = named
    identified = not singled.empty and (
        bool(catalog_scope.catalogued_goods(frame)) or not named.empty or frame.action == "law"
    )
    return Narrowed(base, on_goods, singled, identified)
