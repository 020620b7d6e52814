"""A measure named only in an adjunct of role or purpose (round 31, fcf31): "Beijing
stockpiled graphite as a countermeasure", "The plan is carried out to curb the outflow of
antimony" name a measure only as what an act was meant as or for; the clause
asserts no measure the catalog could match, and the existence of any measure of the kind
must not bear it out (`presupposed.adjunct_only`, the `measure_adjuncts` words). A measure
word outside the adjunct, or a date inside it, keeps the clause checked. Made-up sentences;
the decided twins' days come from the measures table."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import checked_about, read_rows

from analysis.article import measure_reading, presupposed
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo summoned the ambassador of its neighbour as a countermeasure",
        "The programme is carried out to curb the outflow of antimony to foreign buyers",
        "Seoul widened its inspections of steel cargoes in order to restrict smuggling",
        "The scheme was implemented to limit sales of tungsten amid rising tensions",
    ],
)
def test_measure_words_only_in_a_role_or_purpose_adjunct(text):
    assert presupposed.adjunct_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # a measure of the clause's own, before or after the adjunct
        "Tokyo imposed tariffs on Korean steel as a countermeasure",
        "As a countermeasure, Tokyo imposed tariffs on Korean steel",
        "Seoul views Tokyo as a rival and has imposed curbs on fluorine imports",
        # the adjunct dates the measure it names
        "The move comes as a reply to the decision on March 4 to double tariffs on steel",
        # "such as a ban": an example, not a role
        "Tokyo weighed measures such as a ban on steel",
        # no measure word at all
        "Tokyo sent its trade minister as a special envoy",
        # an easing of the clause's own ("sped up approvals", blind39): a measure outside
        # the adjunct (review of round 31)
        "Tokyo sped up approvals for fluorine exports as a countermeasure",
    ],
)
def test_a_measure_of_its_own_or_a_dated_adjunct_is_asserted(text):
    assert not presupposed.adjunct_only(text)


def _row(prefix: str, kind: str, words: str) -> dict[str, str]:
    """The first catalog row of an actor's prefix and type whose title holds `words`."""
    rows = read_rows("sources/measures.csv")
    return next(
        r
        for r in rows
        if r["measure_id"].startswith(prefix)
        and r["measure_type"] == kind
        and words in r["title"].lower()
    )


def test_a_purpose_adjunct_is_not_checked(tmp_path):
    row = _row("chn-2023", "export_licence_requirement", "graphite")
    day = dt.date.fromisoformat(row["announced"])
    text = (
        "China will require licences for graphite exports from December. This policy is "
        "carried out to control the supply of essential raw materials amid tensions with Japan."
    )
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=5)).isoformat(), "carried out")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_role_adjunct_is_not_checked(tmp_path):
    """The only measure word ("countermeasure") stands in the adjunct: without the rule the
    graphite licensing bears the clause out (review of round 31: the old sentence's "sped
    up approvals" is an easing of its own, not checkable either way)."""
    row = _row("chn-2023", "export_licence_requirement", "graphite")
    day = dt.date.fromisoformat(row["announced"])
    text = (
        "Washington widened its chip rules last month. Soon after, Beijing stockpiled "
        "graphite as a countermeasure."
    )
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=40)).isoformat(), "stockpiled")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale


def test_the_dated_export_control_twin_stays_supported(tmp_path):
    text = (
        "The US imposed export controls on advanced chips on October 7, 2022, as a countermeasure."
    )
    x = checked_about(tmp_path, text, "2022-11-01", "export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_measure_taken_as_a_countermeasure_stays_decided(tmp_path):
    row = _row("chn-2025", "tariff", "all us-origin goods")
    day = dt.date.fromisoformat(row["announced"])
    text = (
        f"China imposed additional tariffs on all US goods on {day:%B} {day.day}, {day.year}, "
        "as a countermeasure."
    )
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=30)).isoformat(), "China imposed")
    assert x.verdict == Label.SUPPORTED, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Exports that comply with regulations would be allowed",
        "Shipments made in compliance with the regulations will go ahead",
        "Tokyo acted in accordance with its Foreign Exchange Act",
    ],
)
def test_a_law_named_only_as_what_is_complied_with_is_no_law_claim(text):
    assert measure_reading.action(text) == ""


def test_a_law_imposed_is_still_a_law():
    assert measure_reading.action("Japan enacted a new export control law") == "law"


def test_a_law_complied_with_is_not_checked(tmp_path):
    text = (
        "Beijing restricted antimony exports last week. A short note issued by the Commerce "
        "Ministry said shipments that comply with regulations would be allowed, but that it "
        "opposes any use of the metal against China."
    )
    x = checked_about(tmp_path, text, "2024-08-20", "comply")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a measure's act as the time of what the clause says (round 38, fx38c)
        "Deliveries were briefly halted when the new controls came into force",
        "Prices of the metal jumped when Seoul imposed curbs on its sale",
    ],
)
def test_a_measure_only_in_a_clause_of_time_is_not_asserted(text):
    assert presupposed.adjunct_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # "when" opening the claim with no main clause after it: the claim is the clause of
        # time, checked as a measure (round 43, given43: with a main clause after a comma,
        # "When Seoul imposed curbs on fluorine exports, prices rose", the main clause is
        # what it asserts: tests/test_given43_parts.py)
        "When Seoul imposed curbs on fluorine exports in May",
        # after a comma, "when" dates what comes before ("since April, when ...")
        "since April, when Seoul introduced a licensing system for the metals",
        # a measure of the clause's own before "when"
        "Seoul imposed curbs on fluorine exports when Tokyo tightened its chip rules",
        # the clause of time dates its measure
        "Prices of the metal jumped when Seoul imposed curbs on its sale in July 2023",
    ],
)
def test_a_clause_of_time_that_is_the_claim_or_dates_its_measure_is_asserted(text):
    assert not presupposed.adjunct_only(text)


def test_a_time_clause_only_is_not_checked(tmp_path):
    """Without the rule, China's latest restriction on the minerals bears out a clause about
    shipments."""
    text = (
        "China widened its controls on critical minerals. Shipments of the metals were "
        "briefly disrupted when the new controls came into force."
    )
    x = checked_about(tmp_path, text, "2023-12-21", "disrupted")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale
