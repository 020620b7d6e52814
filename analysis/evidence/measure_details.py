"""Details of a measure a claim states beyond its existence: how many kinds of goods it
covers and which customs codes, against the catalog's title and `hs_codes`; whether the
goods a claim names single out a measure exactly; the day of a table's date cell."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, parties
from analysis.article.date_patterns import NUMBERS, spelled, spelled_value
from analysis.data import cache, countries, datasets, goods, lexicon
from analysis.evidence import tariff_sides
from analysis.evidence import verdicts as v
from analysis.evidence.model import make_evidence
from analysis.vocab import Label

# Kinds of measure that often name no goods (laws, listings of parties, tariff lists).
OPTIONAL_GOODS = ("law", "listing", "tariff", "investment", "relaxation", "order", "sanction")
# The measure types a named list narrows a claim to (the canonical names of INSTRUMENT
# entities); a claim naming several lists ("12 firms to its export control list and six to
# its unreliable entity list") is about all of them.
INSTRUMENT_TYPES = {
    "entity listing": ("entity_listing",),
    "export control list": ("control_listing",),
    "Unreliable Entity List": ("unreliable_entity_listing",),
    "Export Control Law": ("export_control_law",),
}
# Of those, the lists named by their own names (not "entity listing", which a "blacklist" is
# read as too): a listing claim naming one is about that list's listings only.
LIST_NAMES = ("export control list", "Unreliable Entity List")
# What ends a clause of a measure claim: a comma, semicolon, colon, bracket or dash.
CLAUSE_MARK = re.compile(r"[,;:(\u2014\u2013]")


def listing_types() -> tuple[str, ...]:
    """The measure types that list parties (`strength: listing` in
    data/lexicon/measure_types.yaml): a listing names the parties it lists, not goods."""
    return tuple(t.id for t in lexicon.measure_types().measure_types if t.strength == "listing")


def sanction_types() -> tuple[str, ...]:
    """The measure types a sanction told as an act may be (the frame's action "sanction":
    "has sanctioned dozens of Chinese firms"): the listings of parties (`listing_types`),
    which the press calls sanctions, and the other sanctions on named parties (`sanction`)."""
    return (*listing_types(), "sanction")


def exact_goods(frame: Any) -> bool:
    """Whether the claim's goods single out export controls exactly: a control (not a law,
    a listing or a tariff, which often name no goods), and every good the claim names a
    single mineral of the commodities table, not a group ('rare earths' is said of magnets
    and technologies too; chips and equipment are named loosely). Then a measure of the
    claim's day on other goods is another measure. A relaxation of controls on single
    minerals too (round 26, fca17): the catalog records a suspension on the goods of the
    measure it suspends, and a suspension of that day on a class that merely holds the
    mineral ("dual-use items", a listing's) is another relaxation."""
    if (frame.action in OPTIONAL_GOODS and frame.action != "relaxation") or not frame.goods:
        return False
    return all(goods.is_mineral(g) and goods.members(g) == {g} for g in frame.goods)


def goods_decide(frame: Any, dated: list[Any]) -> bool:
    """Whether a claim's goods, not its days, single out the measure it changes: every date
    names the measure changed (role object: "suspended the controls on rare earths that it
    imposed in April") and every good is a mineral of the commodities table (a group too:
    a measure changed is on the minerals it names). A change of a measure of that day on
    other goods is another change, so the days alone do not decide."""
    if not dated or not frame.goods or any(w.role != "object" for w in dated):
        return False
    return all(goods.is_mineral(g) for g in frame.goods)


def covering(table: pd.DataFrame, frame: Any) -> pd.DataFrame:
    """The measures that name one of the claim's goods (or a group they belong to)."""
    return table.loc[table["goods"].map(lambda own: any(_covers(own, g) for g in frame.goods))]


def _covers(own: Any, good: str) -> bool:
    return any(good in goods.members(o) for o in own)


def day_only(hits: pd.DataFrame, wanted: set[str]) -> v.Decision | None:
    """Measures matched by their days alone (the claim's goods fitting none of that kind's
    measures on the days) that the catalog records on other goods: the day does not make one
    the claim's measure ("imposed tariffs on soybeans on February 4" when that day's tariffs
    are on coal and cars), and the catalog's goods tags are not every good a measure covers,
    so it does not refute the claim either: not checkable. None when the goods of one of
    them overlap the claim's (a group and its members, a good made from another or the
    know-how of it, goods the lexicon relates), either names a class that holds other goods
    (`umbrella`: dual-use items), the claim names only goods no measure names, or one of
    them names no goods or all goods."""
    if not wanted or hits.empty or any(near_goods(own, wanted) for own in hits["goods"]):
        return None
    best = hits.iloc[-1]
    on = ", ".join(goods.label(g) for g in best["goods"])
    said = " and ".join(goods.label(g) for g in sorted(wanted))
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The catalog's measure of the claim's day, '{best['title']}', is recorded on other "
        f"goods ({on}), and none of its kind on {said} matches the day; the catalog's goods "
        "tags are not every good a measure covers, so this neither bears the claim out nor "
        "refutes it.",
    )


