"""A change set off by commas before its level (round 40, left40; review of round 39).

"US imports from China fell $87.9 billion, to $452.2 billion, in 2019" was cut at the comma
(`clauses.pieces`), so `quantities._change_then_level` never saw the level: the change was
read as the year's imports (unsupported) and "to $452.2 billion" as a clause of its own. A
clause that is only a `change_then_level` word and an amount, after a clause ending in a
growth verb and an amount (`quantities.level_completes_change`), completes it. Controls: a
level with no change before it, a comma phrase that is no level, a figure with no growth
verb. Round 41 (left41; review of round 40): the change may be a percentage ("rose 8
percent, to $106.6 billion"); controls of other meanings: a percentage with no growth verb,
a percentage change with no amount after the comma, a percentage level after it. Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article.quantities import CHANGE
from analysis.vocab import Label

_DAY = "2020-02-10"


def _claims(tmp_path, text: str) -> list:
    return dated_verdicts(tmp_path, text, _DAY)


def test_a_change_set_off_by_commas_is_read_with_its_level(tmp_path):
    text = "US imports from China fell $87.9 billion, to $452.2 billion, in 2019."
    found = _claims(tmp_path, text)
    assert [x.claim.text for x in found] == [
        "US imports from China fell $87.9 billion, to $452.2 billion"
    ]
    (claim,) = found
    assert claim.claim.frame.quantity.of == CHANGE
    assert claim.verdict == Label.SUPPORTED, claim.rationale


def test_the_same_without_commas_reads_alike(tmp_path):
    text = "US imports from China fell $87.9 billion to $452.2 billion in 2019."
    (claim,) = _claims(tmp_path, text)
    assert claim.verdict == Label.SUPPORTED, claim.rationale


def test_a_percent_change_set_off_by_a_comma_is_read_with_its_level(tmp_path):
    text = "US imports from China fell 16 percent, to $452.2 billion, in 2019."
    found = _claims(tmp_path, text)
    assert [x.claim.text for x in found] == [
        "US imports from China fell 16 percent, to $452.2 billion"
    ]
    (claim,) = found
    assert claim.verdict == Label.SUPPORTED, claim.rationale


def test_a_wrong_level_after_a_percent_change_is_decided_with_it(tmp_path):
    (claim,) = _claims(
        tmp_path, "US imports from China fell 16 percent, to $106.6 billion, in 2019."
    )
    assert claim.verdict != Label.SUPPORTED, claim.rationale


@pytest.mark.parametrize(
    "text",
    [
        # a percentage with no growth verb: a rate, then a clause of its own
        "Tariffs on US goods were 25 percent, to $60 billion in goods, in 2019.",
        # a percentage change, then no amount: the comma phrase is no level
        "US imports from China fell 16 percent, to the dismay of retailers, in 2019.",
        # a percentage after the comma is no amount the change led to
        "China's share of US imports fell 3 percent, to 18 percent, in 2019.",
    ],
)
def test_other_percent_comma_phrases_stay_apart(tmp_path, text):
    found = _claims(tmp_path, text)
    assert found
    assert not any(", to" in x.claim.text for x in found), [x.claim.text for x in found]


@pytest.mark.parametrize(
    "text",
    [
        # no growth verb: a level, then a clause of its own
        "US exports to China were $106.6 billion, to $120 billion in 2018.",
        # no amount after "to": the comma phrase is no level
        "US exports to China rose $5 billion, to the delight of farmers, in 2019.",
        # no amount before the comma: the level stands alone, as before
        "US imports from China fell, to $452.2 billion, in 2019.",
    ],
)
def test_other_comma_phrases_stay_apart(tmp_path, text):
    found = _claims(tmp_path, text)
    assert found
    assert all(
        x.claim.frame is None
        or x.claim.frame.quantity is None
        or x.claim.frame.quantity.of != CHANGE
        for x in found
    ), [(x.claim.text, x.claim.frame.quantity) for x in found]
