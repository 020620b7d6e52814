""" "China imports" as a noun beside US exports in its sentence is China's side of those
exports, not US imports from China (round 34, rev34 review of fx34d): "U.S. farm exports
slumped as China imports fell" is not checked against the US import flow. Without exports in
the sentence, the headline's noun still reads as US imports from China. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.vocab import Label


def test_china_imports_beside_us_exports_is_not_the_us_import_flow(tmp_path: Path) -> None:
    text = "U.S. grain exports sank in 2019 while China imports fell 20%."
    found = checked_about(tmp_path, text, "2020-04-01", "China imports fell")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "imports with China" not in found.rationale


def test_china_imports_without_exports_is_still_us_imports(tmp_path: Path) -> None:
    text = "The U.S. trade gap shrank in 2023 as China imports fell 20%."
    found = checked_about(tmp_path, text, "2024-04-01", "China imports fell")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "trade figure"
    assert "imports with China" in found.rationale
