"""Date expressions of an article, resolved to calendar dates or intervals with the reasoning.

Each `DateRef` keeps the words it came from, its span, the date or interval it means and a
`basis` sentence saying how that was worked out: from the article's publication date, from
another date in the text ("on Wednesday" after a visit starting on Sunday 27 August), or
from the years the people named were in office ("this Sunday, August 27" while Gina
Raimondo is Commerce Secretary can only be 2023). An expression that cannot be pinned
down is kept, unresolved, with the reason. Vague ones ("in recent months") are flagged.

When the metadata gives no publication date, `infer_published` looks for one the text
fixes ("this Sunday, August 27"; a dateline; a "Published ..." line) and says so.

`DateRef`, `Published` and the resolution context live in `date_refs`; the expressions read
from the article's date or the day just mentioned ("yesterday", "three days ago", "on
Wednesday", "a four-day visit") are resolved in `relative_dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Any

from analysis.article import claim_words, day_anchor, days, timeline, year_lines
from analysis.article import date_patterns as pat
from analysis.article.date_refs import DateRef, Published, Window, _Context
from analysis.article.relative_dates import (
    _ago,
    _around,
    _duration,
    _recent,
    _relative_unit,
    _relative_weekday,
)
from analysis.article.text import Sentence, sentence_at

# --- resolution -----------------------------------------------------------------------------


def _year_for_day(
    month: int, day: int, weekday: int | None, ctx: _Context, tense: str
) -> tuple[int | None, str]:
    """The year of a day given without one, and why."""
    pub = ctx.published
    label = f"{day} {calendar.month_name[month]}"
    if pub.known:
        assert pub.start and pub.end
        anchor = pub.date or pub.end
        options = [
            y
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if days.safe_date(y, month, day)
        ]
        if weekday is not None:
            matching = [y for y in options if dt.date(y, month, day).weekday() == weekday]
            near = [y for y in matching if abs((dt.date(y, month, day) - anchor).days) <= 200]
            if len(near) == 1:
                return near[0], (
                    f"{label} {near[0]} is a {calendar.day_name[weekday]}, as the text says, "
                    f"and the nearest such date to the article's date ({pub.describe()})"
                )
        if tense == "future":
            after = [y for y in options if dt.date(y, month, day) >= pub.start - days.FUTURE_GRACE]
            best = min(after, key=lambda y: dt.date(y, month, day)) if after else None
            why = f"the first {label} on or after the article's date ({pub.describe()})"
        elif tense == "past":
            before = [y for y in options if dt.date(y, month, day) <= pub.end]
            best = max(before, key=lambda y: dt.date(y, month, day)) if before else None
            why = f"the last {label} on or before the article's date ({pub.describe()})"
        else:
            best = min(options, key=lambda y: abs((dt.date(y, month, day) - anchor).days))
            why = f"the {label} nearest the article's date ({pub.describe()})"
        if best is None:
            return None, f"no {label} fits the article's date ({pub.describe()})"
        note = ""
        if weekday is not None and dt.date(best, month, day).weekday() != weekday:
            note = (
                f"; note: the text says {calendar.day_name[weekday]} but {label} {best} is a "
                f"{days.weekday_name(dt.date(best, month, day))}"
            )
        return best, why + note
    if ctx.window is not None:
        first, last = ctx.window
        years = range(first.year, min(last.year, dt.date.today().year + 5) + 1)
        fits = [
            y
            for y in years
            if (d := days.safe_date(y, month, day))
            and first <= d <= last
            and (weekday is None or d.weekday() == weekday)
        ]
        span = f"{first.isoformat()}..{last.isoformat() if last != dt.date.max else 'now'}"
        because = "; ".join(ctx.window_reasons)
        if len(fits) == 1:
            what = (
                f"is a {calendar.day_name[weekday]} only in"
                if weekday is not None
                else "falls only in"
            )
            return fits[0], (
                f"the year is not given; {label} {what} {fits[0]} within {span} ({because})"
            )
        return None, (
            f"the year is not given and the article's date is unknown; within {span} "
            f"({because}) {label} could be in {', '.join(map(str, fits)) or 'no year'}"
        )
    if weekday is not None:
        years = [
            y
            for y in range(2000, dt.date.today().year + 2)
            if (d := days.safe_date(y, month, day)) and d.weekday() == weekday
        ]
        return None, (
            f"the year is not given and the article's date is unknown; {label} is a "
            f"{calendar.day_name[weekday]} in {', '.join(map(str, years[-4:]))}, and nothing "
            "in the text picks one"
        )
    return None, "the year is not given and the article's date is unknown"


def _resolve_day(raw: pat.Raw, text: str, ctx: _Context, tense: str) -> tuple[Any, ...]:
    g = raw.groups
    month = (
        pat.MONTHS[(g.get("month") or "").rstrip(".").lower()] if g.get("month") else int(g["mon"])
    )
    day = int(g["day"])
    weekday = pat.WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else None
    if g.get("year"):
        d = days.safe_date(int(g["year"]), month, day)
        if d is None:
            return None, None, "unresolved", f"{text} is not a calendar date"
        basis = "stated in full"
        if weekday is not None and d.weekday() != weekday:
            basis += (
                f"; note: the text says {calendar.day_name[weekday]} but it was a "
                f"{days.weekday_name(d)}"
            )
        return d, d, "day", basis
    pub = (ctx.published.start, ctx.published.end)
    found = day_anchor.year_of(month, day, weekday, ctx.anchor, pub, tense)
    found = found or year_lines.year_of(month, day, ctx.year_head)
    year, why = found or _year_for_day(month, day, weekday, ctx, tense)
    if year is None:
        return None, None, "unresolved", why
    d = dt.date(year, month, day)
    return d, d, "day", why


# The year "last year", "this year", "next year" give, from the article's year.
_YEARS_FROM = {"last": -1, "this": 0, "next": 1}


def _month_of_year_told(g: dict[str, Any], ctx: _Context) -> tuple[Any, ...]:
    """'August last year', 'March of this year': that month of the year before, of, or
    after the article's."""
    month = pat.MONTHS[g["month"].lower()]
    shift = _YEARS_FROM[g["which"].lower()]

    def compute(d: dt.date) -> tuple[dt.date, dt.date]:
        first, last = days.month_span(d.year + shift, month)
        return days.part_of(first, last, g.get("part"))[:2]

    start, end, basis = _around(ctx, compute)
    name = f"{calendar.month_name[month]} {g['which'].lower()} year"
    part = f"; '{g['part']}': a third of the month" if g.get("part") else ""
    return start, end, ("month" if start else "unresolved"), f"'{name}', {basis}{part}"


