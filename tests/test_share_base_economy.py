"""A share of an economy or a party's money is no production share (review of round 37,
fixed in round 38, fx38e): a percentage whose base right after it is a GDP, an economy, a
revenue or a party's own sales (`not_shares` economy in data/lexicon/claims.yaml) was read
as a share of world production and refuted by it. Shares of world mining, supply or
processing, and of a good's global sales, stay decided. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article import quantities
from analysis.vocab import Label

_DAY = "2025-06-01"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rare-earth exports are worth one percent of China's GDP.", "GDP"),
        ("Rare earth mining accounts for about 1% of GDP in China.", "GDP"),
        ("Graphite accounts for 10% of the company's sales.", "sales"),
        ("Tungsten makes up 5% of the firm's revenue.", "revenue"),
        ("China's rare earth industry accounts for less than 1% of its economy.", "economy"),
        ("US imports of rare earths from China equal 0.01% of US GDP.", "GDP"),
    ],
)
def test_a_share_of_an_economy_or_of_money_is_not_decided(tmp_path, text, words):
    x = verdict_about(dated_verdicts(tmp_path, text, _DAY), words)
    assert x.verdict == Label.NOT_CHECKABLE, (x.rule, x.rationale)
    assert x.rule not in ("share by stage", "share of import sources"), x.rule


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("China accounts for 60% of world rare-earth mining.", "60%"),
        ("China has 70% of global supply of rare earths.", "70%"),
        ("China accounts for 90% of rare earth processing.", "90%"),
        ("China accounts for 90% of global sales of rare earth magnets.", "90%"),
        ("Mining accounts for 5% of China's GDP, and China produces 70% of the world's rare "
         "earths.", "70%"),
    ],
)  # fmt: skip
def test_world_shares_stay_decided(tmp_path, text, words):
    x = verdict_about(dated_verdicts(tmp_path, text, _DAY), words)
    assert x.rule == "share by stage" and x.verdict != Label.NOT_CHECKABLE, x.rationale


def test_the_base_is_read_as_economy():
    text = "Rare earth mining accounts for about 1% of GDP in China."
    assert quantities.quantity(text, []).of == "economy"
