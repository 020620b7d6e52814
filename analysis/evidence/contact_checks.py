"""Checks of official contacts: visits, meetings, talks and calls against the `visits`
timeline (dates, places, lengths, ordinals such as "the fourth visit" or "their third
meeting"). Rules and tolerances: docs/factcheck.md, "How a claim finds its check". What a
claim says around its days (people, places, the saying's dates) is read in `contact_reading`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import Any

import pandas as pd

from analysis.analyses import visits
from analysis.article import date_patterns as pat
from analysis.article import frames
from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns, words
from analysis.article.claims import Claim
from analysis.article.document import Article
from analysis.data import countries
from analysis.errors import WorkbookError
from analysis.evidence import contact_parties
from analysis.evidence import verdicts as v
from analysis.evidence.contact_reading import (
    _event_dates,
    _from_sentence_start,
    _nearest,
    _pair_before,
    _previous_people,
    _subject_after,
    _subject_before,
    _third_party,
    _ts,
    _venues,
    _where,
)
from analysis.evidence.model import (
    Context,
    Verdict,
    make_evidence,
    needs_text,
    persons_named,
    to_day,
)
from analysis.vocab import Label


def check_ordinal(ctx: Context, claim: Claim) -> Verdict | None:
    """'The fourth visit in recent months': count the visits in the window, in order."""

    # "on Wednesday (3rd)", "on May 3rd": a day of the month, not an ordinal of events
    n = v.ordinal(_DAY_ORDINAL.sub(" ", claim.text))
    if n is None or claim.topic != "official visits and meetings":
        return None
    if "call" not in visits.coverage()[1] and _ordinal_of(words().exchange_nouns, claim.text):
        # "the first direct dialogue between the two heads of state since November"
        why = "The claim counts calls or exchanges, which the timeline records only in part."
        return _not_checkable(claim, why, "count of meetings", "a full record of their calls")
    if (office := _office_ranked(claim.text)) is not None:
        why = (
            f"The claim ranks visitors holding one office ({office}) among themselves; the "
            "count of visits is of every US official's visits to China, so it cannot rank them."
        )
        return _not_checkable(claim, why, "count of visits", f"visits by each {office}")
    # the person the ordinal is said of: the subject just before it ("Raimondo, the fourth
    # official to visit since June, met Premier Li") or the people it names
    people = list(dict.fromkeys(_subject_before(ctx, claim) + persons_named(ctx, claim)))
    if len(people) < 2 and patterns()["pair_words"].search(claim.text):
        people = _pair_before(ctx, claim) or people  # "between the two leaders"
    if not people:
        return None
    start = _window_start(ctx, claim)
    covered, _ = visits.coverage()
    if start is not None and start < covered:
        why = (
            f"The count reaches back to {to_day(start)}, before the first day the timeline "
            f"covers ({to_day(covered)}): it cannot show the contacts before then."
        )
        return _not_checkable(claim, why, "count of visits", "a record of contacts before then")
    # the ordinal counts the meetings ("their third meeting"), not a trip the claim tells
    # beside a meeting ("his first to the US since 2022, ... ahead of a meeting of the
    # leaders"; round 34, fx34o)
    if ctx.as_of is not None and _ordinal_of(_MEETING_NOUNS, claim.text):
        # "Biden ... his third meeting with Xi": the people of the sentence up to the claim
        lead = len(_from_sentence_start(ctx, claim)) - len(claim.text)
        before = [
            e.canonical
            for e in ctx.article.entities
            if e.label == gz.PERSON and claim.start - lead <= e.start < claim.start
        ]
        together = list(dict.fromkeys(before + people))
        if len(together) > 1:
            return _meeting_ordinal(ctx, claim, n, together)
        if _ordinal_of(_MEETING_NOUNS, claim.text):
            # "the fifth meeting between Wang and Sullivan" with one of them unknown: a count
            # of meetings, never of one person's visits
            why = "The claim counts meetings, and the timeline knows fewer than two of its people."
            return _not_checkable(claim, why, "count of meetings", "who met, and their meetings")
    window = visit_window(ctx.article, claim)
    days = (window.end - window.start).days if window else None
    errors = []
    for person in people:
        try:
            position, counted = visits.ordinal_of(
                person,
                # a day the claim gives that one of the person's visits holds ("her second
                # trip, which began on 6 July") names the visit, not the article's date
                on=visits.visit_holding(person, _days_of(claim)) or ctx.as_of,
                own=v.own_ordinal(claim.text),
                window_days=days,
            )
            people = [person]
            break
        except WorkbookError as exc:
            errors.append(str(exc))
    else:
        return _not_checkable(
            claim, errors[0], "count of visits", "a fuller list of official visits"
        )
    visit = counted.loc[counted["ordinal"] == position].iloc[0]
    if (ahead := _begun_later(ctx, claim, visit, "count of visits")) is not None:
        return ahead  # "this is her second visit", a day before it began
    labels = [f"{r.official} ({r.role}, {to_day(r.start)})" for r in counted.itertuples()]
    subject = labels[position - 1]
    own = v.own_ordinal(claim.text)
    exact = own and window is None and visits.whole_record(people[0])  # else one off: partly
    decision = v.decide_ordinal(n, labels, subject, exact=exact)
    span = f"{days} days" if days is not None else "all recorded visits"
    whose = f"{people[0]}'s visits" if own else "US officials' visits to China"
    evidence = make_evidence(
        visits.TABLE,
        counted["row"],
        {
            (f"{r.official}, visit {r.ordinal}" if own else r.official): to_day(r.start)
            for r in counted.itertuples()
        },
        f"{whose} within {span} before {people[0]}'s",
        published=to_day(counted["start"].max()),
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
        needs_text(decision, "a fuller list of official visits"),
        notes,
    )


_IN_YEARS = re.compile(
    r"\b(?:in|for)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?P<n>\w+)\s+"
    r"(?P<unit>year|month)s?\b",
    re.I,
)
# "their third meeting", "the second summit between ...": an ordinal of meetings, not visits
_MEETING_NOUNS = ("(?:meeting|summit|talks|sit-down)s?",)
_ORDINALS = "|".join(v.ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
_DAY_ORDINAL = re.compile(
    r"\(\s*\d{1,2}(?:st|nd|rd|th)\s*\)|\b(?:"
    + "|".join(list(calendar.day_name) + list(calendar.month_name[1:]))
    + r")\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)


def _days_of(claim: Claim) -> list[dt.date]:
    when = claim.frame.when if claim.frame else ()
    return [dt.date.fromisoformat(w.start) for w in when if w.granularity == "day" and w.start]


def _ordinal_of(nouns: tuple[str, ...] | list[str], text: str) -> bool:
    """Whether an ordinal of `text` counts one of `nouns` (patterns), up to three words on
    ("the fifth meeting", "their third in-person summit", "the first direct dialogue", "his
    third and final in-person meeting"; not across "to": "his first trip to the summit" counts
    the trips, round 34, rev34)."""
    found = re.search(
        rf"\b(?:{_ORDINALS})\s+(?:(?!to\b)[\w-]+\s+){{0,3}}?(?:{'|'.join(nouns)})\b", text, re.I
    )
    return found is not None


def _office_ranked(text: str) -> str | None:
    """The office a visitors' ordinal names between the ordinal and the visit ("the first
    secretary of state to visit China in five years": Secretary of State), if any; an
    ordinal of officials in general ("the fourth senior official to visit") names none."""
    found = re.search(rf"\b(?:{_ORDINALS})\s+((?:[\w.-]+\s+){{1,6}}?)to\s+visit\b", text, re.I)
    if found is None:
        return None
    named = gz.offices_named(set(re.findall(r"[a-z]+", found.group(1).lower())), "USA")
    return named[0][1].title if named else None


def _not_checkable(claim: Claim, why: str, rule: str, needs: str) -> Verdict:
    return Verdict(claim, Label.NOT_CHECKABLE, why, rule, needs=needs)


def _meeting_ordinal(ctx: Context, claim: Claim, n: int, people: list[str]) -> Verdict:
    """'Their third in-person meeting': the in-person contacts naming all the people, up to
    the one the article means (the latest begun by its date plus `visits.AHEAD_DAYS`: one
    begun after the date is not checkable, `_begun_later`), in the window the claim gives;
    'the first since 2019' counts from after 2019 (the last one was then), 'the fourth
    since June' from June."""
    met = visits.meetings_of(people, ctx.as_of)
    window = visit_window(ctx.article, claim)
    if window is not None:
        since = ctx.article.date(window.id)
        first = since.end if n == 1 and window.text.startswith("since") else None
        met = met.loc[
            met["start"] > _ts(first) if first else met["start"] >= _ts(window.start)
        ].reset_index(drop=True)
        met = met.assign(ordinal=range(1, len(met) + 1))
    elif (start := _window_start(ctx, claim)) is not None:
        # "their first meeting in six years": none in the six years before
        met = met.loc[met["start"] > start].reset_index(drop=True)
        met = met.assign(ordinal=range(1, len(met) + 1))
    if met.empty:
        why = f"The timeline has no in-person meeting of {' and '.join(people)}."
        return _not_checkable(claim, why, "count of meetings", "a fuller calendar of meetings")
    _, complete = visits.coverage()
    if not met["kind"].isin(complete).all():
        why = (
            f"The timeline records only a selection of the meetings of {' and '.join(people)} "
            f"(in full only: {', '.join(sorted(complete)) or 'none'}), so it cannot count them."
        )
        return _not_checkable(claim, why, "count of meetings", "a full calendar of their meetings")
    if (ahead := _begun_later(ctx, claim, met.iloc[-1], "count of meetings")) is not None:
        return ahead
    labels = [f"{_where(r._asdict())} ({to_day(r.start)})" for r in met.itertuples()]
    decision = v.decide_ordinal(n, labels, labels[-1])
    evidence = make_evidence(
        visits.TABLE,
        met["row"],
        {f"meeting {r.ordinal}": to_day(r.start) for r in met.itertuples()},
        f"in-person meetings of {' and '.join(people)} up to {to_day(met['start'].iloc[-1])}",
        published=to_day(met["start"].iloc[-1]),
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "count of meetings",
        (evidence,),
        needs_text(decision, "a fuller calendar of official meetings"),
    )


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def _window_start(ctx: Context, claim: Claim) -> Any:
    """The first day an ordinal claim counts from: its window ('in recent months', 'since
    2016') or a span back from the article ('the first in eight years'); None when it names
    neither."""
    window = visit_window(ctx.article, claim)
    if window is not None:
        return _ts(window.start)
    span = _IN_YEARS.search(claim.text)
    if span is None or ctx.as_of is None or not (k := pat.number_of(span.group("n"))):
        return None
    months = k * 12 if span.group("unit").lower() == "year" else k
    return _ts(ctx.as_of) - pd.DateOffset(months=months)


