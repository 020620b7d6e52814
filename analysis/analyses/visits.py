"""Official contacts: the visits and leaders' meetings of the export-control timeline.

The rows of `export_control_events` with measure_type 'visit/meeting' become one row
each, with the official's name and role parsed from the title by the rules below
(`VISIT_TITLE`, `MEETING_TITLE`, `PLACES`), so that claims such as "the fourth visit by
a member of the Biden administration in recent months" can be counted and dated.

The timeline is not a complete record of official travel: it holds the contacts its
compilers verified (see the table's caveats), so a count says "in the bundled timeline".
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analysis.data import cache, datasets
from analysis.errors import WorkbookError

TABLE = "export_control_events"
VISIT_TYPE = "visit/meeting"
VISIT = "visit"
LEADERS_MEETING = "leaders' meeting"

# "Treasury Secretary Janet Yellen visits Beijing": a role, a two-word name, the places.
VISIT_TITLE = re.compile(
    r"^(?P<role>.+)\s(?P<name>[A-Z][\w'.-]+\s[A-Z][\w'-]+)\svisits\s(?P<places>.+)$"
)
# "Biden-Xi meeting at Filoli estate, Woodside, California (APEC sidelines)".
MEETING_TITLE = re.compile(
    r"^(?P<names>[A-Z][\w'-]+(?:-[A-Z][\w'-]+)+)\smeeting\s(?:at|in)\s(?P<places>[^(]+)"
)
# Places named in titles -> the jurisdiction they are in (checked in the tests).
PLACES: dict[str, str] = {
    "Beijing": "China",
    "Shanghai": "China",
    "California": "United States",
    "South Korea": "South Korea",
}


class ContactParseError(WorkbookError):
    """A visit or meeting row whose title the parsing rules do not understand."""


def parse_title(title: str) -> dict[str, str]:
    """Kind, official(s), role and host of a visit or meeting title.

    Raises ContactParseError naming the title and the pattern expected.
    """
    visit = VISIT_TITLE.match(title)
    if visit:
        return {
            "kind": VISIT,
            "official": visit["name"],
            "role": visit["role"],
            "host": _host(visit["places"], title),
            "places": visit["places"],
        }
    meeting = MEETING_TITLE.match(title)
    if meeting:
        places = meeting["places"].strip()
        return {
            "kind": LEADERS_MEETING,
            "official": "; ".join(meeting["names"].split("-")),
            "role": "",
            "host": _host(places, title),
            "places": places,
        }
    raise ContactParseError(
        f"cannot read the visit or meeting title {title!r}: expected '<role> <First Last> "
        "visits <places>' or '<Name>-<Name> meeting at|in <places>'; adjust the title or "
        "the patterns in analysis/contacts.py"
    )


def _host(places: str, title: str) -> str:
    hosts = [j for place, j in PLACES.items() if re.search(rf"\b{re.escape(place)}\b", places)]
    hosts = list(dict.fromkeys(hosts))
    if len(hosts) != 1:
        found = ", ".join(hosts) or "none"
        raise ContactParseError(
            f"cannot tell the host of {title!r} from its places {places!r} (found: {found}): "
            "add the place to PLACES in analysis/contacts.py"
        )
    return hosts[0]


@cache.derived
def official_contacts(start: Any = None, end: Any = None) -> pd.DataFrame:
    """Visits and leaders' meetings, one row each, optionally those starting in [start, end].

    Columns: `start`, `end` (first and last day; a one-day meeting has both), `days`,
    `official` (name as in the title; '; '-joined for a meeting), `role` (the title's
    words before the name; for a meeting, the CSV's agency, e.g. 'Presidents'),
    `jurisdiction` (the visiting side, the CSV's actor), `host` (where it took place, from
    `PLACES`), `kind` ('visit' or "leaders' meeting"), `places`, `title`, `summary`,
    `row` (CSV line number), `source`.
    """

    events = datasets.load(TABLE)
    events = events.loc[events["measure_type"] == VISIT_TYPE]
    records = []
    for row, e in events.iterrows():
        parsed = parse_title(str(e["title"]))
        first = e["date"]
        last = first if pd.isna(e["end_date"]) else e["end_date"]
        records.append(
            {
                "start": first,
                "end": last,
                "days": int((last - first).days) + 1,
                "official": parsed["official"],
                "role": parsed["role"] or str(e["agency"]),
                "jurisdiction": str(e["actor_country"]),
                "host": parsed["host"],
                "kind": parsed["kind"],
                "places": parsed["places"],
                "title": str(e["title"]),
                "summary": str(e["summary"]),
                "row": int(row),
                "source": str(e["source_url_or_ref"]),
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
) -> pd.DataFrame:
    """Visits by `visitor`'s officials to `host` that began on or before `date`.

    `window_days` keeps only visits that began within that many days before `date`
    (e.g. 90 for "in recent months"); `inclusive=False` leaves out a visit beginning on
    `date` itself. Leaders' meetings are not visits. Adds `ordinal` (1 = earliest).
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
    out = frame.loc[keep].reset_index(drop=True)
    return out.assign(ordinal=range(1, len(out) + 1))


# How far ahead of an article's date a visit it talks about may begin ('this Sunday').
AHEAD_DAYS = 14


def ordinal_of(official: str, on: Any = None, **window: Any) -> tuple[int, pd.DataFrame]:
    """Which visit, counting from the earliest in the window, an official's visit was.

    The visit is the official's latest visit that began by `on` (a date) plus
    `AHEAD_DAYS` (an article may announce a visit days ahead), else the nearest one; their
    first when `on` is None. The window ends on the day that visit began; `window` passes
    `window_days`, `visitor` and `host` to `visits_before`. Returns the ordinal and the
    visits counted. Raises WorkbookError when the timeline has no visit by that official.
    """

    contacts = official_contacts()
    mine = contacts.loc[
        (contacts["kind"] == VISIT) & contacts["official"].str.contains(official, regex=False)
    ]
    if mine.empty:
        names = ", ".join(contacts.loc[contacts["kind"] == VISIT, "official"])
        raise WorkbookError(f"no visit by {official!r} in the timeline (visits by: {names})")
    if on is None:
        first = mine.iloc[0]
    else:
        begun = mine.loc[mine["start"] <= pd.Timestamp(on) + pd.Timedelta(days=AHEAD_DAYS)]
        nearest = (mine["start"] - pd.Timestamp(on)).abs().idxmin()
        first = begun.iloc[-1] if len(begun) else mine.loc[nearest]
    counted = visits_before(first["start"], **window)
    return int(counted.loc[counted["row"] == first["row"], "ordinal"].iloc[0]), counted
