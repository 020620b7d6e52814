"""Fact-check: each claim of an article matched to the data that bears on it, with a verdict.

`check(article)` returns one `Verdict` per claim, in the article's order and with the
claim's id and span. A check is chosen by the claim's topic, type, entities, commodities
and dates; the decision itself is one of the explicit rules in `analysis.verdicts`. Every
verdict carries its evidence (dataset, CSV rows, values, citation). A claim the bundled
data cannot decide gets `not checkable` and says what data would decide it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis import verdicts as v
from analysis.narrative import pd_isna, released_after

if TYPE_CHECKING:
    import pandas as pd

    from analysis.annotate.claims import Claim
    from analysis.article import Article

SCHEMA = "workbook.check/1"
EVENTS = "export_control_events"


@dataclass(frozen=True)
class Evidence:
    """Data a verdict rests on: which table, which rows, which values, whose figures."""

    dataset: str
    rows: tuple[int, ...]
    values: dict[str, Any]
    source: str
    filter: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "rows": list(self.rows),
            "values": self.values,
            "source": self.source,
        }
        if self.filter:
            out["filter"] = self.filter
        return out


@dataclass(frozen=True)
class Verdict:
    """A claim, its verdict, why, and the evidence."""

    claim: Claim
    verdict: str
    rationale: str
    rule: str
    evidence: tuple[Evidence, ...] = ()
    needs: str = ""
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "id": c.id,
            "text": c.text,
            "type": c.type,
            "topic": c.topic,
            "start": c.start,
            "end": c.end,
            "entities": list(c.entities),
            "dates": list(c.dates),
            "verdict": self.verdict,
            "rationale": self.rationale,
            "rule": self.rule,
            "evidence": [e.to_dict() for e in self.evidence],
            "needs": self.needs,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Context:
    """What every check may use: the article and the day its claims speak of."""

    article: Article
    as_of: dt.date | None
    as_of_basis: str


# --- helpers ---------------------------------------------------------------------------


def _cite(dataset: str, rows: Iterable[int]) -> str:
    from analysis import datasets

    rows = sorted({int(r) for r in rows})
    return "; ".join(dict.fromkeys(s.citation for s in datasets.sources(dataset, rows)))


def _evidence(
    dataset: str, rows: Iterable[int], values: dict[str, Any], filt: str = ""
) -> Evidence:
    rows = tuple(sorted({int(r) for r in rows}))
    return Evidence(dataset, rows, _plain(values), _cite(dataset, rows), filt)


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        if hasattr(value, "item"):
            value = value.item()
        if hasattr(value, "isoformat"):
            value = value.isoformat()[:10]
        if isinstance(value, float):
            value = round(value, 4)
        out[key] = value
    return out


def _country_name(iso: str) -> str:
    """'CHN' -> 'China', as the data tables name countries."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso)
    return country.name if country else iso


def _day(value: Any) -> dt.date | None:
    """A pandas timestamp (or NaT) as a date (or None)."""
    import pandas as pd

    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def as_of(article: Article) -> tuple[dt.date | None, str]:
    """The day the article's claims speak of: its publication day, or the last day it can be."""
    pub = article.published
    if pub.date:
        return pub.date, f"published {pub.date.isoformat()}"
    if pub.end:
        return pub.end, (
            f"published between {pub.start.isoformat()} and {pub.end.isoformat()} "
            f"({pub.basis}); checked as of the last of those days"
        )
    return None, "publication date unknown; checked against all bundled data"


def _claim_dates(ctx: Context, claim: Claim) -> list[Any]:
    return [ctx.article.date(d) for d in claim.dates if ctx.article.date(d).resolved]


def _persons(ctx: Context, claim: Claim) -> list[str]:
    return [
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "PERSON"
    ]


