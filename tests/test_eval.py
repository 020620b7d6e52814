"""The fact-check scored on the evaluation corpus (`workbook eval`, eval/).

Floors: the scores this round reached, so a change that makes the fact-check worse on real
articles fails here. They are below the issue's targets (`evaluation.TARGETS`); the
targets themselves are checked by a strict expected failure, which starts failing (as an
unexpected pass) the day they are met, so that the floors are raised then.
"""

from __future__ import annotations

import json

import pytest
from conftest import HELD_OUT, aggregates

from analysis import cli
from analysis.evidence import evaluation
from analysis.vocab import Label

# Reached on each half (docs/factcheck.md, "Evaluation"); rates as fractions. The dev
# accuracy and false-decision floors went from 0.90 and 0.08 to 0.88 and 0.09 in round 21:
# eleven blind batches joined the half, one (fcm6's) with its misses and no rules.
# Round 22: the false-decision floor 0.09 -> 0.10, as fcq8's batch joined with its misses
# and no rules (its rules, like fcl8's, took the held-out false decisions above their floor).
# Round 23: 0.10 -> 0.11, as fcm10's and fcx10's batches joined with the false decisions
# their honest keys keep (one-article classes, no rule written): fcm10 50/533 -> 55/544
# (0.101); fcx10's six explainers and timelines add 22 undecidable claims, 10 decided blind.
# The probe floor 0.95 -> 0.93, as fcp10's 66 new probes, keyed by hand before any run,
# joined: 84/90 right after its fixes; the six left are verdicts by absence or documented
# tolerances (see docs/factcheck.md), not loosened for probes.
# Then 0.93 -> 0.84, as fcp11's 56 measure probes, keyed by hand before any run, joined:
# 35/56 blind, 39/56 after five core fixes (123/146 in all); the misses left need data the
# catalog lacks, or readings listed in docs/factcheck-log.md ("Probes of round 23").
# fcp12's 30 probes kept it at 0.84 (148/176); then 0.84 -> 0.79, as fcp13's 24 probes in
# journalists' wording of figures ("more than doubled", "second only to", "nine in ten"),
# keyed by hand before any run, joined: 10/24 blind, 11/24 after one fix (159/200 in all);
# the misses are frames the reader lacks (ratios of flows, ranks by "second only to").
# fcr14 built those frames (a place behind only one party, tenths, a fraction as a figure,
# a flow as a multiple, a class's count) and 16 more probes keyed before any run (2/16
# blind, 16/16 after): 191/216 in all, so the floor goes up from 0.79 to 0.88.
# Then 0.88 -> 0.87, as fcp15's 24 measure probes in wordings the corpus rarely has, keyed
# by hand before any run, joined: 14/24 blind, 15/24 after one core fix (238/272 in all).
# Then 0.87 -> 0.86, as fco16's 30 office probes (titles after a name, in appositives, set
# off by commas), keyed by hand from the officials table before any run, joined: 14/30
# blind, 24/30 after (262/302 = 0.868 in all); of the six left, four quoted speakers' office
# claims are right but the sentence is scored on the wider quotation's claim, and two are a
# list of names whose pairing with offices the reader leaves alone (docs/factcheck-log.md).
# The dev accuracy floor went from 0.88 to 0.87 with branch blind22's five blind articles
# of China's measures, keyed by hand before any run: 16/27 right blind, so the half went from
# 956/1079 (0.886) to 972/1106 (0.879); the misses are listed in docs/factcheck-log.md ("Blind
# batch of round 26 (branch blind22)"). The round's later rules and data took the half to
# 1030/1168 (0.882), so the floor is back at 0.88.
# It went from 0.88 to 0.87 again with branch blind31's five blind articles of round 28, on
# the merged code (Gulf News, BusinessWatch, UNB, Sri Lanka Mirror, Business Insider Africa),
# keyed by hand before any run: 19/27 right blind, so the half went from 1147/1299 (0.883)
# to 1166/1326 (0.879); by the brief no rule was written for them, and the misses are listed
# in docs/factcheck-log.md ("Blind batch of round 28 on the merged code (branch blind31)").
# Round 32: the held-out half grew from 16 to 34 articles (branches held32a, held32b and
# held32c: eighteen articles of new outlets, keyed by hand from the tables before and
# without any run of the tool, never tuned on). Its false-decision floor went from 0.12 to
# 0.21: the half reads 25/124 (0.202) with them, against 5/47 before; accuracy 52/82 ->
# 129/200 (0.645), detection 0.82. The eighteen alone: right 77/118, false decisions 20/77
# (aggregates only, on main at 6b4f5f0).
FLOORS = {
    "dev": {"detection": 0.85, "accuracy": 0.88, "false_decisions": 0.08, "probes": 0.86},
    "test": {"detection": 0.80, "accuracy": 0.66, "false_decisions": 0.20, "probes": 0.85},
}


@pytest.fixture
def report(evaluated) -> dict:
    return evaluated


