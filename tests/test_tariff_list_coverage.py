"""A coverage row the tariff table lacked (round 35, branch fx35e): List 4B's scheduled 15%
on about $160 billion (never applied, suspended on 13 December 2019). A claim stating the
coverage of that dropped round is checked on it; it was "not checkable" (no row held the
figure). Made-up sentence; the figure is read from the table."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.data import datasets
from analysis.vocab import Label


def _coverage(measure_id: str) -> float:
    rates = datasets.load("tariff_rates")
    rows = rates.loc[(rates["measure_id"] == measure_id) & rates["coverage_usd_bn"].notna()]
    assert len(rows) == 1, rows
    return float(rows["coverage_usd_bn"].iloc[0])


def test_a_dropped_round_is_checked_on_its_coverage(tmp_path: Path) -> None:
    bn = _coverage("usa-2019-08-13-section-301-list-4b")
    x = checked_about(
        tmp_path,
        f"Trump dropped plans to extend the tariffs to another ${bn:g} billion in Chinese goods.",
        "2020-02-05",
        "dropped plans",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "List 4B" in x.rationale
