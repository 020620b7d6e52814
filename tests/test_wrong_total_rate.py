"""A total tariff rate the table records as the duties together is checked both ways (review
of round 32): a total within half a point of a row of the duties together is supported, and
one that no such row sets is unsupported, naming the rows, where it used to be not
checkable. The total row is the one whose products say "duties together", not the highest
of a measure's rows. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.evidence import tariff_match
from analysis.evidence.rate_named import rates_table
from analysis.vocab import Label


def test_a_wrong_total_is_refuted(tmp_path: Path) -> None:
    text = "The combined US tariff on Chinese imports dropped from 145% to 40% in May."
    found = checked_about(tmp_path, text, "2025-06-01", "combined US tariff")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.UNSUPPORTED
    assert "together: 30%" in found.rationale


def test_the_right_total_is_supported(tmp_path: Path) -> None:
    text = "The combined US tariff on Chinese imports dropped from 145% to 30% in May."
    found = checked_about(tmp_path, text, "2025-06-01", "combined US tariff")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.SUPPORTED


def test_total_rows_are_the_rows_of_duties_together() -> None:
    """The three US rows of the duties together, by their products' words."""
    table = rates_table()
    rows = tariff_match.totals(table.loc[table["measure_id"].str.startswith("usa-2025")])
    assert sorted(rows["rate_pct"]) == [30, 104, 145]
    assert rows["products"].str.contains("duties together").all()


def test_a_rate_the_total_includes_is_no_total(tmp_path: Path) -> None:
    """Twin: a rate told as a part of the total is not refuted by the duties together."""
    text = (
        "Washington halved its fentanyl levy. This total includes tariffs of roughly 25% on "
        "Chinese imports imposed during Trump's initial term as President, a 10% reciprocal "
        "tariff set in April and older rates."
    )
    found = checked_about(tmp_path, text, "2025-11-01", "roughly 25%")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "a total over several duties" in found.rationale
