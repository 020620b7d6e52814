"""Whose output a tonnage is (round 38, fx38d): not a place named after it with a tonnage
of its own; a demonym of its sentence ("the Vietnamese nation") before a country borrowed
from earlier sentences; and a stock in the ground ("can count on 22 million tons") is no
output. MCS 2024 (2023): China 240,000 t, Myanmar 38,000 t, Vietnam 600 t."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

DAY = "2024-03-01"


def _amount(tmp_path: Path, text: str, words: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, DAY), words)


def test_a_place_with_its_own_tonnage_after_the_claim_is_not_its_producer(tmp_path: Path) -> None:
    text = (
        "The East-Asian giant churned out 240,000 tonnes of rare earths, while Myanmar also "
        "reached 38,000 tonnes."
    )
    assert _amount(tmp_path, text, "240,000").verdict == "not checkable"
    assert _amount(tmp_path, text, "38,000").verdict == "supported"


def test_a_place_after_the_claim_without_a_tonnage_still_is(tmp_path: Path) -> None:
    text = "With 240,000 tonnes mined in 2023, China was the leading producer of rare earths."
    got = _amount(tmp_path, text, "240,000")
    assert got.verdict == "supported"
    assert "China produced" in got.rationale


def test_a_demonym_of_the_sentence_names_the_producer(tmp_path: Path) -> None:
    text = (
        "China dominates rare earths. The Vietnamese nation remains a tiny player, with just "
        "600 tonnes of rare earths produced in 2023."
    )
    got = _amount(tmp_path, text, "600 tonnes")
    assert got.verdict == "supported"
    assert "Vietnam produced 600 t" in got.rationale


def test_a_stock_in_the_ground_is_no_output(tmp_path: Path) -> None:
    got = _amount(
        tmp_path, "Vietnam can count on approximately 22 million tons of rare earths.", "22 million"
    )
    assert got.verdict == "not checkable"
    mined = _amount(tmp_path, "Vietnam mined 600 tonnes of rare earths in 2023.", "600 tonnes")
    assert mined.verdict == "supported"