def _rates(report: dict, split: str) -> dict[str, float]:
    r = report["splits"][split]
    c = r["claims"]
    return {
        "detection": c["detection"],
        "accuracy": c["accuracy"],
        "false_decisions": c["false_decision_rate"],
        "later_evidence": c["later_evidence"],
        "probes": r["probes"]["accuracy"],
    }


@pytest.mark.parametrize("split", evaluation.SPLITS)
def test_scores_do_not_fall_below_what_was_reached(report, split):
    got, floor = _rates(report, split), FLOORS[split]
    assert got["detection"] >= floor["detection"], got
    assert got["accuracy"] >= floor["accuracy"], got
    assert got["false_decisions"] <= floor["false_decisions"], got
    assert got["probes"] >= floor["probes"], got


@pytest.mark.parametrize("split", evaluation.SPLITS)
def test_no_verdict_rests_on_data_published_after_the_article(report, split):
    assert _rates(report, split)["later_evidence"] == 0
    later = [s for s in report["splits"][split].get("scored", ()) if s["later_evidence"]]
    assert later == []


@pytest.mark.parametrize("split", evaluation.SPLITS)
def test_no_claim_checked_has_evidence_dated_after_its_article(report, split):
    # every claim checked (keyed or not, and the probes): items out after the article are
    # under `later`, none among the deciding `evidence` (round 36, later36)
    tally = report["splits"][split]["as_of"]
    assert tally["verdicts"] > 0 and tally["evidence_after"] == 0
    if split == "dev":  # the rule is at work: later items were set apart
        assert tally["later"] > 0


def test_the_session_keeps_no_per_item_result_of_the_held_out_half(report):
    # The report the session's process writes to its temporary folder (conftest.py) holds the
    # held-out half's scores only: never its scored claims nor its articles' entity details.
    # (Keys compared only: a failure must not print the held-out half's items.)
    held = report["splits"][HELD_OUT]
    keys, entity_keys = set(held), set(held["entities"])
    assert "scored" not in keys and "details" not in entity_keys
    assert held["claims"]["claims"] and held["entities"]["all"]["keyed"]
    assert report["splits"]["dev"]["scored"] and report["splits"]["dev"]["entities"]["details"]


def test_aggregates_drop_the_held_out_items_only():
    made_up = {
        "targets": {},
        "splits": {
            s: {"claims": {"claims": 1}, "scored": [{"text": "x"}], "entities": {"details": [1]}}
            for s in ("dev", HELD_OUT)
        },
    }
    got = aggregates(made_up)
    assert got["splits"][HELD_OUT] == {"claims": {"claims": 1}, "entities": {}}
    assert got["splits"]["dev"] == made_up["splits"]["dev"]
    assert made_up["splits"][HELD_OUT]["scored"]  # the report given is left as it was


@pytest.mark.xfail(strict=True, reason="the test half is below the issue's targets")
def test_the_issue_targets_on_the_test_half(report):
    got, t = _rates(report, "test"), evaluation.TARGETS
    assert got["accuracy"] >= t["accuracy"]
    assert got["false_decisions"] <= t["false_decisions"]
    assert got["probes"] >= t["probes"]


def test_every_keyed_claim_is_scored_once(report):
    for split in evaluation.SPLITS:
        keyed = sum(
            len(evaluation._read(p).get("claims") or []) for p in evaluation.articles(split)
        )
        assert report["splits"][split]["claims"]["claims"] == keyed
        kinds = report["splits"][split]["claims"]["by_kind"]
        assert sum(k["claims"] for k in kinds.values()) == keyed


def test_scoring_counts_a_missed_claim_as_wrong_and_a_decision_on_undecidable_as_false():
    common = {"article": "a", "text": "t", "kind": "share", "acceptable": ()}
    missed = evaluation.Scored(**common, decidable=True, expected=Label.SUPPORTED, got=None)
    right = evaluation.Scored(
        **common, decidable=True, expected=Label.SUPPORTED, got=str(Label.SUPPORTED)
    )
    false = evaluation.Scored(
        **common, decidable=False, expected=Label.NOT_CHECKABLE, got=str(Label.UNSUPPORTED)
    )
    held = evaluation.Scored(
        **common, decidable=False, expected=Label.NOT_CHECKABLE, got=str(Label.NOT_CHECKABLE)
    )
    s = evaluation.score([missed, right, false, held])
    assert (s.detected, s.decidable, s.right, s.accuracy) == (3, 2, 1, 0.5)
    assert (s.undecidable, s.false_decisions, s.false_decision_rate) == (2, 1, 0.5)


def test_workbook_eval_prints_the_scores_as_json(report, monkeypatch, capsys):
    def evaluate(splits):
        return {"targets": report["targets"], "splits": {s: report["splits"][s] for s in splits}}

    monkeypatch.setattr(evaluation, "evaluate", evaluate)
    assert cli.main(["eval", "--split", "dev", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["splits"]) == {"dev"} and out["targets"] == evaluation.TARGETS
    assert out["splits"]["dev"]["claims"] == report["splits"]["dev"]["claims"]
    assert cli.main(["eval"]) == 0
    text = capsys.readouterr().out
    assert "dev:" in text and "test:" in text and "false decisions" in text