def visit_window(article: Article, claim: Claim) -> Any:
    """The period an ordinal claim counts in: its first vague date with both ends resolved
    ('in recent months'), or a date after 'since' up to the article ('since June'); None
    when it names neither (count every visit in the timeline)."""
    upto = article.published.end or article.published.start
    # the claim's own dates, else its sentence's ("the fourth to visit, since June")
    refs = claim.dates or (tuple(w.date for w in claim.frame.when) if claim.frame else ())
    for ref in refs:
        d = article.date(ref)
        if d.resolved and d.vague and d.start and d.end:
            return d
        before = article.text[max(0, d.start_char - 12) : d.start_char]
        if d.start and upto and d.start < upto and _SINCE.search(before):
            return replace(
                d, text=f"since {d.text}", end=upto, basis=f"{d.basis}; up to the article"
            )
    return None


def check_event(ctx: Context, claim: Claim) -> Verdict | None:
    """A visit or meeting against the timeline: its dates, else (undated) its length or
    that it took place before the article. The contact is found by the people the claim
    names, else by where it was ('two days of talks in Geneva')."""

    visit_frame = claim.frame is not None and claim.frame.kind == frames.VISIT
    if not visit_frame and (
        claim.topic != "official visits and meetings" or claim.type not in ("event_date", "count")
    ):
        return None
    # not the contact's people: "was met by Lin Feng" (no visitor); "Janet Bessent" (Bessent)
    aside = contact_parties.received_by(ctx, claim)
    people = [p for p in persons_named(ctx, claim) if p not in aside]
    # officials named by rank in the claim or earlier in its sentence ("The group will meet
    # at the Vice Minister level, with the U.S. hosting the first meeting in early 2024")
    if not people and patterns()["official_level"].search(_from_sentence_start(ctx, claim)):
        why = (
            "The claim is about a contact of officials named by their rank or service (a "
            "level, the militaries), not by name; "
            "the timeline records contacts of named senior officials."
        )
        return _not_checkable(claim, why, "event dates", "a record of meetings below ministers")
    if (third := _third_party(claim, people)) is not None:
        why = (
            f"The claim is about a contact with {third}; the timeline records official "
            "US-China contacts only."
        )
        return _not_checkable(claim, why, "event dates", "a record of contacts with that country")
    own = people or contact_parties.heads_of_state(ctx, claim) or _subject_after(ctx, claim)
    pair = _pair_before(ctx, claim) if patterns()["pair_words"].search(claim.text) else []
    people = own or pair or _previous_people(ctx, claim)  # "The two men also spoke in June"
    places = _venues(ctx, claim)
    if not people and not places:
        return None
    dates = [d for d in _event_dates(ctx, claim) if not d.vague]
    # a day at a place decides a contact whatever its words ("the delegations convened in
    # Geneva on 10 May"); places alone, undated, may match some meeting by chance
    if not dates and (why := contact_parties.placed_only(claim, people, places)) is not None:
        return _not_checkable(claim, why, "event dates", "who met, and when")
    table = visits.official_contacts()
    if ctx.as_of is not None:  # no contact begun after the article, bar one it announces
        # days ahead ('this Sunday')
        ahead = _ts(ctx.as_of) + pd.Timedelta(days=visits.AHEAD_DAYS)
        if dates and _ts(min(d.start for d in dates)) > ahead:
            # "a meeting scheduled for November", "a possible meeting ... in November", in an
            # article of August: the record of the contact was made when it took place, after
            # the article, and later data never decides a claim (round 35; "possible" only in
            # fx35g, every contact placed ahead since the lead's review)
            why = (
                f"The claim places the contact after {to_day(ahead)}, more than "
                f"{visits.AHEAD_DAYS} days after the article: the timeline records contacts when "
                "they take place, so nothing public on the article's date decides it."
            )
            return _not_checkable(claim, why, "event dates", "a record of the plans then")
        table = table.loc[table["start"] <= ahead]
    call = patterns()["call_nouns"].search(claim.text) is not None
    if call:  # a call is compared with the recorded calls, never with a meeting
        table = table.loc[table["kind"] == "call"]
        if table.empty:
            why = "The timeline records no call by then; it holds only some calls."
            return _not_checkable(claim, why, "event dates", "a full record of calls")
    where = table["places"].fillna("").str.lower()
    # where it was, as the claim says: its cities, or a host country it names other than
    # its people's own ("US Commerce chief Raimondo arrives in China": China)
    hosts = contact_parties.host_countries(ctx, claim, people)
    # as booleans: on an empty table (no contact by then) map keeps the string dtype
    there = where.map(lambda w: any(p.lower() in w for p in places)).astype(bool) | table[
        "host"
    ].map(lambda h: bool(h) and countries.iso3(str(h)) in hosts).astype(bool)
    if people:
        everyone = table["people"].map("; ".join) + "; " + table["official"]
        named = everyone.map(lambda o: sum(visits.names(p, o) for p in people))
        # the contacts naming the most of the claim's people (at least one), at the places
        # the claim names when the people met there at all
        mine = table.loc[(named == named.max()) & (named > 0)]
        theirs = mine  # wherever they met: the contact a date mismatch is set against
        if there[mine.index].any():
            mine = mine.loc[there[mine.index]]
    else:
        mine = theirs = table.loc[there]
    label = "the visit" if len(people) == 1 else "the meeting"
    if not dates:
        whole = people and (named.max() == len(people) > 1)
        at_place = not mine.empty and bool(there[mine.index].all())
        return _undated_event(ctx, claim, mine, label, decisive=bool(whole or at_place))
    claimed = (min(d.start for d in dates), max(d.end for d in dates))
    if people:
        # a contact of any of the people that holds the claimed days, where the claim says,
        # wins over one naming more of them on other days (a host the timeline leaves out)
        during = (
            (named > 0) & (table["start"] <= _ts(claimed[0])) & (table["end"] >= _ts(claimed[1]))
        )
        if there.any():
            during &= there
        if during.any():
            mine = table.loc[during & (named == named[during].max())]
    if mine.empty:
        decision = v.decide_event_dates(claimed, None, label)
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "event dates",
            needs="a fuller calendar of official visits",
        )
    # a contact within the claimed span ("met in 2023") before the nearest one outside it
    inside = mine.loc[(mine["start"] >= _ts(claimed[0])) & (mine["start"] <= _ts(claimed[1]))]
    pool = inside if not inside.empty else mine
    nearest = pool.loc[(pool["start"] - _ts(claimed[0])).abs().idxmin()]
    recorded = (to_day(nearest["start"]), to_day(nearest["end"]))
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
    if (plan := _planned(ctx, claim, claimed, nearest)) is not None:
        return plan
    if decision.label == Label.UNSUPPORTED and (
        other := contact_parties.not_the_claimed(
            ctx, claim, _nearest(theirs, claimed[0], nearest), people, bool(people) and not own
        )
    ):
        return _event_verdict(ctx, claim, v.Decision(Label.NOT_CHECKABLE, other), nearest)
    length = pat.event_length(claim.text)
    if decision.label == Label.SUPPORTED and length and length != int(nearest["days"]):
        decision = v.Decision(
            Label.PARTLY,
            f"{decision.rationale} It lasted {int(nearest['days'])} day(s); the claim says "
            f"{length}.",
        )
    if call and decision.label != Label.SUPPORTED and "call" not in visits.coverage()[1]:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The timeline's nearest call of theirs is on {recorded[0]}; it records only some "
            "calls, so one on the claimed days may be missing.",
        )
    # the days held without a week's overlap (`verdicts.WEEK_DAYS`): a city of the host
    # country then stands for the recorded places
    held_days = v.decide_event_dates(claimed, recorded_cmp, label, coarse, weeks=False)
    elsewhere = contact_parties.elsewhere(
        ctx,
        claim,
        nearest,
        decision.label == Label.SUPPORTED and held_days.label == Label.SUPPORTED,
        people,
    )
    others = contact_parties.not_there(nearest, people)
    if decision.label != Label.SUPPORTED:  # a party named but not listed: another contact
        others += contact_parties.unlisted_counterpart(ctx, claim, nearest)
    if others and decision.label != Label.SUPPORTED:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The timeline has {label} on {recorded[0]}, without {' and '.join(others)}; "
            "a contact with them on other days may be another one, which it may not record.",
        )
    elif (
        others
        and contact_parties.delegations(nearest)
        and claim.frame
        and claim.frame.actor in others
    ):
        # "Lutnick held talks with He Lifeng in Geneva": talks in a third country list
        # both delegations; the one who acts in the claim is not among them
        decision = v.Decision(
            Label.UNSUPPORTED,
            f"The timeline has {label} in {nearest['host']} on {recorded[0]}, with the "
            f"delegations {'; '.join(nearest['people'])}; {claim.frame.actor} is not among "
            "them.",
        )
    elif elsewhere:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The timeline (official US-China contacts) has {label} in {nearest['host']} "
            f"({nearest['places']}) on {to_day(nearest['start'])}; the claim is about "
            f"{elsewhere}, which it may not record.",
        )
    return _event_verdict(ctx, claim, decision, nearest, people)


