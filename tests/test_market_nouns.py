"""One list of market nouns (round 30, fcf30): fix29's `market_nouns` (a measure word whose
subject or qualified noun is a market's names no measure, `measure_reading.action`) and dt24's
`market_subjects` (a clause whose subject is a market noun phrase before a measure verb is
not checkable, `catalog_scope.market_act`) were two lists for one idea; each reader now
reads the one `market_nouns` of `data/lexicon/claims.yaml`, so each catches the other's
words. A party's act in the same words stays a measure. Made-up sentences."""

from __future__ import annotations

import pytest

from analysis.article import measure_reading
from analysis.data import lexicon
from analysis.evidence.catalog_scope import market_act


def test_one_key_holds_the_market_nouns():
    words = lexicon.claims()
    assert not hasattr(words, "market_subjects")
    assert {"output", "stockpiles", "economic growth"} <= set(words.market_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "Thin refining margins curbed shipments of copper",  # dt24's words, fix29's reader
        "Swelling tin inventories have limited exports of tin",
        "Surging nickel output lowered prices of steel",
    ],
)
def test_the_subjects_words_name_no_measure_in_the_action(text):
    assert measure_reading.action(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "A weaker dollar curbed imports of soybeans",  # fix29's words, dt24's reader
        "Slowing economic growth restricted purchases of copper",
        "Analysts said higher interest rates limited imports of tin",
    ],
)
def test_the_forces_words_are_a_markets_act(text):
    assert market_act(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Chile restricted exports of copper", "restriction"),
        ("Peru curbed supply of tin to Japan", "restriction"),  # "supply" is no market noun
        ("Indonesia banned exports of nickel ore", "ban"),
    ],
)
def test_a_partys_act_stays_a_measure(text, act):
    assert measure_reading.action(text) == act
    assert market_act(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia's nickel output curbs took effect in May",  # a plural noun, not a verb
        "Peru imposed production limits on tin",
    ],
)
def test_a_market_noun_heading_a_measure_noun_stays_a_measure(text):
    assert measure_reading.action(text) == "restriction"


@pytest.mark.parametrize(
    "text",
    [
        # review of round 30: a singular measure noun after a market noun is no verb form
        # (only a verb's inflection is: "output curbed", "demand easing")
        "Peru imposed a production limit on tin",
        "Chile set an output curb on copper",
        "Bolivia imposed an output restriction on tin",
    ],
)
def test_a_market_noun_heading_a_singular_measure_noun_stays_a_measure(text):
    assert measure_reading.action(text) == "restriction"
    # and the party imposing it is no market noun phrase's lead words
    assert market_act(text) is None
