"""Which side a tariff claim's own words put the tariff on, for the third-party rule of
`catalog_scope` (round 30, branch tp30; docs/factcheck-log.md, "Tariffs on other countries, in
more wordings"). The catalog's tariffs fall on the two sides only (US tariffs on China,
China's on the US), so a tariff its own words put on a third country, or on "other
countries", is not one it could hold. Three readings the frame alone gets wrong:

- a partner the claim's words name by an abbreviation ("a 10% tariff on NZ goods"), read
  from the country names and aliases of the gazetteer (`data/lexicon/places.yaml`), while
  the frame took its partner from the rest of the sentence ("China and EU hit even harder");
- a partner phrase of other countries ("on imports from a wide range of other countries":
  `other_partners` words in `data/lexicon/claims.yaml`), which names no side;
- goods the frame borrowed from earlier sentences ("tariffs on Canadian goods" after
  sentences on farm goods): only goods the claim's own words name are the claim's goods
  for the rule."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

import pandas as pd

from analysis.analyses import measures, visits
from analysis.article import claim_words
from analysis.article import gazetteer as gz
from analysis.article.frames import Frame
from analysis.data import cache as kept_cache
from analysis.data import countries, goods
from analysis.evidence import rate_named
from analysis.evidence import verdicts as v
from analysis.vocab import Label

# The frame actions of a tariff claim (its imposition or its relaxation), whose partner the
# third-party rule compares (`catalog_scope.third_party` and the readings here).
TARIFF_ACTIONS = ("tariff", "relaxation")


@cache
def _worded_forms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Every country's names and aliases (abbreviations included: "NZ", "UAE") and the
    nationality words, each with its words as written (what its pattern searches for, case
    kept), as a whole-word pattern, with the country it points to."""
    forms = {a: t.country for t in gz.countries() for a in t.aliases if t.country}
    forms.update(gz.demonyms())
    forms.setdefault(countries.name(countries.EU), countries.EU)  # "European Union"
    return tuple(
        (f, re.compile(rf"(?<![\w.]){re.escape(f)}(?![\w]|\.\w)"), c) for f, c in forms.items() if f
    )


# Texts whose country mentions are kept (`_mentions`), the least recently used dropped.
MENTIONS_KEPT = 1024


def _mentions(text: str) -> tuple[tuple[int, str], ...]:
    """Where `text` names a country (by a name, an alias or a demonym), sorted: (start,
    country) per match of `_worded_forms`. Kept per text (`MENTIONS_KEPT`): a tariff
    claim's text is scanned by `own_reading`, `other_partners`, `names` and
    `affected_named` in turn, each over every country form (round 31, speed28). Tied to the
    forms it was read with (`cache.tied`): made anew (`_worded_forms.cache_clear`), they
    drop it."""
    return _scanned(text)


@kept_cache.tied(lambda: _worded_forms(), MENTIONS_KEPT)
def _scanned(text: str) -> tuple[tuple[int, str], ...]:
    # a form's pattern is its words as written (case kept) between word bounds: a form the
    # text does not hold as written cannot match, so its pattern is not run
    return tuple(
        sorted((m.start(), c) for f, p, c in _worded_forms() if f in text for m in p.finditer(text))
    )


def parties_named(text: str) -> tuple[str, ...]:
    """The countries `text` names by a name, an alias or a demonym, in order of mention."""
    hits = _mentions(text)
    return tuple(dict.fromkeys(c for _, c in hits))


def affected_named(text: str) -> str | None:
    """The first country `text` names (by a name, an alias or a demonym) right after "on",
    "to", "against", "from" (`affected_before`: "a 125% tariff on Canada"): the side its
    measure falls on; None when there is none. `parties.demonym_affected` reads demonyms
    only, with the goods they qualify."""
    before = claim_words.patterns()["affected_before"]
    hits = _mentions(text)
    return next((c for at, c in hits if before.search(text[:at])), None)


