"""Measure claims of round 33's fresh misses (branch fx33m), on made-up sentences.

- A listing told with "placed"/"put" and a list named before ("China also placed X on the
  list"), maybe with an apposition inside the object set off by commas ("placed X, a
  clothing maker that owns brands such as A and B, on the list"): one listing claim.
- A person who opens a clause as the subject of a finite verb of imposing ("President Trump
  signed an executive order barring ... companies that supply China's military") is who
  acts, not a country named after the verb.
"""

from __future__ import annotations

import pytest
from conftest import checked_about

from analysis.article import measure_reading
from analysis.vocab import Label

LISTED_BEFORE = "China put Illumina on its unreliable entity list on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        "China also placed PVH on the list",
        "Beijing also put PVH on its list",
        "The ministry is placing two US drone makers on the list",
    ],
)
def test_placed_or_put_on_a_list_is_a_listing(text):
    assert measure_reading.action(text) == "listing"


@pytest.mark.parametrize(
    "text",
    [
        "Entities placed on the list supplied Russian firms",  # the listed, described
        "Eight more were put on the list",  # a passive count, read as a count
    ],
)
def test_a_description_of_the_listed_is_no_listing_cue(text):
    assert measure_reading.action(text) == ""


def test_a_listing_with_an_apposition_in_its_object_is_one_claim(tmp_path):
    text = (
        LISTED_BEFORE + "China also placed PVH, a fashion group that owns labels such as "
        "Calvin Klein and Tommy Hilfiger, on the list."
    )
    found = checked_about(tmp_path, text, "2025-02-06", "China also placed PVH")
    assert found.claim.text.endswith("on the list")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "measure in the catalog"
    assert "Unreliable Entity List" in found.rationale


def test_the_person_opening_the_clause_acts_not_the_country_after_the_verb(tmp_path):
    text = (
        "President Trump signed an executive order barring Americans from investing in "
        "Chinese firms that support China's military."
    )
    found = checked_about(tmp_path, text, "2020-11-13", "signed an executive order")
    assert found.claim.frame.actor_country == "USA"
    assert found.verdict == Label.SUPPORTED
    assert "Executive Order 13959" in found.rationale


def test_a_dateline_before_the_person_does_not_hide_the_subject(tmp_path):
    text = (
        "TAIPEI (Example News) — President Trump signed an executive order barring "
        "Americans from investing in Chinese firms that support China's military."
    )
    found = checked_about(tmp_path, text, "2020-11-13", "signed an executive order")
    assert found.claim.frame.actor_country == "USA"
    assert found.verdict == Label.SUPPORTED
