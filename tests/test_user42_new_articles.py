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


def _frame(tmp_path, text: str, words: str):
    return first_verdict_with(tmp_path, text, _DAY, words)


def test_a_flows_change_in_money_borrows_no_measure_from_its_sentence(tmp_path):
    text = (
        "The deficit with China shrank in November. Exports to the Asian nation rose by $1.4 "
        "billion, the most since February, while imports declined for a sixth straight month, "
        "reflecting the toll of more than a year of tariffs."
    )
    x = _frame(tmp_path, text, "rose by $1.4 billion")
    assert x.claim.frame.kind == "trade"
    assert x.verdict == Label.NOT_CHECKABLE


def test_a_measures_own_amount_still_reads_as_the_measure(tmp_path):
    # controls: an amount of goods a tariff covers (a value, no change), a measure's own
    # verb, and a change that is a tariff rate, keep their measure
    covered = (
        "The United States imposed tariffs on two lists of Chinese goods in 2018, covering "
        "$50 billion of imports from China."
    )
    assert _frame(tmp_path, covered, "covering").claim.frame.action == "tariff"
    own = "Washington raised tariffs on Chinese imports by $200 billion in May 2019."
    assert _frame(tmp_path, own, "raised tariffs").claim.frame.kind == "measure"


def test_a_listing_counted_on_its_press_release_day_is_supported(tmp_path):
    # BIS announced the 11 additions of 90 FR 4617 on 15 January 2025, a day before the
    # Federal Register printed them (entity_list_rules `announced`, sourced)
    text = "Today, the Bureau of Industry and Security added 11 entities to the Entity List."
    x = first_verdict_with(tmp_path, text, "2025-01-15", "11 entities")
    assert x.verdict == Label.SUPPORTED
    # control: the day before, nothing of the kind was public yet
    y = first_verdict_with(tmp_path, text, "2025-01-14", "11 entities")
    assert y.verdict != Label.SUPPORTED


def _measure_ids(x) -> set[str]:
    """The measures a verdict cites (its evidence's values are keyed by measure id)."""
    return {str(k) for e in x.evidence if e.dataset == "measures" for k in e.values}


def test_an_undated_restriction_on_goods_is_the_rule_of_its_day_not_the_listing(tmp_path):
    # the advanced-computing rule and the Unverified List additions share 7 October 2022:
    # a restriction on the rule's goods, undated, is the rule (user41's Sidley Austin)
    text = (
        "The United States restricted exports of advanced computing chips and semiconductors "
        "to China."
    )
    x = first_verdict_with(tmp_path, text, "2022-11-09", "restricted exports")
    assert x.verdict == Label.SUPPORTED
    assert any("advanced-computing-rule" in m for m in _measure_ids(x)), _measure_ids(x)
    # control: a listing claim of that day still takes the listing
    listed = "The United States added 31 Chinese entities to the Unverified List."
    y = first_verdict_with(tmp_path, listed, "2022-11-09", "Unverified List")
    assert not any("advanced-computing-rule" in m for m in _measure_ids(y)), _measure_ids(y)
