"""Tariff levels told of both sides in one clause, each rate on its side (round 36, branch
fx36a; Gaya One: "Under this agreement, tariffs are generally around 30% on Chinese imports
into the U.S. and 10% on U.S. goods entering China" abstained twice: the clause was read as
taking the tariffs as given, and the two rates as China's alone).

- a measure named as its clause's subject with a verb of being and a rate as its predicate
  tells the measure's level (`level_verbs` in data/lexicon/claims.yaml), which the tariff
  table records: the clause is not one that takes the measure as given;
- the words after each rate put it on one of the two sides (`tariff_sides.owners`): each
  rate is looked for among the other side's measures only."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article import presupposed
from analysis.evidence import tariff_sides
from analysis.vocab import Label

TOLD = (
    "Under the truce, tariffs are generally around 30% on Chinese imports into the U.S. and "
    "10% on U.S. goods entering China."
)


def test_a_level_told_as_the_predicate_is_not_a_measure_taken_as_given() -> None:
    assert not presupposed.given_subject("tariffs are generally around 30% on Chinese imports")
    assert not presupposed.given_subject("the duty stands at 25% on US cars")
    # the measure's other attributes are still what a given subject says of it
    assert presupposed.given_subject("The tariffs were confirmed by the ministry")


def test_each_rate_is_set_by_the_side_other_than_the_one_it_falls_on() -> None:
    text = "tariffs are around 30% on Chinese imports and 10% on U.S. goods entering China"
    spots = [(text.index("30%"), text.index("30%") + 3), (text.index("10%"), text.index("10%") + 3)]
    assert tariff_sides.owners(text, spots) == ("USA", "CHN")
    # both rates on one side: no side for each
    same = "tariffs of 30% on Chinese imports and 10% on Chinese steel"
    spots = [(same.index("30%"), same.index("30%") + 3), (same.index("10%"), same.index("10%") + 3)]
    assert tariff_sides.owners(same, spots) == ()


def test_the_two_sides_levels_after_geneva_are_supported(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, TOLD, "2025-08-30")
    x = verdict_about(found, "around 30%")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "each is read as the other side's" in x.rationale


def test_the_sides_swapped_are_not_supported(tmp_path: Path) -> None:
    swapped = TOLD.replace("30%", "X").replace("10%", "30%").replace("X", "10%")
    found = dated_verdicts(tmp_path, swapped, "2025-08-30")
    assert verdict_about(found, "around 10%").verdict != Label.SUPPORTED
