"""Faults found reading four new articles as a user would (round 42, branch user42), on
made-up sentences dated as an article of that day would be: a trade figure laid to a measure
in a participle after a comma ("imports declined for a sixth month, reflecting the toll of a
year of tariffs") takes the measure as given; a sibling clause's measure lends no action to a
clause that states a trade figure of its own."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.article import presupposed
from analysis.vocab import Label

_DAY = "2020-01-07"


def test_a_trade_figure_laid_to_a_measure_takes_the_measure_as_given():
    for text in (
        "imports declined for a sixth straight month, reflecting the toll of more than a year "
        "of tariffs",
        "exports of soybeans fell sharply, weighed down by the retaliatory tariffs",
        "imports of steel dropped, driven by the new duties",
    ):
        assert presupposed.adjunct_only(text), text


def test_a_measure_of_the_clauses_own_is_still_read():
    # controls: the measure stands outside the aside, or the participle opens no aside
    for text in (
        "China imposed tariffs on US soybeans, reflecting its anger at the chip controls",
        "The United States raised tariffs on Chinese steel, hit by overcapacity",
        "The rules reflecting the new tariffs were published in May",
    ):
        assert not presupposed.adjunct_only(text), text


def test_a_monthly_decline_laid_to_tariffs_is_not_supported_by_a_tariff(tmp_path):
    text = (
        "The deficit with China shrank in November. Imports declined for a sixth straight "
        "month, reflecting the toll of more than a year of tariffs."
    )
    x = first_verdict_with(tmp_path, text, _DAY, "sixth straight month")
    assert x.verdict == Label.NOT_CHECKABLE
    # control: the tariffs imposed in their own clause are still checked against the catalog
    own = "The United States imposed tariffs on $200 billion of Chinese goods in September 2018."
    y = first_verdict_with(tmp_path, own, _DAY, "imposed tariffs")
    assert y.verdict == Label.SUPPORTED
