"""`workbook eval --json`: each scored claim says which rule decided it and its frame's kind
(round 34, gate34), so that a rule's reliability can be read from the evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.evidence import evaluation as ev

TEXT = (
    "China restricted exports of gallium and germanium from 1 August 2023. "
    "Officials of both sides are expected to meet again soon."
)


def _key(claims: list[dict]) -> dict:
    return {
        "id": "made-up",
        "title": "",
        "published": "2023-09-05",
        "passages": TEXT,
        "claims": claims,
    }


def _claim(text: str, decidable: bool, expected: str) -> dict:
    return {"text": text, "kind": "measure", "decidable": decidable, "expected": expected}


def test_a_scored_claim_names_the_rule_and_the_frame_kind() -> None:
    key = _key([_claim("China restricted exports of gallium and germanium", True, "supported")])
    (scored,) = ev.score_article(key, ev._as_article(key, "made-up"))
    assert scored.got == "supported"
    assert scored.rule == "measure in the catalog"
    assert scored.frame_kind == "measure"


def test_a_claim_not_detected_has_neither() -> None:
    key = _key([_claim("Officials of both sides are expected", False, "not checkable")])
    (scored,) = ev.score_article(key, ev._as_article(key, "made-up"))
    assert scored.got is None
    assert scored.rule is None and scored.frame_kind is None


def test_probes_carry_them_and_the_json_is_additive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    probes = [
        {
            "id": "p-made-up",
            "as_of": "2023-09-05",
            "text": "China restricted exports of gallium and germanium from 1 August 2023.",
            "kind": "measure",
            "expected": "supported",
        }
    ]
    (tmp_path / "probes").mkdir()
    (tmp_path / "probes" / "dev.yaml").write_text(yaml.safe_dump(probes), encoding="utf-8")
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "made-up.yaml").write_text(
        yaml.safe_dump(_key([_claim("China restricted exports", True, "supported")])),
        encoding="utf-8",
    )
    monkeypatch.setattr(ev, "EVAL_DIR", tmp_path)
    scored = ev.evaluate(("dev",))["splits"]["dev"]["scored"]
    fields = {"article", "text", "kind", "decidable", "expected", "acceptable", "got"}
    for item in scored:
        assert fields | {"later_evidence", "rule", "frame_kind"} == set(item)
        assert (item["rule"], item["frame_kind"]) == ("measure in the catalog", "measure")
    assert [s["article"] for s in scored] == ["made-up", "p-made-up"]