def owners(text: str, spots: list[tuple[int, int]]) -> tuple[str, ...]:
    """The side setting each rate of a tariff claim (`spots`: where each starts and ends,
    in order), when the words after each, up to the next, put it on one of the two sides
    (`affected_named`) and the rates fall on both ("tariffs are around 30% on Chinese
    imports into the U.S. and 10% on U.S. goods entering China": the US sets 30%, China
    10%; round 36, fx36a); empty otherwise."""
    if len(spots) < 2:
        return ()
    ends = [s for s, _ in spots[1:]] + [len(text)]
    hit = [affected_named(text[e:end]) for (_, e), end in zip(spots, ends, strict=True)]
    if set(hit) != set(visits.SIDES):
        return ()
    return tuple(next(s for s in visits.SIDES if s != h) for h in hit)


def names(text: str, iso: str) -> bool:
    """Whether `text` names the country `iso` (by a name, an alias or a demonym)."""
    return iso in parties_named(text)


@cache
def _worded_goods() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Every alias of a commodity that names a goods id, as a whole-word pattern with the
    id, and as the pattern holds it: as written when the pattern keeps case, else in lower
    case."""
    out = []
    for t in gz.commodities():
        if not goods.names_a_good(t.canonical):
            continue  # a commodity with no goods id names no goods of a frame
        gid = goods.resolve(t.canonical)
        flags = 0 if t.case_sensitive else re.IGNORECASE
        for a in t.aliases:
            out.append(
                (a if flags == 0 else a.lower(), re.compile(rf"\b{re.escape(a)}\b", flags), gid)
            )
    return tuple(out)


def _goods_named(text: str) -> frozenset[str]:
    """The goods ids `text` names (an alias of a commodity of the gazetteer). Kept per text
    (`MENTIONS_KEPT`) and tied to the forms it was read with, as `_mentions` (round 31,
    speed28)."""
    return _goods_scanned(text)


@kept_cache.tied(lambda: _worded_goods(), MENTIONS_KEPT)
def _goods_scanned(text: str) -> frozenset[str]:
    # in an ASCII text, an ASCII alias can match only where the text (lowered, for a pattern
    # blind to case) holds it: the other patterns are not run; any other text runs them all
    plain = text.isascii()
    lowered = text.lower()
    return frozenset(
        g
        for word, p, g in _worded_goods()
        if not (plain and word.isascii())
        or word in (text if p.flags & re.IGNORECASE == 0 else lowered)
        if p.search(text)
    )


def own_goods(frame: Frame, text: str) -> tuple[str, ...]:
    """The frame's goods that the claim's own words name; goods carried over from earlier
    sentences are not the claim's own."""
    if not frame.goods:  # nothing to keep: the text is not scanned (round 33, perf33)
        return ()
    named = _goods_named(text)
    return tuple(g for g in frame.goods if g in named)


def own_reading(frame: Frame, text: str) -> Frame:
    """The tariff frame as the third-party rule should read it: its partner the one the
    claim's own words name (when they name exactly one country besides the actor and not the
    frame's partner), and its goods only those its own words name."""
    if frame.action not in TARIFF_ACTIONS or not frame.actor_country:
        return frame
    partner = frame.partner
    if partner is None or not names(text, partner):
        others = [c for c in parties_named(text) if c != frame.actor_country]
        partner = others[0] if len(others) == 1 else partner
    return replace(frame, partner=partner, goods=own_goods(frame, text))


def other_partners(frame: Frame, text: str) -> v.Decision | None:
    """A tariff claim whose frame names no partner and whose own words put it on other
    countries ("on imports from a wide range of other countries": `other_partners` words):
    the catalog's tariffs fall on the two sides only, so they do not decide it."""
    if frame.action not in TARIFF_ACTIONS or frame.partner is not None:
        return None
    if any(c != frame.actor_country for c in parties_named(text)):
        return None  # "on China and other countries": a side is named
    other = claim_words.patterns()["other_partners"].search(text)
    if not other:
        return None
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim puts the tariff on other countries ('{other.group(0)}') and names no "
        "side; the catalog's tariffs fall on the two sides only (US tariffs on China, "
        "China's on the US), so they do not decide it.",
    )


