"""A count of the items or tariff lines a measure covers ("expanded to a total of nine
graphite items", "a list of 79 US imports will be eligible for waivers"): the catalog
records a measure's goods, not how many items it lists, so an undated claim with no rate
whose news is such a count is not decided on its goods alone (`item_counts` in
`data/lexicon/claims.yaml`, `catalog_scope.outside_the_catalog`; blind32: Dr & Aju, and
China Briefing of the development half). Made-up sentences, each beside a decidable twin
that must stay decided."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import claim_words
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "the curbs now reach a total of eleven germanium items",
        "a list of 64 American imports may apply for waivers",
        "licences for four “sensitive” antimony products",
        "Beijing lifted its controls on a further 12 dual-use items",
        # review of round 29: spelled counts from `date_patterns.spelled`, past twelve
        "the curbs now reach a total of thirteen germanium items",
        "a list of twenty-one American imports may apply for waivers",
    ],
)
def test_the_words_of_a_count_of_items(text):
    assert claim_words.patterns()["item_counts"].search(text)


@pytest.mark.parametrize(
    "text",
    [
        "tariffs on $34 billion of imports",  # money, not a count
        "a 25 percent levy on 300 billion of products",  # a scale word after the number
        "Beijing slapped 84 levies on US imports",  # a preposition before the noun
        "China added 11 companies to the list",  # firms are counted by the listing tables
        "exporters of two types of graphite need licences",  # kinds that name the goods
    ],
)
def test_money_rates_and_firms_are_no_count_of_items(text):
    assert not claim_words.patterns()["item_counts"].search(text)


def test_an_undated_count_of_items_is_not_checkable_but_the_measure_is(tmp_path):
    found = _verdicts(
        tmp_path,
        "China's export controls on graphite will now cover a total of eleven graphite items. "
        "China requires exporters of two types of graphite to apply for licences.",
        "2023-12-05",
    )
    count = _about(found, "eleven graphite items")
    assert count.verdict == Label.NOT_CHECKABLE
    assert "counts the items" in count.rationale
    twin = _about(found, "two types of graphite")
    assert twin.verdict == Label.SUPPORTED


def test_a_dated_count_of_items_is_still_checked_on_its_date(tmp_path):
    # the date names the measure meant: the claim is checked as any dated one
    found = _verdicts(
        tmp_path,
        "From December 1, China's export controls cover eleven graphite items.",
        "2023-12-05",
    )
    x = _about(found, "eleven graphite items")
    assert x.verdict == Label.SUPPORTED
    assert "counts the items" not in x.rationale


def test_a_count_of_items_with_a_rate_is_still_checked(tmp_path):
    # review of round 29: the rate names the measure meant (its rates are the catalog's),
    # so the count does not make the claim not checkable (`frame.quantity` is the rate)
    found = _verdicts(tmp_path, "China imposed a 25% tariff on 128 US products.", "2025-04-06")
    x = _about(found, "128 US products")
    assert claim_words.patterns()["item_counts"].search(x.claim.text)
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale
    assert "counts the items" not in x.rationale
