"""Counts of Entity List additions summed over rounds the claim names, and running totals
told "as of now" (docs/factcheck-log.md, "Counts over several rounds, running totals and ranks
that moved (round 34, branch fx34c)"). Made-up sentences; the figures are the bundled
rules' (28 in October 2019; 9 and 24 on 5 June 2020; 69 and 46 naming Huawei in 2019)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


@pytest.mark.parametrize(("count", "label"), [(37, Label.SUPPORTED), (90, Label.UNSUPPORTED)])
def test_two_rounds_named_by_month_are_added_up(tmp_path, count, label):
    text = (
        "The new listings follow two earlier rounds in October 2019 and June 2020 that "
        f"together added {count} entities to the Entity List."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2020-07-25"), f"{count} entities")
    assert (x.verdict, x.rule) == (label, "entity list count"), x.rationale
    assert "sums to 37, 52, 61" in x.rationale


@pytest.mark.parametrize(
    ("count", "label", "said"),
    [(110, Label.SUPPORTED, "69 + 46 = 115"), (300, Label.NOT_CHECKABLE, "running total")],
)
def test_a_partys_running_total_is_supported_only_when_the_rules_naming_it_reach_it(
    tmp_path, count, label, said
):
    """The rules table is a selection: a sum short of the claim may lack a round."""
    text = (
        f"Since May, Commerce has added more than {count} organizations to the Entity List in "
        "connection with Huawei."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2019-08-22"), f"{count} organizations")
    assert x.verdict == label, x.rationale
    assert said in x.rationale


def test_a_standing_count_as_of_now_is_not_checkable(tmp_path):
    text = "As of now, more than 900 Chinese firms have been included in the Entity List."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-09-20"), "900 Chinese firms")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "running total" in x.rationale
