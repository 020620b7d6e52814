"""Calendar arithmetic for date expressions: months, weekdays, parts of a period."""

from __future__ import annotations

import calendar
import datetime as dt

# A day without a year said in the future tense is the first such day on or after the
# article's date, or one this many days before it: a notice retold in its own future tense
# ("effective December 1, export controls will be implemented", in an article of 6
# December) or a saying's day ("told reporters on August 26 that Sullivan will ...", in an
# article of 29 August) is that day, not the same day a year later (round 31, fcw31).
FUTURE_GRACE = dt.timedelta(days=14)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later (clipped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_name(day: dt.date) -> str:
    return calendar.day_name[day.weekday()]


def long_day(day: dt.date) -> str:
    return f"{weekday_name(day)} {day.day} {calendar.month_name[day.month]} {day.year}"


def span_text(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}..{end.isoformat()}"


def part_of(first: dt.date, last: dt.date, part: str | None) -> tuple[dt.date, dt.date, str]:
    """Narrow a period to its early, middle or late third ("early 2023", "late November")."""
    if not part:
        return first, last, ""
    days = (last - first).days + 1
    third = days // 3
    if part in ("early", "the beginning of", "the start of"):
        return first, first + dt.timedelta(days=third - 1), f"; '{part}': its first third"
    if part == "mid":
        return (
            first + dt.timedelta(days=third),
            last - dt.timedelta(days=third),
            "; 'mid': its middle third",
        )
    return last - dt.timedelta(days=third - 1), last, f"; '{part}': its last third"


def weekday_from(day: dt.date, weekday: int, forward: bool) -> dt.date:
    """The first given weekday strictly after `day`, or on or before it going back."""
    if not forward and day.weekday() == weekday:
        return day
    delta = (weekday - day.weekday()) % 7 or 7
    return (
        day + dt.timedelta(days=delta) if forward else day - dt.timedelta(days=(7 - delta) % 7 or 7)
    )