def _resolve_month(raw: pat.Raw, ctx: _Context, tense: str) -> tuple[Any, ...]:
    month = pat.MONTHS[raw.groups["month"].lower()]
    name = calendar.month_name[month]
    pub = ctx.published
    if not pub.known:
        return (
            None,
            None,
            "unresolved",
            f"'{name}' without a year, and the article's date is unknown",
        )
    assert pub.start and pub.end
    rel = (raw.groups.get("prep") or "").lower()
    if rel == "last":
        # "last August" written in August means the August of the year before
        year = pub.start.year if month < pub.start.month else pub.start.year - 1
        why = f"'last {name}': the last {name} before the article's month ({pub.describe()})"
    elif rel == "next":
        year = pub.end.year if month > pub.end.month else pub.end.year + 1
        why = f"'next {name}': the first {name} after the article's month ({pub.describe()})"
    elif tense == "future":
        year = pub.start.year if month >= pub.start.month else pub.start.year + 1
        why = f"looks ahead: the first {name} from the article's date ({pub.describe()})"
    elif tense == "past":
        year = pub.end.year if month <= pub.end.month else pub.end.year - 1
        why = f"looks back: the last {name} up to the article's date ({pub.describe()})"
    else:
        anchor = pub.date or pub.end
        year = min(
            (anchor.year - 1, anchor.year, anchor.year + 1),
            key=lambda y: abs((dt.date(y, month, 15) - anchor).days),
        )
        why = f"the {name} nearest the article's date ({pub.describe()})"
    first, last = days.month_span(year, month)
    first, last, part = days.part_of(first, last, raw.groups.get("part"))
    return first, last, "month", why + part


def _reported_ahead(between: str, before: str) -> bool:
    """Whether the future words after a date open the complement of a past verb of the
    date's own clause (`between`: the text from the date to them): "In late March, Japan
    announced plans to amend ...", "On Tuesday, China said it will ..." date the announcing,
    not the plan (round 37, fx37b and fx37d). Not a participle before its own words ("On
    March 5, tariffs announced last year will rise"), a past verb inside a relative clause
    ("tariffs that were announced last month will take effect") nor a day a measure starts
    from (`before`: "from", "effective")."""
    past = next(reversed(list(pat.PAST.finditer(between))), None)  # the last, nearest
    return bool(
        past
        and pat.COMPLEMENT_OPENS.fullmatch(between[past.end() :])
        and not pat.RELATIVE.search(between[: past.start()])
        and not pat.STARTS_FROM.search(before[-30:])
    )


