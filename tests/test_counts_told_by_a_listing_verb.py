"""A count of parties told by a listing verb alone ("23 Chinese firms were listed"), and the
affiliates a named party owns ("Huawei's 68 affiliates") counted with it (docs/factcheck-log.md,
"Counts over several rounds, running totals and ranks that moved (round 34, branch fx34c)").
Made-up sentences; the figures are the bundled rules' (23 Chinese of 32 announced on 12
September 2025; Huawei and 68 affiliates in May 2019)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


@pytest.mark.parametrize(("count", "label"), [(23, Label.SUPPORTED), (40, Label.UNSUPPORTED)])
def test_a_count_a_listing_verb_takes_is_an_entity_list_count(tmp_path, count, label):
    text = f"Washington widened its export blacklist this week. {count} Chinese firms were listed."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-09-13"), f"{count} Chinese firms")
    assert (x.verdict, x.rule) == (label, "entity list count"), x.rationale


def test_a_named_partys_affiliates_count_with_it(tmp_path):
    text = "The Commerce Department listed 26 addresses for Huawei's 68 affiliates on Thursday."
    x = verdict_about(dated_verdicts(tmp_path, text, "2019-05-17"), "68 affiliates")
    assert (x.verdict, x.rule) == (Label.SUPPORTED, "entity list count"), x.rationale
    assert "69 with the party named" in x.rationale


def test_a_count_another_lists_keeper_names_is_no_entity_list_count(tmp_path):
    text = "The Pentagon named 40 Chinese firms with military ties on Thursday."
    found = dated_verdicts(tmp_path, text, "2021-01-15")
    x = verdict_about(found, "40 Chinese firms")
    assert x.rule != "entity list count", x.rationale
