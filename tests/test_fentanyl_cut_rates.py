"""The November 2025 cut of the US 'fentanyl' tariff on China has its rates in
data/sources/tariff_rates.csv (20% to 10%, sourced), so a claim of that cut is checked on
them, not on the Geneva cut of May 2025 (125% to 10%) (round 38, fx38d)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, read_rows, verdict_about

CUT = "usa-2025-11-04-fentanyl-tariff-reduction"


def _tariff(tmp_path: Path, text: str, day: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, day), "reduced tariffs")


def test_the_cut_has_its_rates() -> None:
    (row,) = (r for r in read_rows("sources/tariff_rates.csv") if r["measure_id"] == CUT)
    assert (row["rate_pct"], row["previous_rate_pct"]) == ("10", "20")
    assert row["source_urls"]


def test_a_claim_of_the_cut_is_supported_after_it(tmp_path: Path) -> None:
    got = _tariff(tmp_path, "Trump reduced tariffs on Chinese goods from 20% to 10%.", "2025-11-07")
    assert got.rule == "tariff rate"
    assert got.verdict == "supported"


def test_before_it_the_geneva_cut_still_decides(tmp_path: Path) -> None:
    text = "Trump reduced tariffs on Chinese goods from {}% to 10%."
    assert _tariff(tmp_path, text.format(125), "2025-05-20").verdict == "supported"
    assert _tariff(tmp_path, text.format(20), "2025-05-20").verdict == "unsupported"