def _measure_facts(frame: pd.DataFrame, covers: Callable[[Any], bool]) -> list[v.MeasureFact]:
    """Measures as the verdict rules see them; `status` from `measures.in_force_on` when the
    frame has it, and the affected country when a measure applies to one destination."""
    return [
        v.MeasureFact(
            title=str(m["title"]),
            kind=str(m["measure_type"]),
            start=_day(m["effective"]) or _day(m["announced"]),
            goods=tuple(m["products"]),
            covers_claimed_goods=covers(m),
            status=str(m.get("status", v.IN_FORCE)),
            affected=None if pd_isna(m["affected_iso3"]) else _country_name(m["affected_iso3"]),
        )
        for _, m in frame.iterrows()
    ]


def _measure_evidence(frame: pd.DataFrame, what: str) -> Evidence:
    values = {
        str(m["measure_id"]): f"{m['measure_type']}, announced {_day(m['announced'])}"
        f", effective {_day(m['effective'])}"
        for _, m in frame.iterrows()
    }
    return _evidence(EVENTS, frame["row"], values, what)


# --- checks: each returns a Verdict, or None when it does not apply ------------------------

_STAGE_WORDS = (
    ("refining", r"\b(?:refin\w*|process(?:es|ed|ing)?\b|separat\w*)"),
    ("magnets", r"\bmagnets?\b"),
    ("mining", r"\b(?:min(?:ed|es|e|ing)\b|extract\w*)"),
    (PRODUCTION := "production", r"\b(?:produc(?:e|es|ed|ing|er|ers|tion)\b|output)"),
)
# Stages a share claim may mean when it names none ("controls the vast majority").
PLAUSIBLE_STAGES = ("mining", "refining")


def _stages_named(text: str, main_stage: str) -> list[str]:
    """The stages a claim names; 'produces' / 'output' mean the commodity's primary
    production, which USGS counts at its main stage (mining for ores, refining for
    by-product metals such as gallium)."""
    named = [stage for stage, pattern in _STAGE_WORDS if re.search(pattern, text, re.I)]
    named = [main_stage if stage == PRODUCTION else stage for stage in named]
    return list(dict.fromkeys(named))


def _minerals(claim: Claim) -> list[str]:
    from analysis import concentration

    known = {c.split(" (")[0] for c in concentration.commodities()}
    return [c for c in claim.commodities if c.split(" (")[0] in known]


