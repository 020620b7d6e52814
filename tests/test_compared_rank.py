"""A rank right after a comparison ("exceeds that of the world's second-largest producer,
the US") is the compared producer's, named after it, not the subject's (`rank_compared` in
data/lexicon/claims.yaml; round 38, fx38d). MCS 2022 (2021): China first, the US second,
Australia fourth."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

DAY = "2022-07-08"
COMPARED = "China's rare-earth production exceeds that of the world's second-largest producer, {}."


def _rank(tmp_path: Path, text: str, words: str = "producer") -> object:
    return verdict_about(dated_verdicts(tmp_path, text, DAY), words)


def test_the_compared_producer_is_ranked(tmp_path: Path) -> None:
    got = _rank(tmp_path, COMPARED.format("the United States"))
    assert got.rule == "rank of producers"
    assert got.verdict == "supported", got.rationale
    wrong = _rank(tmp_path, COMPARED.format("Australia"))
    assert wrong.verdict == "unsupported"
    assert "Australia ranked 4" in wrong.rationale


def test_a_compared_rank_naming_no_producer_is_not_checkable(tmp_path: Path) -> None:
    got = _rank(tmp_path, "Australia's output now surpasses that of the world's largest producer.")
    assert got.verdict == "not checkable"


def test_a_rank_without_a_comparison_is_the_subjects(tmp_path: Path) -> None:
    china = _rank(tmp_path, "China is the world's second-largest producer of rare earths.")
    assert china.verdict == "unsupported"
    us = _rank(tmp_path, "The US is the world's second-largest producer of rare earths.")
    assert us.verdict == "supported"