def _tense_around(sentence: str, start: int, end: int, clause: str) -> str:
    """The tense a date is said in. Future words after it in its sentence win ('as of
    December 1, the export of graphite will require permits'); a date a measure starts
    from ('from April 10', 'effective', 'take effect') is not pushed into the past by the
    announcing verb, nor into the future by another clause ('the notice is scheduled for
    May 21, but the changes take effect May 16'); a date right after a past verb of saying
    is past ('announced on July 3 that it planned to ...'), and so is one right after a past
    verb of taking effect when later words look ahead ('took effect on Sunday and will last
    until ...'); else the clause's words, then the sentence's."""
    before = sentence[max(0, start - 40) : start]
    if pat.SAID_ON.search(before):
        return "past"  # "announced on July 3 that it planned to ...": the day of the saying
    told = pat.unquoted(sentence, start, end)
    if claim_words.move_noun_day(sentence[max(0, start - 120) : start], clause):
        return "past"  # "Mr Trump's decision ... on Wednesday": the day of a move already made
    ahead = pat.FUTURE.search(told, end)
    if ahead and pat.TOOK_EFFECT_ON.search(before):
        return "past"  # "took effect on Sunday and will last until ...": the later words' own
    if ahead and _reported_ahead(told[end : ahead.start()], before):
        return "past"  # "In late March, Japan announced plans to ...": the announcing's day
    if ahead:
        # unless the date's own clause reports a past act and the future words come in a
        # later clause ("on Saturday passed a law, which will go into effect on December 1")
        own_end = sentence.find(",", end)
        later = 0 <= own_end < ahead.start()
        if not (later and pat.PAST.search(clause) and not pat.FUTURE.search(clause)):
            return "future"
    starts = pat.STARTS_FROM.search(sentence[max(0, start - 30) : start])
    tense = pat.tense_of(clause) or ("" if starts else pat.tense_of(told))
    if tense == "past" and starts:
        return ""
    if not tense and not starts and claim_words.patterns()["headline_present"].search(clause):
        return "past"  # "Beijing slaps export controls on gallium on Monday": done, not ahead
    return tense


