"""Who took part in a contact and where, against the `visits` timeline: the two heads of
state a pair names, the countries people hold office in, the countries and places a claim
names against the recorded contact, people named as receiving a visitor, delegations, and
people a contact does not list. Used by `contact_checks`."""

from __future__ import annotations

import re
from typing import Any

from analysis.analyses import visits
from analysis.article import frames
from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.data import countries
from analysis.evidence.model import Context, sentence_span, to_day


def heads_of_state(ctx: Context, claim: Claim) -> list[str]:
    """'the two heads of state' ('the two presidents') in a claim that names nobody, in a
    sentence naming both China and the United States (for 'the two countries' presidents',
    the last two countries named up to the claim): the presidents of the two on the
    article's date, from the officials table; else []."""
    pair = patterns()["pair_words"].search(claim.text)
    if pair is None or ctx.as_of is None or not patterns()["head_pairs"].match(pair.group(0)):
        return []
    sentence = sentence_span(ctx, claim)
    named = {e.country for e in ctx.article.entities if sentence[0] <= e.start < sentence[1]}
    if patterns()["pair_countries_named"].search(pair.group(0)):  # "the two countries'"
        before = [
            e.country
            for e in ctx.article.entities
            if e.kind == "country" and e.country and e.start < claim.start
        ]
        named = set(list(dict.fromkeys(reversed(before)))[:2])
    if not {"USA", "CHN"} <= named:
        return []
    day = ctx.as_of
    heads = []
    for country in ("USA", "CHN"):
        holding = [
            (o.start, p.name)
            for p in gz.people()
            for o in p.offices
            if o.country == country
            and "president" in o.keywords
            and "vice" not in o.keywords
            and o.start is not None
            and o.start <= day
            and (o.end is None or day < o.end)
        ]
        heads += [max(holding)[1]] if holding else []
    return heads if len(heads) == 2 else []


def home_countries(people: list[str]) -> set[str]:
    """The countries the people hold office in (ISO codes): 'United States National Security
    Advisor Jake Sullivan' names his country, not where he met anyone."""
    return {o.country for p in people if (known := gz.person(p)) for o in known.offices}


# How far before a country's name its word of place is looked for: the longest word
# (`contact_place_words`: "inside") with "the" and the spaces between ("inside the ", 11)
PLACE_WORD_REACH = 12


def placed_countries(ctx: Context, claim: Claim, people: list[str]) -> list[Any]:
    """The countries a claim names as places (entities): a country right after a word of
    place (`contact_place_words`: "are in China this week", "flew to the United States"),
    even one of the people's own; else one other than the people's own ("United States
    National Security Advisor Jake Sullivan" names his country, a title, not where he met
    anyone). The one reading of "place or title?" for the hosts, the places and the
    contact a claim means (review of round 29)."""
    own, text = home_countries(people), ctx.article.text
    before = patterns()["contact_place_before"]
    return [
        e
        for e in (ctx.article.entity(r) for r in claim.entities)
        if e.label == gz.PLACE
        and e.kind == "country"
        and e.country
        and (
            e.country not in own
            or before.search(text[max(claim.start, e.start - PLACE_WORD_REACH) : e.start])
        )
    ]


def host_countries(ctx: Context, claim: Claim, people: list[str]) -> set[str]:
    """Countries a claim names as places (ISO codes, `placed_countries`)."""
    return {e.country for e in placed_countries(ctx, claim, people)}


def _host(row: Any) -> str | None:
    """The recorded contact's host country (ISO code), or None."""
    return countries.iso3(str(row["host"])) if row["host"] else None


