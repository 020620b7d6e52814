"""A party a measure claim names that its matched catalog row does not record
(`analysis.evidence.row_coverage`; round 40, struct40, from round 39's struct39 study): on a
decisive "measure in the catalog" verdict whose row holds nothing of the claim beyond its
side and kind, the verdict becomes not checkable. Made-up sentences and names; the catalog's
only Chinese measure of the days before 5 February 2025 is the listing of PVH and Illumina."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import first_verdict_with

_LISTING = "PVH Corp. and Illumina Inc. put on the Unreliable Entity List"


def _measure(tmp_path: Path, text: str, words: str, published: str = "2025-02-05") -> object:
    x = first_verdict_with(tmp_path, text, published, words)
    assert x.rule == "measure in the catalog", x.rationale
    return x


@pytest.mark.parametrize(
    "text",
    [
        # before: supported by the listing of two other firms
        "China imposed export controls that Hallbeck Ruiz Inc. called harsh.",
        "China imposed export controls on Hallbeck Ruiz Inc. and Vantor Ltd.",
    ],
)
def test_a_party_the_row_does_not_record_makes_the_claim_not_checkable(
    tmp_path: Path, text: str
) -> None:
    x = _measure(tmp_path, text, "China imposed")
    assert x.verdict == "not checkable"
    assert "does not record 'Hallbeck Ruiz Inc.'" in x.rationale
    assert _LISTING in x.rationale


@pytest.mark.parametrize(
    ("text", "words", "published"),
    [
        # a party the row's title names
        ("China added PVH Corp to its unreliable entity list.", "PVH", "2025-02-05"),
        # an official of a side, not the actor
        ("China imposed export controls that Wang Wentao announced.", "Wang", "2025-02-05"),
        (
            "The United States imposed export controls on Chinese firms that Commerce "
            "Secretary Gina Raimondo announced.",
            "imposed",
            "2023-10-20",
        ),
        # the source, after the claim and a comma
        (
            "China imposed export controls, Marta Ellery of Hallbeck Ruiz Inc. said.",
            "imposed",
            "2025-02-05",
        ),
        # a party of another clause of the claim
        (
            "Hallbeck Ruiz Inc. warned of shortages, and China imposed export controls on US "
            "firms.",
            "imposed",
            "2025-02-05",
        ),
        # the row holds more of the claim: its day, its goods
        (
            "On February 4, 2025, China imposed export controls that Hallbeck Ruiz Inc. "
            "called harsh.",
            "imposed",
            "2025-02-05",
        ),
        (
            "China restricted exports of gallium that Hallbeck Ruiz Inc. buys.",
            "gallium",
            "2025-02-05",
        ),
    ],
)
def test_a_party_the_row_accounts_for_keeps_the_verdict(
    tmp_path: Path, text: str, words: str, published: str
) -> None:
    x = _measure(tmp_path, text, words, published)
    assert x.verdict == "supported", x.rationale
