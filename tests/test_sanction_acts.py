"""Sanctions told as acts are measures (round 42, sanc42): "has sanctioned dozens of Chinese
firms", "imposed sanctions on ... firms", "hit them with sanctions", "countermeasures against
US defence firms" give the frame the action `sanction`, matched against the catalog's
listings of parties and its sanctions (`measure_details.sanction_types`), no longer read in
a frame of kind other and answered by the policy path ("measure exists"). Controls: a
participle qualifying the parties, a law or a list named by the noun, the noun alone, and
the acts of the other kinds (tariffs, controls, listings) keep their readings. Made-up
sentences; the measures a verdict rests on are read from the catalog, never typed."""

from __future__ import annotations

import pytest
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.article.measure_reading import action
from analysis.evidence import measure_details
from analysis.vocab import Label

DAY = "2025-01-10"
COUNTERMEASURE = "chn-2024-10-10-countermeasures-skydio-and-others"


@pytest.mark.parametrize(
    "text",
    [
        "Washington has sanctioned dozens of Chinese firms",
        "The United States imposed sanctions on Chinese chip firms",
        "The Commerce Department hit 28 Chinese companies with sanctions",
        "Beijing hit the two contractors with fresh sanctions",
        "China announced countermeasures against US defence firms",
        "China slapped new sanctions on Lockheed Martin",
    ],
)
def test_a_sanction_told_as_an_act_is_a_sanction(text):
    assert action(text) == "sanction"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the parties qualified by a participle, a law or list named by the noun, the noun alone
        ("owned by already-sanctioned Chinese companies", ""),
        ("the sanctioned entities must apply for licences", "licence"),
        ("the list of sanctioned companies includes chip makers", ""),
        ("The Anti-Foreign Sanctions Law was passed", "law"),
        ("Firms on the list had evaded sanctions for years", ""),
        ("Companies can seek a sanction to do business with them", ""),
        # the first named of two acts, and countermeasures with no parties: as before
        ("China imposed export controls and sanctions on US firms", "restriction"),
        ("China took countermeasures", "restriction"),
        # acts of the other kinds keep their readings
        ("China imposed 15% tariffs on US chicken", "tariff"),
        ("China imposed export controls on gallium", "restriction"),
        ("China added 28 US firms to its export control list", "listing"),
        ("The US banned exports of advanced chips to China", "ban"),
    ],
)
def test_other_meanings_keep_their_reading(text, read):
    assert action(text) == read


def test_an_undated_sanction_is_checked_in_the_catalog(tmp_path):
    x = _only(tmp_path, "The Commerce Department has sanctioned dozens of Chinese firms.", DAY)
    assert x.claim.frame.kind == "measure" and x.claim.frame.action == "sanction"
    assert x.rule == "measure in the catalog", x.rationale
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_dated_countermeasure_is_the_catalogs_sanction_of_that_day(tmp_path):
    row = _measure(COUNTERMEASURE)
    assert row["measure_type"] in measure_details.sanction_types()
    day = row["announced"]
    x = _only(tmp_path, f"China sanctioned Skydio on {day:%B} {day.day}, {day.year}.", DAY)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert row["title"] in x.rationale


def test_a_sanction_of_a_body_no_catalog_measure_comes_from_is_not_checkable(tmp_path):
    # the catalog's listings are Commerce's and MOFCOM's: the Treasury's sanctions are not in it
    x = _only(tmp_path, "The Treasury Department sanctioned three Chinese refiners.", DAY)
    assert x.claim.frame.action == "sanction"
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "issued by" in x.rationale


def test_the_sanctions_family_holds_the_listings_and_the_sanctions():
    kinds = measure_details.sanction_types()
    assert set(measure_details.listing_types()) < set(kinds)
    assert "sanction" in kinds and "tariff" not in kinds


# The policy path's gate (`measure_checks._no_act`): an undated policy claim whose frame reads
# no act and no figure is not checkable; real acts of each kind keep their verdicts.


def test_a_policy_claim_with_no_act_is_not_checkable(tmp_path):
    text = (
        "Firms in the United States can apply for a sanction to trade with any of the "
        "listed entities, but they will be denied."
    )
    x = _only(tmp_path, text, DAY)
    assert x.claim.frame.kind == "other"
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert x.rule == "policy claim with no act"
    assert "no act of its own" in x.rationale and x.needs


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on Chinese chip firms.",
        "China has imposed tariffs on US goods.",
        "China restricted exports of gallium.",
        "The US has added Huawei to the entity list.",
    ],
)
def test_acts_of_each_kind_keep_their_verdict(tmp_path, text):
    x = _only(tmp_path, text, DAY)
    assert x.claim.frame.kind == "measure"
    assert x.rule == "measure in the catalog", x.rationale
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_policy_course_of_another_topic_keeps_the_policy_path(tmp_path):
    # an industrial policy is told as a course, not an act: the side's subsidy laws decide
    text = "The Americans are investing massively to relocate the production of microprocessors."
    x = _only(tmp_path, text, "2023-08-27")
    assert x.claim.topic == "industrial policy"
    assert x.rule == "measure exists", x.rationale