def check_share(ctx: Context, claim: Claim) -> Verdict | None:
    """A share claim ('the vast majority', '69%') against the shares at the stage(s) it means.

    The shares are those the findings quote (`narrative.stage_rows`): the USGS share of the
    commodity's main series and the most authoritative published refining and magnet
    shares, each for the latest year up to the claim's year. A stage the claim names that
    the bundled data lacks is said in a note, and when it lacks all of them the claim is not
    checkable: another stage never stands in.
    """
    from analysis import concentration, narrative

    claimed = v.share_range(claim.text)
    minerals = _minerals(claim)
    if claimed is None or not minerals or claim.type not in ("quantity_share", "count"):
        return None
    commodity = next(c for c in concentration.commodities() if c.startswith(minerals[0]))
    country = _country_name(claim.actor_country) if claim.actor_country else "China"
    dates = _claim_dates(ctx, claim)
    # The claim's last year ('between 2018 and 2023' -> 2023), never after the article's.
    year = dates[-1].end.year if dates else (ctx.as_of.year if ctx.as_of else None)
    if year and ctx.as_of:
        year = min(year, ctx.as_of.year)
    table = narrative.stage_rows(commodity, country=country, year=year)
    named = _stages_named(claim.text, concentration.series_for(commodity, "main")["stage"])
    wanted = named or list(PLAUSIBLE_STAGES)
    missing = [s for s in wanted if s not in set(table["stage"])]
    by = f" up to {year}" if year else ""
    notes = [] if named else [f"The claim names no stage; checked against {' and '.join(wanted)}."]
    if dates and year and dates[0].start.year < year:
        notes.append(
            f"The claim covers {dates[0].start.year}–{year}; checked against its last year."
        )
    if len(minerals) > 1:
        notes.append(
            f"The claim also names {', '.join(minerals[1:])}; only {commodity} was checked "
            "(one share per claim)."
        )
    if missing and len(missing) < len(wanted):
        notes.append(f"The bundled data has no {' or '.join(missing)} share of {commodity}{by}.")
    found, evidence = [], []
    for _, best in table.loc[table["stage"].isin(wanted)].iterrows():
        found.append(
            v.StageShare(
                best["stage"],
                float(best["share_pct"]),
                None if pd_isna(best["year"]) else int(best["year"]),
                str(best["source_title"]),
            )
        )
        rows = [r for r in (best["row"], best["world_row"]) if not pd_isna(r)]
        evidence.append(
            _evidence(
                str(best["dataset"]),
                rows,
                {
                    "stage": best["stage"],
                    "year": best["year"],
                    "share_pct": best["share_pct"],
                    "source_type": best["source_type"],
                },
                f"{country}, {commodity}, {best['stage']}, latest year{by}",
            )
        )
        if year and not pd_isna(best["year"]) and int(best["year"]) < year:
            notes.append(
                f"The latest {best['stage']} share up to {year} in the bundled data is for "
                f"{int(best['year'])}."
            )
        later = released_after(best["released"], ctx.as_of)
        if later:
            notes.append(
                f"{best['source_title']} came out in {later}, after the article; its "
                f"{best['stage']} figure may revise what was known when the claim was made."
            )
    if not found:
        about = f"The claim is about {' and '.join(named)}" if named else "It names no stage"
        decision = v.Decision(
            v.NOT_CHECKABLE,
            f"{about}, and the bundled data has no {' or '.join(wanted)} share of {commodity}{by}.",
        )
    else:
        decision = v.decide_share(claimed, found)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "share by stage",
        tuple(evidence),
        _needs(decision, f"{commodity} {' and '.join(missing or wanted)} shares{by}"),
        tuple(notes),
    )


_BAN = re.compile(
    r"\b(?:bann?\w*|prohibit\w*|embargo\w*|forbid\w*|halt\w* (?:the )?exports?)", re.I
)


def _goods_tag(claim: Claim, commodity: str) -> str:
    from analysis import measures

    if commodity.startswith("rare") and re.search(r"technolog", claim.text, re.I):
        return measures.RARE_EARTH_TECHNOLOGY
    return measures.product_tag(commodity)


