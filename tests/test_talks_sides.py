"""Talks named without a person (round 29, fcy22): a meeting of "the two sides" (or "the two
countries", "the two largest economies", "both delegations") at a place the timeline holds
is a contact claim decided by place and days, not a measure claim with no actor ("The two
sides met in X to resolve disputes including tariffs") nor a claim of nothing ("talks in
Switzerland between the two largest economies", a country as the place). Its twins stay as
they were: with no place it is not a contact the table can find; on the wrong day it is
unsupported. Made-up sentences built from `visits` rows. Rules: docs/factcheck-log.md, "Figure
years, earlier figures and talks"."""

from __future__ import annotations

import datetime as dt

from conftest import checked_about, read_rows

from analysis.analyses import visits
from analysis.article import talks
from analysis.article.date_patterns import spelled
from analysis.article.entity_refs import Entity
from analysis.data import countries
from analysis.vocab import Label


def _row() -> dict[str, str]:
    """The latest talks held in a third country, in one city."""
    rows = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == "talks"
        and r["host_country"] not in talks.THE_TWO
        and r["places"]
        and ";" not in r["places"]
    ]
    return rows[-1]


def _day(row: dict[str, str], shift: int = 0) -> dt.date:
    return dt.date.fromisoformat(row["start"]) + dt.timedelta(days=shift)


def _length(row: dict[str, str]) -> str:
    """The row's days in words ("two days")."""
    days = (dt.date.fromisoformat(row["end"] or row["start"]) - _day(row)).days + 1
    return f"{spelled(days)[0]} day{'s' if days > 1 else ''}"


def _words(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def test_the_two_sides_meeting_over_tariffs_is_a_contact(tmp_path):
    """Was a measure frame with no actor (the tariffs the talks addressed): not checkable."""
    row = _row()
    said = f"The two sides met in {row['places']} to resolve disputes including tariffs."
    x = checked_about(tmp_path, said, _day(row, 5).isoformat(), "two sides")
    assert x.claim.frame.kind == "visit", x.claim.frame
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_talks_in_a_third_country_between_the_two_economies_are_decided(tmp_path):
    """A country as the place (no city): was a claim of nothing, now found by the host."""
    row = _row()
    country = countries.name(row["host_country"])
    said = (
        f"A readout marked the end of {_length(row)} of talks in {country} between the two "
        "largest economies in the world."
    )
    x = checked_about(tmp_path, said, _day(row, 3).isoformat(), "of talks")
    assert x.claim.frame.kind == "visit", x.claim.frame
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_twin_the_two_sides_on_the_wrong_day_stay_unsupported(tmp_path):
    """Place and a day: decided before and after, by the days."""
    row = _row()
    said = f"The two sides met in {row['places']} on {_words(_day(row, -9))}."
    x = checked_about(tmp_path, said, _day(row, 3).isoformat(), "two sides")
    assert x.rule == "event dates" and x.verdict == Label.UNSUPPORTED, x.rationale


def test_twin_the_two_sides_with_no_place_are_no_contact_found(tmp_path):
    """No place and no person: nothing the timeline can find the talks by."""
    row = _row()
    said = "The two sides met to resolve disputes including tariffs."
    x = checked_about(tmp_path, said, _day(row, 5).isoformat(), "two sides")
    assert x.claim.frame.kind != "visit", x.claim.frame


def _place(text: str, name: str, kind: str, country: str) -> Entity:
    at = text.index(name)
    return Entity("e1", name, "PLACE", name, at, at + len(name), country=country, kind=kind)


def test_a_country_goods_come_from_is_no_venue():
    """Only a place after "in"/"at" is where the talks were held, and never one of the two."""
    text = "The two sides held talks on tariffs on goods from Vietnam."
    assert not talks.sides_meet(text, [_place(text, "Vietnam", "country", "VNM")])
    text = "The two sides held talks in Vietnam."
    assert talks.sides_meet(text, [_place(text, "Vietnam", "country", "VNM")])
    text = "The two sides held talks in China."
    assert not talks.sides_meet(text, [_place(text, "China", "country", "CHN")])


def _person(text: str, name: str) -> Entity:
    at = text.index(name)
    return Entity("e2", name, "PERSON", name, at, at + len(name))


def test_a_claim_naming_a_person_is_read_by_its_people_not_as_the_two_sides():
    """Review of round 29 (9b): the guard on a person named in the claim."""
    text = "The two sides met in Vietnam, Jane Roe said."
    place = _place(text, "Vietnam", "country", "VNM")
    assert talks.sides_meet(text, [place])
    assert not talks.sides_meet(text, [place, _person(text, "Jane Roe")])


def test_a_place_is_read_where_its_entity_stands():
    """Review of round 29 (17b): by the entity's offsets, not the first match of its name
    ("Niger" inside "Nigeria"); with no offset base, at whole words only."""
    text = "The two sides held talks in Nigeria over tariffs on Niger."
    at = text.rindex("Niger")
    niger = Entity("e1", "Niger", "PLACE", "Niger", at, at + 5, country="NER", kind="country")
    assert talks.held_in(text, [niger]) == []
    lead = "A made-up lead sentence. "
    moved = Entity("e1", "Niger", "PLACE", "Niger", at + len(lead), at + len(lead) + 5,
                   country="NER", kind="country")  # fmt: skip
    assert talks.held_in(text, [moved], len(lead)) == []
    text = "The two sides held talks in Niger."
    assert talks.held_in(text, [_place(text, "Niger", "country", "NER")], 0)


def test_the_two_governments_are_the_timelines_sides():
    """Review of round 29 (14): `talks.THE_TWO` copies `visits.SIDES` (the article layer may
    not import the analyses): they must stay equal."""
    assert talks.THE_TWO == visits.SIDES
