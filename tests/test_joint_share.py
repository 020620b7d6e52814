"""A share several countries hold together ("China, Russia, and North Korea collectively
control nearly 90% of global tungsten output": `joint_share` words, two countries or more)
is a sum the share check does not make: not checkable; one country's share stays decided
(round 37, fx37d)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


def test_a_joint_share_is_not_checkable(tmp_path):
    text = (
        "China, Russia, and North Korea collectively control nearly 90% of global tungsten output."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-02-06"), "collectively control")
    assert (x.rule, x.verdict) == ("share by stage", Label.NOT_CHECKABLE), x.rationale
    assert "together" in x.rationale


def test_one_country_s_share_stays_decided(tmp_path):
    text = "China controls nearly 90% of global tungsten output."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-02-06"), "controls nearly 90%")
    assert x.rule == "share by stage" and x.verdict != Label.NOT_CHECKABLE, x.rationale