def check_ban(ctx: Context, claim: Claim) -> Verdict | None:
    """'X banned exports of Y': is there such a measure by then, and is it a ban?

    The day is the claim's own date (its last day), never after the article's; else the
    article's; else today. Each good the claim names is decided apart
    (`verdicts.decide_export_ban`) and the decisions combined (`verdicts.combine`).
    """
    import pandas as pd

    from analysis import measures

    if claim.topic != "export controls" or not _BAN.search(claim.text) or not claim.commodities:
        return None
    iso = claim.actor_country or _actor_iso(claim.actor)
    if not iso:
        return None
    tags = list(dict.fromkeys(_goods_tag(claim, c) for c in claim.commodities if _known_tag(c)))
    if not tags:
        return None
    dates = _claim_dates(ctx, claim)
    day = dates[-1].end if dates else (ctx.as_of or dt.date.today())
    if ctx.as_of and day > ctx.as_of:
        day = ctx.as_of
    everything = measures.measures()
    export_kinds = v.BAN_TYPES | v.LICENSING_TYPES
    mine = everything.loc[
        (everything["implementing_iso3"] == iso)
        & everything["measure_type"].isin(export_kinds)
        & (everything["action"] == measures.IMPOSITION)
    ]
    # Suspensions are measures too: status comes from the whole timeline.
    status = measures.status_on(day, everything).loc[mine.index]
    suspended = measures.active_suspensions(day, everything)
    shown = {
        measures.STATUS_IN_FORCE: v.IN_FORCE,
        measures.STATUS_PARTLY_SUSPENDED: v.PARTLY_SUSPENDED,
        measures.STATUS_NOT_YET_EFFECTIVE: v.ANNOUNCED,
        measures.STATUS_EFFECTIVE_UNKNOWN: v.EFFECTIVE_UNKNOWN,
    }
    on = mine.assign(status=status.map(shown)).loc[status.isin(list(shown))]
    # A measure with no effective date is still under a full suspension of it.
    full = {mid for mid, by in suspended.items() if not all(s["partial"] for s in by)}
    on = on.loc[~on["measure_id"].isin(full)]
    later = mine.loc[mine["announced"] > pd.Timestamp(day)]
    destinations = [
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "PLACE"
    ]
    decisions = []
    for tag in tags:
        covers = lambda m, tag=tag: tag in m["products"]  # noqa: E731
        on_tag = later.loc[later["products"].map(lambda p, tag=tag: tag in p)]
        facts, after = _measure_facts(on, covers), _measure_facts(on_tag, covers)
        decisions.append((tag, v.decide_export_ban(tag, day, facts, after, destinations)))
    decision = v.combine(decisions)
    related = later.loc[later["products"].map(lambda p: bool(set(tags) & set(p)))]
    evidence = []
    if not on.empty:
        evidence.append(
            _measure_evidence(on, f"{iso} export measures in force or announced on {day}")
        )
    if not related.empty:
        evidence.append(_measure_evidence(related, f"later {iso} measures on {' and '.join(tags)}"))
    notes = list(claim.notes)
    notes += [
        f"'{s['title']}' ({s['summary']}) applied to '{m['title']}' on {day}."
        for _, m in on.iterrows()
        for s in suspended.get(m["measure_id"], [])
        if set(tags) & set(m["products"])
    ]
    if "causal" in claim.types:
        notes.append(_retaliation_note(on.loc[on["status"] != v.ANNOUNCED]))
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "ban or licensing",
        tuple(evidence),
        _needs(decision, "a register of export measures"),
        tuple(notes),
    )


def _known_tag(commodity: str) -> bool:
    from analysis import measures
    from analysis.errors import WorkbookError

    try:
        measures.product_tag(commodity)
    except WorkbookError:
        return False
    return True


def _retaliation_note(on: pd.DataFrame) -> str:
    """What the timeline says about a 'retaliation' claim: order and lag, never motive."""
    from analysis import measures

    if on.empty:
        return "No measure to pair with an earlier measure of the other side."
    pairs = measures.responses()
    mine = pairs.loc[pairs["response_id"].isin(on["measure_id"])]
    if mine.empty:
        return "The timeline pairs no earlier measure of the other side with these measures."
    first = mine.sort_values("lag_days").iloc[0]
    return (
        f"'In retaliation' is a claim about motive, which the data cannot show; the timeline "
        f"does show '{first['title']}' {int(first['lag_days'])} days before "
        f"'{first['response_title']}'."
    )


_CHECKS_BY_TOPIC: dict[str, tuple[str, ...]] = {
    "export controls": ("export_rule", "entity_listing", "export_licensing", "export_ban"),
    "industrial policy": ("subsidy_law",),
    "investment restrictions": ("investment_restriction",),
    "tariffs": ("tariff",),
    "sanctions": ("entity_listing",),
}
# Goods named in words the entity gazetteer does not list as commodities.
PRODUCT_WORDS = (
    (
        r"chip-?making equipment|lithograph\w*|semiconductor (?:manufacturing )?equipment",
        "semiconductor equipment",
    ),
    (r"\bAI chips?\b|advanced computing|supercomput\w*", "advanced computing"),
)
_AGENCY_OF_ACTOR = {"US Department of Commerce": "Commerce"}
_INSTRUMENT_TYPES = {"entity listing": ("entity_listing",)}


