"""A clause with no measure word of its own, whose frame took its action from its sentence,
and with no date, rate, goods, party or rule's name to single out a measure, is matched by
the catalog on its side alone: not checkable (round 34, gate34). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

SIDE_ONLY = "names no measure of its own"

CALL = (
    "Xi urged restraint. This is the second phone call with Xi since Trump returned to the "
    "White House and launched steep tariffs on China, straining ties."
)
ASIDE = (
    "These metals are used in chips and radar. China, which dominates world output of these "
    "elements, first announced the export ban in December 2024, citing security."
)


def test_a_call_clause_borrowing_the_sentence_s_tariffs_is_not_checked(tmp_path: Path) -> None:
    call = first_verdict_with(tmp_path, CALL, "2025-09-21", "second phone call")
    assert call.claim.frame.action == "tariff"  # borrowed from "launched steep tariffs"
    assert call.verdict == "not checkable"
    assert call.rule == "measure in the catalog" and SIDE_ONLY in call.rationale
    # the sentence's own measure clause is still checked against the catalog
    own = first_verdict_with(tmp_path, CALL, "2025-09-21", "launched steep tariffs")
    assert own.verdict == "supported" and own.rule == "measure in the catalog"


def test_an_aside_on_dominance_borrowing_the_ban_is_not_checked(tmp_path: Path) -> None:
    aside = first_verdict_with(tmp_path, ASIDE, "2025-11-10", "which dominates")
    assert aside.claim.frame.action == "ban"
    assert aside.verdict == "not checkable" and SIDE_ONLY in aside.rationale
    ban = first_verdict_with(tmp_path, ASIDE, "2025-11-10", "first announced the export ban")
    assert ban.verdict == "supported" and ban.rule == "measure in the catalog"


def test_a_clause_of_taking_effect_is_still_said_of_the_sentence_s_measure(
    tmp_path: Path,
) -> None:
    text = (
        "Beijing said on Sunday that the export ban on gallium, germanium and antimony to the "
        "US is suspended. The regulation is effective immediately."
    )
    effect = first_verdict_with(tmp_path, text, "2025-11-10", "effective immediately")
    assert effect.verdict == "supported" and effect.rule == "measure in the catalog"


def test_a_listing_clause_naming_parties_is_still_checked(tmp_path: Path) -> None:
    text = "The US is set to add dozens of Chinese firms, including Huawei, to a trade blacklist."
    listing = first_verdict_with(tmp_path, text, "2019-05-20", "add dozens of Chinese firms")
    assert listing.verdict == "supported" and listing.rule == "measure in the catalog"
