"""A measure named by its noun and dated by an aside of its imposing ("The restrictions,
initially imposed in December 2024, ...") is one claim dating that measure, as a relative of its
taking effect is (round 34, fx34m); before, the noun alone was a claim that took the
measure as given. An aside of another verb ("widely reported in ...") dates nothing of the
measure. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.vocab import Label

BEFORE = (
    "China's Ministry of Commerce announced on Sunday the suspension of its ban on the "
    "export of gallium, germanium and antimony to the United States. "
)


def test_the_aside_dates_the_measure_referred_back(tmp_path: Path) -> None:
    text = BEFORE + "The restrictions, initially imposed in December 2024, targeted chip makers."
    found = checked_about(tmp_path, text, "2025-11-10", "The restrictions")
    assert found.claim.text.endswith("initially imposed in December 2024")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "measure in the catalog"
    assert "announced 2024-12-03" in found.rationale


def test_a_participle_of_another_verb_is_no_dating_aside(tmp_path: Path) -> None:
    text = BEFORE + "The curbs, widely reported in December 2024, hit makers of chips."
    found = checked_about(tmp_path, text, "2025-11-10", "The curbs")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "2024-12-03" not in found.rationale
