"""A tariff claim stating a rate with the trade it covers, when that trade is the sum of the
actor's lists (round 33, cov33: "25 percent tariffs on about $250 billion", Lists 1-3): the
rate is judged against each summed list's rates; a change of them, or a rate one list does
not set, is left not checkable."""

from __future__ import annotations

from conftest import checked_about

from analysis.vocab import Label


def test_rate_on_summed_lists_is_supported(tmp_path) -> None:
    text = "The White House keeps 25% duties on roughly $250 billion of Chinese goods in place."
    found = checked_about(tmp_path, text, "2020-02-03", "250 billion")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "tariff rate"
    assert "sum of the actor's tariff lists" in found.rationale
    assert "section-301-list-3-increase-25" in found.rationale


def test_rate_a_summed_list_does_not_set_is_not_decided(tmp_path) -> None:
    text = "The White House keeps 10% duties on roughly $250 billion of Chinese goods in place."
    found = checked_about(tmp_path, text, "2020-02-03", "250 billion")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "sum of the actor's tariff lists" not in found.rationale


def test_change_of_summed_lists_is_not_decided(tmp_path) -> None:
    text = "The White House will lower its 25% duties on roughly $250 billion of Chinese goods."
    found = checked_about(tmp_path, text, "2020-02-03", "250 billion")
    assert found.verdict == Label.NOT_CHECKABLE
