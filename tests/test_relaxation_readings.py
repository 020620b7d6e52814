"""A measure named before the verb that relaxes it, the last day of a suspension, and
taxonomy denials with a classing verb (made-up sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_article

from analysis.analyses import measures
from analysis.article import measure_reading
from analysis.evidence import factcheck
from analysis.vocab import Label


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("The export ban was lifted last week.", "relaxation"),
        ("The curbs on chip sales to the region will now be suspended.", "relaxation"),
        ("The government halted its ban on sales of drones.", "relaxation"),
        ("The ministry announced the easing of curbs on exports.", "relaxation"),
        # a rule rescinded (`rescind` of `measure_cues.relaxation`) is relaxed
        ("Ottawa has rescinded its licensing rule for drone parts.", "relaxation"),
        # halting trade is a ban; a ban that relaxes nothing stays one
        ("Beijing halted exports of drones.", "ban"),
        ("The restrictions banned exports of chips.", "ban"),
    ],
)
def test_a_measure_named_before_its_relaxation_is_what_is_relaxed(text, action):
    assert measure_reading.action(text) == action


def _suspension_with_an_end() -> tuple[str, dt.date, dt.date]:
    """A catalogued suspension by China with a recorded last day: (id, announced, last day)."""
    table = measures.measures()
    rows = table.loc[
        (table["measure_type"] == "suspension")
        & (table["implementing_iso3"] == "CHN")
        & table["last_day"].notna()
    ]
    row = rows.iloc[-1]
    return row["measure_id"], row["announced"].date(), row["last_day"].date()


def test_the_last_day_of_a_suspension_names_the_measure(tmp_path):
    mid, announced, last = _suspension_with_an_end()
    text = (
        "The dual-use export ban will now be suspended until "
        f"{last:%B} {last.day}, {last.year}, the ministry said."
    )
    found = factcheck.check(dated_article(tmp_path, text, announced.isoformat()))
    (x,) = [f for f in found if "suspended" in f.claim.text]
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert any(mid in e.values for e in x.evidence), x.evidence


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lithium and cobalt are not classed as rare earth elements.", Label.SUPPORTED),
        ("Cerium is not considered a rare earth.", Label.UNSUPPORTED),
        ("Cobalt does not count as a rare earth metal.", Label.SUPPORTED),
        ("Cobalt is classified as a rare earth metal.", Label.UNSUPPORTED),
    ],
)
def test_a_classing_verb_does_not_hide_what_a_mineral_is_said_to_be(tmp_path, text, verdict):
    (x,) = factcheck.check(dated_article(tmp_path, text, "2024-06-10"))
    assert x.verdict == verdict and x.rule == "taxonomy", x.rationale


def test_a_suspension_named_again_with_its_term_is_a_measure_claim(tmp_path):
    _mid, announced, last = _suspension_with_an_end()
    text = (
        "Beijing paused the curbs on antimony exports. The suspension will remain in effect "
        f"until {last:%B} {last.day}, {last.year}."
    )
    found = factcheck.check(dated_article(tmp_path, text, announced.isoformat()))
    assert any("remain in effect" in x.claim.text for x in found), [x.claim.text for x in found]
