"""A date after a measure noun and "set in place" / "put in place" dates that measure, not
the claimed change of it (`imposed_on` in data/lexicon/claims.yaml, role `object`; round 35,
branch fx35e): "the suspension of these restrictions, initially set in place in December
2024, will last until Nov. 27, 2026" is the suspension of 9 November 2025, not a measure of
December 2024 more than a year from it. Made-up sentence; fails without the words."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.vocab import Label


def test_a_date_of_the_measure_put_in_place_is_its_own(tmp_path: Path) -> None:
    x = checked_about(
        tmp_path,
        "China said the suspension of the restrictions, first put in place in December 2024, "
        "will last until November 27, 2026.",
        "2025-11-10",
        "suspension",
    )
    roles = {w.text: w.role for w in x.claim.frame.when}
    assert roles == {"December 2024": "object", "November 27, 2026": "until"}
    assert x.verdict == Label.SUPPORTED, x.rationale
