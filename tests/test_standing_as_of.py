"""A date after "as of" in a sentence that goes on in the present perfect tells where things
stand that day (role `standing`), not when the act was done: the measure check matches the
claim by what it names (round 38, fx38d). China suspended its gallium, germanium and
antimony ban for the US on 9 November 2025."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

SUSPENDED = "{} China {} its ban on exporting gallium, germanium and antimony to the United States."


def _roles(found: list, words: str) -> list[str]:
    got = verdict_about(found, words)
    return [w.role for w in got.claim.frame.when]


def test_a_state_as_of_a_day_is_not_the_day_of_the_act(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path, SUSPENDED.format("As of November 10, 2025,", "has suspended"), "2025-11-10"
    )
    assert _roles(found, "suspended") == ["standing"]
    got = verdict_about(found, "suspended")
    assert got.rule == "measure in the catalog"
    assert got.verdict == "supported", got.rationale


def test_an_act_on_a_day_is_still_dated(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path, SUSPENDED.format("On November 10, 2025,", "suspended"), "2025-11-12"
    )
    assert _roles(found, "suspended") != ["standing"]
    assert verdict_about(found, "suspended").verdict == "partly supported"  # a day off


def test_as_of_a_day_with_a_future_is_the_day_it_starts(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "As of August 1, 2023, exports of gallium and germanium will require licences.",
        "2023-07-20",
    )
    assert _roles(found, "gallium") != ["standing"]
