"""What a measure claim names that singles out a catalog measure: a company or body in a
measure's title, the list it names, the issuing body and its agency terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.date_patterns import MONTH_NAMES
from analysis.article.frames import Frame
from analysis.data import goods, lexicon
from analysis.evidence import measure_details
from analysis.evidence.model import Context


def _places(ctx: Context, claim: Claim) -> list[Any]:
    """The places and instruments a claim names ('China', 'the Entity List'): neither
    singles out one measure."""
    found = (ctx.article.entity(e) for e in claim.entities)
    return [e for e in found if e is not None and e.label in (gz.PLACE, gz.INSTRUMENT)]


def _a_country(word: str) -> bool:
    """Whether a word names a country or its people ('China', 'Chinese')."""
    return word in gz.demonyms() or gz.country_code(word) is not None


def naming(ctx: Context, table: pd.DataFrame, claim: Claim) -> pd.DataFrame:
    """Measures whose title names a company or body the claim names ('blacklisted Huawei');
    a place ('to China'), an instrument ('the Entity List') or a month singles out none."""
    places = [(e.start - claim.start, e.end - claim.start) for e in _places(ctx, claim)]
    words = {
        m.group(0)
        for m in re.finditer(r"\b[A-Z][A-Za-z0-9&.-]{2,}\b", claim.text)
        if m.start() > 0  # not the sentence's first word
        and not any(a <= m.start() < b for a, b in places)
        and m.group(0) not in MONTH_NAMES
        and not _a_country(m.group(0))
    }
    if not words or table.empty:
        return table.iloc[0:0]
    named = [_pattern((w,)) for w in sorted(words)]  # each compiled once per process
    return measures.kept_rows(table, [any(p.search(str(t)) for p in named) for t in table["title"]])


# A numbered document ("Announcement No. 61 of 2025", "Order No. 4 (2020)"): its kind word,
# number and year, as a catalog measure's `instrument` cites it.
_DOCUMENT = re.compile(
    r"\b(?P<kind>[A-Z][a-z]+?)s?\s+No\.\s?(?P<number>\d+)(?:\s+(?:of\s+|\()(?P<year>(?:19|20)\d\d))?"
)


def citing(ctx: Context, table: pd.DataFrame, claim: Claim) -> pd.DataFrame:
    """Measures whose instrument cites a numbered document the claim names, its kind, number
    and year if given ("Regarding Announcement No. 61 of 2025": the row of "MOFCOM
    Announcements No. 61 and No. 62 of 2025", not another measure of its day; round 40,
    user40). Empty when the claim names none or no measure cites it."""
    named = (ctx.article.entity(e) for e in claim.entities)
    docs = [
        m
        for e in named
        if e is not None and e.label == gz.INSTRUMENT
        for m in _DOCUMENT.finditer(e.text)
    ]
    if not docs or table.empty:
        return table.iloc[0:0]

    def cites(instrument: str) -> bool:
        return any(
            re.search(rf"\b{d['kind']}s?\b", instrument)
            and re.search(rf"\bNo\.\s?{d['number']}\b", instrument)
            and (d["year"] is None or d["year"] in instrument)
            for d in docs
        )

    return measures.kept_rows(table, [cites(str(t)) for t in table["instrument"]])


def products_named(text: str) -> tuple[str, ...]:
    """The products and technologies a claim names by their names or codes
    (`product_names` in data/lexicon/claims.yaml: "the H20", "DUV tools", "HBM"): what a
    measure is on, like goods, not a party or an instrument (round 29, fcd22)."""
    found = claim_words.patterns()["product_names"].finditer(text)
    return tuple(dict.fromkeys(m.group(0) for m in found))


def names_instrument(ctx: Context, claim: Claim) -> bool:
    """Whether a claim names an instrument by its name ("the Entity List", "its export
    control list"), so that a count a listing's title gives singles that listing out, where
    "a growing list of companies" names none (`measure_details.counted_rows`)."""
    return any(ctx.article.entity(e).label == "INSTRUMENT" for e in claim.entities)


def lists_named(ctx: Context, claim: Claim) -> tuple[str, ...]:
    """The listing types of the lists a claim names by their names (`measure_details.
    LIST_NAMES`: China's export control list, its Unreliable Entity List; not "entity
    listing", which a "blacklist" of any side's is read as too)."""
    named = {
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "INSTRUMENT"
    }
    types = measure_details.INSTRUMENT_TYPES
    lists = (n for n in measure_details.LIST_NAMES if n in named)
    return tuple(dict.fromkeys(k for name in lists for k in types[name]))


def issuing_body(ctx: Context, claim: Claim, frame: Frame) -> tuple[str, tuple[str, ...]]:
    """The first body of the actor's country with agency terms (`agency` in the
    organisations lexicon) that the claim names before its first measure word, and those
    terms, when the frame's actor is the country itself ("the U.S. Department of the
    Treasury's Office of Foreign Assets Control issued new sanctions": the Treasury issues,
    not any US body); else ('', ())."""
    bodies = {o.name: o for o in lexicon.organisations()}
    if not frame.actor_country or frame.actor in bodies:
        return "", ()
    cue = claim.start + claim_words.first_cue(claim.text)
    for e in claim.entities:
        body = bodies.get(ctx.article.entity(e).canonical)
        mine = body is not None and body.country == frame.actor_country and body.agency
        if body is not None and mine and ctx.article.entity(e).start < cue:
            return body.name, tuple(body.agency)
    return "", ()


def agency_terms(actor: str | None) -> tuple[str, ...]:
    """How the measures table's `agency` column names the body a claim's actor is (its
    `agency` in the organisations lexicon); nothing for a country or a whole government."""
    return next((o.agency for o in lexicon.organisations() if o.name == actor), ())


def by_agency(table: pd.DataFrame, terms: tuple[str, ...]) -> pd.DataFrame:
    """The measures whose issuing agency is named by one of `terms`."""
    return table.loc[table["agency"].map(lambda a: any(t in str(a) for t in terms))]


def company_names() -> frozenset[str]:
    """The canonical names of the companies of the organisations lexicon (`kind: company`):
    parties a measure targets, never who imposes one."""
    return frozenset(_companies())


def _firms_and_products(
    ctx: Context, claim: Claim, frame: Frame
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The companies (`kind: company` in the organisations lexicon) a claim names, each with
    the ways a measure's title may write it (its aliases), and the products it names
    (entities of kind product that are no good of the goods lexicon: a model code, "H20
    chips"); not the frame's actor (a company that acts)."""
    known = _companies()
    firms: dict[str, tuple[str, ...]] = {}
    products: list[str] = []
    for e in claim.entities:
        ent = ctx.article.entity(e)
        if ent is None or ent.canonical == frame.actor:
            continue
        if ent.label == gz.ORG and ent.canonical in known:
            firms[ent.canonical] = known[ent.canonical]
        elif (
            ent.label == gz.COMMODITY
            and ent.kind == "product"
            and not goods.names_a_good(ent.canonical)
        ):
            products.append(ent.canonical)
    return firms, tuple(dict.fromkeys(products))


def _companies() -> dict[str, tuple[str, ...]]:
    """The companies of the organisations lexicon (`kind: company`), each with the ways a
    measure's title may write it: its name and its aliases."""
    return {o.name: (o.name, *o.aliases) for o in lexicon.organisations() if o.kind == "company"}


# The patterns `_pattern` keeps: every capitalised word of every measure claim comes
# through it, so the kept ones are bounded, the least recently used dropped (review of
# round 29; docs/performance-log.md, "Tests: round 29"). The companies' patterns are one per
# company.
PATTERNS_KEPT = 2048


@lru_cache(maxsize=PATTERNS_KEPT)
def _pattern(ways: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `ways` as a whole word, compiled once while kept (`PATTERNS_KEPT`)."""
    return re.compile("|".join(rf"\b{re.escape(w)}\b" for w in ways))


def _of_firms(m: pd.Series) -> bool:
    """Whether a measure is on named parties: a listing, or one whose title names a company
    of the organisations lexicon ("... told to stop buying Micron products")."""
    if m["measure_type"] in measure_details.listing_types():
        return True
    title = str(m["title"])
    return any(_pattern(ways).search(title) for ways in _companies().values())


def unnamed_party(ctx: Context, claim: Claim, frame: Frame, table: pd.DataFrame) -> str:
    """The companies and products a measure claim names as the party or product it affects
    ("Nvidia was barred from selling H20 chips", "told firms to stop buying Nvidia chips")
    that no title of the candidate measures (`table`: the claim's kind, on its goods when
    the catalog names them) names — every product must be named (a model is one thing: a
    rule naming the H20 is not one on the B200), and one of the firms —, when either the
    claim names no acting government (the measures are matched on goods alone: one on a
    group of goods does not say what befell that firm or product) or every candidate is on
    other named parties (a listing, "Micron products"); else ''. A government's measure on
    the group ("the US is restricting the sale of chips that Nvidia designed") stays
    decided (round 26)."""
    firms, products = _firms_and_products(ctx, claim, frame)
    if not (firms or products) or table.empty:
        return ""
    rows = _naming_all(table, firms, products)
    unnamed = [p for p in products if not rows[p].any()]
    if firms and not any(rows[f].any() for f in firms):
        unnamed = [*firms, *unnamed]
    if not unnamed:
        return ""
    if frame.actor_country and not table.apply(_of_firms, axis=1).all():
        return ""
    return " and ".join(unnamed)


def unnamed_model(ctx: Context, claim: Claim, iso: str, table: pd.DataFrame) -> str:
    """The product models a ban claim names (`products_named`: "The initial AI GPUs that
    were banned were the NVIDIA H100") that no title of the side's export measures (`table`)
    names, when the claim's own words name no government, body or official of that side
    (`iso`; a firm of it is none): a measure on
    a class of goods does not say what befell one model, as `unnamed_party` reads a measure
    claim's products; "The US banned exports of A100 chips" names its government and stays
    decided on the goods (round 38, fx38c); else ''."""
    products = products_named(claim.text)
    found = (ctx.article.entity(e) for e in claim.entities)
    firms = _companies()
    if not products or any(
        e is not None and e.country == iso and e.label != gz.COMMODITY and e.canonical not in firms
        for e in found
    ):
        return ""  # a government, body or official of the side named: its measure on the group
    rows = _naming_all(table, {}, products)
    return " and ".join(p for p in products if not rows[p].any())


def _naming_all(
    table: pd.DataFrame, firms: dict[str, tuple[str, ...]], products: tuple[str, ...]
) -> dict[str, pd.Series]:
    """Per firm and product, which titles of `table` name it."""
    titles = table["title"].astype(str)
    ways = {**firms, **{p: (p,) for p in products}}
    return {
        name: titles.map(lambda t, p=pattern: bool(p.search(t)))
        for name, pattern in ((n, _pattern(w)) for n, w in ways.items())
    }


def naming_firms(ctx: Context, claim: Claim, frame: Frame, table: pd.DataFrame) -> pd.DataFrame:
    """The measures of `table` whose titles name the claim's products, all of them, and one
    of its firms (those it names): the claim's measures, whatever word of the sentence names
    them ("Nvidia was barred from selling H20 chips": `naming` skips a sentence's first word,
    often a capitalised common word). Empty when it names none, or none is named."""
    firms, products = _firms_and_products(ctx, claim, frame)
    if not (firms or products) or table.empty:
        return table.iloc[0:0]
    rows = _naming_all(table, firms, products)
    keep = pd.Series(True, index=table.index)
    for p in products:
        keep &= rows[p]
    if firms:
        keep &= pd.concat([rows[f] for f in firms], axis=1).any(axis=1)
    return table.loc[keep]


def of_the_day(
    ctx: Context,
    claim: Claim,
    frame: Frame,
    tables: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
    days: list[Any],
    hits: Callable[[pd.DataFrame, list[Any]], pd.DataFrame],
) -> pd.DataFrame:
    """The claim's measures when those on its goods naming its firm (`mine`, of `tables`:
    base, found, mine) fit none of its days (`hits`), round 26 (dt20): (a) the listings of
    `base` (the claim's kind, whatever their goods) naming the firm whose days fit — a
    listing names no goods ("Intel was banned from selling chips to Huawei in May 2019":
    Huawei's listing of that month, not the later rule on chips it designs); else (b) when a
    government acts and the claim names firms but no product, `mine` with the measures of
    `found` on the group, naming no firm, when their days fit ("The US restricted exports of
    advanced chips made by Nvidia in October 2022": the October 2022 rule, not the H20's of
    2025); a listing of other firms stays out ("added SMIC to the Entity List in December
    2022" is not YMTC's listing of that month); else `mine`."""
    base, found, mine = tables
    listings = base.loc[base["measure_type"].isin(measure_details.listing_types())]
    listed = naming_firms(ctx, claim, frame, listings)
    fit = hits(listed, days)
    if not fit.empty:
        return fit
    if not frame.actor_country or _firms_and_products(ctx, claim, frame)[1] or found.empty:
        return mine
    pool = found.loc[found.index.isin(mine.index) | ~found.apply(_of_firms, axis=1)]
    fit = hits(pool, days)
    return fit if not fit.empty else mine