def near_goods(own: Any, wanted: set[str]) -> bool:
    """Whether a measure's goods may hold the claim's (see `day_only`)."""
    own = [str(g) for g in own or ()]
    if not own or goods.ALL_GOODS in own or goods.umbrellas() & {*own, *wanted}:
        return True
    near, know_how = goods.related(), goods.technologies()
    for o in own:
        for w in wanted:
            if w in goods.members(o) or o in goods.members(w) or (o, w) in near:
                return True
            if o in (goods.made_from(w), know_how.get(w)):
                return True
            if w in (goods.made_from(o), know_how.get(o)):
                return True
    return False


def day_of(value: Any) -> dt.date | None:
    """The day of a table's date cell (None when empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


# A claim's day more than this many days from every day the catalog records for the
# measure it matches (announced, in force, a part in force) is read as the day of another
# measure, not a misdating of that one: a misdated report of a measure is off by days to
# months (a weekday read a week out, the wrong month, the step before or after), within
# the year around it; a day years away from every step of it is of another episode on the
# same goods or party ("banned ... Huawei networking equipment in 2012" against the 2019
# listing; "adding 15 Chinese companies" in 2025 against a 2020 round), which the catalog,
# a selection, may not hold: its absence proves nothing. A year: on the development half
# the mismatched days the keys refute or qualify are 1 to 6 days off and the probes keyed
# from the tables 40 to 353 days off (all still refuted), the false decisions removed
# 1,755 to 2,327 days off.
SAME_MEASURE_DAYS = 366


def _day(value: Any) -> dt.date:
    """A date's bound as a day (frames give ISO strings, the timeline's dates days)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def another_measure(
    frame: Any, matched: pd.Series | pd.DataFrame, dated: list[Any], said: str
) -> v.Decision | None:
    """Not checkable when the claim's dates (`said`) lie more than `SAME_MEASURE_DAYS` from
    every day the catalog records for the measure it matches (`matched`), announced or in
    force (a part of it included), whatever role the claim gives its date: the claim then
    likely dates a measure the catalog does not hold, which neither bears it out nor
    refutes it. None when the days are near enough to be a misdating, and for a claim
    that singles out one measure exactly whatever its day: a framework law (a country
    enacts one) or export controls on single minerals (`exact_goods`: the catalog's core,
    where a measure of another day is the same one misdated)."""
    if frame is not None and (frame.action == "law" or exact_goods(frame)):
        return None
    rows = matched.to_frame().T if isinstance(matched, pd.Series) else matched
    days = [d for _, m in rows.iterrows() for d in [day_of(m["announced"]), *effective_days(m)]]
    if days_apart(days, dated) <= SAME_MEASURE_DAYS:
        return None
    title = f"'{rows['title'].iloc[0]}'" if len(rows) == 1 else "the matching measures"
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim says {said}, more than {SAME_MEASURE_DAYS} days from every day the "
        f"catalog records for {title}: it likely dates another measure of that kind, which "
        "the catalog, a selection, may not hold, so this proves nothing either way.",
    )


def days_apart(days: list[dt.date | None], dated: list[Any]) -> int:
    """How far the claim's dates lie from `days` (a measure's recorded days): for each date,
    the days to the nearest of them (0 inside the date's span); the largest of these (a
    very large number when no day is recorded)."""
    known = [d for d in days if d is not None]
    if not known:
        return 10**6
    worst = 0
    for w in dated:
        start, end = _day(w.start), _day(w.end or w.start)
        gap = min(
            0 if start <= d <= end else min(abs((d - start).days), abs((d - end).days))
            for d in known
        )
        worst = max(worst, gap)
    return worst