def check_policy(ctx: Context, claim: Claim) -> Verdict | None:
    """'X has imposed restrictions / a blacklist / a subsidy law': does the timeline have it?"""
    from analysis import measures

    if claim.type != "policy_action" or claim.topic not in _CHECKS_BY_TOPIC:
        return None
    iso = claim.actor_country or _actor_iso(claim.actor)
    if not iso:
        return None
    kinds = _CHECKS_BY_TOPIC[claim.topic]
    instruments = {
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "INSTRUMENT"
    }
    for instrument, narrow in _INSTRUMENT_TYPES.items():
        if instrument in instruments:
            kinds = narrow
    frame = measures.measures()
    frame = frame.loc[
        (frame["implementing_iso3"] == iso)
        & frame["measure_type"].isin(kinds)
        & (frame["action"] == "imposition")
    ]
    agency = _AGENCY_OF_ACTOR.get(claim.actor or "")
    if agency:
        frame = frame.loc[frame["agency"].str.contains(agency, regex=False)]
    wanted = [measures.product_tag(c) for c in claim.commodities if _known_tag(c)]
    wanted += [tag for pattern, tag in PRODUCT_WORDS if re.search(pattern, claim.text, re.I)]
    if wanted:
        frame = frame.loc[frame["products"].map(lambda p: bool(set(wanted) & set(p)))]
    dates = [d for d in _claim_dates(ctx, claim) if not d.vague]
    if dates:
        return _check_policy_dates(claim, frame, dates, bool(_BAN.search(claim.text)))
    if ctx.as_of:
        frame = _announced_by(frame, ctx.as_of)
    who = claim.actor if agency else _country_name(iso)
    decision = v.decide_policy(
        who,
        _measure_facts(frame, lambda _m: True),
        forbids=bool(_BAN.search(claim.text)),
        as_of=ctx.as_of,
    )
    evidence = (
        (_measure_evidence(frame, f"{iso} {', '.join(kinds)} in force"),) if len(frame) else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure exists",
        evidence,
        _needs(decision, "a complete register of trade measures (e.g. Global Trade Alert)"),
        tuple(claim.notes),
    )


def _announced_by(frame: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """Measures announced by a day and not removed before it (in force or about to be)."""
    import pandas as pd

    when = pd.Timestamp(day)
    keep = (frame["announced"] <= when) & (frame["removed"].isna() | (frame["removed"] > when))
    return frame.loc[keep]


def _actor_iso(actor: str | None) -> str | None:
    if actor and ("US " in actor or actor.startswith("United States") or "Biden" in actor):
        return "USA"
    if actor and ("China" in actor or "Beijing" in actor or "MOFCOM" in actor):
        return "CHN"
    return None


def _check_policy_dates(
    claim: Claim, frame: pd.DataFrame, dates: list[Any], forbids: bool
) -> Verdict:
    """A dated policy claim ('announced on 3 July 2023, licences from 1 August'): match days."""
    recorded = set()
    for _, m in frame.iterrows():
        recorded |= {_day(m["announced"]), _day(m["effective"])}
    hits, misses = [], []
    for d in dates:
        match = any(d.start <= day <= d.end for day in recorded if day is not None)
        (hits if match else misses).append(d)
    evidence = (_measure_evidence(frame, "matching measures"),) if len(frame) else ()
    said = ", ".join(f"'{d.text}'" for d in dates)
    if frame.empty:
        decision = v.Decision(v.NOT_CHECKABLE, "The bundled timeline has no such measure.")
    elif not misses and forbids and not frame["measure_type"].isin(v.BAN_TYPES).any():
        decision = v.Decision(
            v.PARTLY,
            f"The timeline's dates match {said}, but the measure requires licences; "
            "it is not a ban.",
        )
    elif not misses:
        decision = v.Decision(v.SUPPORTED, f"The timeline's dates match {said}.")
    elif hits:
        decision = v.Decision(
            v.PARTLY,
            "Some dates match the timeline, others do not ("
            + ", ".join(f"'{d.text}'" for d in misses)
            + ").",
        )
    else:
        decision = v.Decision(v.UNSUPPORTED, f"No date of the matching measures fits {said}.")
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure dates",
        evidence,
        _needs(decision, "the measure's official notice"),
    )


