"""Counts of Entity List additions summed over rounds the claim names, and running totals
told "as of now" (docs/factcheck.md, "Counts over several rounds, running totals and ranks
that moved (round 34, branch fx34c)"). Made-up sentences; the figures are the bundled
rules' (28 in October 2019; 9 and 24 on 5 June 2020; 69 and 46 naming Huawei in 2019)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


def test_two_rounds_named_by_month_are_added_up(tmp_path):
    text = (
        "The new listings follow two earlier rounds in October 2019 and June 2020 that "
        "together added 37 entities to the Entity List."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2020-07-25"), "37 entities")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "entity list count"
    assert "sums to" in x.rationale and "37" in x.rationale


def test_a_sum_no_two_rounds_make_is_unsupported(tmp_path):
    text = (
        "The new listings follow two earlier rounds in October 2019 and June 2020 that "
        "together added 90 entities to the Entity List."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2020-07-25"), "90 entities")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_partys_running_total_the_rules_naming_it_reach_is_supported(tmp_path):
    text = (
        "Since May, Commerce has added more than 110 organizations to the Entity List in "
        "connection with Huawei."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2019-08-22"), "110 organizations")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "69 + 46 = 115" in x.rationale


def test_a_partys_running_total_above_the_rules_stays_open(tmp_path):
    """The rules table is a selection: a sum short of the claim may lack a round."""
    text = (
        "Since May, Commerce has added more than 300 organizations to the Entity List in "
        "connection with Huawei."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2019-08-22"), "300 organizations")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "running total" in x.rationale


def test_a_standing_count_as_of_now_is_not_checkable(tmp_path):
    text = "As of now, more than 900 Chinese firms have been included in the Entity List."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-09-20"), "900 Chinese firms")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
