"""Figures read right on made-up sentences (branch fcf5): names written with either
apostrophe, what a figure is of, and which figures the tables cannot decide."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article

from analysis.article import document
from analysis.evidence import factcheck
from analysis.evidence.model import Verdict


def _checked(tmp_path: Path, text: str, published: str, words: str) -> Verdict:
    found = list(factcheck.check(dated_article(tmp_path, text, published)))
    hits = [x for x in found if words in x.claim.text]
    assert hits, f"no claim with {words!r} in {[x.claim.text for x in found]}"
    return hits[0]


def test_a_name_with_a_curly_apostrophe_is_the_same_place():
    for mark in ("'", "’"):
        text = f"Exports to the People{mark}s Republic of China rose last year."
        ents = document.from_text(text, {"headline": "", "published": "2022-05-01"}).entities
        (china,) = [e for e in ents if "Republic" in e.text]
        assert china.canonical == "China", mark