def _event_verdict(
    ctx: Context, claim: Claim, decision: v.Decision, row: Any, people: list[str] | None = None
) -> Verdict:
    if (ahead := _begun_later(ctx, claim, row, "event dates")) is not None:
        return ahead  # announced ahead ("will travel to Beijing on Sunday"): since then
    # what the row cannot show: the actor's own part in it, or that it was the n-th (a
    # selection shows a contact took place, never that none came before it)
    why = contact_parties.absent_actor(claim, row, people or [])
    if why is None and decision.label == Label.SUPPORTED and _counted(ctx, claim):
        why = (
            "The timeline, a selection of contacts, holds this one but cannot show that it "
            "was the first or the n-th: earlier contacts may be missing from it."
        )
    if why is not None and decision.label != Label.NOT_CHECKABLE:
        decision = v.Decision(Label.NOT_CHECKABLE, why)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "event dates",
        (_row_evidence(row),),
        needs_text(decision, "a fuller calendar of official visits"),
    )


def _row_evidence(row: Any) -> Any:
    """One contact of the timeline as evidence, public from the day it began."""
    return make_evidence(
        visits.TABLE,
        [row["row"]],
        {"title": row["title"], "start": row["start"], "end": row["end"]},
        "visits and meetings of the named people",
        published=to_day(row["start"]),
    )


