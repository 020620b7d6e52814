"""A list line whose percentage is a share of what it names ("Solar panels, about 80% of
global supply") is no line of rates under a lead-in of tariffs (round 34, rev34 review of
fx34t): it keeps its own reading instead of taking the lead-in's tariff and being "supported"
by an unrelated measure of the catalog. A line of bare rates still takes the lead-in's
tariff. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

_BEFORE = "The White House raised tariffs on Chinese electric vehicles to 100% on 14 May 2024.\n\n"
_LEAD = "The tariffs target goods where China dominates:"


def test_a_share_line_is_no_tariff_line(tmp_path: Path) -> None:
    text = (
        _BEFORE
        + _LEAD
        + "\n\n• Solar panels, about 80% of global supply.\n\n• Graphite, 77% of world output."
    )
    found = verdict_about(dated_verdicts(tmp_path, text, "2024-05-20"), "80% of global supply")
    assert found.rule not in ("measure in the catalog", "tariff rate")
    assert found.verdict == Label.NOT_CHECKABLE


def test_a_bare_rate_line_still_takes_the_tariff(tmp_path: Path) -> None:
    text = _BEFORE + "Duty increases on Chinese goods include:\n\n• Syringes, from 0% to 50% soon."
    found = verdict_about(dated_verdicts(tmp_path, text, "2024-05-20"), "0% to 50% soon")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.SUPPORTED
