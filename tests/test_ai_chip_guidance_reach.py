"""BIS's AI-chip guidance of 13 May 2025 concerns PRC-developed chips and parties headquartered
in Country Group D:5 or Macau; it restricts no other country's access, so it supports no
restriction of AI chips to a third country (review of round 32, finding 2). Made-up
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import longest_verdict


@pytest.mark.parametrize(
    "text",
    [
        "The United States curbed shipments of AI chips to India in May 2025.",
        "Washington restricted exports of advanced AI chips to the UAE on May 13.",
    ],
)
def test_the_guidance_restricts_no_third_country(tmp_path: Path, text: str) -> None:
    x = longest_verdict(tmp_path, text, "2025-06-20")
    assert (x.verdict, x.rule) == ("unsupported", "measure in the catalog")
    assert "falls on China; Macau" in x.rationale
