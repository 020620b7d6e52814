"""Chipmaking tools as articles name them (round 36, fx36f): a model's code is not a year
("NXT:2000 series"), and the tools' common names ("DUV tools", "EUV machines") are
semiconductor equipment (data/lexicon/goods.yaml)."""

from __future__ import annotations

import pytest
from conftest import checked_about, claim_frame, dated_article

from analysis.vocab import Label


def test_a_number_glued_to_a_code_is_not_a_year(tmp_path):
    text = "The Dutch government began requiring a license for NXT:2000 series tools in Sept. 2023."
    years = {d.text for d in dated_article(tmp_path, text, "2024-09-06").dates}
    assert "2000" not in years and any("2023" in y for y in years)
    # measures.csv nld-2023-06-30-advanced-sme-licensing: in force 1 September 2023
    x = checked_about(tmp_path, text, "2024-09-06", "NXT")
    assert x.verdict == Label.SUPPORTED, x.rationale


@pytest.mark.parametrize("tools", ["DUV tools", "EUV machines", "DUV lithography"])
def test_lithography_tools_are_chipmaking_equipment(tmp_path, tools):
    text = f"The Netherlands restricted exports of {tools} to China in September 2023."
    frame = claim_frame(tmp_path, text, "2023-10-01", "restricted")
    assert frame.goods == ("semiconductor_equipment",)
