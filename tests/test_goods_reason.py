"""Goods named as the reason or the occasion of an act (round 40, left40; review of round
39): "Officials discussed the curbs over tea, and China banned exports of gallium ..." read
farm goods beside gallium (partly supported), and "a 10% tariff on Chinese goods over
fentanyl" had goods `opioids`. Goods a few words after a reason word (`reason_words`,
`uses.named_as_reason`) that follows the act's object after "on" or a verb of talk
(`reason_after`) are no goods of the act; other uses of "over" keep them ("control over
rare earths", a listing's reason "over quantum computing", "over 50 tonnes of gallium").
Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label


def _frames(tmp_path, text: str, day: str) -> list:
    return [x for x in dated_verdicts(tmp_path, text, day) if x.claim.frame]


def test_an_occasion_names_no_goods(tmp_path):
    text = (
        "Officials discussed the curbs over tea, and China banned exports of gallium to the "
        "United States in December 2024."
    )
    (found,) = _frames(tmp_path, text, "2025-01-10")
    assert found.claim.frame.goods == ("gallium",)
    assert found.verdict == Label.SUPPORTED, found.rationale


def test_a_reason_names_no_goods(tmp_path):
    text = "In February 2025 the US imposed a 10% tariff on Chinese goods over fentanyl."
    (found,) = _frames(tmp_path, text, "2025-03-10")
    assert "opioids" not in found.claim.frame.goods
    assert found.verdict == Label.SUPPORTED, found.rationale


@pytest.mark.parametrize(
    ("text", "good"),
    [
        ("China tightened its control over rare earths in April 2025.", "rare_earths"),
        ("China tightened export controls over gallium in July 2023.", "gallium"),
        (
            "China banned exports of over 50 tonnes of gallium to the United States in "
            "December 2024.",
            "gallium",
        ),
        ("China banned exports of gallium to the United States in December 2024.", "gallium"),
        (
            "The US targeted organizations from China over quantum computing on March 25, 2025.",
            "quantum",
        ),
    ],
)
def test_a_hold_or_an_amount_keeps_its_goods(tmp_path, text, good):
    found = _frames(tmp_path, text, "2025-06-01")
    assert any(good in x.claim.frame.goods for x in found), [
        (x.claim.text, x.claim.frame.goods) for x in found
    ]
