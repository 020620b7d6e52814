"""Readings for US measures on chips and technology (the fcm10 batch's classes): rules or an
export framework named by a verb of making them; an administration named after a president
acts in his terms only. Made-up sentences."""

from __future__ import annotations

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.article.measure_reading import action
from analysis.evidence import catalog_scope
from analysis.vocab import Label


def test_rules_issued_with_no_other_measure_word_are_a_restriction():
    # "curtail" and "reach" are no measure words: only "issued rules" makes it one
    assert action("The Commerce Department issued rules to curtail Beijing's reach") == (
        "restriction"
    )
    assert action("Washington introduces rules to slow China's chipmakers") == "restriction"
    # new rules being implemented are issued too
    assert action("with officials implementing new rules to close loopholes") == "restriction"


def test_an_export_framework_established_is_a_restriction():
    assert action("The administration had established an export control framework") == (
        "restriction"
    )
    assert action("Officials established the export framework last year") == "restriction"


def test_rules_named_by_a_participle_after_the_or_newly_refer_back_they_are_not_issued():
    # the rules told before, not a measure of the clause's own
    assert action("The newly adopted rules worry chipmakers") == ""
    assert action("The issued rules worry chipmakers") == ""
    # nor is any framework a measure: a trade framework agreed is not an export control
    assert action("The two sides established a framework for talks") == ""


def test_a_headline_on_rules_issued_that_day_is_checked_against_the_day_s_measure(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "White House issues rules to curtail China's access to advanced computing chips",
        "2022-10-07",
    )
    x = verdict_about(found, "issues rules")
    assert x.claim.frame.kind == "measure"
    assert x.verdict == Label.SUPPORTED


def test_an_administration_named_after_a_president_acts_only_in_his_terms():
    table = measures.measures()
    biden = catalog_scope.in_term(table, "Biden administration")
    trump = catalog_scope.in_term(table, "Trump administration")
    assert not biden.empty and not trump.empty
    days = pd.to_datetime(biden["announced"])
    assert days.min() >= pd.Timestamp("2021-01-20") and days.max() < pd.Timestamp("2025-01-20")
    # both terms of a president who served two
    years = set(pd.to_datetime(trump["announced"]).dt.year)
    assert {2019, 2025} <= years and 2022 not in years
    # a government not named after a person, or no president of that name: all measures
    assert len(catalog_scope.in_term(table, "US administration")) == len(table)
    assert len(catalog_scope.in_term(table, "Smith administration")) == len(table)
    assert len(catalog_scope.in_term(table, None)) == len(table)


def test_an_administration_s_undated_measure_is_matched_within_its_term(tmp_path):
    # undated, no goods: the latest restriction by the US before the article would be of
    # the next president's term; the administration named bounds the match
    found = dated_verdicts(
        tmp_path, "The Biden administration had established an export framework.", "2025-05-14"
    )
    x = verdict_about(found, "export framework")
    assert x.verdict == Label.SUPPORTED
    rows = measures.measures().set_index("measure_id")
    for evidence in x.evidence:
        for measure_id in evidence.values:
            assert rows.loc[measure_id, "announced"] < pd.Timestamp("2025-01-20")


def test_rules_in_ordinary_prose_are_no_measure():
    # review item 2: rules followed, praised or worried about are not rules made; "rules"
    # is a measure only with what they restrict after the verb of making them
    assert action("Both countries should follow established rules.") == ""
    assert action("The WTO adopted rules on e-commerce in 2024.") == ""
    assert action("Its recently issued rules worry chipmakers.") == ""
    assert action("China's newly-issued rules worry chipmakers.") == ""
    assert action("Beijing flouts long-established rules of global trade.") == ""
    # controls: rules made with what they restrict still are
    assert action("Beijing issued rules restricting exports of drone parts.") == "restriction"
    assert action("Beijing adopted rules on exports of drone parts.") == "restriction"


def test_long_established_rules_are_no_new_measure_of_the_country_named(tmp_path):
    found = dated_verdicts(
        tmp_path, "China flouts long-established rules of global trade, the US said.", "2024-06-01"
    )
    assert all(x.claim.frame.kind != "measure" for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]
