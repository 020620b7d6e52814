"""Checks of claims about measures: bans and licences on goods, who imposed what, when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd

from analysis.analyses import measures, visits
from analysis.article import claim_words, frames, measure_reading, parties
from analysis.article.claims import Claim
from analysis.article.event_clauses import answered_span
from analysis.data import goods
from analysis.evidence import catalog_scope, class_goods, measure_details, measure_naming
from analysis.evidence import verdicts as v
from analysis.evidence.model import (
    Context,
    Evidence,
    Verdict,
    claim_dates,
    country_name,
    make_evidence,
    needs_text,
    sentence_of,
    sentence_span,
    to_day,
)
from analysis.fmt import is_missing
from analysis.vocab import Action, Label, MeasureStatus


def _measure_facts(frame: pd.DataFrame, covers: Callable[[Any], bool]) -> list[v.MeasureFact]:
    """Measures as the verdict rules see them; `status` from `measures.in_force_on` when the
    frame has it, and the affected country when a measure applies to one destination."""
    return [
        v.MeasureFact(
            title=str(m["title"]),
            kind=str(m["strength"]),
            type_label=str(m["measure_type"]).replace("_", " "),
            start=to_day(m["effective"]) or to_day(m["announced"]),
            goods=tuple(goods.label(g) for g in m["goods"]),
            covers_claimed_goods=covers(m),
            status=str(m.get("status", MeasureStatus.IN_FORCE)),
            affected=None if is_missing(m["affected_iso3"]) else country_name(m["affected_iso3"]),
        )
        for _, m in frame.iterrows()
    ]


def _measure_evidence(
    frame: pd.DataFrame, what: str, as_of: dt.date | None
) -> tuple[Evidence, ...]:
    """The catalog's rows of `frame`, dated by announcement: one item for those announced by
    `as_of`, public from the latest of them; one item for each announced after it, with its
    own day, which `factcheck.as_of_the_article` sets apart as "since then"."""

    def item(rows: pd.DataFrame, label: str) -> Evidence:
        columns = ("measure_id", "measure_type", "strength", "announced", "effective")
        read = measures.columns_of(rows, *columns)
        values = {
            str(mid): f"{kind} ({strength}), announced {to_day(announced)}"
            f", effective {to_day(effective)}"
            for mid, kind, strength, announced, effective in read
        }
        day = max((d for d in map(to_day, rows["announced"]) if d is not None), default=None)
        return make_evidence(measures.TABLE, rows["row"], values, label, day)

    if frame.empty:
        return ()
    after = pd.Series(False, index=frame.index)
    if as_of is not None:
        after = frame["announced"].notna() & (frame["announced"] > pd.Timestamp(as_of))
    by_then = (item(frame.loc[~after], what),) if (~after).any() else ()
    return by_then + tuple(item(measures.row_frame(frame, i), what) for i in frame.index[after])


# --- checks: each returns a Verdict, or None when it does not apply ------------------------


def _bans(text: str) -> bool:
    """Whether a claim forbids ("banned", "bans", not "high-bandwidth" or "banks"; `ban_words`
    in data/lexicon/claims.yaml)."""
    return claim_words.patterns()["bans"].search(text) is not None


def _goods_tag(claim: Claim, commodity: str) -> str:
    """The goods id a claim means: the technology of the good when its frame reads the good
    as what a technology is for or as the head of one ("technology to extract rare earths",
    "rare earth processing technology": `goods_named.as_technology`). A good the frame keeps
    beside the technology is the good ("rare earth technology in 2023 and rare earth magnets
    in 2025": the magnets; round 36, fx36f)."""
    good = goods.resolve(commodity)
    tech = goods.technologies().get(good)
    if tech and claim.frame and tech in claim.frame.goods and good not in claim.frame.goods:
        return tech
    return good


def _class_in_part(tag: str, on: pd.DataFrame, decided: v.Decision, text: str) -> v.Decision:
    """A class of goods (`umbrella`: "critical minerals") that no measure names, met only by
    measures on commodities filed under it, is met in part: the ban covers some members,
    not the class ("an export ban on strategic minerals" against the gallium ban). Not when
    the claim says only part of the class ("several critical minerals": `unnamed_part`)."""
    if tag not in goods.umbrellas() or decided.label != Label.SUPPORTED:
        return decided
    if class_goods.unnamed_part(text):
        return decided
    if len(on) and on["goods"].map(lambda own: tag in set(own)).any():
        return decided
    return v.Decision(
        Label.PARTLY,
        f"{decided.rationale} The measures name goods of that class, not the whole class.",
    )


def _covers(good: str) -> Callable[[Any], bool]:
    """Whether a measure row covers a good, a member of its group or a commodity filed under
    the class it names (`goods.held`: a ban on gallium covers "critical minerals")."""
    wanted = goods.held(good)
    return lambda m: bool(wanted & set(m["goods"]))


def _export_measures_on(
    everything: pd.DataFrame, iso: str, day: dt.date
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A side's export bans and licence requirements, and those of them in force or
    announced on `day` (with their status; suspensions from the whole timeline applied, a
    measure under a full suspension left out)."""
    mine = everything.loc[
        (everything["implementing_iso3"] == iso)
        & (everything["restricts"] == "exports")
        & everything["strength"].isin(v.BAN_TYPES | v.LICENSING_TYPES)
        & (everything["action"] == Action.IMPOSITION)
    ]
    # Suspensions are measures too: status comes from the whole timeline.
    status = measures.status_on(day, everything, rows=mine)
    suspended = measures.active_suspensions(day, everything)
    shown = {
        MeasureStatus.IN_FORCE: MeasureStatus.IN_FORCE,
        MeasureStatus.PARTLY_SUSPENDED: MeasureStatus.PARTLY_SUSPENDED,
        MeasureStatus.NOT_YET_EFFECTIVE: MeasureStatus.ANNOUNCED,
        MeasureStatus.EFFECTIVE_UNKNOWN: MeasureStatus.EFFECTIVE_UNKNOWN,
    }
    on = mine.assign(status=status.map(shown)).loc[status.isin(list(shown))]
    # A measure with no effective date is still under a full suspension of it.
    full = {mid for mid, by in suspended.items() if not all(s["partial"] for s in by)}
    return mine, on.loc[~on["measure_id"].isin(full)]


def _hedged(decision: v.Decision, text: str, facts: list[v.MeasureFact]) -> v.Decision:
    """A claim that hedges its ban ("has largely banned exports", `hedged_ban`) calls
    licence requirements all but a ban: how strictly they are applied, which the catalog's
    measure types do not record. Where the decision on a good is only that a licence on it
    (one of `facts` covering the good) is not a ban (misleading), it is not checkable; any
    other decision stands (round 35, fx35c), also a misleading one with no measure on the
    good at all ("has effectively banned exports of copper": review of round 35)."""
    hedge = claim_words.patterns()["hedged_ban"].search(text)
    licensed = any(f.covers_claimed_goods for f in facts)
    if hedge is None or decision.label != Label.MISLEADING or not licensed:
        return decision
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim hedges its ban ('{hedge.group(0)}'): it says the measures work almost as a "
        f"ban, not that they are one. {decision.rationale} How many licences are refused is "
        "not in the catalog.",
    )


def check_ban(ctx: Context, claim: Claim) -> Verdict | None:
    """'X banned exports of Y': is there such a measure by then, and is it a ban?

    The day is the claim's own date (its last day), never after the article's; else the
    article's; else today. Each good the claim names is decided apart
    (`verdicts.decide_export_ban`) and the decisions combined (`verdicts.combine`).
    """

    if claim.topic != "export controls" or not _bans(claim.text) or not claim.commodities:
        return None
    if claim.frame and claim.frame.action == "relaxation":
        return None  # "lifted its ban": a relaxation, checked as one
    if claim.frame and claim.frame.action == "licence":
        return None  # "a ban on exports ... without first obtaining a licence": a licence
    if claim.frame and claim.frame.action == "listing":
        return None  # "placed on the entity list of companies ... forbidden to": a listing
    if measure_reading.bans_imports(claim.text):
        return None  # a ban on imports is not an export ban: the catalog checks read it
    if claim_words.patterns()["not_taken"].search(claim.text):
        return None  # "may ban", "threatened to ban": not taken, which check_measure says
    iso = _actor_country(claim)
    if not iso or iso not in visits.SIDES:
        # a third country's export measures are in the catalog only where they bear on the
        # two sides ("Canadian ban on graphite exports"): no ban of its is no proof, so the
        # catalog's measures of that day decide (check_measure), or nothing does
        return None
    undecidable = (
        catalog_scope.outside_the_catalog(claim.frame, claim.text, sentence_of(ctx, claim))
        if claim.frame
        else None
    )
    if undecidable:
        return Verdict(
            claim,
            undecidable.label,
            undecidable.rationale,
            "ban or licensing",
            needs="a fuller register of export measures",
        )
    tags = _members_for_groups(
        claim,
        list(
            dict.fromkeys(
                _goods_tag(claim, c) for c in _own_goods(ctx, claim) if goods.names_a_good(c)
            )
        ),
    )
    if not tags:
        return None
    dates = claim_dates(ctx, claim)
    day = dates[-1].end if dates else (ctx.as_of or dt.date.today())
    if ctx.as_of and day > ctx.as_of:
        day = ctx.as_of
    everything = measures.measures()
    mine, on = _export_measures_on(everything, iso, day)
    if model := measure_naming.unnamed_model(ctx, claim, iso, mine):
        by = (claim.frame.actor if claim.frame else "") or country_name(iso)
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            f"The claim names {model} as what was banned; no export ban or licence by {by} "
            "in the catalog names it (they cover classes of goods), so the catalog does not "
            "say what befell that product.",
            "ban or licensing",
            needs="the measure's notice naming the product",
        )
    suspended = measures.active_suspensions(day, everything)
    # the other side's, for a ban claimed of the side that has none on the goods
    _, theirs = _export_measures_on(everything, next(s for s in visits.SIDES if s != iso), day)
    later = mine.loc[mine["announced"] > pd.Timestamp(day)]
    destinations = [
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "PLACE"
    ]
    to = _destination(ctx, claim)
    if to:  # "banned the export of gallium, ..., to the US": its sentence names it
        destinations.append(country_name(to))
    decisions = []
    for tag in tags:
        covers = _covers(tag)
        on_tag = later.loc[later.apply(covers, axis=1)] if len(later) else later
        in_force = _not_suspended_for(on, suspended, tag)
        # what came out after the article is told, never weighed (`decide_export_ban`)
        out = on_tag["announced"] > (pd.Timestamp(ctx.as_of) if ctx.as_of else pd.Timestamp.max)
        facts, after = _measure_facts(in_force, covers), _measure_facts(on_tag.loc[~out], covers)
        since = _measure_facts(on_tag.loc[out], covers)
        label = goods.label(tag)
        partner = country_name(to) if to else None
        on_theirs = theirs.loc[theirs.apply(covers, axis=1)] if len(theirs) else theirs
        swapped = _measure_facts(on_theirs, covers)
        decided = v.decide_export_ban(
            label, day, facts, after, destinations, partner, swapped, since
        )
        decided = _hedged(decided, claim.text, facts)
        decisions.append((label, _class_in_part(tag, on, decided, claim.text)))
    decision = v.combine(decisions)
    any_tag = [_covers(t) for t in tags]
    related = (
        later.loc[later.apply(lambda m: any(c(m) for c in any_tag), axis=1)]
        if len(later)
        else later
    )
    named = " and ".join(goods.label(t) for t in tags)
    evidence = [
        *_measure_evidence(on, f"{iso} export measures in force or announced on {day}", day),
        *_measure_evidence(related, f"later {iso} measures on {named}", ctx.as_of),
    ]
    notes = list(claim.notes)
    notes += [
        f"'{s['title']}' applied to '{m['title']}' on {day}."
        for _, m in on.iterrows()
        for s in suspended.get(m["measure_id"], [])
        if any(c(m) for c in any_tag)
    ]
    if "causal" in claim.types:
        notes.append(_retaliation_note(on.loc[on["status"] != MeasureStatus.ANNOUNCED]))
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "ban or licensing",
        tuple(evidence),
        needs_text(decision, "a register of export measures"),
        tuple(notes),
    )


def _own_goods(ctx: Context, claim: Claim) -> list[str]:
    """The claim's commodities less those named in the measure it answers ("The ban was first
    imposed in December 2024 in retaliation for U.S. export controls on high-bandwidth memory
    chips": `event_clauses.answered_span`), which are that other event's (round 35, fx35d)."""
    span = answered_span(claim.text)
    if span is None:
        return list(claim.commodities)
    lo, hi = claim.start + span[0], claim.start + span[1]
    ents = [ctx.article.entity(i) for i in claim.entities]
    inside = {e.canonical for e in ents if e.label == "COMMODITY" and lo <= e.start < hi}
    outside = {e.canonical for e in ents if e.label == "COMMODITY" and not lo <= e.start < hi}
    return [c for c in claim.commodities if c not in inside - outside]


def _destination(ctx: Context, claim: Claim) -> str | None:
    """Where a ban claim says the exports go: its frame's partner, unless its sentence names
    that country but not after a word of direction ("to", "into", "against":
    `parties.partner_after`), so names it in another role ("China's export ban on
    gallium ... has sparked discussions on opportunities for Australia"; round 35, fx35d)."""
    to = claim.frame.partner if claim.frame else None
    if not to:
        return None
    start, end = sentence_span(ctx, claim)
    ents = [e for e in ctx.article.entities if start <= e.start < end]
    named = {e.country for e in ents if e.label == "PLACE"}
    said = ctx.article.text[start:end]
    return None if to in named and parties.partner_after(said, ents) != to else to


def _not_suspended_for(on: pd.DataFrame, suspended: dict, tag: str) -> pd.DataFrame:
    """The measures of `on` less those a suspension in force lifts for the good `tag`: a
    partial suspension naming every member of the good ("the antimony clause suspended"
    from a ban on gallium, germanium and antimony) lifts the measure for that good, which
    no longer stands as a ban on it (round 31, fcw31); the measure stays for other goods."""
    wanted = goods.members(tag)

    def lifted(mid: str) -> bool:
        return any(wanted <= set(s["goods"] or ()) for s in suspended.get(mid, []))

    return on.loc[~on["measure_id"].map(lifted)] if len(on) else on


def _members_for_groups(claim: Claim, tags: list[str]) -> list[str]:
    """The goods a ban claim is decided on: a group the frame read as named with its
    members ("critical minerals (gallium, germanium and antimony)",
    `goods_named.with_members`) gives way to those members."""
    frame_goods = claim.frame.goods if claim.frame else ()
    groups = [t for t in tags if goods.is_generic(t) and t not in frame_goods]
    if not frame_goods or not groups:
        return tags
    return [t for t in tags if t not in groups] + [g for g in frame_goods if g not in tags]


def _retaliation_note(on: pd.DataFrame) -> str:
    """What the timeline says about a 'retaliation' claim: order and lag, never motive."""

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
    "export controls": (
        "export_licence_requirement",
        "export_ban",
        "entity_listing",
        "control_listing",
        "end_use_control",
        "technology_export_ban",
    ),
    "industrial policy": ("subsidy",),
    "investment restrictions": ("investment_restriction",),
    "tariffs": ("tariff",),
    "sanctions": measure_details.sanction_types(),
}
# The topics whose policy claims tell acts (a tariff, a control, a listing or a sanction
# imposed): one that reads none is not checked on the side's measures (`_no_act`); an
# industrial or investment policy is told as a course, not as an act.
_ACT_TOPICS = ("export controls", "tariffs", "sanctions")
_INSTRUMENT_TYPES = measure_details.INSTRUMENT_TYPES


def check_policy(ctx: Context, claim: Claim) -> Verdict | None:
    """'X has imposed restrictions / a blacklist / a subsidy law': does the timeline have it?"""

    if claim.type != "policy_action" or claim.topic not in _CHECKS_BY_TOPIC:
        return None
    iso = _actor_country(claim)
    if not iso:
        return None
    if detail := measure_details.detailed(claim.text):  # "... will remain unaffected"
        return Verdict(
            claim,
            detail.label,
            detail.rationale,
            "measure exists",
            (),
            needs_text(detail, "the measure's notice"),
            tuple(claim.notes),
        )
    since = {w.date for w in claim.frame.when if w.role == "since"} if claim.frame else set()
    dates = [d for d in claim_dates(ctx, claim) if not d.vague and d.id not in since]
    if not dates and (gate := _no_act(claim)) is not None:
        return gate
    kinds = _CHECKS_BY_TOPIC[claim.topic]
    instruments = {
        ctx.article.entity(e).canonical
        for e in claim.entities
        if ctx.article.entity(e).label == "INSTRUMENT"
    }
    named = [k for i, narrow in _INSTRUMENT_TYPES.items() if i in instruments for k in narrow]
    kinds = tuple(dict.fromkeys(named)) or kinds
    frame = measures.measures()
    frame = frame.loc[
        (frame["implementing_iso3"] == iso)
        & frame["measure_type"].isin(kinds)
        & (frame["action"] == "imposition")
    ]
    agency = measure_naming.agency_terms(claim.actor) if claim.topic == "export controls" else ()
    if agency:
        frame = measure_naming.by_agency(frame, agency)
    wanted = [_covers(goods.resolve(c)) for c in claim.commodities if goods.names_a_good(c)]
    if wanted and len(frame):
        frame = frame.loc[frame.apply(lambda m: any(c(m) for c in wanted), axis=1)]
    if dates:
        other = next(s for s in visits.SIDES if s != iso) if iso in visits.SIDES else None
        everything = measures.measures()
        theirs = everything.loc[
            (everything["implementing_iso3"] == other)
            & everything["measure_type"].isin(kinds)
            & (everything["action"] == "imposition")
        ]
        return _check_policy_dates(
            claim, frame, dates, _bans(claim.text), ctx.as_of, _on_days(theirs, dates)
        )
    if ctx.as_of:
        frame = _announced_by(frame, ctx.as_of)
    who = claim.actor if agency else country_name(iso)
    decision = v.decide_policy(
        who,
        _measure_facts(frame, lambda _m: True),
        forbids=_bans(claim.text),
        as_of=ctx.as_of,
    )
    # "Huawei (and 150 affiliates)": a count one of the measures' titles must give
    decision = measure_details.counted(decision, frame, claim.text)
    evidence = _measure_evidence(frame, f"{iso} {', '.join(kinds)} in force", ctx.as_of)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure exists",
        evidence,
        needs_text(decision, "a complete register of trade measures (e.g. Global Trade Alert)"),
        tuple(claim.notes),
    )


