"""Counts of parties added whose list is named elsewhere, counts of entries, and trade
figures of a clause of contrast, of a compared year and of the extreme of a change (round
32, branch fck32). Made-up sentences, dated as an article of that day would be."""

from __future__ import annotations

from conftest import checked_about, first_verdict_with

from analysis.vocab import Label


def test_parties_added_without_the_list_named_are_an_entity_list_count(tmp_path):
    # the Entity List is named in the sentence before; "added 68 other firms" counts its
    # entries (69 in the rule of May 2019, Huawei and 68 affiliates)
    text = (
        "The Commerce Department put Huawei on the Entity List on Thursday. "
        "The bureau also added 68 other firms, mainly its affiliates abroad."
    )
    x = first_verdict_with(tmp_path, text, "2019-05-17", "68 other firms")
    assert x.rule == "entity list count"
    assert x.verdict == Label.PARTLY  # 68 of 69 entries: near, not equal
    assert "69 entries" in x.rationale


def test_a_count_of_entries_reads_the_rules_count_basis(tmp_path):
    # the rule of 9 October 2025 lists 26 entities under 29 entries (three addresses)
    text = "Washington is adding 29 entries to the trade blacklist, the department said."
    x = first_verdict_with(tmp_path, text, "2025-10-09", "29 entries")
    assert x.rule == "entity list count"
    assert x.verdict == Label.SUPPORTED
    assert "29 entries incl. 3 addresses" in x.rationale


def test_the_figure_after_while_is_of_the_flow_that_clause_names(tmp_path):
    text = (
        "In 2023 the United States imported $427 billion of goods from China while "
        "exporting just $148 billion to it."
    )
    x = checked_about(tmp_path, text, "2024-06-01", "$427 billion")
    assert x.verdict == Label.SUPPORTED
    assert "exports with China in 2023: $147.6 bn" in x.rationale


def test_a_year_compared_with_is_not_the_figures_year(tmp_path):
    # the 2019 change of the balance (-18.1%), the record being 2018's
    text = (
        "The goods deficit with China shrank 18 per cent to $343 billion after hitting a "
        "record in 2018, government figures showed."
    )
    x = first_verdict_with(tmp_path, text, "2020-02-06", "shrank 18 per cent")
    assert x.verdict == Label.SUPPORTED
    assert "from $418.2 bn in 2018 to $342.6 bn in 2019" in x.rationale


def test_the_biggest_drop_is_an_extreme_of_the_yearly_change(tmp_path):
    # exports fell 11.5% in 2019, lower than any yearly change since 2003 though not the
    # lowest level; "exceeding the fall in 2009" names another year's change
    text = (
        "Imports from China fell 16 per cent last year, exceeding the fall in 2009, while "
        "exports to China dropped 11.5 per cent, the biggest drop since at least 2003."
    )
    x = first_verdict_with(tmp_path, text, "2020-02-06", "dropped 11.5 per cent")
    assert x.verdict == Label.SUPPORTED
    assert "-11.5% on the year before" in x.rationale
    assert "every year since 2003 was higher" in x.rationale


def test_a_biggest_rise_that_is_not_one_is_unsupported(tmp_path):
    # 2019's exports fell: no yearly rise at all, so not the biggest since 2010
    text = "Exports to China rose 3 per cent in 2019, the biggest increase since 2010."
    x = first_verdict_with(tmp_path, text, "2020-03-01", "rose 3 per cent")
    assert x.verdict in (Label.UNSUPPORTED, Label.PARTLY)
    assert "on the year before" in x.rationale
