"""A tariff claim stating a range of rates ("duties of 10 to 25 percent", round 34, fx34t):
both ends are rates the claim states. With the trade the actor's lists cover together
("on $250 billion": Lists 1-3 in early 2019, at 25%, 25% and 10%), the range is judged
against the summed lists when every list sets a rate within it and each end is set by one
of them; a range that leaves a list's rate out is not decided; a change "from ... A-B% to
C%" is no range."""

from __future__ import annotations

from conftest import checked_about

from analysis.evidence.tariff_stated import _low_end
from analysis.vocab import Label


def test_range_on_summed_lists_is_supported(tmp_path) -> None:
    text = "The US has imposed duties of 10 to 25 percent on $250 billion of Chinese goods."
    found = checked_about(tmp_path, text, "2019-02-20", "250 billion")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "tariff rate"
    assert "the claim says 10%, 25%" in found.rationale
    assert "sum of the actor's tariff lists" in found.rationale


def test_range_leaving_a_list_out_is_not_decided(tmp_path) -> None:
    text = "The US has imposed duties of 15 to 25 percent on $250 billion of Chinese goods."
    found = checked_about(tmp_path, text, "2019-02-20", "250 billion")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "sum of the actor's tariff lists" not in found.rationale


def test_low_end_of_a_range_and_not_of_a_change() -> None:
    assert _low_end("10 to 25 percent", "duties of ") == 10.0
    assert _low_end("5% to 25%", "taxes of ") == 5.0
    assert _low_end("25 percent", "duties of ") is None
    assert _low_end("7.5% to 25%", "will rise from the current 0-") is None
