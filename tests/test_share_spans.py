"""A span of shares ("70–85%", "between 70% and 85%") holds both ends, not its last figure
alone (round 32, branch fck32: "approximately 70–85% of the world's rare earths" was read
as 85% and refuted by a mining share of 69%)."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with

from analysis.evidence import verdicts as v
from analysis.vocab import Label


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("makes roughly 60–75% of the world's supply", 55.0, 80.0),
        ("makes between 60% and 75% of the world's supply", 57.5, 77.5),
        ("makes 60 to 75 percent of the world's supply", 57.5, 77.5),
        # a move from one share to another is the level reached, not a span
        ("its share went from 60% to 75% of the world's supply", 72.5, 77.5),
        # two shares joined by "and" without "between" are two figures: the first is read
        ("makes 60% and refines 75% of the world's supply", 57.5, 62.5),
    ],
)
def test_share_range_reads_a_span(text, low, high):
    found = v.share_range(text)
    assert found is not None
    assert (found.low, found.high) == (low, high)


def test_a_span_of_mining_shares_around_the_usgs_share_is_supported(tmp_path):
    # USGS MCS 2025: China mined 270,000 t of 390,000 t of rare earths in 2024 (69%)
    text = "In 2024 China mined roughly 65–80% of the world's rare earths."
    x = first_verdict_with(tmp_path, text, "2025-06-01", "65–80%")
    assert x.rule == "share by stage"
    assert x.verdict == Label.SUPPORTED
    assert "mining 69%" in x.rationale
