"""A title in the words of the office's own name in the officials table ("Vice Commerce
Minister" for a "... Vice Minister of Commerce") is the person's own title, though its
keywords are another office's (round 32, fco32)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label

TEXT = "Beijing sent Chinese Vice Commerce Minister Li Chenggang to the talks in Geneva."


def _title(found: list, words: str):
    return next(x for x in found if x.claim.text == words)


def test_title_in_the_offices_own_words_is_read(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, TEXT, "2025-06-11")
    title = _title(found, "Chinese Vice Commerce Minister Li Chenggang")
    assert title.verdict == Label.SUPPORTED
    assert title.rule == "office held"
    assert "Vice Minister of Commerce" in title.evidence[0].values["office"]


def test_title_in_the_offices_own_words_before_the_term_is_refuted(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, TEXT, "2024-06-11")
    title = _title(found, "Chinese Vice Commerce Minister Li Chenggang")
    assert title.verdict == Label.UNSUPPORTED