def item_count_decision(m: pd.Series, said: int, noun: str) -> v.Decision:
    """A count of the kinds of goods a claim says a measure covers ('24 types of equipment')
    against the count its catalog title gives; none given: not checkable."""
    given = re.search(rf"\b(\d+) {noun}\b", str(m["title"]), re.I)
    if given is None:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The catalog has '{m['title']}', but not how many {noun} of goods it covers; the "
            f"claim says {said}.",
        )
    right = int(given.group(1)) == said
    return v.Decision(
        Label.SUPPORTED if right else Label.UNSUPPORTED,
        f"'{m['title']}' covers {given.group(1)} {noun}; the claim says {said}.",
    )


def codes_decision(m: pd.Series, codes: tuple[str, ...]) -> v.Decision:
    """The customs codes a claim lists against those the catalog gives for the measure (a
    code matches one it starts, or that starts it: HS6 headings and national subheadings)."""
    given = "" if pd.isna(m["hs_codes"]) else str(m["hs_codes"])
    listed = [c.strip().replace(".", "") for c in given.split(";") if c.strip()]
    if not listed:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The catalog does not list the customs codes of '{m['title']}'; it gives the goods "
            f"it covers as {', '.join(goods.label(g) for g in m['goods']) or 'none'}.",
        )
    found = [c for c in codes if any(c.startswith(x) or x.startswith(c) for x in listed)]
    missing = [c for c in codes if c not in found]
    label = Label.SUPPORTED if not missing else Label.PARTLY if found else Label.UNSUPPORTED
    return v.Decision(
        label,
        f"'{m['title']}' lists {len(listed)} customs codes; of the claim's {len(codes)}, "
        f"{len(found)} are among them" + (f" ({', '.join(missing)} not)." if missing else "."),
    )


def unsingled(
    decision: v.Decision, best: pd.Series, candidates: int, labels: set[str]
) -> v.Decision:
    """Not checkable: an undated claim that singles out no measure (no goods the catalog
    names, no party a measure's title names) among candidates that would not all give it
    the same verdict. Any measure of its kind bears it out, but only the one it means can
    qualify or refute it, and the latest candidate is a guess (`docs/factcheck.md`, "When
    the checker abstains")."""
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim names no date, no goods the catalog names and no party a measure's title "
        f"names, so nothing singles out which of {candidates} measures of its kind it means, "
        f"and they differ ({', '.join(sorted(labels))}); against the latest, "
        f"'{best['title']}' (announced {day_of(best['announced'])}), it would be "
        f"{decision.label}. The measure's name, goods or date would decide it.",
    )


# Names given one by one: items joined by a comma or "and" ("A, B and C").
_AND = r",\s*(?:and\s+)?|\s+and\s+"
_ENUMERATED = re.compile(_AND)
# A capitalised name in a title or notes: words that start with a capital or a digit after
# the first, joined by "&" ("Gibbs & Cox"); and a list of two or more of them.
_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z0-9][\w.&'’-]*)*"
NAME_LIST = re.compile(rf"{_NAME}(?:(?:{_AND}){_NAME})+")


def enumerated(names: str) -> list[str]:
    """The items of names given one by one ("A, B and C": A, B, C): the one parser of a
    list of named parties, for a listing's count (`gives_count`) and its members
    (`member_checks`)."""
    return _ENUMERATED.split(names)


# A listing's title names its parties one by one (`enumerated`) before its listing words
# (`listing_phrases`); a name may hold a comma; any count.
NAME_COMMAS = 1
_ANY_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(w for w, n in NUMBERS.items() if n > 1) + r")\b", re.I
)


def gives_count(m: pd.Series, told: re.Match[str]) -> bool:
    """Whether the catalog's title of a measure gives the count a claim tells of its parties
    or items ("11" or "Eleven"; "A, B and C put on the list" for three)."""
    said = told.group("num").replace(",", "").lower()
    number = str(NUMBERS.get(said, said))  # "seven" -> "7"
    forms = {number, *(spelled(int(number)) if number.isdigit() and int(number) > 1 else ())}
    title = str(m["title"]).replace(",", "")
    if re.search(rf"\b(?:{'|'.join(forms)})\b", title, re.I):  # "11" or "Eleven"
        return True
    named = claim_words.patterns()["listed_names"].match(str(m["title"]))
    if named and not _ANY_NUMBER.search(named.group(1)) and number.isdigit():
        # "A, B and C put on the list": the title names them one by one (a name may hold a
        # comma, "Boeing Defense, Space & Security": NAME_COMMAS fewer also match)
        names = len(enumerated(named.group(1)))
        return names - NAME_COMMAS <= int(number) <= names
    return False


