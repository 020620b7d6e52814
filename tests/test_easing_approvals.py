"""Exports let go again read as an easing (docs/factcheck-log.md, "Blind batch of round 31
(branch blind39)"): sales or shipments resumed, approvals sped up and licences granted
relax a control (`measure_cues.relaxation` in data/lexicon/claims.yaml), so a claim of
them is not supported by the control itself. Made-up sentences, each with a twin that
restricts and stays decided."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article.measure_reading import action
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


# --- review of round 31 (finding 5): a refused, negated or restricting cue eases nothing ---


def test_refused_or_negated_grants_are_not_easings():
    # made-up sentences: licences withheld are a licence requirement applied, not relaxed
    for text in (
        "Freedonia stopped granting licences for tin exports to Ruritania in May.",
        "The ministry has not granted permits to foreign traders since April.",
        "Officials declined to approve licences for the shipments.",
        "The agency granted no licences for the processors last year.",
    ):
        assert action(text) == "licence", text


def test_a_restriction_resumed_is_no_easing():
    for text, expected in (
        ("Freedonia resumed export restrictions on tin.", "restriction"),
        ("Ruritania resumed export controls on the processors.", "restriction"),
        ("Freedonia resumed its ban on exports of tin to Ruritania in May.", "ban"),
    ):
        assert action(text) == expected, text


def test_exports_resumed_and_licences_granted_stay_easings():
    # twins of the two above: the same verbs with exports or licences let through
    for text in (
        "Freedonia resumed exports of tin to Ruritania in May.",
        "Freedonia started granting licences for tin exports to Ruritania in May.",
        "The agency granted two licences for the processors last year.",
    ):
        assert action(text) == "relaxation", text


def test_a_ban_resumed_is_checked_as_a_ban(tmp_path):
    # with "resumed ... exports" read as an easing it was not checkable; the ban on gallium
    # exports to the United States of December 2024 supports it
    x = _about(
        tmp_path,
        "Beijing resumed its ban on exports of gallium to the United States in December 2024.",
        "ban on exports",
        "2025-01-10",
    )
    assert x.claim.frame is not None and x.claim.frame.action == "ban", x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale
