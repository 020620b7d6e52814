"""Date expressions read relative to another day: from the article's date ("yesterday",
"last month", "three days ago", "in recent months") or from the day just mentioned ("on
Wednesday" after a visit starting on Sunday; "a four-day visit"). Each returns the start, end,
granularity (and, for some, whether it is vague) and the basis `dates` puts in its `DateRef`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from analysis.article import date_patterns as pat
from analysis.article import days
from analysis.article.date_refs import _Context


def _around(ctx: _Context, compute) -> tuple[Any, ...]:
    """Apply `compute(anchor_day)` to the publication date, or to both ends of its range."""
    pub = ctx.published
    if not pub.known:
        return None, None, "relative to the article's date, which is unknown"
    assert pub.start and pub.end
    if pub.date:
        s, e = compute(pub.date)
        return s, e, f"from the article's date ({pub.date.isoformat()})"
    s1, e1 = compute(pub.start)
    s2, e2 = compute(pub.end)
    if (s1, e1) == (s2, e2):
        return s1, e1, f"from the article's date ({pub.describe()}): the same whichever day it was"
    return (
        None,
        None,
        (
            f"depends on the exact day the article appeared, which is only known to lie in "
            f"{pub.describe()}"
        ),
    )


def _relative_unit(g: dict[str, str | None], ctx: _Context) -> tuple[Any, ...]:
    unit, which, edge = g["unit"], (g["which"] or "").lower(), (g.get("edge") or "").lower()
    shift = {"this": 0, "last": -1, "next": 1}[which]

    def period(d: dt.date) -> tuple[dt.date, dt.date]:
        if unit == "year":
            y = d.year + shift
            first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif unit == "month":
            m = days.add_months(d.replace(day=1), shift)
            first, last = days.month_span(m.year, m.month)
        else:  # a week from Monday, or its weekend
            monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=shift)
            first, last = monday, monday + dt.timedelta(days=6)
            if unit == "weekend":
                first = monday + dt.timedelta(days=5)
        if edge == "earlier":
            last = d
        elif edge == "later":
            first = d
        return first, last

    start, end, basis = _around(ctx, period)
    return start, end, ("interval" if start else "unresolved"), basis


def _ago(g: dict[str, str | None], ctx: _Context) -> tuple[Any, ...]:
    """'three days ago' (a day), 'two months ago' (that month), 'a year ago' (that year)."""
    n, unit = pat.number_of(g["n"]) or 1, g["unit"].lower()

    def back(d: dt.date) -> tuple[dt.date, dt.date]:
        if unit in ("day", "week"):
            day = d - dt.timedelta(days=n * (7 if unit == "week" else 1))
            return day, day
        if unit == "month":
            m = days.add_months(d, -n)
            return days.month_span(m.year, m.month)
        return dt.date(d.year - n, 1, 1), dt.date(d.year - n, 12, 31)

    start, end, basis = _around(ctx, back)
    granularity = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    return start, end, granularity if start else "unresolved", unit == "week", basis


def _recent(g: dict[str, str | None], ctx: _Context) -> tuple[Any, ...]:
    """'in recent months', 'over the past two years', 'in the coming weeks'."""
    which, unit = (g["which"] or "").lower(), g["unit"].lower()
    n = pat.number_of(g.get("n"))
    vague = which == "recent" or n is None or g.get("n") in ("few", "several")
    count = n or {"day": 14, "week": 8, "month": 6, "year": 5}[unit]
    pub = ctx.published
    if not pub.known:
        return None, None, "unresolved", vague, "relative to the article's date, which is unknown"
    assert pub.start and pub.end

    def shift(d: dt.date, sign: int) -> dt.date:
        if unit in ("day", "week"):
            return d + sign * dt.timedelta(days=count * (7 if unit == "week" else 1))
        return days.add_months(d, sign * count * (12 if unit == "year" else 1))

    looking_ahead = which in ("coming", "next")
    start, end = (
        (pub.start, shift(pub.end, 1)) if looking_ahead else (shift(pub.start, -1), pub.end)
    )
    side = "after" if looking_ahead else "before"
    basis = f"the {count} {unit}s {side} the article's date ({pub.describe()})"
    if vague:
        basis = f"'{which} {unit}s' read as {basis}; vague"
    return start, end, "interval", vague, basis


def _duration(g: dict[str, str | None], i: int, ctx: _Context) -> tuple[Any, ...]:
    """'a four-day visit' starting on the day just mentioned."""
    n = pat.number_of(g["n"])
    if not n or ctx.reference is None or i - ctx.reference[1] > 2:
        return None, None, "unresolved", "a duration, with no start day mentioned just before"
    first = ctx.reference[0]
    last = first + dt.timedelta(days=n - 1)
    return (
        first,
        last,
        "interval",
        (
            f"{n} days counted from {days.long_day(first)}, the day just mentioned, inclusive: "
            f"ends {days.long_day(last)}"
        ),
    )


def _against_tense(day: dt.date, tense: str, ctx: _Context) -> bool:
    """Whether `day` contradicts its clause's tense against the article's date: a day said
    in the past after the article, one said in the future before it."""
    pub = ctx.published
    return (tense == "past" and pub.end is not None and day > pub.end) or (
        tense == "future" and pub.start is not None and day < pub.start
    )


def _relative_weekday(
    g: dict[str, str | None], i: int, tense: str, ctx: _Context, clause: str, starts: bool
) -> tuple[Any, ...]:
    """'on Wednesday': from the day just mentioned (the narrative's day), or, when a source
    is reported ('said on Thursday') or no day was just mentioned, from the article's date."""
    weekday = pat.WEEKDAYS[g["weekday"].lower()]
    name = calendar.day_name[weekday]
    rel = (g.get("rel") or "").lower()
    forward = rel == "next" or (rel != "last" and tense != "past")
    day = ctx.published.date
    if rel == "this" and day is not None:
        # "this Tuesday": the Tuesday of the article's week (Monday to Sunday), before or
        # after the article's day whatever the tense ("This Tuesday, the department revealed")
        d = day + dt.timedelta(days=weekday - day.weekday())
        return d, d, "day", f"the {name} of the article's week ({days.long_day(day)})"
    reported = ctx.published.known and pat.SAID.search(clause)
    near = ctx.reference is not None and 0 <= i - ctx.reference[1] <= 2
    if near and not reported and rel not in ("last", "next"):
        assert ctx.reference is not None
        ref = ctx.reference[0]
        if ref.weekday() == weekday and rel in ("", "on", "this"):
            # the day just mentioned is that weekday: "said on Sunday (Nov 9). The suspension
            # takes effect from Sunday" is that Sunday, not the next or the last one
            return ref, ref, "day", f"{days.long_day(ref)}, the day just mentioned, a {name}"
        d = days.weekday_from(ref, weekday, forward)
        ahead = days.weekday_from(ref, weekday, True)
        if (
            not forward
            and ahead - ref < ref - d
            and ctx.published.end
            and ahead <= ctx.published.end
        ):
            # past tense, but the story moves on: talks on Sunday 11 May, a statement "on
            # Monday" in an article of Monday 12 May is that Monday, not the one before
            d, forward = ahead, True
        side = "after" if forward else "before"
        if not _against_tense(d, tense, ctx):
            why = f"the first {name} {side} {days.long_day(ref)}, the day just mentioned"
            return d, d, "day", why
        # else the day just mentioned is not this one's reference: "Both tariffs go into
        # effect on Monday. On Saturday, Trump signed an order" (Monday after the article,
        # the Saturday signed before it): counted from the article's date (round 35, fx35a)

    def nearest(day: dt.date) -> tuple[dt.date, dt.date]:
        if day.weekday() == weekday and rel in ("", "on", "this"):
            return day, day
        if day.weekday() == weekday and rel == "last":
            # "last Friday" in a story of a Friday: the Friday a week before, not that day
            d = day - dt.timedelta(days=7)
            return d, d
        d = days.weekday_from(day, weekday, forward)
        if not (tense or starts) and rel in ("", "on"):  # no tense, no start: the nearer one
            back = days.weekday_from(day, weekday, False)
            d = back if day - back < d - day else d
        return d, d

    start, end, basis = _around(ctx, nearest)
    if start:
        ahead = forward and start >= ctx.published.start
        basis = f"the {'coming' if ahead else 'last'} {name}, {basis}"
    return start, end, ("day" if start else "unresolved"), basis
