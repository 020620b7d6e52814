"""The claims' frame table the fact-check notebook and the brief show
(`tables.show(render.frames(found), render.FRAME_HEADERS)`): the claim's id as its first
column and no positional index beside it, and goods by their names, not their ids (user40,
the Locke Lord brief in Chromium showed both). Made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import dated_verdicts

from analysis.evidence import render
from analysis.findings import tables

_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def test_the_frame_table_shows_claim_ids_first_and_names_its_goods(tmp_path):
    text = "China banned exports of gallium and rare earths to the United States in December 2024."
    found = dated_verdicts(tmp_path, text, "2025-01-10")
    shown = tables.show(render.frames(found), render.FRAME_HEADERS)
    assert shown.headers == tuple(render.FRAME_HEADERS.values())
    assert [row[0][0] for row in shown.rows] == [x.claim.id for x in found]
    goods = shown.headers.index("Goods")
    framed = [i for i, x in enumerate(found) if x.claim.frame and x.claim.frame.goods]
    assert framed, [x.claim.text for x in found]
    cell = shown.rows[framed[0]][goods][0]
    assert "rare earths" in cell and "rare_earths" not in cell, cell


def test_both_notebooks_show_the_frames_through_the_table_writer():
    for name in ("fact_check", "brief"):
        cells = json.loads((_NOTEBOOKS / f"{name}.ipynb").read_text())["cells"]
        shown = ["".join(c["source"]) for c in cells if "render.frames(" in "".join(c["source"])]
        assert shown and all("render.FRAME_HEADERS" in s for s in shown), (name, shown)
