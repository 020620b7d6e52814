""" "most" after "the" or an owner is a superlative ("the most advanced chips", "SMIC's most
advanced node", "rose the most"), no share of supply; "most of the world's graphite" and
"most tariffs" stay shares (round 37, fx37d)."""

from __future__ import annotations

import pytest

from analysis.article import quantities
from analysis.evidence import verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Since 2019, Ruritania has restricted access to tools for the most advanced phones.",
        "The tool is Ruritania's most advanced lithography system.",
        "Imports of tin from Ruritania rose the most in 2021.",
        "Their most critical tools were kept from Ruritania.",
    ],
)
def test_a_superlative_is_no_share(text):
    assert quantities.quantity(text, []) is None
    assert verdicts.share_range(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania refines most of the world's tin.",
        "The two sides agreed to suspend most tariffs for 90 days.",
        # a superlative first does not hide a share after it
        "The most advanced refiner, Ruritania, handles most of the world's tin.",
    ],
)
def test_a_share_word_stays_a_share(text):
    q = quantities.quantity(text, [])
    assert q is not None and q.hedge == "most" and q.low == 50.01
    share = verdicts.share_range(text)
    assert share is not None and share.low == 50.01