def _resolve(raw: pat.Raw, text: str, sents: list[Sentence], ctx: _Context) -> DateRef:
    """Resolve one raw date expression."""
    words = text[raw.start : raw.end]
    i = sentence_at(sents, raw.start)
    sentence = sents[i].text if i >= 0 else words
    at = raw.start - (sents[i].start if i >= 0 else raw.start)
    clause = pat.clause_at(sentence, at)
    tense = _tense_around(sentence, at, at + len(words), clause)
    ctx.anchor = day_anchor.usable(ctx.stated, i, text, raw.start)
    ctx.year_head = year_lines.covering(ctx.year_heads, i)
    g = raw.groups
    kind = raw.kind
    vague = False
    start = end = None
    granularity = "unresolved"
    basis = ""
    if kind in ("iso", "md", "dm"):
        start, end, granularity, basis = _resolve_day(raw, words, ctx, tense)
        kind = "weekday_date" if g.get("weekday") else "absolute"
    elif kind == "md_range":
        start, _, granularity, basis = _resolve_day(raw, words, ctx, tense)
        month2 = pat.MONTHS[g["month2"].lower()] if g.get("month2") else None
        if start is not None:
            end = days.safe_date(start.year, month2 or start.month, int(g["day2"]))
            if end is None or end < start:
                start = end = None
                granularity, basis = "unresolved", "the end of the range is before its start"
            else:
                granularity = "interval"
                basis = f"first to last day inclusive; year: {basis}"
    elif kind == "year_start":
        start, end, basis = _around(ctx, lambda d: (dt.date(d.year, 1, 1), d))
        granularity = "interval" if start else "unresolved"
    elif kind == "month_year":
        start, end = days.month_span(int(g["year"]), pat.MONTHS[g["month"].lower()])
        start, end, part = days.part_of(start, end, g.get("part"))
        granularity, basis = "month", "stated with its year" + part
    elif kind == "month":
        start, end, granularity, basis = _resolve_month(raw, ctx, tense)
    elif kind == "month_rel_year":
        start, end, granularity, basis = _month_of_year_told(g, ctx)
    elif kind == "year":
        start, end = dt.date(int(g["year"]), 1, 1), dt.date(int(g["year"]), 12, 31)
        start, end, part = days.part_of(start, end, g.get("part"))
        granularity, basis = "year", "stated" + part
    elif kind == "decade":
        first = int(g["decade"])
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        granularity, basis = "interval", "a decade"
    elif kind == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y1 <= y2:
            start, end = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
            granularity, basis = "interval", "stated years, first to last inclusive"
        else:
            basis = "the years are in the wrong order"
    elif kind == "quarter":
        year = int(g.get("year") or g.get("year2"))
        if g.get("q"):
            unit, n = ("quarter" if g["q"][0] == "Q" else "half"), int(g["q"][1])
        else:
            ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4}
            unit, n = g["unit"], ordinals.get(g["ord"]) or int(g["ord"][0])
        size = 3 if unit == "quarter" else 6
        if n * size <= 12:
            start = dt.date(year, (n - 1) * size + 1, 1)
            end = days.month_span(year, n * size)[1]
            granularity, basis = "quarter" if size == 3 else "interval", f"{unit} {n} of {year}"
    elif kind == "relative_day":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        start, end, basis = _around(ctx, lambda d: (d + dt.timedelta(days=shift),) * 2)
        granularity = "day" if start else "unresolved"
    elif kind == "relative_unit":
        start, end, granularity, basis = _relative_unit(g, ctx)
    elif kind == "ago":
        start, end, granularity, vague, basis = _ago(g, ctx)
    elif kind == "within":
        n, unit = pat.number_of(g["n"]) or 1, g["unit"].lower()

        def later(d: dt.date) -> tuple[dt.date, dt.date]:
            if unit == "month":
                return (days.add_months(d, n),) * 2
            return (d + dt.timedelta(days=n * (7 if unit == "week" else 1)),) * 2

        start, end, basis = _around(ctx, later)
        basis = f"{n} {unit}s after the article's date: {basis}"
        granularity = "day" if start else "unresolved"
    elif kind == "recent":
        start, end, granularity, vague, basis = _recent(g, ctx)
    elif kind == "duration":
        start, end, granularity, basis = _duration(g, i, ctx)
    elif kind == "weekday":
        # "from Monday": the coming Monday, unless the start is told from a past moment
        # ("would be effective from Thursday, ... announced on Wednesday"): then the nearer
        # one, before or after; "says ... would" tells it from now (review of round 36)
        starts = bool(pat.STARTS_FROM.search(sentence[max(0, at - 30) : at])) and not (
            pat.BACKSHIFTED.search(clause) and pat.SAID_PAST.search(sentence)
        )
        start, end, granularity, basis = _relative_weekday(g, i, tense, ctx, clause, starts)
    if granularity == "unresolved":
        start = end = None
    if granularity == "day" and start is not None and not pat.ENDS_ON.search(sentence[:at]):
        ctx.reference = (start, i)  # the day the story is at; a span's end is not one
    said = day_anchor.stated(raw.kind, g, start, end, i, raw.end, words)
    ctx.stated = said or ctx.stated
    return DateRef("", words, raw.start, raw.end, start, end, granularity, vague, basis, kind)


# --- publication date ------------------------------------------------------------------------


def infer_published(
    text: str, sents: list[Sentence], metadata_basis: str, window: Window | None, reasons: list[str]
) -> Published:
    """The publication date (or the days it must lie in) when the text fixes it; else unknown."""
    unknown = Published(None, None, None, metadata_basis)
    ctx = _Context(unknown, window, reasons)
    m = pat.published_line(text)
    if m:
        for raw in pat.scan(m.group("rest")):
            if raw.kind in ("iso", "md", "dm") and raw.groups.get("year"):
                ref = _resolve(raw, m.group("rest"), [], ctx)
                if ref.date:
                    return Published(
                        ref.date,
                        ref.date,
                        ref.date,
                        f"{metadata_basis}; read from the line '{m.group().strip()}'",
                    )
    m = pat.DATELINE.match(text)
    if m:
        raw = pat.Raw(
            m.start("month"),
            m.end("day") if not m.group("year") else m.end("year"),
            "md",
            m.groupdict(),
        )
        ref = _resolve(raw, text, sents, ctx)
        if ref.date:
            return Published(
                ref.date,
                ref.date,
                ref.date,
                f"{metadata_basis}; inferred from the dateline '{m.group().strip()}': {ref.basis}",
            )
    for raw in pat.scan(text):
        if (
            raw.kind in ("md", "dm")
            and (raw.groups.get("rel") or "").lower() == "this"
            and (raw.groups.get("weekday"))
        ):
            ref = _resolve(raw, text, sents, ctx)
            if ref.date:
                first = ref.date - dt.timedelta(days=6)
                return Published(
                    None,
                    first,
                    ref.date,
                    f"{metadata_basis}; inferred from the text: '{ref.text}' is "
                    f"{days.long_day(ref.date)} ({ref.basis}), and "
                    f"'this {days.weekday_name(ref.date)}' is said in the week before it, so the "
                    f"article appeared between {first.isoformat()} and {ref.date.isoformat()}; "
                    "the exact day is not in the text",
                    (raw.start, raw.end),
                )
    return unknown


