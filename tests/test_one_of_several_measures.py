"""A claim that singles out one of several measures announced together ("including one
that immediately restricts exports of rare-earth technologies") is not made partly true by
parts of the catalog's measure that take effect later; a claim about the measures as a
whole still is (round 38, fx38d). China's controls of 9 October 2025: the technology
controls applied at once, clauses on foreign-made items from 1 December."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

DAY = "2025-10-09"


def _one(tmp_path: Path, text: str, words: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, DAY), words)


def test_one_of_several_measures_applying_at_once_is_supported(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "China's package comprises several measures, including one that immediately restricts "
        "exports of rare-earth technologies.",
        "including one",
    )
    assert got.rule == "measure in the catalog"
    assert got.verdict == "supported", got.rationale


def test_the_measures_as_a_whole_applying_at_once_are_partly_supported(tmp_path: Path) -> None:
    got = _one(tmp_path, "China's new rare-earth export controls now apply in full.", "controls")
    assert got.verdict == "partly supported"
    assert "not all of it applied" in got.rationale