def elsewhere(ctx: Context, claim: Claim, recorded: Any, supported: bool, people: list[str]) -> str:
    """The places a claim names when none of them is where the recorded contact was: not
    the host country; or, for a claim the dates do not support, none of its cities among
    the recorded places (a place list may leave out a city of the trip, or name a town
    near the one a story names, so matching dates keep a city of the same country). Its
    countries are those it names as places (`placed_countries`); a site the gazetteer
    places in no country is not compared."""
    placed = placed_countries(ctx, claim, people)
    places = [
        e
        for e in (ctx.article.entity(r) for r in claim.entities)
        if e.label == gz.PLACE
        and e.country  # a site the gazetteer cannot place ("Gimhae Air Base") tells nothing
        and (e.kind != "country" or e in placed)
    ]
    host = _host(recorded)
    where = str(recorded["places"]).lower()
    cities = frames.venues(places)

    def there(p: Any) -> bool:
        if p in cities and not supported:
            return p.canonical.lower() in where
        return p.country == host or p.canonical.lower() in where

    if not places or any(there(p) for p in places):
        return ""
    return ", ".join(p.canonical for p in places)


def received_by(ctx: Context, claim: Claim) -> set[str]:
    """People the claim names as receiving a visitor ("was met by Lin Feng, the director of
    ..."): a `received_by` phrase at most six words before the name, in the same clause."""
    text, out = ctx.article.text, set()
    for e in (ctx.article.entity(i) for i in claim.entities):
        if e.label != gz.PERSON:
            continue
        before = text[max(claim.start, e.start - 80) : e.start]
        last = list(patterns()["received_by"].finditer(before))
        between = before[last[-1].end() :] if last else ""
        if last and len(between.split()) <= 6 and not re.search(r"[,;.]", between):
            out.add(e.canonical)
    return out


def delegations(row: Any) -> bool:
    """Whether a contact lists every delegate: talks in a third country, where the table
    names both delegations as visitors (a visit's or a summit's hosts are a selection)."""
    host = _host(row)
    return row["kind"] == "talks" and host is not None and host not in visits.SIDES


def _listed(row: Any) -> str:
    """Everyone a contact `row` lists: its people and its official, one text."""
    return "; ".join(row["people"]) + "; " + str(row["official"])


def not_there(row: Any, people: list[str]) -> list[str]:
    """Known officials the claim names that the contact does not list (a meeting with
    someone else: "met earlier this week with the ambassador")."""
    listed = _listed(row)
    return [p for p in people if gz.person(p) and not visits.names(p, listed)]


def placed_only(claim: Claim, people: list[str], places: list[str]) -> str | None:
    """Why a contact found by its places alone cannot be checked, or None: a claim that
    names no one the timeline could hold and has no word of a contact of officials
    (`contact_words`: a meeting, a visit, a call) tells no contact; its places (a firm's
    projects "in Australia, Europe, and the United States") match some meeting there by
    chance (round 28, fcv21)."""
    if people or not places or patterns()["contact_words"].search(claim.text):
        return None
    return (
        f"The claim names no one and tells no contact of officials, only places "
        f"({', '.join(places)}); places alone name no meeting in the timeline. Who met, "
        "and when, would decide it."
    )


def absent_actor(claim: Claim, row: Any, people: list[str]) -> str | None:
    """Why a contact cannot show the claim, or None: the person the claim has act (its
    frame's actor, named in it, and no official of either side) is not among the contact's
    people ("Kristersson met Bessent and Greer for breakfast", matched by the others to the
    day's talks). The row records a contact, not that the actor took part in it (round 28,
    fcv21)."""
    actor = claim.frame.actor if claim.frame else None
    listed = _listed(row)
    if not actor or actor not in people or visits.names(actor, listed):
        return None
    said = patterns()["attribution"].search(claim.text)
    if said is not None and actor in claim.text[: said.start()]:
        return None  # "Analyst Jane Morrow said Bessent met He Lifeng": the speaker, not who met
    if home_countries([actor]) & set(visits.SIDES):
        return None  # a US or Chinese official: a visit's hosts are a selection
    return (
        f"The timeline's contact on {str(row['start'])[:10]} ({'; '.join(row['people'])}) does not "
        f"list {actor}, whose contact the claim tells: it cannot show that {actor} took part. "
        f"A record of {actor}'s meetings would decide it."
    )