def check_ordinal(ctx: Context, claim: Claim) -> Verdict | None:
    """'The fourth visit in recent months': count the visits in the window, in order."""
    from analysis import contacts
    from analysis.errors import WorkbookError

    n = v.ordinal(claim.text)
    if n is None or claim.topic != "official visits and meetings":
        return None
    people = _persons(ctx, claim)
    if not people:
        return None
    window = visit_window(ctx.article, claim)
    days = (window.end - window.start).days if window else None
    try:
        position, counted = contacts.ordinal_of(people[0], on=ctx.as_of, window_days=days)
    except WorkbookError as exc:
        decision = v.Decision(v.NOT_CHECKABLE, str(exc))
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "count of visits",
            needs="a fuller list of official visits",
        )
    labels = [f"{r.official} ({r.role}, {_day(r.start)})" for r in counted.itertuples()]
    subject = labels[position - 1]
    decision = v.decide_ordinal(n, labels, subject)
    span = f"{days} days" if days is not None else "all recorded visits"
    evidence = _evidence(
        EVENTS,
        counted["row"],
        {r.official: _day(r.start) for r in counted.itertuples()},
        f"US officials' visits to China within {span} before {people[0]}'s",
    )
    notes = (
        (f"Window: {window.text!r} read as {window.start}..{window.end} ({window.basis}).",)
        if window
        else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "count of visits",
        (evidence,),
        _needs(decision, "a fuller list of official visits"),
        notes,
    )


def visit_window(article: Article, claim: Claim) -> Any:
    """The period an ordinal claim counts in ('in recent months'): its first vague date
    with both ends resolved, or None (count every visit in the timeline)."""
    for ref in claim.dates:
        d = article.date(ref)
        if d.resolved and d.vague and d.start and d.end:
            return d
    return None


def check_event(ctx: Context, claim: Claim) -> Verdict | None:
    """A dated visit or meeting against the timeline's dates."""
    from analysis import contacts

    if claim.topic != "official visits and meetings" or claim.type not in ("event_date", "count"):
        return None
    people = _persons(ctx, claim) or _previous_people(ctx, claim)
    dates = [d for d in _claim_dates(ctx, claim) if not d.vague]
    if not people or not dates:
        return None
    table = contacts.official_contacts()
    named = table["official"].map(lambda o: sum(_named_in(p, o) for p in people))
    mine = table.loc[named >= min(len(people), 2)]
    claimed = (min(d.start for d in dates), max(d.end for d in dates))
    label = "the visit" if len(people) == 1 else "the meeting"
    if mine.empty:
        decision = v.decide_event_dates(claimed, None, label)
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "event dates",
            needs="a fuller calendar of official visits",
        )
    nearest = mine.loc[(mine["start"] - _ts(claimed[0])).abs().idxmin()]
    recorded = (_day(nearest["start"]), _day(nearest["end"]))
    if (
        all(d.granularity == "day" for d in dates)
        and len(dates) == 1
        and dates[0].start == (recorded[0])
    ):
        recorded_cmp = (recorded[0], recorded[0])  # a single day names the start
    else:
        recorded_cmp = recorded
    coarse = not all(d.granularity == "day" for d in dates)
    decision = v.decide_event_dates(claimed, recorded_cmp, label, coarse=coarse)
    evidence = _evidence(
        EVENTS,
        [nearest["row"]],
        {"title": nearest["title"], "start": nearest["start"], "end": nearest["end"]},
        "visits and meetings of the named people",
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "event dates",
        (evidence,),
        _needs(decision, "a fuller calendar of official visits"),
    )


def _ts(day: dt.date) -> Any:
    import pandas as pd

    return pd.Timestamp(day)


def _named_in(person: str, official: str) -> bool:
    """Whether a timeline row names a person: any of their names as a word (Xi, Biden)."""
    return any(re.search(rf"\b{re.escape(part)}\b", official) for part in person.split())


