"""A rank claim that gives the ranked producer a tonnage ("the world's largest producer of
antimony at 83,000t") is checked on both, together; "83,000t" is a tonnage (round 38,
fx38d)."""

from __future__ import annotations

from pathlib import Path

from analysis.article import quantities
from tests.conftest import dated_verdicts, verdict_about

DAY = "2024-08-19"  # MCS 2024: antimony 2023, China 40,000 t of a world 83,000 t, first


def _one(tmp_path: Path, text: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, DAY), text.split(" ")[0])


def test_a_t_right_after_the_digits_is_a_tonnage() -> None:
    assert [q.value for _, q in quantities.tonnages("at 83,000t in 2023", [])] == [83000.0]
    assert [q.value for _, q in quantities.tonnages("the 2 trade talks", [])] == []


def test_a_wrong_tonnage_for_the_first_producer_is_partly_supported(tmp_path: Path) -> None:
    got = _one(tmp_path, "China is the world's largest producer of antimony at 83,000t in 2023.")
    assert got.verdict == "partly supported"
    assert got.rule == "rank of producers"
    assert "largest producer" in got.rationale and "40,000 t" in got.rationale


def test_a_right_rank_and_tonnage_are_supported(tmp_path: Path) -> None:
    got = _one(
        tmp_path, "China is the world's largest producer of antimony at 40,000 tonnes in 2023."
    )
    assert got.verdict == "supported"
    assert "40,000 t" in got.rationale


def test_a_right_tonnage_does_not_hide_a_wrong_rank(tmp_path: Path) -> None:
    got = _one(
        tmp_path, "Tajikistan is the world's largest producer of antimony at 21,000 tonnes in 2023."
    )
    assert got.verdict == "partly supported"
    assert "ranked 2" in got.rationale


def test_a_tonnage_without_a_rank_is_the_amount_checks(tmp_path: Path) -> None:
    got = _one(tmp_path, "China mined 40,000 tonnes of antimony in 2023.")
    assert got.rule == "production amount"


def test_the_worlds_total_after_the_rank_is_not_the_producers(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "China was the largest antimony producer in 2023 out of a world total of 83,000 tonnes.",
    )
    assert got.rule != "rank of producers"