def find(
    text: str,
    sents: list[Sentence],
    published: Published,
    window: Window | None = None,
    window_reasons: list[str] | None = None,
) -> list[DateRef]:
    """Every date expression in `text`, resolved in reading order (ids d1, d2...)."""
    raws = pat.scan(text)
    refs = _resolve_all(raws, text, sents, published, window, window_reasons, [])
    # a timeline's entries are read from their own day (`timeline`): read again with it
    found = timeline.entries(text, sents, refs)
    if found:
        heads = [(refs[e.heading], sents[e.last].end) for e in found]
        refs = _resolve_all(raws, text, sents, published, window, window_reasons, heads)
    return [replace(r, id=f"d{i}") for i, r in enumerate(_cross_check(refs, sents), 1)]


def _resolve_all(
    raws: list[pat.Raw],
    text: str,
    sents: list[Sentence],
    published: Published,
    window: Window | None,
    window_reasons: list[str] | None,
    heads: list[tuple[DateRef, int]],
) -> list[DateRef]:
    """Resolve each raw expression in reading order; one after a timeline's date heading
    (`heads`: the heading and where its entry ends, in text order) and within its entry
    is read from the heading's day; one elsewhere under a year line ("2023" alone on its
    line, `year_lines`) without a year of its own takes the line's year."""
    ctx = _Context(published, window, list(window_reasons or []))
    lines = year_lines.find(sents)
    unknown = Published(None, None, None, published.basis)
    refs = []
    for raw in raws:
        head = next((h for h, end in reversed(heads) if h.end_char <= raw.start < end), None)
        ctx.year_heads = [] if head is not None else lines  # an entry's days: from its day
        if (raw.start, raw.end) == published.from_span:
            # the publication date was read from this expression: resolve it without it
            ctx.published = unknown
        elif head is not None and head.date is not None:
            ctx.published = Published(
                head.date, head.date, head.date, f"the timeline entry's date, '{head.text}'"
            )
        ref = _resolve(raw, text, sents, ctx)
        if ctx.published is not published and ctx.published.date is not None:
            # say which day it was read from: the entry's, not the article's
            ref = replace(ref, basis=ref.basis.replace("the article's", "the timeline entry's"))
        refs.append(ref)
        ctx.published = published
    return refs


def _cross_check(refs: list[DateRef], sents: list[Sentence]) -> list[DateRef]:
    """Note where a duration's end agrees (or not) with a day named later in its sentence;
    a duration that the sentence says began then ('embarked on a four-day visit to Beijing
    on Friday') starts on that day instead."""
    out = []
    for r in refs:
        if r.kind == "duration":
            i = sentence_at(sents, r.start_char)
            sent = sents[i]
            for other in refs:
                if other is r or other.date is None or sentence_at(sents, other.start_char) != i:
                    continue
                if other.start_char <= r.start_char:
                    continue
                before = sent.text[: r.start_char - sent.start]
                between = sent.text[r.end_char - sent.start : other.start_char - sent.start]
                length = pat.event_length(r.text)
                if length and pat.STARTS.search(before) and not pat.ENDS.search(between):
                    r = replace(
                        r,
                        start=other.date,
                        end=other.date + dt.timedelta(days=length - 1),
                        granularity="interval",
                        basis=f"{length} days from '{other.text}' ({other.date}), the day the "
                        "sentence says it began",
                    )
                    break
                if r.end is None:
                    continue
                agree = "matches" if other.date == r.end else "does not match"
                r = replace(
                    r,
                    basis=f"{r.basis}; {agree} '{other.text}' ({other.date}) later in the sentence",
                )
        out.append(r)
    return out
