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
from analysis.article.date_patterns import NUMBERS, spelled
from analysis.data import cache, countries, datasets, goods
from analysis.evidence import verdicts as v
from analysis.evidence.model import make_evidence
from analysis.vocab import Label

# Kinds of measure that often name no goods (laws, listings of parties, tariff lists).
OPTIONAL_GOODS = ("law", "listing", "tariff", "investment", "relaxation", "order")


def exact_goods(frame: Any) -> bool:
    """Whether the claim's goods single out export controls exactly: a control (not a law,
    a listing or a tariff, which often name no goods), and every good the claim names a
    single mineral of the commodities table, not a group ('rare earths' is said of magnets
    and technologies too; chips and equipment are named loosely). Then a measure of the
    claim's day on other goods is another measure."""
    if frame.action in OPTIONAL_GOODS or not frame.goods:
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


def day_of(value: Any) -> dt.date | None:
    """The day of a table's date cell (None when empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


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


# A listing's title up to the words that list ("A, B and C put on the Unreliable Entity
# List"), names given one by one (a comma or "and"), and any count.
_LISTED = re.compile(r"(.+?)\s+(?:put on|added to|placed on)\b", re.I)
_ENUMERATED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
NAME_COMMAS = 1
_ANY_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(w for w, n in NUMBERS.items() if n > 1) + r")\b", re.I
)


def uncounted(decision: v.Decision, m: pd.Series, told: re.Match[str]) -> v.Decision:
    """A measure claim that counts the parties or items a measure names ("added 11 research
    institutes", `counted_parties` in data/lexicon/claims.yaml): the decision stands when
    the catalog's title of the measure gives that number, else it is not checkable, since
    no table holds the count (docs/factcheck.md, "When the checker abstains")."""
    said = told.group("num").replace(",", "").lower()
    number = str(NUMBERS.get(said, said))  # "seven" -> "7"
    forms = {number, *(spelled(int(number)) if number.isdigit() and int(number) > 1 else ())}
    title = str(m["title"]).replace(",", "")
    if re.search(rf"\b(?:{'|'.join(forms)})\b", title, re.I):  # "11" or "Eleven"
        return decision
    named = _LISTED.match(str(m["title"]))
    if named and not _ANY_NUMBER.search(named.group(1)) and number.isdigit():
        # "A, B and C put on the list": the title names them one by one (a name may hold a
        # comma, "Boeing Defense, Space & Security": NAME_COMMAS fewer also match)
        names = len(_ENUMERATED.split(named.group(1)))
        if names - NAME_COMMAS <= int(number) <= names:
            return decision
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The catalog has '{m['title']}', but not the count the claim gives "
        f"('{told.group(0)}'); the measure's notice, with its list of parties or items, "
        "would decide it.",
    )


def counted(decision: v.Decision, rows: pd.DataFrame, text: str) -> v.Decision:
    """The one count check of every measure path (catalog match, undated existence, dated
    timeline match): a supported measure claim that counts the parties or items a measure
    names (`claim_words.counted_parties`) stays supported only when one of the matched
    measures' titles gives that number (`uncounted`); else the last one's "not checkable"."""
    told = claim_words.counted_parties(text)
    if decision.label != Label.SUPPORTED or told is None or rows.empty:
        return decision
    checked = [uncounted(decision, m, told) for _, m in rows.iterrows()]
    return next((d for d in checked if d is decision), checked[-1])


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
    """A dated claim that names, by a demonym after "on", "to", "against", "from", the side
    a measure falls on ("an additional tariff on all Japanese goods from 10 April") matched
    with a measure of that day that falls on named other sides only (its
    `affected_jurisdictions`, not "all"): the claim's side is not the measure's
    (unsupported); None otherwise. None when the demonym is not the frame's `partner` (the
    claim names its side otherwise: "chip exports to China ... under pressure from Dutch
    allies"), and when the side named is the measure's own (the claim's actor was misread,
    not its side)."""
    side = parties.demonym_affected(text)
    affected = m["affected_iso3"]
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
