"""Word lists moved from patterns typed in Python into data/lexicon/claims.yaml (round 27,
clean18): the compiled patterns read made-up phrases as the typed patterns did, and the
checkers that use them find the same words."""

from __future__ import annotations

from analysis.article import claim_words
from analysis.data import lexicon
from analysis.evidence import measure_checks, trade_reading


def test_the_moved_lists_are_lexicon_keys():
    w = lexicon.claims()
    assert "placed on" in w.listing_phrases
    assert "shipments?" in w.flow_nouns and "totall?ed" in w.flow_level_verbs
    assert "two-way" in w.two_way_words and "forbid\\w*" in w.ban_words


def test_bans_are_words_of_forbidding_not_their_look_alikes():
    assert measure_checks._bans("Zorland banned sales of widget chips")
    assert measure_checks._bans("the rule halts the exports of gizmos")
    assert not measure_checks._bans("high-bandwidth memory from Zorland banks")


def test_a_flows_product_ends_at_a_verb_of_its_level_or_a_preposition():
    assert (
        trade_reading.product_of(
            "exports of frozen widgets climbed while imports of blue gizmos fell"
        )
        == "blue gizmos"
    )
    assert trade_reading.product_of("imports of purple gizmos totaled") == "purple gizmos"
    assert trade_reading.product_of("exports of red widgets to Zorland") == "red widgets"


def test_an_amount_in_goods_ends_at_a_verb_of_its_level():
    # "$151 billion in goods rose": all goods, not a product called "goods rose"
    assert trade_reading.named_after("$151 billion in goods rose last year", 12) == ""
    assert trade_reading.named_after("$9 billion in products came from Zorland", 10) == ""
    assert trade_reading.named_after("$9 billion in blue gizmos came in", 10) == "blue gizmos"


def test_two_way_words_before_trade_and_listing_words_after_names():
    p = claim_words.patterns()
    assert p["two_way"].match("bilateral goods trade with Zorland")
    assert not p["two_way"].match("goods trade with Zorland")
    named = p["listed_names"].match("Acme, Zeta and Orbit placed on the Gizmo List")
    assert named is not None and named.group(1) == "Acme, Zeta and Orbit"