def counted_best(rows: pd.DataFrame, best: pd.Series, text: str) -> pd.Series:
    """Of the measures a claim's days and issuer leave, the latest whose title gives the
    count the claim tells ("added 16 entities to its export control list last month" of a
    month with listings of 16 and of 12); `best` when the claim tells no count, when it
    gives it, or when none does."""
    told = claim_words.counted_parties(text)
    if told is None or gives_count(best, told):
        return best
    fits = counted_rows(rows, text)
    return fits.iloc[-1] if not fits.empty else best


def counted_rows(rows: pd.DataFrame, text: str) -> pd.DataFrame:
    """The measures whose title gives the count of parties or items a claim tells: a count
    that singles out the measure a wrong date is told against ("added 28 Chinese entities
    to the Entity List on July 7, 2019" of the Xinjiang listing of 28 in October); none
    when the claim tells no count."""
    told = claim_words.counted_parties(text)
    if told is None:
        return rows.iloc[:0]
    return rows.loc[[i for i, m in rows.iterrows() if gives_count(m, told)]]


def uncounted(decision: v.Decision, m: pd.Series, told: re.Match[str]) -> v.Decision:
    """A measure claim that counts the parties or items a measure names ("added 11 research
    institutes", `counted_parties` in data/lexicon/claims.yaml): the decision stands when
    the catalog's title of the measure gives that number, else it is not checkable, since
    no table holds the count (docs/factcheck.md, "When the checker abstains")."""
    if gives_count(m, told):
        return decision
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The catalog has '{m['title']}', but not the count the claim gives "
        f"('{told.group(0)}'); the measure's notice, with its list of parties or items, "
        "would decide it.",
    )


def counted(
    decision: v.Decision, rows: pd.DataFrame, text: str, among: pd.DataFrame | None = None
) -> v.Decision:
    """The one count check of every measure path (catalog match, undated existence, dated
    timeline match): a supported measure claim that counts the parties or items a measure
    names (`claim_words.counted_parties`) stays supported only when one of the matched
    measures' titles gives that number (`uncounted`); else the last one's "not checkable",
    or unsupported when the one matched measure's title opens with another count of its
    parties and the claim's dates left no other candidate (`among`: the candidates the
    rows were picked from, `rows` when not given; none when the claim is undated), as
    `contradicted` says."""
    told = claim_words.counted_parties(text)
    if decision.label != Label.SUPPORTED or told is None or rows.empty:
        return decision
    checked = [uncounted(decision, m, told) for _, m in rows.iterrows()]
    kept = next((d for d in checked if d is decision), None)
    if kept is not None:
        return kept
    if len(rows if among is None else among) != 1:
        return checked[-1]
    return contradicted(rows, told, text) or checked[-1]


# A listing's title that opens with the count of its parties ("28 US entities put on ...",
# "Eleven US drone and defence firms ...").
_OPENING_COUNT = re.compile(r"^(\d+|[A-Za-z]+)\s", re.I)
# How far before a claim's count a hedge word may stand ("more than 20 entities").
HEDGE_CHARS = 25


def opening_count(title: str) -> int | None:
    """The count a listing's catalog title opens with ("28 US entities ...": 28; "Fourteen
    foreign entities ...": 14); None when it opens with no number."""
    first = _OPENING_COUNT.match(title)
    if first is None:
        return None
    word = first.group(1).lower()
    if word.isdigit():
        return int(word)
    value = spelled_value(word)
    return value if value is not None and value > 1 else None  # "a", "one": no count


