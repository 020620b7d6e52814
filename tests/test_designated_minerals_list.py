"""A list of minerals designated crucial is no trade measure: a claim that a good was put on
it is not checkable (round 34, fx34g)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about


def test_designation_list_not_checkable_beside_a_real_control(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "China restricted antimony exports on Thursday. Years ago, the US had added "
        "antimony to a list of minerals crucial to its economy and national security.",
        "2024-08-15",
    )
    assert verdict_about(found, "China restricted antimony").verdict == "supported"
    got = verdict_about(found, "list of minerals crucial")
    assert got.verdict == "not checkable"
    assert got.rule == "measure in the catalog"
    assert "designated crucial" in got.rationale
