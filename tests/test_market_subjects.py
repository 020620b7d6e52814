"""Round 29's differential test (dt24) of main's merges: two regressions the new goods of
the gazetteer (oil, cotton, chicken, pharmaceuticals) exposed, on made-up sentences.

A clause whose subject is a market noun phrase right before a measure verb ("Cheaper diesel
prices curbed ...", "Rising drug costs restricted ...") tells what a market did, not a
measure (`market_nouns` in `data/lexicon/claims.yaml`, which absorbed dt24's `market_subjects`
in round 30; `catalog_scope.market_act`).

A clause split off its sentence that is itself a clause of time telling an earlier event
("weeks after Washington had imposed a 20% tariff") borrows no goods from the claim it was
split from (`event_clauses.opens_other_event`): the goods are the main act's."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article.event_clauses import opens_other_event
from analysis.evidence.catalog_scope import market_act
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "Cheaper crude oil prices curbed the trade deficit",
        "Soaring cotton output lowered farm incomes",
        "Economists said higher drug costs restricted access to care",
        "A cotton glut has curbed farm incomes",
    ],
)
def test_a_market_subject_before_a_measure_verb_is_a_markets_act(text):
    assert market_act(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing curbed crude oil exports",  # a party acts
        "Cotton output was restricted by the ministry",  # a passive: a measure's object
        "Higher prices led Beijing to restrict exports",  # the verb after is no measure word
    ],
)
def test_a_party_or_a_passive_is_no_markets_act(text):
    assert market_act(text) is None


def test_a_markets_act_on_a_good_is_not_checkable_but_a_tariff_on_it_is(tmp_path):
    found = _verdicts(
        tmp_path,
        "Cotton stockpiles restricted supply in March 2025. "
        "China imposed a 10% tariff on US crude oil in February 2025.",
        "2025-06-01",
    )
    # was supported by an Entity List addition; since the one list of market nouns (fcf30)
    # "stockpiles restricted" names no measure in `measure_reading.action` either: no claim, or none
    # decided
    market = [x for x in found if "Cotton stockpiles" in x.claim.text]
    assert all(x.verdict == Label.NOT_CHECKABLE for x in market), market
    assert _about(found, "10% tariff on US crude oil").verdict == Label.SUPPORTED


def test_an_earlier_events_clause_opens_the_split_clause():
    assert opens_other_event("weeks after Washington had imposed a 20% tariff")
    assert opens_other_event("when the US duties on $50 billion of goods took effect")
    assert opens_other_event("following the rise to 25% of Chinese duties")
    assert not opens_other_event("Beijing imposed a 34% levy after the US had imposed one")


def test_a_split_clause_of_an_earlier_event_borrows_no_goods(tmp_path):
    # the farm goods are China's measure's; the US's 34% fell on all Chinese goods
    found = _verdicts(
        tmp_path,
        "Beijing put a 15% levy on American cotton and chicken in March 2025, weeks after "
        "Washington had imposed a 34% tariff.",
        "2025-06-01",
    )
    earlier = _about(found, "Washington had imposed a 34% tariff")
    assert earlier.verdict == Label.SUPPORTED
    assert "List 4A" not in earlier.rationale


def test_a_split_clause_following_an_earlier_rise_borrows_no_goods(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing will put a 15% levy on American cotton, following the increase to 20% of "
        "Washington's duties.",
        "2025-03-06",
    )
    earlier = _about(found, "following the increase to 20%")
    assert "List 4A" not in earlier.rationale
