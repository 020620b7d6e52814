"""Official contacts: US-China visits, leaders' meetings, trade talks and calls.

`official_contacts()` reads the `visits` table (data/sources/visits.csv), one row per
contact with its dates, places, the people on each side ('Name (role)') and its purpose,
so that claims such as "the fourth visit by a member of the Biden administration in recent
months" can be counted and dated.

The table is not a complete record of official travel: it holds the contacts its
compilers verified (see the table's caveats), so a count says "in the bundled data".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.data import cache, countries, datasets
from analysis.errors import WorkbookError

TABLE = "visits"
VISIT = "visit"
LEADERS_MEETING = "leaders_meeting"
# The two sides of the contacts the table holds: a visit to one is made by the other.
SIDES = ("USA", "CHN")
_PERSON = re.compile(r"^(?P<name>[^(]+?)\s*(?:\((?P<role>.*)\))?$")  # role may nest ( )


def people(field: Any) -> list[tuple[str, str]]:
    """'Name (role);Name (role)' -> [(name, role), ...] (role '' when not given).

    A ';' inside a role's parentheses does not separate people.
    """
    if pd.isna(field):
        return []
    parts, depth, current = [], 0, ""
    for char in str(field):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    out = []
    for part in parts:
        m = _PERSON.match(part.strip())
        if m and m["name"].strip():
            out.append((m["name"].strip(), (m["role"] or "").strip()))
    return out


def _leads(everyone: list[tuple[str, str]], home: dict[str, str]) -> list[str]:
    """The first person of each side, in order; `home` maps officials to their country
    (people it does not know are left out unless it knows nobody)."""
    seen: dict[str, str] = {}
    for name, _ in everyone:
        if name in home:
            seen.setdefault(home[name], name)
    return list(seen.values()) or [everyone[0][0]]


@cache.derived
def official_contacts(start: Any = None, end: Any = None) -> pd.DataFrame:
    """Every contact, one row each, optionally those starting in [start, end].

    Columns: `visit_id`, `kind` (visit, leaders_meeting, talks, call), `start`, `end`
    (equal for a one-day contact; `start` when the table gives no end), `days`,
    `official` (a visit's first visitor; for other kinds the first person of each side,
    '; '-joined), `role` (that visitor's role), `jurisdiction` (the visiting side of a
    visit: the other side of the host; '' for contacts in a third country or by phone),
    `host` (the host country's name; '' for calls), `places`, `title` (the purpose),
    `people` (every name on either side), `row` (CSV line number), `source`.
    """
    table = datasets.load(TABLE)
    officials = datasets.load("officials")
    home = dict(zip(officials["name"].astype(str), officials["country"].astype(str), strict=True))
    records = []
    for row, v in table.iterrows():
        visitors, hosts = people(v["visitors"]), people(v["hosts"])
        host = "" if pd.isna(v["host_country"]) else str(v["host_country"])
        kind = str(v["kind"])
        if kind == VISIT:
            official, role = visitors[0]
            visiting = [s for s in SIDES if s != host]
            side = countries.name(visiting[0]) if host in SIDES else ""
        else:
            official, role, side = "; ".join(_leads(visitors + hosts, home)), "", ""
        first = v["start"]
        last = first if pd.isna(v["end"]) else v["end"]
        records.append(
            {
                "visit_id": str(v["visit_id"]),
                "kind": kind,
                "start": first,
                "end": last,
                "days": int((last - first).days) + 1,
                "official": official,
                "role": role,
                "jurisdiction": side,
                "host": countries.name(host) if host else "",
                "places": "" if pd.isna(v["places"]) else str(v["places"]).replace(";", ", "),
                "title": str(v["purpose"]),
                "people": tuple(n for n, _ in visitors + hosts),
                "row": int(row),
                "source": str(v["source_urls"]),
            }
        )
    frame = pd.DataFrame.from_records(records)
    if start is not None:
        frame = frame.loc[frame["start"] >= pd.Timestamp(start)]
    if end is not None:
        frame = frame.loc[frame["start"] <= pd.Timestamp(end)]
    return frame.sort_values(["start", "row"]).reset_index(drop=True)


def visits_before(
    date: Any,
    *,
    window_days: int | None = None,
    visitor: str = "United States",
    host: str = "China",
    inclusive: bool = True,
    official: str | None = None,
) -> pd.DataFrame:
    """Visits by `visitor`'s officials to `host` that began on or before `date`.

    `window_days` keeps only visits that began within that many days before `date`
    (e.g. 90 for "in recent months"); `inclusive=False` leaves out a visit beginning on
    `date` itself; `official` keeps that person's visits only. Leaders' meetings are not
    visits. Adds `ordinal` (1 = earliest).
    """

    day = pd.Timestamp(date)
    frame = official_contacts()
    keep = (
        (frame["kind"] == VISIT)
        & (frame["jurisdiction"] == visitor)
        & (frame["host"] == host)
        & ((frame["start"] <= day) if inclusive else (frame["start"] < day))
    )
    if window_days is not None:
        keep &= frame["start"] >= day - pd.Timedelta(days=window_days)
    if official is not None:
        keep &= frame["official"].str.contains(official, regex=False)
    out = frame.loc[keep].reset_index(drop=True)
    return out.assign(ordinal=range(1, len(out) + 1))


# How far ahead of an article's date a visit it talks about may begin ('this Sunday').
AHEAD_DAYS = 14


def coverage() -> tuple[pd.Timestamp, frozenset[str]]:
    """What the table records in full, from its descriptor's `coverage`: the first day it
    covers and the kinds of contact it holds every one of (leaders' meetings); other
    kinds are a selection, so a count of them, or a count reaching before that day,
    decides nothing."""
    spec = datasets.resource(TABLE).get("coverage") or {}
    start = pd.Timestamp(spec["start"]) if spec.get("start") else pd.Timestamp.max
    return start, frozenset(spec.get("complete_kinds") or ())


def whole_record(official: str) -> bool:
    """Whether the table holds every visit of `official`, so that a count of their own
    visits is exact: visits are a kind it records in full (`coverage`) and every office
    the officials table lists for them began on or after its first day. The descriptor
    holds visits as a selection, so today no count is exact (review of round 31: Wilbur
    Ross was in Beijing in November 2017, before the table starts)."""
    start, complete = coverage()
    if VISIT not in complete:
        return False
    table = datasets.load("officials")
    began = pd.to_datetime(table.loc[table["name"] == official, "start"], errors="coerce")
    return bool(len(began)) and bool(began.notna().all()) and began.min() >= start


def names(person: str, text: str) -> bool:
    """Whether a contact's people (`text`) name a person: any of their names as a word."""
    return any(_as_word(part).search(text) for part in person.split())


@lru_cache(maxsize=1024)
def _as_word(part: str) -> re.Pattern[str]:
    """A name's part as a whole word, compiled once while kept (round 35, cpu35)."""
    return re.compile(rf"\b{re.escape(part)}\b")


def meetings_of(people: list[str], on: Any) -> pd.DataFrame:
    """In-person contacts (not calls) naming every one of `people`, begun by `on` plus
    `AHEAD_DAYS`, in date order, with `ordinal` (1 = earliest): 'their third meeting'."""
    contacts = official_contacts()
    everyone = contacts["people"].map("; ".join) + "; " + contacts["official"]
    keep = everyone.map(lambda text: all(names(p, text) for p in people))
    keep &= contacts["kind"] != "call"
    keep &= contacts["start"] <= pd.Timestamp(on) + pd.Timedelta(days=AHEAD_DAYS)
    out = contacts.loc[keep].sort_values("start").reset_index(drop=True)
    return out.assign(ordinal=range(1, len(out) + 1))


def visit_holding(official: str, days: list[Any]) -> Any:
    """The first of `days` that one of the official's recorded visits holds, else None."""
    contacts = official_contacts()
    mine = contacts.loc[
        (contacts["kind"] == VISIT) & contacts["official"].str.contains(official, regex=False)
    ]
    for day in days:
        if ((mine["start"] <= pd.Timestamp(day)) & (mine["end"] >= pd.Timestamp(day))).any():
            return day
    return None


def ordinal_of(
    official: str, on: Any = None, own: bool = False, **window: Any
) -> tuple[int, pd.DataFrame]:
    """Which visit, counting from the earliest in the window, an official's visit was.

    The visit is the official's latest visit that began by `on` (a date) plus
    `AHEAD_DAYS` (an article may announce a visit days ahead), else the nearest one; their
    first when `on` is None. The window ends on the day that visit began; `window` passes
    `window_days`, `visitor` and `host` to `visits_before`; `own` counts only the
    official's own visits to that host ("his second visit"). Returns the ordinal and the
    visits counted. Raises WorkbookError when the data has no visit by that official, or
    when that visit is not among those counted (a visit the other way).
    """

    contacts = official_contacts()
    mine = contacts.loc[
        (contacts["kind"] == VISIT) & contacts["official"].str.contains(official, regex=False)
    ]
    if mine.empty:
        names = ", ".join(contacts.loc[contacts["kind"] == VISIT, "official"])
        raise WorkbookError(f"no visit by {official!r} in the bundled data (visits by: {names})")
    if on is None:
        first = mine.iloc[0]
    else:
        begun = mine.loc[mine["start"] <= pd.Timestamp(on) + pd.Timedelta(days=AHEAD_DAYS)]
        nearest = (mine["start"] - pd.Timestamp(on)).abs().idxmin()
        first = begun.iloc[-1] if len(begun) else mine.loc[nearest]
    if own:
        window |= {"visitor": first["jurisdiction"], "host": first["host"], "official": official}
    counted = visits_before(first["start"], **window)
    position = counted.loc[counted["row"] == first["row"], "ordinal"]
    if position.empty:  # the visit is not among those counted: another direction
        raise WorkbookError(
            f"{official}'s visit of {first['start'].date()} ({first['jurisdiction']} to "
            f"{first['host']}) is not among the visits counted "
            f"({window.get('visitor', 'United States')} to {window.get('host', 'China')})"
        )
    return int(position.iloc[0]), counted
