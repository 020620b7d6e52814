"""How an instrument works, said in the habitual present, and intentions with a time before
their "to": not a measure taken, so the catalog does not decide them (round 34, fx34g)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

LISTING = "The Commerce Department added eleven Chinese firms to the Entity List on Monday. "


def test_list_described_as_a_tool_and_its_cut_clause(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        LISTING + "The Entity List is a tool used by the agency to restrict the export, "
        "reexport, and transfer of items subject to the Export Administration Regulations to "
        "parties deemed a risk to national security.",
        "2020-07-22",
    )
    assert verdict_about(found, "added eleven Chinese firms").verdict == "supported"
    for words in ("is a tool used", "transfer of items"):
        got = verdict_about(found, words)
        assert got.verdict == "not checkable", (words, got.verdict, got.rationale)
        assert got.rule == "measure in the catalog"


def test_list_identifies_after_a_rule_lead(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        LISTING + "Pursuant to Section 744.11 of the Export Administration Regulations, the "
        "Entity List identifies entities believed to be involved in activities against "
        "national security.",
        "2020-07-22",
    )
    assert verdict_about(found, "identifies entities").verdict == "not checkable"


def test_agency_remit_and_statutory_obligation(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        LISTING + "The Bureau of Industry and Security is responsible for the list of "
        "restricted parties. Washington is obligated by law to restrict sales of advanced "
        "chips to hostile militaries.",
        "2020-07-22",
    )
    assert verdict_about(found, "is responsible for").verdict == "not checkable"
    assert verdict_about(found, "obligated by law").verdict == "not checkable"


def test_pledge_with_a_time_before_its_to(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "President Biden pledged last week to sharply raise tariffs on Chinese steel imports.",
        "2024-05-14",
    )
    got = verdict_about(found, "pledged last week")
    assert got.verdict == "not checkable"
    assert "step short of a measure" in got.rationale
