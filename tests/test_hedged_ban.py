"""A ban word hedged ("has largely banned exports of ...") calls licence requirements all
but a ban: against licences alone it is not checkable, not misleading; the same claim
unhedged stays misleading (round 35, fx35c: `measure_checks._hedged`). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

from analysis.vocab import Label

CLAIM = "The United States has {how} exports of chips for AI technology to China."


def test_a_hedged_ban_against_licences_is_not_checkable(tmp_path: Path) -> None:
    x = first_verdict_with(tmp_path, CLAIM.format(how="largely banned"), "2025-09-15", "banned")
    assert x.rule == "ban or licensing"
    assert x.verdict == Label.NOT_CHECKABLE and "largely banned" in x.rationale, x.rationale


def test_the_same_ban_unhedged_is_misleading(tmp_path: Path) -> None:
    x = first_verdict_with(tmp_path, CLAIM.format(how="banned"), "2025-09-15", "banned")
    assert x.rule == "ban or licensing"
    assert x.verdict == Label.MISLEADING, x.rationale


def test_a_hedged_ban_on_goods_no_measure_covers_stays_misleading(tmp_path: Path) -> None:
    # no licence or ban of China's covered copper by then, only measures on other goods: the
    # hedge does not make those measures the claim's (review of round 35; it was "not
    # checkable", its rationale saying no measure covered copper)
    text = "China has effectively banned exports of copper to the United States."
    x = first_verdict_with(tmp_path, text, "2024-06-10", "banned")
    assert x.rule == "ban or licensing"
    assert x.verdict == Label.MISLEADING, x.rationale
    assert "no export ban or licence covered copper" in x.rationale
