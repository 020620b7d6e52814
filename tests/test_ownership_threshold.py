"""A threshold of ownership ("firms 50% or more owned by listed parties") says which
parties a listing reaches: it is no share of supply or trade, so a claim stating it is a
measure claim checked against the catalog, not a trade figure "not about China" (round 34,
fx34m). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.article import quantities
from analysis.vocab import Label


def test_an_ownership_threshold_is_no_figure_of_the_claim() -> None:
    text = "The rule reached companies owned 50% or more by firms on the list."
    assert quantities.quantity(text, []) is None
    assert quantities.quantity("China mines 70% of the world's tungsten.", []) is not None


def test_the_listing_told_by_its_threshold_is_checked_as_a_measure(tmp_path: Path) -> None:
    text = (
        "Talks stalled last month, when the US Commerce Department widened its export "
        "blacklist to cover any company more than 50% owned by parties already on it."
    )
    found = checked_about(tmp_path, text, "2025-10-20", "export blacklist")
    assert found.rule == "measure in the catalog"
    assert found.verdict == Label.SUPPORTED
    assert "usa-2025-09-29-affiliates-rule" in str(found.evidence)
