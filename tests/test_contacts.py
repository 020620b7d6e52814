"""Official contacts parsed from the timeline, and the Raimondo 'fourth visit' count."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import read_rows

from analysis.analyses import visits
from analysis.analyses.visits import ContactParseError


def test_visit_titles_parse_into_role_name_and_host():
    got = visits.parse_title("Treasury Secretary Janet Yellen visits Beijing")
    assert (got["role"], got["official"], got["host"], got["kind"]) == (
        "Treasury Secretary",
        "Janet Yellen",
        "China",
        "visit",
    )
    got = visits.parse_title("Commerce Secretary Gina Raimondo visits Beijing and Shanghai")
    assert got["official"] == "Gina Raimondo" and got["host"] == "China"
    assert visits.parse_title("Secretary of State Antony Blinken visits Beijing")["role"] == (
        "Secretary of State"
    )


def test_meeting_titles_parse_into_both_leaders_and_the_host():
    got = visits.parse_title("Biden-Xi meeting at Filoli estate, Woodside, California (APEC)")
    assert got["official"] == "Biden; Xi"
    assert got["host"] == "United States"
    assert got["kind"] == visits.LEADERS_MEETING
    assert visits.parse_title("Trump-Xi meeting in Busan, South Korea")["host"] == "South Korea"


def test_titles_the_rules_cannot_read_are_refused_with_a_fix():
    with pytest.raises(ContactParseError, match="expected '<role> <First Last> visits"):
        visits.parse_title("A phone call between leaders")
    with pytest.raises(ContactParseError, match="add the place to PLACES"):
        visits.parse_title("Trade Representative Katherine Tai visits Geneva")


def test_every_visit_row_of_the_csv_becomes_one_contact():
    rows = read_rows("sources/export_control_events.csv")
    lines = [i + 2 for i, r in enumerate(rows) if r["measure_type"] == "visit/meeting"]
    frame = visits.official_contacts()
    assert frame["row"].tolist() == lines
    raimondo = frame.loc[frame["official"] == "Gina Raimondo"].iloc[0]
    csv_row = rows[raimondo["row"] - 2]
    assert raimondo["start"].date().isoformat() == csv_row["date"]
    assert raimondo["end"].date().isoformat() == csv_row["end_date"]
    assert raimondo["days"] == 4  # 27-30 August, both days counted


def test_raimondo_visit_is_the_fourth_by_us_officials_in_the_90_days_before_it():
    rows = read_rows("sources/export_control_events.csv")
    start = dt.date(2023, 8, 27)
    hand = [
        r["title"]
        for r in rows
        if r["measure_type"] == "visit/meeting"
        and r["actor_country"] == "United States"
        and " visits " in r["title"]
        and start - dt.timedelta(days=90) <= dt.date.fromisoformat(r["date"]) <= start
    ]
    ordinal, counted = visits.ordinal_of("Raimondo", window_days=90)
    assert ordinal == len(hand) == 4
    assert counted["title"].tolist() == hand
    assert counted["official"].tolist()[-1] == "Gina Raimondo"


def test_window_and_inclusive_change_the_count():
    assert len(visits.visits_before("2023-08-27", window_days=60)) == 3  # Blinken is earlier
    assert len(visits.visits_before("2023-08-27", inclusive=False)) == 3
    assert visits.visits_before("2023-06-17").empty


def test_date_filter_and_unknown_official():
    late = visits.official_contacts(start="2024-01-01")
    assert late["kind"].tolist() == [visits.LEADERS_MEETING]
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
