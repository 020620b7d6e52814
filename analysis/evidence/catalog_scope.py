"""Measure claims the catalog cannot decide whatever it holds: denials, restrictions
notified privately, entry bans, investigations, intentions and consultations, licences of
firms revoked, permits put on buyers, tariffs on every partner or on a third party, dates
of when news came out, sums over a span, acts of markets ("lower oil prices curbed ..."),
and claims dated before the catalog's first measure; and which measures an administration
named after a president can have taken (`in_term`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, measure_reading
from analysis.article.frames import Frame
from analysis.article.quantities import TARIFF
from analysis.data import cache, datasets, goods
from analysis.evidence import measure_details, rate_named, tariff_sides
from analysis.evidence import verdicts as v
from analysis.vocab import Label


def outside_the_catalog(frame: Frame, text: str, sentence: str = "") -> v.Decision | None:
    """Measure claims the catalog cannot decide whatever it holds: denials ('the curbs
    were not directed at any country'); about restrictions
    notified privately ('sent in letters to top toolmakers'), which it does not hold; about
    an investigation named before any measure word (`probes`: "was investigating DuPont for
    allegedly violating the anti-monopoly law"), which it does not record; about a step
    short of a measure, an intention stated or a consultation (`short_of_measure`); about
    licences held by firms being revoked ('partially revoked a licence for ASML'), which it
    does not record; dated
    by when news of a measure came out ('first disclosed on 1 September'), which it does
    not record; a tariff put on every partner or on each by its own rate, naming no side
    ("country-specific tariffs", "all steel and aluminum imports": `every_partner` words),
    when the catalog's tariffs fall on the two sides only; or
    entirely before its first measure (absence there proves nothing). A framework law is
    the exception: a country enacts one, which the catalog holds, so a law dated before it
    is checked (and wrong). An undated claim whose words or sentence (`sentence`) sum
    measures over a span (`running_total` words: "over the past two years", "in recent
    years") is about many measures, no one of which it names; so is an undated claim that
    names a kind of measure as the tool of a practice (`measure_practice`: "has used export
    controls to ...", "its answer has been export controls"). An undated claim with no rate that
    counts the items or tariff lines a measure covers (`item_counts`: "a total of nine
    graphite items", "a list of 79 US imports") is about a number the catalog does not
    hold. A list of goods designated crucial (`designation_lists`: "a list of minerals crucial
    to economic and national security") is no trade measure. A party's answer to the press
    or its silence (`press_replies`: "did not respond to a request for comment") is a note of
    the reporting, not a measure."""
    replied = claim_words.patterns()["press_replies"].search(text)
    if replied:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim reports a party's answer to the press, or its silence "
            f"('{replied.group(0).strip()}'), not a measure; the measure it names is what "
            "the question was about.",
        )
    if frame.negated:
        return v.Decision(
            Label.NOT_CHECKABLE,
            "The claim says what a measure did not do or was not; the catalog records what "
            "measures did, which does not decide that.",
        )
    private = measure_reading.unpublished(text)
    if private:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about restrictions notified privately ('{private}'); the catalog "
            "holds published measures only.",
        )
    entry = claim_words.patterns()["entry_restrictions"].search(text)
    if entry and frame.action in ("restriction", "ban"):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about restrictions on people's entry ('{entry.group(0)}'); the "
            "catalog holds trade, export and investment measures, none of that kind.",
        )
    market = market_act(text)
    if market:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim's act is a market's ('{market}'), not a government's measure; the "
            "catalog records measures, and no price or output series is bundled.",
        )
    probe, cue = claim_words.patterns()["probes"].search(text), claim_words.first_cue(text)
    then = claim_words.patterns()["probe_then_measure"]  # "... and put it on the list"
    # (its verb may open the measure cue itself: "put it on its list" is a listing's cue)
    later = then.search(text, probe.end()) if probe else None
    if probe and probe.start() < cue and not (later and later.start() < cue):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about an investigation ('{probe.group(0)}'), named before any "
            "measure; the catalog records measures taken, not investigations opened.",
        )
    if short := short_of_measure(text, sentence):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim tells a step short of a measure taken ('{short}': an intention stated "
            "or a consultation on a measure); the catalog records measures announced.",
        )
    revoked = licence_revoked(text, sentence)
    if revoked:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about licences held by firms being taken back ('{revoked}'); "
            "the catalog records export-control measures (requirements, bans, listings), not "
            "the licences granted or revoked under them.",
        )
    buyers = claim_words.patterns()["importer_permits"].search(text)
    if buyers and frame.action in ("licence", "restriction"):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim puts the permit on the goods' buyers ('{buyers.group(0)}'); the "
            "catalog records licences on exports, not who must apply for them.",
        )
    every = claim_words.patterns()["every_partner"].search(text)
    if every and frame.action == "tariff" and frame.partner is None:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim puts the tariff on every partner or on each by its own rate "
            f"('{every.group(0)}') and names no side; the catalog's tariffs fall on the two "
            "sides only (US tariffs on China, China's on the US), so they do not decide it.",
        )
    if other := tariff_sides.other_partners(frame, text):
        return other
    if share := fraction_rate(frame, text):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim gives the tariff as a fraction ('{share}') of a level it does not "
            "state in percent (the partner's own rates, an earlier tariff); the catalog "
            "records rates in percent, so it does not decide it.",
        )
    stranger = third_party(tariff_sides.own_reading(frame, text), text)
    if stranger:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim puts the {frame.action} on a third party ({stranger}); no measure of "
            f"its kind by {frame.actor_country} in the catalog falls on that party, so the "
            "catalog's measures on other parties do not decide it.",
        )
    reported = [w for w in frame.when if w.role == "reported"]
    if reported:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim dates when news of the measure came out ('{reported[0].text}'); the "
            "catalog records the days measures were announced and took effect, not that.",
        )
    # "since" dates a measure (or gives a reason): the other words name a span
    totals = claim_words.patterns()["running_total"].finditer(f"{sentence} {text}")
    span = next((m for m in totals if m.group(0).lower() != "since"), None)
    # undated, or dated only by the span itself ("over the past two years")
    if (
        span
        and all(span.group(0).lower() in w.text.lower() for w in frame.when)
        # "restrictions imposed over the past year include gallium, germanium and graphite":
        # goods the catalog names tell which measures, and no number sums them (fx36b)
        and not (catalogued_goods(frame) and frame.quantity is None)
    ):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim sums measures over a span ('{span.group(0)}') and names no one of "
            "them; the catalog is a selection of measures, so it cannot add them up.",
        )
    designated = claim_words.patterns()["designation_lists"].search(text)
    if designated:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about a list of goods designated crucial ('{designated.group(0)}'), "
            "not a trade measure; the catalog records trade, export and investment measures.",
        )
    practice = claim_words.patterns()["measure_practice"].search(text)
    if practice and not any(w.start for w in frame.when):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim describes a practice ('{practice.group(0)}') and names no "
            "one measure; the catalog is a selection of measures, so it cannot decide a "
            "policy described.",
        )
    items = claim_words.patterns()["item_counts"].search(text)
    # a count tied to the measure's own list ("20 mineral items are banned") is checked
    # against the matched measure's title (`measure_details`, `counted_parties`)
    told = claim_words.counted_parties(text)
    if items and not told and frame.quantity is None and not any(w.start for w in frame.when):
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim counts the items a measure covers ('{items.group(0)}') and gives no "
            "date or rate; the catalog records a measure's goods, not how many items or lines "
            "it lists, so the goods alone do not decide the count.",
        )
    ends = [dt.date.fromisoformat(w.end or w.start) for w in frame.when if w.start]
    first = measures.first_announced() if ends else None
    if first and ends and max(ends) < first and frame.action != "law":
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is dated before the catalog's first measure ({first}); the catalog "
            "does not cover that period.",
        )
    return None


def fraction_rate(frame: Frame, text: str) -> str:
    """The fraction a tariff claim gives as its level ("reciprocal tariffs of half",
    "tariffs of about a quarter": a quantifier phrase of the tariff with both bounds, as
    `quantities.share_word_bounds` reads a fraction), else ''. A fraction of a tariff is of
    a base the claim does not give (the partner's rates, the level before), not a rate in
    percent; a change by a fraction ("cut tariffs by half": of a change), a loose word with
    one bound ("most tariffs") and a share of the goods taxed ("tariffs on half of Chinese
    goods": the fraction before "of") are not it (round 38, fx38c)."""
    q = frame.quantity
    if frame.action != "tariff" or q is None or q.of != TARIFF or q.value is not None:
        return ""
    if q.unit != "" or q.low is None or q.high is None:
        return ""
    return "" if re.search(re.escape(q.text) + r"\s+of\b", text, re.I) else q.text


def subject_lead(text: str, sentence: str) -> str:
    """The words of `sentence` before a clause `text` cut from its subject (it opens in
    lower case: "... or transfer any items to these persons", after "No person may
    export,"); '' for a clause that opens its sentence or has its own subject."""
    at = sentence.find(text) if text else -1
    return sentence[:at] if at > 0 and text[:1].islower() else ""


def predicate_tail(text: str, sentence: str) -> str:
    """The words of `sentence` after a claim `text` that opens it with no verb of imposing a
    measure or of its taking effect ("New plans for export restrictions on technologies for
    ...", cut before "... are currently being discussed in China"): what the sentence goes
    on to say of the measure the claim names, up to a relative or subordinate clause of its
    own ("... graphite exports that prompted Washington to threaten ...": what the measure
    led others to do is not said of it); '' for a claim that does not open its sentence,
    ends it, or has such a verb (round 37, fx37c)."""
    words = claim_words.patterns()
    if not text or not sentence.startswith(text) or len(sentence) <= len(text):
        return ""
    if words["imposition"].search(text) or words["effect_verbs"].search(text):
        return ""
    tail = sentence[len(text) :]
    m = words["tail_clause_opens"].search(tail)  # `tail_clause_opens` words of claims.yaml
    return tail[: m.start()] if m else tail


def short_of_measure(text: str, sentence: str = "") -> str:
    """The words of an intention or a consultation (`short_of_measure`: "voiced his desire
    to", "pledged to", "opened a public comment period") said before the first measure word
    of a clause, or of the words of its `sentence` before it when it is cut from its
    subject (`subject_lead`); '' when there are none, or when they stand in a clause of
    their own opened before them (`passive_clause_openers`: "After a week of promises to
    alter the policy, the department rescinded ...", "After Trump vowed to ..., China
    imposed ...")."""
    openers = claim_words.patterns()["passive_clause_openers"]
    for words in (text, subject_lead(text, sentence)):
        found = claim_words.patterns()["short_of_measure"].search(words)
        if not found or found.end() > claim_words.first_cue(words):
            continue
        opener = openers.search(words, 0, found.start())
        # in the claim itself, only a clause opening it sets the words apart ("Trump said
        # that he intends to impose ..." is his intention still)
        if opener is None or (words is text and words[: opener.start()].strip()):
            return found.group(0)
    return ""


def market_act(text: str) -> str | None:
    """The subject and verb of a clause whose subject is a market noun phrase right before a
    measure verb ("Lower oil prices curbed", "Rising pharmaceutical costs restricted";
    `market_subject`), or None: prices, output or costs act there, not a government."""
    subject = claim_words.patterns()["market_subject"].match(text)
    if subject is None:
        return None
    for cue in claim_words.patterns()["cues"].values():
        if (verb := cue.match(text, subject.end())) is not None:
            return text[: verb.end()].strip()
    return None


def licence_revoked(text: str, sentence: str = "") -> str | None:
    """The words saying that licences held by firms were taken back (`licences_revoked`),
    in the claim or in the rest of its `sentence` when they reach into the claim: a claim
    cut at a comma ("Qualcomm Licenses to Sell Chips to Huawei" of "US Revokes Intel,
    Qualcomm Licenses ...", or "The export licence for ..." before a relative clause and
    "was withdrawn") keeps the sentence's verb."""
    pattern = claim_words.patterns()["licences_revoked"]
    found = pattern.search(text)
    if found:
        return found.group(0)
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    for m in pattern.finditer(sentence):
        if m.start() < at + len(text) and at < m.end():
            return m.group(0)
    return None


def in_term(table: pd.DataFrame, actor: str | None) -> pd.DataFrame:
    """The measures of `table` an administration named after a head of government ('the
    Biden administration', 'the Trump administration') may have taken: those announced in
    a term of that person's office as president in the officials table (any of the terms).
    Any other actor, or a name the table has no president of, leaves `table` as it is."""
    name = (actor or "").removesuffix(" administration").removesuffix(" Administration")
    if not actor or name == actor:
        return table
    terms = president_terms(name)
    if not terms:
        return table
    announced = pd.to_datetime(table["announced"]).tolist()  # NaT: in no term
    return table.loc[
        [
            any((start is None or a >= start) and (end is None or a < end) for start, end in terms)
            for a in announced
        ]
    ]


@cache.kept
def president_terms(name: str) -> tuple[tuple[pd.Timestamp | None, pd.Timestamp | None], ...]:
    """The terms (first day, day it ended: None when open) of the presidents in the
    officials table one of whose aliases is `name`, in the table's order; read once per
    process while the table holds, not per claim (round 29, speed23)."""
    people = datasets.load("officials")
    terms = people.loc[
        (people["role_keywords"] == "president")
        & people["aliases"].fillna("").str.split(";").apply(lambda a: name in a)
    ]
    return tuple(
        (
            pd.Timestamp(str(start)) if pd.notna(start) else None,
            pd.Timestamp(str(end)) if pd.notna(end) and str(end) else None,
        )
        for start, end in zip(terms["start"], terms["end"], strict=True)
    )


def leaving(table: pd.DataFrame, destinations: frozenset[str]) -> pd.Series:
    """Which measures are a country's controls on its own exports (`restricts` exports, not
    a listing of parties) issued by a country the claim's goods go to ("US suppliers were
    required to obtain licences to ship graphite to China"): such a control restricts goods
    leaving that country, not goods shipped to it (round 26, fca17)."""
    listing = table["measure_type"].isin(measure_details.listing_types())
    exports = table["restricts"].astype(str) == "exports"
    return exports & ~listing & table["implementing_iso3"].isin(destinations)


# The measure types of a tariff (its imposition or a cut): what a tariff claim may mean
# (`frame_checks`) and, for `third_party`, what falls on a party a tariff claim (or its
# relaxation) names.
TARIFF_TYPES = ("tariff", "tariff_reduction")


def third_party(frame: Frame, text: str) -> str | None:
    """The party a tariff claim puts its tariff on when no measure of that kind by the
    claim's actor in the catalog falls on it ("US tariffs on goods from Canada and Mexico",
    "delay tariffs of 25% on Canada"): the catalog holds the two sides' tariffs on each
    other, so a tariff on a third country is not a measure it could hold, and matching it
    to the actor's tariffs on another party would decide a claim about someone else. A
    measure of the actor's with no affected party recorded (an empty `affected_iso3`) may
    cover it, so then the claim is checked as before; so is a claim with no actor or no
    partner, and one whose own words (`text`) do not name the party, by its name or a
    demonym (a partner taken from the rest of the sentence is a less sure reading of what
    the claim is about), and one whose words also name a side one of the actor's tariffs
    falls on ("10% tariffs on Canada, Mexico and China": the US tariff on China is a
    measure the catalog holds; round 30, dt25).
    A claim that names goods is left to the other checks: the actor's tariff on those goods
    is a measure the catalog holds, and a side other than that measure's is unsupported
    (`parties.demonym_affected`, tests/test_probe_sides.py); so is a claim that moves one
    of the actor's tariffs, by its rate and day, to another side (`_moved`)."""
    if frame.action not in tariff_sides.TARIFF_ACTIONS or not frame.partner:
        return None
    if not frame.actor_country:
        return None
    if frame.partner == frame.actor_country or not _names(text, frame.partner):
        return None
    if frame.goods:  # "a 10% duty on Mexican crude oil from 10 February": the actor's duty
        return None  # on those goods that day is one the catalog holds, and its side decides
    own = _tariffs_of(frame.actor_country)
    if not own:
        return None
    for *_, affected in own:
        if affected is None or pd.isna(affected) or frame.partner in str(affected).split(";"):
            return None
    covered = {p for *_, a in own for p in str(a).split(";")} - {"all"}
    if any(_names(text, iso) for iso in covered):  # "tariffs on Canada, Mexico and China":
        return None  # the claim names a side the actor's tariffs fall on too (round 30, dt25)
    if _moved(frame, own, text):  # "a 34% tariff on all Japanese goods from 10 April": the actor's
        return None  # 34% tariff of that day, on another side, is what the claim moves
    return frame.partner


@cache.lent
def _tariffs_of(actor: str) -> tuple[tuple[Any, Any, Any, Any], ...]:
    """The catalog's tariff measures (`TARIFF_TYPES`) by `actor`, in its order, as
    (measure_id, announced, effective, affected_iso3): read once per process while the
    table holds, not a copy of the catalog filtered per claim (lent: `third_party` and
    `_moved` only read it; round 33, perf33)."""
    table = measures.measures()
    own = table.loc[
        (table["implementing_iso3"] == actor) & table["measure_type"].isin(TARIFF_TYPES)
    ]
    columns = ("measure_id", "announced", "effective", "affected_iso3")
    return tuple(zip(*(own[c].tolist() for c in columns), strict=True))


def _moved(frame: Frame, own: tuple[tuple[Any, Any, Any, Any], ...], text: str) -> bool:
    """Whether one of the actor's tariff measures `own` (`_tariffs_of`) sets the rate the
    claim (`text`) states (`rate_named.stated_rate`: a level, not the size of a change; matched by
    `rate_named.setting`) and was announced or took effect on a day the claim names: the
    claim then tells that measure with another side, which its row refutes, rather than a
    measure the catalog could not hold."""
    rate = rate_named.stated_rate(frame, text)
    days = {w.start for w in frame.when if w.granularity == "day" and w.start}
    if rate is None or not days:
        return False
    on_day = {m for m, a, e, _ in own if {str(a)[:10], str(e)[:10]} & days}
    return bool(rate_named.setting(on_day, rate))


def _names(text: str, iso: str) -> bool:
    """Whether `text` names the country `iso` by its name, a gazetteer alias ("NZ") or a
    demonym ("Canada", "Canadian goods"), as a whole word (`tariff_sides.names`)."""
    return tariff_sides.names(text, iso)


def catalogued_goods(frame: Frame) -> set[str]:
    """The claim's goods (and their members) that some measure of the catalog names."""
    return set().union(*(goods.members(g) for g in frame.goods)) & measures.goods_named()
