"""A hedge before a fraction share word ("more than three-quarters", "less than a third",
"nearly half") moves the word's bounds as it moves a figure's (probe p179, round 23)."""

from __future__ import annotations

import pytest

from analysis.article import quantities
from analysis.evidence import verdicts as v
from analysis.vocab import Label


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Ruritania smelts more than three-quarters of the world's tungsten", 75, None),
        ("over two-thirds of global antimony output comes from one mine", 67, None),
        ("the firm refines less than a third of the graphite it buys", None, 33),
        ("nearly half of the gallium made last year was exported", 45, 50),
        # "about" and no hedge keep the word's own bounds; a one-sided word is read as is
        ("about three-quarters of the ore", 70, 80),
        ("three-quarters of the ore", 70, 80),
        ("more than most of the ore", 50.01, None),
    ],
)
def test_a_hedge_moves_a_share_words_bounds(text, low, high):
    got = v.share_range(text)
    assert got is not None and (got.low, got.high) == (low, high)


def test_the_claims_quantity_carries_the_hedged_bounds():
    q = quantities.quantity("Ruritania mines more than two-thirds of the world's tungsten.", [])
    assert q is not None and (q.low, q.high) == (67, None)


def test_more_than_three_quarters_holds_for_a_share_above_eighty():
    claimed = v.share_range("Ruritania mined more than three-quarters of the world's tungsten")
    d = v.decide_share(claimed, [v.StageShare("mining", 81.0, 2023, "USGS")])
    assert d.label == Label.SUPPORTED