def _no_act(claim: Claim) -> Verdict | None:
    """An undated policy claim of a topic of acts (`_ACT_TOPICS`) whose frame reads no act
    (no measure nor listing count: no tariff, control, listing or sanction told as done) and
    no figure is not checkable: "White House chief economic adviser Larry Kudlow said",
    "Companies can seek for a sanction to do business with the entities". A measure of the
    side in the catalog is no evidence for what it says (round 42, sanc42); the act, its
    date or a figure would decide it. None when the frame reads an act or a figure."""
    frame = claim.frame
    if claim.topic not in _ACT_TOPICS:
        return None  # "the Americans are investing massively to relocate ...": a policy, no act
    if frame is not None and (frame.kind in (frames.MEASURE, frames.COUNT) or frame.quantity):
        return None
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        f"The claim is on {claim.topic} but tells no act of its own (no tariff, control, "
        "listing or sanction imposed), no date and no figure: that the side has such measures "
        "in the catalog is no evidence for what it says.",
        "policy claim with no act",
        (),
        "the act the claim refers to, with its date or figure",
        tuple(claim.notes),
    )


def _announced_by(frame: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """Measures announced by a day and not removed before it (in force or about to be)."""

    when = pd.Timestamp(day)
    keep = (frame["announced"] <= when) & (frame["removed"].isna() | (frame["removed"] > when))
    return frame.loc[keep]


def _actor_country(claim: Claim) -> str | None:
    """Who imposed the measure: a measure's or count's frame actor (which leaves out the
    countries a measure targets and companies), else the claim's; a clause naming no actor
    but its targets ("sanctions announced last Friday on seven U.S. companies", whose frame
    reads no measure word) takes its frame's, borrowed from before (round 32, fcm32)."""
    frame = claim.frame
    if frame and frame.kind in (frames.MEASURE, frames.COUNT):
        return frame.actor_country or _actor_iso(frame.actor)
    if claim.actor in measure_naming.company_names():
        return None  # "Lockheed Martin's F-35 ... China's sanctions": a firm imposes nothing
    if not claim.actor and frame and frame.kind == frames.OTHER:
        return frame.actor_country
    return claim.actor_country or _actor_iso(claim.actor)


def _actor_iso(actor: str | None) -> str | None:
    if actor and ("US " in actor or actor.startswith("United States") or "Biden" in actor):
        return "USA"
    if actor and ("China" in actor or "Beijing" in actor or "MOFCOM" in actor):
        return "CHN"
    return None


def _on_days(frame: pd.DataFrame, dates: list[Any]) -> pd.DataFrame:
    """The measures announced or taking effect within one of a claim's dates."""

    def hit(m: pd.Series) -> bool:
        days = (to_day(m["announced"]), to_day(m["effective"]))
        return any(day is not None and d.start <= day <= d.end for d in dates for day in days)

    return frame.loc[frame.apply(hit, axis=1)] if len(frame) else frame


def _check_policy_dates(
    claim: Claim,
    frame: pd.DataFrame,
    dates: list[Any],
    forbids: bool,
    as_of: dt.date | None,
    theirs: pd.DataFrame,
) -> Verdict:
    """A dated policy claim ('announced on 3 July 2023, licences from 1 August'): match days
    of the measures announced by the article's date; those announced after it are evidence
    since then, never weighed (round 36, later36). None of the side's measures on the days,
    and one of the other side's (`theirs`) on them: the claim gives the other side's
    measure to this one ("MOFCOM unveiled the foreign direct product rule", the US's),
    unsupported."""
    if as_of is not None:
        theirs = theirs.loc[theirs["announced"] <= pd.Timestamp(as_of)]
    evidence = _measure_evidence(frame, "matching measures", as_of)
    if as_of is not None:
        frame = frame.loc[frame["announced"] <= pd.Timestamp(as_of)]
    recorded = set()
    for _, m in frame.iterrows():
        recorded |= {to_day(m["announced"]), to_day(m["effective"])}
    hits, misses = [], []
    for d in dates:
        match = any(d.start <= day <= d.end for day in recorded if day is not None)
        (hits if match else misses).append(d)
    said = ", ".join(f"'{d.text}'" for d in dates)
    if not hits and len(theirs):
        titles = "; ".join(f"{m['title']} ({m['implementing_iso3']})" for _, m in theirs.iterrows())
        decision = v.Decision(
            Label.UNSUPPORTED,
            f"No measure of the side the claim names fits {said}; the timeline's measures of "
            f"those days are the other side's: {titles}.",
        )
        evidence = (
            *_measure_evidence(theirs, "the other side's measures of those days", as_of),
            *evidence,
        )
    elif frame.empty:
        decision = v.Decision(Label.NOT_CHECKABLE, "The bundled timeline has no such measure.")
    elif not misses and forbids and not frame["strength"].isin(v.BAN_TYPES).any():
        decision = v.Decision(
            Label.PARTLY,
            f"The timeline's dates match {said}, but the measure requires licences; "
            "it is not a ban.",
        )
    elif not misses:
        decision = v.Decision(Label.SUPPORTED, f"The timeline's dates match {said}.")
        # "added 30 entities ... on 7 October 2022": the measures of those days must give
        # the count, as for an undated claim (one check: `measure_details.counted`)
        decision = measure_details.counted(decision, _on_days(frame, dates), claim.text)
    elif hits:
        decision = v.Decision(
            Label.PARTLY,
            "Some dates match the timeline, others do not ("
            + ", ".join(f"'{d.text}'" for d in misses)
            + ").",
        )
    else:
        decision = v.Decision(Label.UNSUPPORTED, f"No date of the matching measures fits {said}.")
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure dates",
        evidence,
        needs_text(decision, "the measure's official notice"),
    )