def _begun_later(ctx: Context, claim: Claim, row: Any, rule: str) -> Verdict | None:
    """Not checkable when the contact a claim means (`row`) began after the article's date,
    else None. The timeline records contacts when they take place and has no record of
    their announcement, so a contact announced ahead ("will travel to Beijing later this
    month", "their third meeting, on Wednesday") was not public on the article's date: the
    row is shown under `later` with its date, never deciding (round 42, ahead42; before,
    one begun up to `visits.AHEAD_DAYS` after the article decided). A contact under way on
    the article's date, begun by then, is public and decides."""
    first = to_day(row["start"])
    if ctx.as_of is None or first <= ctx.as_of:
        return None
    last = to_day(row["end"])
    span = f"{first} to {last}" if last != first else str(first)
    why = (
        f"The timeline records contacts when they take place: the one the claim means "
        f"({row['title']}) began on {first}, after the article's date ({ctx.as_of}), so "
        f"nothing public on that date decides the claim. Since then: took place on {span}."
    )
    return Verdict(
        claim,
        Label.NOT_CHECKABLE,
        why,
        rule,
        needs="a record of the contact's announcement by the article's date",
        later=(_row_evidence(row),),
    )


def _planned(ctx: Context, claim: Claim, claimed: tuple[Any, Any], row: Any) -> Verdict | None:
    """Not checkable when a claim places its contact after the article's date (days after
    it, or a span from it told in the future tense: "later this month") and the nearest
    contact of theirs the timeline holds was over by then, else None: a coming contact is a
    plan, a forecast on the article's date, which contacts recorded when they took place
    neither bear out nor refute ("Blinken will travel to Beijing later this month", his
    last visit in June). A contact under way on the article's date is checked (round 42,
    ahead42)."""
    if ctx.as_of is None or to_day(row["end"]) >= ctx.as_of or claimed[1] <= ctx.as_of:
        return None
    future = claim.frame is not None and any(w.tense == "future" for w in claim.frame.when)
    if claimed[0] <= ctx.as_of and not future:
        return None
    return _a_plan(ctx, claim, f"the nearest of theirs it holds ended on {to_day(row['end'])}")


