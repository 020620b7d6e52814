"""A rule named after a possessive or in quotes ("its “50% rule”") is named as after "the"
(round 35, fx35c: `rule_name` in `claim_patterns`); "its own list" names none. Made-up
sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

from analysis.evidence import rule_names
from analysis.vocab import Label


def test_a_rule_named_after_its_or_in_quotes() -> None:
    assert [w for _, w in rule_names.named("delay implementation of its “50% rule” now")] == [
        ("50%",)
    ]
    assert [w for _, w in rule_names.named("their 50% affiliates rule")] == [("50%", "affiliates")]
    assert rule_names.named("excluded rare earths from its own list of tariffs") == []
    assert rule_names.named("its new rule") == []


def test_a_delay_of_a_named_rule_with_no_such_relaxation_by_then(tmp_path: Path) -> None:
    text = (
        "The Trump administration has agreed to delay implementation of its “50% rule” "
        "for one year."
    )
    x = first_verdict_with(tmp_path, text, "2025-10-30", "50% rule")
    # before: any US relaxation of the catalog (the AI Diffusion Rule's rescission) "supported" it
    assert x.claim.frame.action == "relaxation"
    assert x.verdict == Label.NOT_CHECKABLE and "50% rule" in x.rationale, x.rationale
