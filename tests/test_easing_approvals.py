"""Exports let go again read as an easing (docs/factcheck.md, "Blind batch of round 31
(branch blind39)"): sales or shipments resumed, approvals sped up and licences granted
relax a control (`measure_cues.relaxation` in data/lexicon/claims.yaml), so a claim of
them is not supported by the control itself. Made-up sentences, each with a twin that
restricts and stays decided."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article.frames import action
from analysis.vocab import Label


def test_resumed_sales_sped_approvals_and_granted_licences_are_easings():
    for text in (
        "The chipmaker won approval from Washington to resume shipments of its processors.",
        "Beijing sped up approvals for magnet exports after the talks.",
        "Regulators have accelerated licensing for exports of the metals.",
        "The agency granted export licences to two traders in March.",
        "Officials assured the company that permits would be granted.",
    ):
        assert action(text) == "relaxation", text


def test_their_restricting_twins_are_not_easings():
    for text, expected in (
        # the noun names the easing as a time; the act is the restriction
        (
            "The resumption of sales comes months after Washington restricted exports.",
            "restriction",
        ),
        ("Exports of the processors now need a licence from Washington.", "licence"),
        ("Firms are barred from shipping the chips without government approval.", "licence"),
    ):
        assert action(text) == expected, text


def _about(tmp_path: Path, text: str, words: str, published: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_sped_up_approvals_are_not_supported_by_the_control(tmp_path):
    # without the cue "as a countermeasure" made it a restriction, supported by the
    # control of seven rare earths of April 2025
    x = _about(
        tmp_path,
        "Beijing sped up approvals for rare earth exports as a countermeasure.",
        "approvals",
        "2025-08-23",
    )
    assert x.claim.frame is not None and x.claim.frame.action == "relaxation"
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_the_restricting_twin_stays_supported(tmp_path):
    x = _about(
        tmp_path,
        "Beijing restricted exports of seven rare earths as a countermeasure on 4 April.",
        "restricted",
        "2025-08-23",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