def rates_elsewhere(frame: Frame, text: str, spots: list[tuple[int, int]]) -> dict[int, str]:
    """Of a tariff claim's rates (`spots`: where each starts and ends, in order), those its
    own words put on a third country (round 32, fcr32; Newstalk ZB: "tariffs of 34% on
    imports from China and 20% on imports from the European Union", whose 20% was read as
    China's): the first country named after "on", "to", "against", "from"
    (`affected_named`) between a rate and the next one, when it is neither the frame's
    actor nor its partner and another rate of the claim is not put there too. By start,
    the country; empty when the frame has no partner or the claim states one rate."""
    if frame.partner is None or len(spots) < 2:
        return {}
    ends = [s for s, _ in spots[1:]] + [len(text)]
    sides = {s: affected_named(text[e:end]) for (s, e), end in zip(spots, ends, strict=True)}
    own = {frame.partner, frame.actor_country}
    away = {s: c for s, c in sides.items() if c is not None and c not in own}
    return away if len(away) < len(spots) else {}


def both_sides(
    actor: str | None,
    as_of: dt.date | None,
    rates: tuple[float, ...],
    period: tuple[str, str] | None = None,
    owners: tuple[str, ...] = (),
    whole: bool = False,
) -> list[str]:
    """The measures a claim stating several rates and naming no side in its own words
    means when no tariff measure of its actor (announced by `as_of`) sets one of them and
    the other side's measures do (round 32, fcr32; İLKHA: "leaving the current 30% and 10%
    tariffs in place", read in China's frame, when 30% is the US rate and 10% China's): for
    each rate, the latest measure of the actor, else of the other side, with a row setting
    it that is in force on the claim's day (the last day of `period`, first and last ISO
    day, when the claim is dated: "in May", of measures announced in it; else `as_of`):
    `rate_named.rows_in_force`, so a level replaced by then, or a band of an old list, is
    not one the claim's present level is read as (review of round 36, rev36: "30% on
    Chinese imports and 20% on U.S. goods" in August 2025 was supported by China's 20% band
    of 2019). A claim naming no goods (`whole`) tells a side's level on all the other
    side's goods: of a side with a row on all goods in force, those rows only. With no
    date, the latest measure that ever set it. With `owners` (`Stated.owners`: the side
    the claim's words give each rate), each rate is looked for among that side's measures
    only. Empty unless both sides are needed and every rate is set."""
    if actor not in visits.SIDES or len(rates) < 2:
        return []
    other = next(s for s in visits.SIDES if s != actor)
    catalog = measures.measures().sort_values("announced", kind="stable")
    if as_of is not None:
        catalog = catalog.loc[pd.to_datetime(catalog["announced"]) <= pd.Timestamp(as_of)]
    days = [pd.Timestamp(d) for d in (as_of, period[1] if period else None) if d is not None]
    live = rate_named.rows_in_force(catalog, min(days)) if days else None
    if live is not None and whole:
        every = live["goods"].map(lambda g: goods.ALL_GOODS in g)
        broad = set(live.loc[every, "side"])
        live = live.loc[every | ~live["side"].isin(broad)]
    if period is not None:
        day = pd.to_datetime(catalog["announced"])
        catalog = catalog.loc[(day >= period[0]) & (day <= period[1])]
    picked: list[tuple[str, str]] = []
    for i, rate in enumerate(rates):
        looked = (owners[i],) if owners else (actor, other)
        hit = next(
            ((side, m) for side in looked if (m := _latest_setting(catalog, side, rate, live))),
            None,
        )
        if hit is None:
            return []
        picked.append(hit)
    return sorted({m for _, m in picked}) if {s for s, _ in picked} == {actor, other} else []


def _latest_setting(
    catalog: pd.DataFrame, side: str, rate: float, live: pd.DataFrame | None
) -> str | None:
    """The last measure of `side` in `catalog` (in its order) with a row setting `rate`
    (of the rows `live`, when given)."""
    own = list(catalog.loc[catalog["implementing_iso3"] == side, "measure_id"])
    ids = rate_named.setting(own, rate, live)
    return next((m for m in reversed(own) if m in ids), None)