def _unfit(claim: Claim, people: list[str]) -> bool:
    """Whether the claim's own words name parties that people borrowed from an earlier
    sentence are not: a group by rank (`rank_groups`: "a meeting between the two countries'
    presidents"), or a pair or the two sides (`pair_words`, `two_sides`) when the people are
    not of both governments. A pronoun for the same person ("He arrived in Beijing") fits."""
    if patterns()["rank_groups"].search(claim.text):
        return True
    pair = patterns()["pair_words"].search(claim.text) or patterns()["two_sides"].search(claim.text)
    return pair is not None and not set(visits.SIDES) <= home_countries(people)


def not_the_claimed(
    ctx: Context, claim: Claim, row: Any, people: list[str], borrowed: bool
) -> str | None:
    """Why a recorded contact on other days than the claimed ones cannot deny them, or None.
    A date mismatch refutes a claim only when the recorded contact is the one it means: not
    of people borrowed from an earlier sentence whom its own words do not fit ("The trip was
    followed by a meeting between the two countries' presidents in November", matched by
    the trip's people; `_unfit`), and not in another country than the one the claim places
    it in (`placed_countries`: "Lighthizer and Mnuchin are in China this week for another
    round of talks with Liu He", nearest recorded round in Washington). Otherwise it is
    another contact, which the timeline, a selection, may not record (round 29, blind33;
    narrowed to unfit parties in the review of round 29: "He arrived in Beijing" is the
    earlier sentence's visitor). A city elsewhere is left to `elsewhere`."""
    day = to_day(row["start"])
    if borrowed and _unfit(claim, people):
        return (
            f"The claim names no one the timeline could hold; the people of an earlier "
            f"sentence have a contact on {day}, which need not be the one it means, and a "
            "selection of contacts may lack that one."
        )
    host = _host(row)
    for e in placed_countries(ctx, claim, people):
        if e.country != host:
            return (
                f"The claim places the contact in {e.canonical}; the timeline's nearest "
                f"contact of theirs was in {row['host']} ({row['places']}) on {day}: another "
                "contact, which the timeline, a selection of contacts, may not record."
            )
    return None


def unlisted_counterpart(ctx: Context, claim: Claim, row: Any) -> list[str]:
    """The other party a claim names after a word of a meeting and "with"
    (`counterpart_opens`), when the contact `row` does not list them: a name the officials
    table does not hold ("Xi did meet with Senate Majority Leader <a senator>"), or an
    office title whose holder on the article's date the row leaves out ("Yellen met earlier
    this week with China's ambassador to the United States"). A known official named there
    is left to `not_there`; a party by a common noun ("Chinese officials") names no one.
    Set against a contact on other days, the claim tells another contact, which the
    timeline, a selection, may not record (round 34, fx34o)."""
    opens = list(patterns()["counterpart_opens"].finditer(claim.text))
    if not opens or ctx.as_of is None:
        return []
    start = claim.start + opens[-1].end()
    cut = re.search(r"[,;]", ctx.article.text[start : claim.end])
    end = start + cut.start() if cut else claim.end
    inside = [
        e
        for e in (ctx.article.entity(r) for r in claim.entities)
        if start <= e.start and e.end <= end
    ]
    if any(e.label == gz.PERSON and gz.person(e.canonical) for e in inside):
        return []  # a known official: `not_there`
    named = [e.canonical for e in inside if e.label != gz.PLACE]  # no official: unknown
    if named:
        return named[:1]
    # the office's country: the first place named ("China's ambassador"), else a demonym
    said = ctx.article.text[start:end]
    place = next((e.country for e in inside if e.label == gz.PLACE and e.country), None)
    demonym = re.search(r"\b(?:" + "|".join(map(re.escape, gz.demonyms())) + r")\b", said)
    country = place or (gz.demonyms()[demonym.group(0)] if demonym else None)
    if country is None:
        return []
    words = set(re.findall(r"[a-z]+", said.lower()))
    day = ctx.as_of
    holders = [
        p.name
        for p, o in gz.offices_named(words, country)
        if o.start is not None and o.start <= day and (o.end is None or day <= o.end)
    ]
    listed = _listed(row)
    return [p for p in holders[:1] if not visits.names(p, listed)]
