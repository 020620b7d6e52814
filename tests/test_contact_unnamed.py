"""Contacts that name no one the timeline holds (round 28, fcv21): a claim matched on places
alone that tells no contact of officials, a claim whose actor (no official of either side)
the matched contact does not list, and a claim that counts its contact over all time ("his
first visit") are not checkable; their twins naming the row's people on its days stay
supported, and on the wrong day unsupported. Made-up sentences built from `visits` rows.
Rules: docs/factcheck-log.md, "Contacts that name no one the timeline holds"."""

from __future__ import annotations

import datetime as dt

from conftest import checked_about, read_rows

from analysis.analyses import visits
from analysis.vocab import Label


def _row(kind: str, host: str, single: bool = False) -> dict[str, str]:
    """The latest row of a kind hosted in a country, with one city (and one visitor)."""
    rows = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == kind
        and r["host_country"] == host
        and ";" not in r["places"]
        and r["hosts"]
        and (not single or len(visits.people(r["visitors"])) == 1)
    ]
    return rows[-1]


def _names(row: dict[str, str]) -> tuple[str, str]:
    return visits.people(row["visitors"])[0][0], visits.people(row["hosts"])[0][0]


def _day(row: dict[str, str], shift: int = 0) -> dt.date:
    return dt.date.fromisoformat(row["start"]) + dt.timedelta(days=shift)


def _words(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def test_places_alone_without_a_contact_word_are_not_checkable(tmp_path):
    """A firm's projects in a list of places: a visit frame of places only, no contact."""
    row = _row("talks", "USA")
    text = (
        "Lithium and cobalt projects are being considered in Australia, Europe, and the "
        "United States, according to Zincor, a maker of metals, which spoke to Reuters."
    )
    x = checked_about(tmp_path, text, _day(row, 3).isoformat(), "projects")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_the_twin_of_places_with_a_contact_word_is_decided(tmp_path):
    """Talks named at the row's place, no person: found by the place, decided."""
    row = _row("talks", "USA")
    published = _day(row, 3).isoformat()
    said = f"Trade talks were held in {row['places']} on {_words(_day(row))}."
    x = checked_about(tmp_path, said, published, "talks")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_twin_naming_the_people_on_their_days_is_decided(tmp_path):
    row = _row("talks", "USA")
    a, b = _names(row)
    published = _day(row, 3).isoformat()
    said = f"{a} met {b} in {row['places']} on {_words(_day(row))}."
    x = checked_about(tmp_path, said, published, "met")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
    wrong = f"{a} met {b} in {row['places']} on {_words(_day(row, -9))}."
    x = checked_about(tmp_path, wrong, published, "met")
    assert x.rule == "event dates" and x.verdict == Label.UNSUPPORTED, x.rationale


def test_an_actor_the_contact_does_not_list_is_not_checkable(tmp_path):
    """A third country's leader meeting the row's people: the row does not show his part."""
    row = _row("talks", "USA")
    a, b = _names(row)
    text = f"On {_words(_day(row))}, Prime Minister Lars Halvorsen met {a} and {b} for lunch."
    x = checked_about(tmp_path, text, _day(row, 3).isoformat(), "lunch")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "Lars Halvorsen" in x.rationale


def _first(row: dict[str, str], span: str) -> str:
    a, b = _names(row)
    return (
        f"{a} and {b} held talks in {row['places']} on {_words(_day(row))}. Noting that this "
        f"is his first visit to China{span}, {a.split()[-1]} thanked the Chinese side."
    )


def test_a_first_visit_over_all_time_is_not_checkable(tmp_path):
    """A selection shows the visit took place, never that none came before it."""
    row = _row("visit", "CHN", single=True)
    x = checked_about(tmp_path, _first(row, ""), _day(row, 1).isoformat(), "first visit")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_the_twin_of_a_first_visit_in_a_window_is_left_decided(tmp_path):
    """With a window ("in five years") the rule leaves the claim to the checks as before."""
    row = _row("visit", "CHN", single=True)
    text = _first(row, " in five years")
    x = checked_about(tmp_path, text, _day(row, 1).isoformat(), "first visit")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_twin_of_a_dated_contact_at_a_place_without_a_contact_word_is_decided(tmp_path):
    """'The delegations convened in <place> on <day>': the place and the day decide it."""
    row = _row("talks", "USA")
    said = f"The two delegations convened in {row['places']} on {_words(_day(row))}."
    x = checked_about(tmp_path, said, _day(row, 3).isoformat(), "convened")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_twin_of_a_speaker_who_is_not_in_the_row_is_decided(tmp_path):
    """A speaker telling the row's contact is no actor of it."""
    row = _row("talks", "USA")
    a, b = _names(row)
    said = f"Analyst Jane Morrow said {a} met {b} in {row['places']} on {_words(_day(row))}."
    x = checked_about(tmp_path, said, _day(row, 3).isoformat(), "met")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_twin_of_a_first_time_of_something_else_is_decided(tmp_path):
    """'for the first time' counting an agreement, not the contact."""
    row = _row("talks", "USA")
    a, b = _names(row)
    said = (
        f"{a} and {b} held talks in {row['places']} on {_words(_day(row))}, where for the "
        "first time both sides agreed to cut tariffs."
    )
    x = checked_about(tmp_path, said, _day(row, 3).isoformat(), "held talks")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
