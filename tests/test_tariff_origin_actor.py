"""Who imposes a tariff on one side's goods (round 33, branch abs33): the other side, when
the claim names no one acting or names the goods' side as its actor while someone of the
other side stands before the tariff word. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.vocab import Label


def test_a_tariff_on_imports_from_china_is_the_us_one(tmp_path: Path) -> None:
    """No actor named: the $18 bn coverage of the 2024 four-year review decides."""
    found = checked_about(
        tmp_path,
        "It is part of higher tariffs on $18 billion worth of imports from China.",
        "2024-05-20",
        "$18 billion",
    )
    assert found.claim.frame.actor_country == "USA"
    assert found.verdict == Label.SUPPORTED
    assert "coverage matches" in found.rationale


def test_a_person_before_the_tariff_word_beats_the_goods_side_named_after(
    tmp_path: Path,
) -> None:
    """ "Beijing's" after the tariff is not the actor of a tariff on Chinese imports."""
    found = checked_about(
        tmp_path,
        "By then Trump had imposed tariffs on $360 billion worth of Chinese imports in a "
        "fight over Beijing's industrial plans.",
        "2020-02-10",
        "$360 billion",
    )
    assert found.claim.frame.actor_country == "USA"
    assert found.verdict == Label.SUPPORTED


def test_the_answered_measure_lends_no_goods_side(tmp_path: Path) -> None:
    """ "in response to tariffs on Chinese products" is the other measure's: China acts."""
    found = checked_about(
        tmp_path,
        "China said it would impose tariffs on several U.S. imports in response to "
        "Washington's tariffs on Chinese products.",
        "2025-02-05",
        "China said",
    )
    assert found.claim.frame.actor_country == "CHN"


def test_goods_of_both_sides_choose_no_imposer(tmp_path: Path) -> None:
    """Chinese and US goods both named: nothing is inferred, the frame's actor stands."""
    from analysis.article import tariff_origin

    assert tariff_origin.imposer(frozenset({"USA", "CHN"})) is None
    assert tariff_origin.imposer(frozenset({"CHN"})) == "USA"
    assert tariff_origin.imposer(frozenset({"CAN"})) is None
