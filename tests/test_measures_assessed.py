"""Measure claims the catalog cannot decide though a measure of the actor exists (round 37,
fx37c): an assessment whose topic is a measure ("made little progress in curbing ...", "the
effectiveness of the controls": `measure_adjuncts`, read by `presupposed.adjunct_only`), and
a measure still being deliberated, said by the rest of the sentence the claim opens ("New
plans for export restrictions ... are being discussed": `not_taken` over
`catalog_scope.predicate_tail`). Without the rules the actor's latest measure of the kind
bears either out. Made-up sentences; the decided twins' days come from the measures table."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import checked_about, read_rows

from analysis.article import presupposed
from analysis.evidence import catalog_scope
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "The two governments have made little progress in curbing exports of fentanyl precursors",
        "Officials praised the success of the export restrictions on drones",
        "Economists questioned the effectiveness of the new tariffs on steel",
    ],
)
def test_a_measure_only_as_the_topic_of_an_assessment(text):
    assert presupposed.adjunct_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # a measure of the clause's own after the assessment
        "Seoul has made progress in talks and imposed tariffs on Japanese steel",
        # a dated measure inside it: a fact the catalog can match
        "Analysts studied the impact of the tariffs imposed on March 4",
    ],
)
def test_a_measure_of_its_own_or_a_dated_one_is_asserted(text):
    assert not presupposed.adjunct_only(text)


def test_the_rest_of_a_sentence_a_bare_claim_opens():
    sentence = "New plans for export restrictions on lithium are currently being discussed."
    claim = "New plans for export restrictions on lithium"
    assert catalog_scope.predicate_tail(claim, sentence) == " are currently being discussed."
    # a claim with its own verb of imposing, or not opening its sentence, keeps its own words
    done = "Beijing imposed export restrictions on lithium"
    assert catalog_scope.predicate_tail(done, done + " after talks were discussed.") == ""
    assert catalog_scope.predicate_tail("export restrictions on lithium", sentence) == ""
    # a relative clause of its own: what the measure led others to do is not said of it
    led = "Seoul protested after China decided to curb graphite exports"
    told = led + " that prompted Washington to threaten new duties."
    assert not catalog_scope.predicate_tail(led, told).strip()


def _row(prefix: str, kind: str, words: str) -> dict[str, str]:
    """The first catalog row of an actor's prefix and type whose title holds `words`."""
    return next(
        r
        for r in read_rows("sources/measures.csv")
        if r["measure_id"].startswith(prefix)
        and r["measure_type"] == kind
        and words in r["title"].lower()
    )


def test_measures_being_discussed_are_not_checked(tmp_path):
    row = _row("chn-2023", "export_licence_requirement", "graphite")
    day = dt.date.fromisoformat(row["announced"]) + dt.timedelta(days=60)
    text = (
        "Beijing tightened its controls on graphite last year. New plans for export "
        "restrictions on technologies for making battery cathodes are currently being "
        "discussed in China."
    )
    x = checked_about(tmp_path, text, day.isoformat(), "New plans")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "not taken" in x.rationale, x.rationale


def test_progress_in_curbing_is_not_checked(tmp_path):
    row = _row("chn-2023", "export_licence_requirement", "graphite")
    day = dt.date.fromisoformat(row["announced"]) + dt.timedelta(days=60)
    text = (
        "Relations have thawed. Still, the countries have made little progress in curbing "
        "China's exports of chemicals used to make fentanyl."
    )
    x = checked_about(tmp_path, text, day.isoformat(), "little progress")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_measure_announced_stays_decided(tmp_path):
    """The twin: the same measure words as a measure taken are borne out by the catalog."""
    row = _row("chn-2023", "export_licence_requirement", "graphite")
    day = dt.date.fromisoformat(row["announced"])
    text = f"China announced export restrictions on graphite on {day:%B} {day.day}, {day.year}."
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=10)).isoformat(), "graphite")
    assert x.verdict == Label.SUPPORTED, x.rationale