def contradicted(rows: pd.DataFrame, told: re.Match[str], text: str) -> v.Decision | None:
    """Unsupported: a claim counting the parties of the one measure its days, goods and list
    single out ("added 33 US entities to its export control list on January 2") whose
    catalog title opens with another count ("28 US entities put on ..."). None when several
    measures match, when the title opens with no count, or when the claim hedges its count
    ("more than 20": `hedges` in claims.yaml) or counts a part of the additions
    (`count_parts`: "including 10 firms")."""
    if len(rows) != 1:
        return None
    m = rows.iloc[0]
    given = opening_count(str(m["title"]))
    p = claim_words.patterns()
    before = text[max(0, told.start() - HEDGE_CHARS) : told.start()]
    if (
        given is None
        or any(h.search(before) for h in p["hedges"].values())
        or p["count_parts"].search(text)
    ):
        return None
    return v.Decision(
        Label.UNSUPPORTED,
        f"The catalog's '{m['title']}' counts {given}; the claim says '{told.group(0)}'.",
    )


def detailed(text: str, lead: str = "") -> v.Decision | None:
    """Not checkable: a measure claim that states a detail of the measure the catalog has
    no column for (`measure_detail` in data/lexicon/claims.yaml: an exception, a duty or
    procedure, a prohibition on every person, a scope beyond goods and sides, what it
    entails for the parties, aims at or leaves out), in its own
    words or in the `lead` of its sentence a clause cut from its subject shares ("No person
    may export, ... or transfer any items to these persons"). A matching measure bears out
    its existence, not the detail (docs/factcheck.md, "When the checker abstains"). None
    when the claim names no such detail."""
    pattern = claim_words.patterns()["measure_detail"]
    found = pattern.search(text) or pattern.search(lead)
    if found is None:
        return None
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim states a detail of the measure ('{found.group(0)}'): an exception, a "
        "duty or procedure, a scope, what it entails, aims at or leaves out, which the "
        "catalog has no column for (it records the sides, "
        "type, goods, customs codes and dates of measures). That a matching measure exists "
        "does not bear it out; the measure's notice would decide it.",
    )


def measure_evidence(rows: pd.DataFrame) -> Any:
    """The catalog's rows of the measures used, public from the latest announcement."""
    values = {
        str(mid): f"{kind}, announced {day_of(day)}"
        for mid, kind, day in zip(
            rows["measure_id"], rows["measure_type"], rows["announced"], strict=True
        )
    }
    published = max(day_of(d) for d in rows["announced"])
    return make_evidence(measures.TABLE, rows["row"], values, "matching measures", published)


@cache.derived
def _parts() -> tuple[tuple[str, str, dt.date], ...]:
    """(measure id, part, effective day) of the measures whose parts take effect on days
    of their own (the `measure_parts` table)."""
    table = datasets.load("measure_parts")
    return tuple(
        (str(r.measure_id), str(r.part), pd.Timestamp(r.effective).date())
        for r in table.itertuples()
    )


def effective_days(m: pd.Series) -> list[dt.date | None]:
    """The days a measure or any of its parts takes effect."""
    return [day_of(m["effective"])] + [day for mid, _, day in _parts() if mid == m["measure_id"]]


def parts_on(m: pd.Series, dated: list[Any]) -> list[str]:
    """The parts of a measure whose own effective day a claim's effective date names."""
    return [
        f"{part} (effective {day})"
        for mid, part, day in _parts()
        if mid == m["measure_id"]
        and day != day_of(m["effective"])
        and any(w.role == "effective" and within(day, w) for w in dated)
    ]


def not_yet(m: pd.Series, day: dt.date | None) -> list[str]:
    """What of a measure was not in force on `day`: all of it (effective later), or the
    parts that take effect later (`measure_parts`)."""
    effective = day_of(m["effective"])
    if day is None:
        return []
    if effective and effective > day:
        return [f"it took effect on {effective}"]
    return [
        f"{part} (effective {when})"
        for mid, part, when in _parts()
        if mid == m["measure_id"] and when > day
    ]


def within(day: dt.date, when: Any) -> bool:
    """Whether a day falls in a claim date's span."""
    return dt.date.fromisoformat(when.start) <= day <= dt.date.fromisoformat(when.end or when.start)


