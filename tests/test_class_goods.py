"""Restriction claims on a class of goods no measure singles out (docs/factcheck-log.md,
"Undated restrictions on a class of goods (round 30, branch fcu30)"): an unnamed part of a
class ("several metals") with no day, month or side affected, and a group counted whole
("all 17 rare earth elements") that no measure of the catalog covers whole, are not
checkable (`class_goods.unspecific`); their twins naming a good, a count of members or a
side affected stay decided. Made-up sentences; the group's count comes from the
commodities table."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.data import goods
from analysis.evidence import class_goods
from analysis.evidence.model import Verdict
from analysis.vocab import Label

DECISIVE = (Label.SUPPORTED, Label.PARTLY, Label.MISLEADING, Label.UNSUPPORTED)


def _about(tmp_path: Path, text: str, words: str, day: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, day), words)


def _each(tmp_path: Path, cases):
    for i, (text, words, day) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        yield text, _about(tmp_path / str(i), text, words, day)


def test_an_unnamed_part_of_a_class_without_a_day_or_side_is_not_checkable(tmp_path):
    cases = (
        ("Beijing has tightened its rules on exports of several metals.", "several", "2023-12-20"),
        (
            "China stepped up controls on various critical minerals this year.",
            "various",
            "2023-12-20",
        ),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "unnamed part of a class" in x.rationale, x.rationale


def test_a_group_counted_whole_that_no_measure_covers_is_not_checkable(tmp_path):
    count = len(goods.members("rare_earths")) - 1
    text = f"Beijing intensified controls on the export of its {count} rare earth elements."
    x = _about(tmp_path, text, "intensified", "2025-08-20")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "whole group" in x.rationale, x.rationale


def test_the_decidable_twins_stay_decided(tmp_path):
    cases = (
        ("China has restricted exports of gallium.", "gallium", "2023-12-20"),
        (
            "Beijing intensified controls on the export of seven rare earth elements.",
            "seven",
            "2025-08-20",
        ),
        (
            "China banned the export of several critical minerals to the United States.",
            "several",
            "2024-12-05",
        ),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict in DECISIVE, (text, x.rationale)


def test_several_of_a_class_met_by_a_ban_on_members_is_supported_not_partly(tmp_path):
    text = "China banned the export of several critical minerals to the United States."
    x = _about(tmp_path, text, "several", "2024-12-05")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_unnamed_part_words():
    assert class_goods.unnamed_part("curbs on some strategic minerals")
    assert class_goods.unnamed_part("a number of metals")
    assert not class_goods.unnamed_part("curbs on critical minerals")
    assert not class_goods.unnamed_part("several types of graphite")
