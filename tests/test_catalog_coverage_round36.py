"""Catalog coverage (round 36, data36; docs/factcheck-log.md, "Catalog coverage of the
measures, round 36"): the Export Control Law named by its abbreviation, a scope clause in
wire copy whose measure lies several one-sentence paragraphs back, a measure's day in the
official journal as a day it was introduced, and the plural wordings of rare-earth
technologies. Made-up sentences, checked against the bundled catalog."""

from __future__ import annotations

import pandas as pd
from conftest import checked_about

from analysis.analyses import measures
from analysis.data import goods


def _row(measure_id: str) -> pd.Series:
    table = measures.measures()
    return table.loc[table["measure_id"] == measure_id].iloc[0]


def test_the_ecl_on_its_own_day_is_supported(tmp_path):
    text = (
        'China passed the Export Control Law (the "ECL") on October 17, 2020. '
        "The ECL will become effective on December 1, 2020."
    )
    x = checked_about(tmp_path, text, "2020-11-05", "ECL will")
    assert x.verdict == "supported", x


def test_the_ecl_on_another_day_is_unsupported(tmp_path):
    text = (
        'China passed the Export Control Law (the "ECL") on October 17, 2020. '
        "The ECL took effect on 1 January 2021."
    )
    x = checked_about(tmp_path, text, "2021-03-01", "ECL took")
    assert x.verdict == "unsupported", x


def test_a_scope_several_wire_paragraphs_back_is_judged_against_its_measure(tmp_path):
    text = (
        "China will restrict exports of antimony and related products, its commerce "
        "ministry said on Thursday.\n\n"
        "China accounted last year for 48% of world mined output of antimony.\n\n"
        "The ministry said the curbs were not aimed at any particular country.\n\n"
        "The limits apply to six kinds of antimony products, including antimony ore "
        "and antimony metal."
    )
    x = checked_about(tmp_path, text, "2024-08-15", "The limits apply")
    assert x.rule == "scope of the measure referred to", x
    assert x.verdict == "supported", x


def test_a_measure_of_its_own_between_breaks_the_reference(tmp_path):
    text = (
        "China will restrict exports of antimony, its commerce ministry said on Thursday.\n\n"
        "The ministry also said it would restrict exports of graphite in December.\n\n"
        "The ministry said the curbs were not aimed at any particular country.\n\n"
        "The limits apply to six kinds of antimony products, including antimony ore "
        "and antimony metal."
    )
    x = checked_about(tmp_path, text, "2024-08-15", "The limits apply")
    assert x.verdict != "supported", x


def test_plural_rare_earth_technologies_are_the_technology_good():
    for words in (
        "rare earth extraction and separation technologies",
        "rare-earth extraction technologies",
    ):
        assert goods.resolve(words) == "rare_earth_technology", words


def test_unreliable_entity_rounds_have_their_effective_day():
    for measure_id in (
        "chn-2023-02-16-uel-lockheed-raytheon",
        "chn-2025-04-04-uel-eleven-drone-defense-firms",
    ):
        row = _row(measure_id)
        assert row["effective"] == row["announced"], measure_id


def test_an_unreliable_entity_round_effective_that_day_is_supported(tmp_path):
    text = "Effective April 4, China added 11 U.S. entities to its unreliable entity list."
    x = checked_about(tmp_path, text, "2025-04-04", "Effective April 4")
    assert x.verdict == "supported", x