def _a_plan(ctx: Context, claim: Claim, nearest: str) -> Verdict:
    """Not checkable: the claim tells a coming contact, which no row public then records."""
    why = (
        f"The claim tells a contact still to come on the article's date ({ctx.as_of}): a "
        "plan, which the timeline cannot decide, since it records contacts when they take "
        f"place; {nearest}."
    )
    return _not_checkable(claim, why, "event dates", "a record of the plans then")


def _undated_event(
    ctx: Context, claim: Claim, mine: pd.DataFrame, label: str, decisive: bool
) -> Verdict | None:
    """An undated contact: the latest recorded before the article, or, for one about to
    begin ('sets off for', 'will travel to': `contact_ahead`) and not under way, the first
    recorded within `visits.AHEAD_DAYS` after it, which is not checkable (`_begun_later`),
    else a plan (`_a_plan`). A length the
    claim gives ('two days of talks') is compared with the recorded days; otherwise the
    contact having taken place supports the claim when it names all its people or where
    it was."""
    if ctx.as_of is None or patterns()["contact_given"].search(_from_sentence_start(ctx, claim)):
        return None  # "Yellen's trip is part of ...": the contact is taken as given
    before = mine.loc[mine["start"] <= _ts(ctx.as_of)]
    ahead = mine.loc[
        (mine["start"] > _ts(ctx.as_of))
        & (mine["start"] <= _ts(ctx.as_of) + pd.Timedelta(days=visits.AHEAD_DAYS))
    ]
    under_way = before.loc[before["end"] >= _ts(ctx.as_of)]
    if under_way.empty and patterns()["contact_ahead"].search(claim.text):
        if ahead.empty:  # "will travel to Beijing": a plan, whatever came before
            if decisive or pat.event_length(claim.text) is not None:
                return _a_plan(ctx, claim, "none of theirs was under way then")
            return None
        row = ahead.loc[ahead["start"].idxmin()]  # "sets off for a visit": the coming one
    elif before.empty:
        return None
    else:
        row = before.loc[before["start"].idxmax()]
    first, last = to_day(row["start"]), to_day(row["end"])
    span = f"{first} to {last}" if last != first else str(first)
    length = pat.event_length(claim.text)
    if length is not None:
        same = length == int(row["days"])
        decision = v.Decision(
            Label.SUPPORTED if same else Label.PARTLY,
            f"The timeline has {label} on {span}: {int(row['days'])} day(s); the claim says "
            f"{length}.",
        )
    elif decisive:
        decision = v.Decision(
            Label.SUPPORTED,
            f"The timeline has {label} in {_where(row)} on {span}, before the article.",
        )
    else:
        return None
    return _event_verdict(ctx, claim, decision, row, persons_named(ctx, claim))


def _counted(ctx: Context, claim: Claim) -> bool:
    """Whether a claim counts its contact over all time ("his first visit to China", "their
    second meeting"): an ordinal before a contact noun or "time", with no window to count
    in ("since 2019", "in six years", "since taking office": those the timeline's span and
    its complete kinds may decide)."""
    every = words()
    # "the first time" counts the contact only when a contact word follows ("the first time
    # they had met"), not "where for the first time China agreed to cut its tariffs"
    met = "|".join(every.meetings + every.contact_verbs)
    nouns = [*every.contact_nouns, *_MEETING_NOUNS, rf"time\s+(?:[\w-]+\s+){{0,3}}?(?:{met})"]
    if not _ordinal_of(nouns, _DAY_ORDINAL.sub(" ", claim.text)):
        return False
    return _window_start(ctx, claim) is None and not re.search(r"\bsince\b", claim.text, re.I)
