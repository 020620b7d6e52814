""" "Highest" and "greatest" as a rank of reserves (round 41, left41; rsv40's left item).

"China has the highest reserves of rare earths in the world" read no claim: "highest" was no
rank word. Up to two words before "reserves" (`reserve_rank_words` in
data/lexicon/claims.yaml), it ranks the holder among the countries with reserves, checked by
`reserve_checks.check_reserve_rank` as "the largest reserves" is. Controls of other meanings
keep their reading: a highest tariff, a highest level of trade, highest hopes. Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2025-03-01"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("China has the highest reserves of rare earths in the world.", Label.SUPPORTED),
        ("Brazil has the highest reserves of rare earths in the world.", Label.UNSUPPORTED),
        ("China has the greatest proven reserves of rare earths.", Label.SUPPORTED),
        ("Brazil holds some of the world's highest reserves of rare earths.", Label.SUPPORTED),
    ],
)
def test_highest_reserves_rank_the_holder(tmp_path, text, label):
    (found,) = dated_verdicts(tmp_path, text, _DAY)
    assert found.rule == "rank of reserves"
    assert found.verdict == label, found.rationale


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed the highest tariffs on Chinese goods in 2019.",
        "US imports from China were at their highest level since 2010 in 2018.",
        "Vietnam has the highest hopes for its rare earth reserves.",
    ],
)
def test_other_highests_rank_no_reserves(tmp_path, text):
    found = dated_verdicts(tmp_path, text, _DAY)
    assert all(x.rule != "rank of reserves" for x in found), [(x.claim.text, x.rule) for x in found]
