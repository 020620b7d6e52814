"""The claims' frame table the fact-check notebook and the brief show (`render.frames`):
indexed by the claim's id, with no positional index beside it, and goods by their names,
not their ids (user40, the Locke Lord brief in Chromium). Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts

from analysis.evidence import render


def test_the_frame_table_is_indexed_by_claim_id_and_names_its_goods(tmp_path):
    text = "China banned exports of gallium and rare earths to the United States in December 2024."
    found = dated_verdicts(tmp_path, text, "2025-01-10")
    table = render.frames(found)
    assert table.index.name == "id"
    assert list(table.index) == [x.claim.id for x in found]
    assert "id" not in table.columns
    framed = [x for x in found if x.claim.frame and x.claim.frame.goods]
    assert framed, [x.claim.text for x in found]
    shown = table.loc[framed[0].claim.id, "goods"]
    assert "rare earths" in shown and "rare_earths" not in shown, shown


def test_a_claim_without_a_frame_keeps_its_row(tmp_path):
    text = "Analysts said the outlook was uncertain. China banned exports of gallium in 2024."
    found = dated_verdicts(tmp_path, text, "2025-01-10")
    table = render.frames(found)
    assert len(table) == len(found)
