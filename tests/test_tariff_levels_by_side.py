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

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.article import presupposed
from analysis.data import goods
from analysis.evidence import rate_named, tariff_sides
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


# --- each side's level in force on the article's date (review of round 36, rev36) -------


def test_a_side_s_old_band_is_no_level_in_force(tmp_path: Path) -> None:
    # China's 20% band of its 2019 list is no level of August 2025 (10% since Geneva)
    wrong = TOLD.replace("10%", "20%")
    found = dated_verdicts(tmp_path, wrong, "2025-08-30")
    x = verdict_about(found, "around 30%")
    assert x.verdict != Label.SUPPORTED, x.rationale


def test_the_levels_in_force_are_those_not_replaced_by_the_day() -> None:
    catalog = measures.measures()
    catalog = catalog.loc[catalog["announced"] <= pd.Timestamp("2025-08-30")]
    live = rate_named.rows_in_force(catalog, pd.Timestamp("2025-08-30"))
    china = live.loc[live["side"] == "CHN"]
    every = china.loc[china["goods"].map(lambda g: goods.ALL_GOODS in g), "rate_pct"]
    # 34% raised to 84% and 125%, then cut to 10%: only the last is in force
    assert sorted(every) == [10.0]
    # before Geneva (announced 12 May), the 125% of 11 April was China's level
    before = catalog.loc[catalog["announced"] <= pd.Timestamp("2025-04-30")]
    live = rate_named.rows_in_force(before, pd.Timestamp("2025-04-30"))
    china = live.loc[live["side"] == "CHN"]
    assert sorted(china.loc[china["goods"].map(lambda g: goods.ALL_GOODS in g), "rate_pct"]) == [
        125.0
    ]


def test_levels_in_force_before_geneva_are_read_as_of_that_day(tmp_path: Path) -> None:
    told = TOLD.replace("Under the truce, tariffs", "For now, tariffs").replace("30%", "145%")
    found = dated_verdicts(tmp_path, told.replace("10%", "125%"), "2025-04-30")
    assert verdict_about(found, "around 145%").verdict == Label.SUPPORTED
    (tmp_path / "old").mkdir()
    found = dated_verdicts(tmp_path / "old", told.replace("10%", "34%"), "2025-04-30")
    assert verdict_about(found, "around 145%").verdict != Label.SUPPORTED
