"""A change word before a percentage is a rate cut, a relaxation, even when the measure is
only a pronoun ("lowered them to 10%"): the percentage entry of `easing_objects` used to end
on "%", where no word boundary holds, so it never matched (review of round 32, finding 3).
Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import checked_about

from analysis.article import measure_reading


@pytest.mark.parametrize(
    "text",
    [
        "On May 12 Beijing lowered them to 10%",
        "Later it reduced them to 7.5 %.",
    ],
)
def test_a_percentage_alone_keeps_a_change_word_a_relaxation(text: str) -> None:
    assert measure_reading.action(text) == "relaxation"


def test_a_rate_cut_told_with_a_pronoun_is_checked(tmp_path: Path) -> None:
    """China's tariff on US goods went to 10% from 14 May 2025 (Geneva)."""
    x = checked_about(
        tmp_path,
        "China raised tariffs on US goods to 125% in April. On May 12 Beijing lowered them to 10%.",
        "2025-06-01",
        "lowered them",
    )
    assert x.verdict == "supported", x.rationale
    assert x.rule == "tariff rate"