def _previous_people(ctx: Context, claim: Claim) -> list[str]:
    """People of the nearest earlier claim about a visit (for 'A four-day visit ...')."""
    earlier = [
        c
        for c in ctx.article.claims
        if c.end <= claim.start and c.topic == "official visits and meetings"
    ]
    for other in reversed(earlier):
        people = _persons(ctx, other)
        if people:
            return people
    return []


CHECKS: tuple[Callable[[Context, Claim], Verdict | None], ...] = (
    check_share,
    check_ban,
    check_ordinal,
    check_event,
    check_policy,
)

# What data would decide a claim no check could decide, by topic.
NEEDS = {
    "critical-mineral supply share": "shares by stage for that commodity and year",
    "market share": "market shares of the firms or countries named",
    "prices": "price series for the goods named",
    "trade flows": "trade flows by product and partner (e.g. Census HS-level data)",
    "export controls": "a complete register of export measures (e.g. Global Trade Alert)",
    "tariffs": "tariff schedules and their dates",
    "investment restrictions": "investment-screening measures and their dates",
    "sanctions": "sanctions lists with listing dates",
    "industrial policy": "subsidy programmes and their amounts",
    "official visits and meetings": "a full calendar of official visits and meetings",
    "other": "data on the subject of the claim",
}


def _needs(decision: v.Decision, what: str) -> str:
    return what if decision.label == v.NOT_CHECKABLE else ""


def check_claim(ctx: Context, claim: Claim) -> Verdict:
    """The first check that applies decides; none applying means not checkable."""
    for run in CHECKS:
        verdict = run(ctx, claim)
        if verdict is not None:
            return verdict
    return Verdict(
        claim,
        v.NOT_CHECKABLE,
        f"The bundled data does not cover this {claim.type.replace('_', ' ')} claim.",
        "no matching data",
        needs=NEEDS.get(claim.topic, NEEDS["other"]),
    )


def check(article: Article) -> list[Verdict]:
    """Verdicts for every claim of an article, in the article's order."""
    day, basis = as_of(article)
    ctx = Context(article, day, basis)
    return [check_claim(ctx, claim) for claim in article.claims]


# --- output ----------------------------------------------------------------------------------


def to_dict(article: Article, found: list[Verdict]) -> dict[str, Any]:
    """The `workbook check --json` object (schema documented in the README)."""
    day, basis = as_of(article)
    counts = {label: sum(x.verdict == label for x in found) for label in v.LABELS}
    return {
        "schema": SCHEMA,
        "title": article.title,
        "path": str(article.path) if article.path else None,
        "published": article.published.date.isoformat() if article.published.date else None,
        "as_of": day.isoformat() if day else None,
        "as_of_basis": basis,
        "counts": counts,
        "claims": [x.to_dict() for x in found],
        "warnings": list(article.warnings),
    }