def suspended_when(
    m: pd.Series, claimed: tuple[str, ...], dated: list[Any], as_of: dt.date | None
) -> v.Decision | None:
    """A claim that a measure took effect on a day (a date whose role is `effective`) when a
    suspension of it announced by the article's date (`as_of`) applied that day
    (`measures.active_suspensions`): a full suspension, or a partial one whose goods include
    every good the claim names (`claimed`). The measure did not take effect then:
    unsupported. None when no such suspension applied."""
    for w in dated:
        if w.role != "effective":
            continue
        for day in _judged_days(m, w):
            by = measures.suspensions_on(day, str(m["measure_id"]), as_of)
            held = [s for s in by if not s.partial or _names_all(s.goods, claimed)]
            if held:
                return v.Decision(
                    Label.UNSUPPORTED,
                    f"'{m['title']}' was suspended from {day_of(held[0].effective)} by "
                    f"'{held[0].title}', so it was not in force on {day}, the day the "
                    f"claim says it took effect ('{w.text}').",
                )
    return None


def _judged_days(m: pd.Series, w: Any) -> list[dt.date]:
    """The days a claim's effective date asks about: the day it names, or, for a month or
    a year, the measure's own effective days that fall in it (not the span's last day:
    "took effect in 2025" of a rule suspended in November says nothing of December)."""
    if w.granularity == "day":
        return [dt.date.fromisoformat(w.start)]
    return [d for d in effective_days(m) if d is not None and within(d, w)]


def _names_all(own: Any, claimed: tuple[str, ...]) -> bool:
    """Whether a row's goods cover every good a claim names (none named: no)."""
    return bool(claimed) and all(_covers(own, g) for g in claimed)


def other_side(m: pd.Series, text: str, partner: str | None) -> v.Decision | None:
    """A dated claim that names, by a demonym after "on", "to", "against", "from", or else by
    a country's name or alias there ("a 125% tariff on Canada on April 10": review of round
    30, dt25), the side a measure falls on ("an additional tariff on all Japanese goods from
    10 April") matched
    with a measure of that day that falls on named other sides only (its
    `affected_jurisdictions`, not "all"): the claim's side is not the measure's
    (unsupported); None otherwise. None when the demonym is not the frame's `partner` (the
    claim names its side otherwise: "chip exports to China ... under pressure from Dutch
    allies"), and when the side named is the measure's own (the claim's actor was misread,
    not its side)."""
    affected = m["affected_iso3"]
    side = parties.demonym_affected(text)
    if side is None and isinstance(affected, str):
        side = tariff_sides.affected_named(text)
        if any(tariff_sides.names(text, a) for a in affected.split(";")):
            return None  # "on goods from Canada, Mexico and China": the row's side is named too
    if not side or side != partner:
        return None
    if not isinstance(affected, str) or side in affected.split(";"):
        return None
    if side == m["implementing_iso3"]:
        return None  # "tariffs on Chinese goods" matched with China's own: the match is amiss
    return v.Decision(
        Label.UNSUPPORTED,
        f"'{m['title']}' (announced {day_of(m['announced'])}) falls on "
        f"{m['affected_jurisdiction']}; the claim names {countries.name(side)} as the side "
        "affected.",
    )


# The granularities of a claim's date of taking effect that may stand for a measure's
# announced schedule when the catalog records no effective day ("will rise to 25% in
# 2024", "increase from 25% to 100% in 2024"): a year or a month, not a day.
PLANNED_GRANULARITIES = ("year", "month")


def undated_effect(m: Any, when: Any) -> bool:
    """Whether a claim's year or month of taking effect holds the announcement of a measure
    that records no effective day: the claim reports the schedule announced, which the
    catalog neither confirms nor contradicts (round 27, blind27: Tuttle Law's and Global
    Steel Web's rates of the Section 301 four-year review "in 2024")."""
    announced = day_of(m["announced"])
    return (
        when.role == "effective"
        and when.granularity in PLANNED_GRANULARITIES
        and day_of(m["effective"]) is None
        and announced is not None
        and within(announced, when)
    )


def undated_effect_partly(decision: v.Decision, m: pd.Series, dated: list[Any]) -> v.Decision:
    """A supported decision on a measure matched only by `undated_effect` is partly
    supported: the announcement is in the claim's period, the day it applies is not in the
    data."""
    effective = [w for w in dated if w.role == "effective"]
    if decision.label != Label.SUPPORTED or not effective:
        return decision
    if not all(undated_effect(m, w) for w in effective):
        return decision
    return v.Decision(
        Label.PARTLY,
        f"{decision.rationale} The catalog records no day it takes effect; the claim's "
        f"'{effective[0].text}' holds its announcement, not a day it applied.",
    )
