"""A foreign direct product rule told by its reach, not its name: a clause saying a product
is subject to the controls "if it is made using U.S. technology" (or "if Chinese technology
is used" in its making) names that rule, which the catalog records by title, rather than
taking a measure as given (round 32, fcm32: Korea Times US, Asiae). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about


def test_a_product_made_with_us_technology_names_the_us_rule(tmp_path: Path) -> None:
    """The US foreign direct product rules of 2 December 2024 bear it out."""
    x = checked_about(
        tmp_path,
        "Last week the BIS issued new chip rules, under which a chip, made abroad, is also "
        "subject to restrictions if it is made with American software or equipment.",
        "2024-12-10",
        "subject to restrictions",
    )
    assert (x.verdict, x.rule) == ("supported", "measure in the catalog")
    assert "foreign direct product" in x.rationale


def test_chinese_technology_used_names_china_s_rule(tmp_path: Path) -> None:
    """The condition before the clause counts: China's rare-earth controls with
    extraterritorial reach of 9 October 2025."""
    x = checked_about(
        tmp_path,
        "China widened its rare earth controls on October 9. If Chinese technology was used "
        "in refining abroad, the magnet becomes subject to these controls.",
        "2025-10-20",
        "becomes subject",
    )
    assert (x.verdict, x.rule) == ("supported", "measure in the catalog")
    assert "extraterritorial" in x.rationale


def test_no_condition_still_takes_the_measure_as_given(tmp_path: Path) -> None:
    """Twin: without the condition, the clause says only that a product is subject to
    controls told before, which the catalog does not record."""
    x = checked_about(
        tmp_path,
        "China widened its rare earth controls on October 9. Furthermore, the magnet "
        "becomes subject to these controls.",
        "2025-10-20",
        "becomes subject",
    )
    assert x.verdict == "not checkable"
    assert "takes the measure as given" in x.rationale


def test_a_listing_naming_its_own_list_keeps_its_listing(tmp_path: Path) -> None:
    """Review of round 32: a reach condition elsewhere in the sentence renamed a listing on
    China's unreliable entity list as the rare-earth rule of October, refuting its day. The
    claim names its own list, so the condition names no rule for it."""
    x = checked_about(
        tmp_path,
        "China added 11 US companies to its unreliable entity list on April 4, while a magnet "
        "produced abroad is subject to the controls if it is produced using Chinese technology.",
        "2025-10-20",
        "unreliable entity list",
    )
    assert (x.verdict, x.rule) == ("supported", "measure in the catalog")
    assert "extraterritorial" not in x.rationale