def to_json(article: Article, found: list[Verdict]) -> str:
    """Stable JSON text: sorted keys, two-space indent, trailing newline."""
    import json

    return json.dumps(to_dict(article, found), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def table(article: Article, found: list[Verdict], width: int = 100) -> str:
    """The verdict table printed by `workbook check`: one block per claim."""
    import textwrap

    wrap = lambda text, indent: textwrap.fill(  # noqa: E731
        text, width, initial_indent=indent, subsequent_indent=indent
    )
    lines = [
        article.title or "(untitled article)",
        wrap(_checked(article), ""),
        *(wrap(f"warning: {w}", "") for w in article.warnings),
        "",
    ]
    for x in found:
        lines.append(f"{x.claim.id:<4} {x.verdict.upper():<17} {x.claim.text}"[:width])
        lines.append(wrap(x.rationale, "     "))
        for note in x.notes:
            lines.append(wrap(f"Note: {note}", "     "))
        for e in x.evidence:
            rows = ", ".join(str(r) for r in e.rows)
            lines.append(wrap(f"Evidence: {e.dataset} rows {rows} — {_short(e.source)}", "     "))
        if x.needs:
            lines.append(wrap(f"Would decide it: {x.needs}", "     "))
        lines.append("")
    lines.append(summary(found))
    return "\n".join(lines)


def _checked(article: Article) -> str:
    """'Checked as of 2023-08-27: published between ...' (today's date when unknown)."""
    day, basis = as_of(article)
    return f"Checked as of {day or f'today ({dt.date.today().isoformat()})'}: {basis}"


def heading(article: Article, found: list[Verdict]) -> str:
    """Markdown above a notebook's verdicts: title, counts, the day checked against, and
    any warning about the input (e.g. no claims: is this a trade-policy article?)."""
    lines = [
        f"**{article.title or '(untitled article)'}**",
        summary(found),
        _checked(article),
        *(f"**Warning:** {w}" for w in article.warnings),
    ]
    return "  \n".join(lines)


def to_markdown(found: list[Verdict]) -> str:
    """Each verdict with its reasoning, notes, evidence rows and sources, as Markdown."""
    from analysis import findings

    lines = []
    for x in found:
        lines.append(f"**{x.claim.id} — {x.verdict}.** “{x.claim.text}”  ")
        lines.append(f"{x.rationale}")
        lines += [f"- Note: {note}" for note in x.notes]
        for e in x.evidence:
            rows = ", ".join(str(r) for r in e.rows)
            source = findings.links(_short(e.source))
            lines.append(f"- Evidence: `{e.dataset}` rows {rows}; source: {source}")
        if x.needs:
            lines.append(f"- Would decide it: {x.needs}")
        lines.append("")
    return "\n".join(lines)


def frame(found: list[Verdict]) -> pd.DataFrame:
    """The verdicts as a table: id, verdict, claim, rationale, rule, datasets used."""
    import pandas as pd

    return pd.DataFrame(
        {
            "id": [x.claim.id for x in found],
            "verdict": [x.verdict for x in found],
            "claim": [x.claim.text for x in found],
            "rationale": [x.rationale for x in found],
            "rule": [x.rule for x in found],
            "datasets": [", ".join(dict.fromkeys(e.dataset for e in x.evidence)) for x in found],
        }
    )


def summary(found: list[Verdict]) -> str:
    """'11 claims checked: 7 supported, 2 partly supported, ...' (labels with no claim left
    out); 'No checkable claims found.' when there are none."""
    if not found:
        return "No checkable claims found."
    counts = [f"{n} {label}" for label in v.LABELS if (n := sum(x.verdict == label for x in found))]
    claims = "1 claim" if len(found) == 1 else f"{len(found)} claims"
    return f"{claims} checked: " + ", ".join(counts) + "."


def source_line(found: list[Verdict]) -> str:
    """A chart's source line naming the datasets the verdicts used."""
    from analysis import datasets

    used = sorted({e.dataset for x in found for e in x.evidence})
    titles = "; ".join(datasets.resource(name)["title"] for name in used)
    return f"Sources: {titles}." if used else "Sources: none (no claim could be checked)."


def _short(source: str) -> str:
    """A long list of page references cut to its first, with a count of the rest."""
    parts = [p.strip() for p in re.split(r" ; |; (?=https?:)", source) if p.strip()]
    if len(parts) <= 1 and len(source) <= 160:
        return source
    return f"{parts[0][:140]} (+{len(parts) - 1} more; see --json)"


def findings(article: Article, found: list[Verdict]) -> list[Any]:
    """One finding per decided claim: the verdict as a quotable sentence with its sources."""
    from analysis import datasets
    from analysis.findings import Finding

    out = []
    for x in found:
        if x.verdict == v.NOT_CHECKABLE or not x.evidence:
            continue
        sources = tuple(s for e in x.evidence for s in datasets.sources(e.dataset, list(e.rows)))
        out.append(
            Finding(
                id=f"check-{x.claim.id}",
                text=f"“{x.claim.text}” — {x.verdict}. {x.rationale}",
                values={"claim_id": x.claim.id, "verdict": x.verdict, "rule": x.rule},
                sources=sources,
                caveats=x.notes,
            )
        )
    return out
