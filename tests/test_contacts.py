"""Official contacts from the visits table, and the Raimondo 'fourth visit' count."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import read_rows

from analysis.analyses import visits
from analysis.errors import WorkbookError


def test_people_fields_split_into_names_and_roles_even_with_nested_parentheses():
    got = visits.people(
        "Liu He (Vice Premier; special envoy of President Xi Jinping);Steven Mnuchin (Treasury)"
    )
    assert got == [
        ("Liu He", "Vice Premier; special envoy of President Xi Jinping"),
        ("Steven Mnuchin", "Treasury"),
    ]
    assert visits.people("Gina Raimondo") == [("Gina Raimondo", "")]


def test_a_meeting_names_the_first_person_of_each_side():
    meetings = visits.official_contacts().set_index("visit_id")
    assert meetings.at["2023-11-15-biden-xi-woodside", "official"] in (
        "Joe Biden; Xi Jinping",
        "Xi Jinping; Joe Biden",
    )
    assert meetings.at["2025-10-30-trump-xi-busan", "host"] == "South Korea"


def test_every_row_of_the_visits_table_becomes_one_contact():
    rows = read_rows("sources/visits.csv")
    frame = visits.official_contacts()
    assert sorted(frame["row"].tolist()) == list(range(2, len(rows) + 2))
    raimondo = frame.loc[frame["official"] == "Gina Raimondo"].iloc[0]
    csv_row = rows[raimondo["row"] - 2]
    assert raimondo["start"].date().isoformat() == csv_row["start"]
    assert raimondo["end"].date().isoformat() == csv_row["end"]
    assert raimondo["days"] == 4  # 27-30 August, both days counted


def test_raimondo_visit_is_the_fourth_by_us_officials_in_the_90_days_before_it():
    rows = read_rows("sources/visits.csv")
    start = dt.date(2023, 8, 27)
    hand = [
        r["visit_id"]
        for r in rows
        if r["kind"] == "visit"
        and r["host_country"] == "CHN"
        and start - dt.timedelta(days=90) <= dt.date.fromisoformat(r["start"]) <= start
    ]
    ordinal, counted = visits.ordinal_of("Raimondo", window_days=90)
    assert ordinal == len(hand) == 4
    assert counted["visit_id"].tolist() == hand
    assert counted["official"].tolist()[-1] == "Gina Raimondo"


def test_window_and_inclusive_change_the_count():
    assert len(visits.visits_before("2023-08-27", window_days=60)) == 3  # Blinken is earlier
    every = visits.visits_before("2023-08-27")
    before = visits.visits_before("2023-08-27", inclusive=False)
    assert len(before) == len(every) - 1  # Raimondo's visit began that day
    first = visits.official_contacts().query("kind == 'visit'")["start"].min()
    assert visits.visits_before(first - pd.Timedelta(days=1)).empty


def test_date_filter_and_unknown_official():
    late = visits.official_contacts(start="2025-10-01")
    assert late["kind"].tolist() == ["talks", visits.LEADERS_MEETING]
    with pytest.raises(Exception, match="no visit by 'Austin'"):
        visits.ordinal_of("Austin")


def test_a_repeat_visit_is_counted_from_its_own_date(monkeypatch):
    real = visits.official_contacts()
    first = real.loc[real["official"] == "Gina Raimondo"]
    year = pd.Timedelta(days=365)
    again = first.assign(start=first["start"] + year, end=first["end"] + year, row=-1)
    both = pd.concat([real, again], ignore_index=True)
    monkeypatch.setattr(visits, "official_contacts", lambda *_a, **_k: both)
    ordinal, _ = visits.ordinal_of("Raimondo", window_days=90)
    assert ordinal == 4  # no date: the first visit, as before
    later = again["start"].iloc[0]
    expected = both.loc[
        (both["kind"] == visits.VISIT)
        & both["start"].between(later - pd.Timedelta(days=90), later)
        & (both["jurisdiction"] == "United States")
        & (both["host"] == "China")
    ]
    ordinal, counted = visits.ordinal_of("Raimondo", on=later.date(), window_days=90)
    assert counted["row"].tolist() == expected["row"].tolist()
    assert counted["row"].iloc[ordinal - 1] == -1
    # Between the two visits, nearer the second: still the first (the second is not due).
    between = later - pd.Timedelta(days=visits.AHEAD_DAYS + 30)
    ordinal, counted = visits.ordinal_of("Raimondo", on=between.date(), window_days=90)
    assert counted["official"].iloc[ordinal - 1] == "Gina Raimondo"
    assert counted["row"].iloc[ordinal - 1] == first["row"].iloc[0]
    # Announced a few days ahead: the coming visit.
    ahead = later - pd.Timedelta(days=visits.AHEAD_DAYS - 1)
    ordinal, counted = visits.ordinal_of("Raimondo", on=ahead.date(), window_days=90)
    assert counted["row"].iloc[ordinal - 1] == -1


def test_an_ordinal_of_a_visit_the_other_way_is_an_error_not_a_crash():
    # the count is of one direction's visits (US officials to China by default): a visit
    # the other way is not among them, which is said, not an IndexError (dt17, round 25)
    table = visits.official_contacts()
    trips = table.loc[table["kind"] == visits.VISIT]
    other_way = trips.loc[trips["host"] != "China", "official"]
    only = next(
        o for o in other_way if (trips.loc[trips["official"] == o, "host"] != "China").all()
    )
    with pytest.raises(WorkbookError, match="is not among the visits counted"):
        visits.ordinal_of(only)
