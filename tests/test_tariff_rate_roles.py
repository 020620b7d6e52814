"""Tariff rates read by their place in the clause (round 32, fcr32): the rate in the subject
of a change to another rate is the rate replaced, a rate in force with no change stated is
the rate itself, a rate the claim puts on a third country is not the side's, and a total
the table records as the duties together is checked. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.article import rate_roles
from analysis.article.quantities import figures
from analysis.vocab import Label


def _roles(text: str) -> list[tuple[float, bool]]:
    """Each percentage of `text` with whether it is read as the rate replaced."""
    return [
        (q.value, rate_roles.replaced(text, at, at + len(q.text)))
        for at, q in figures(text, [])
        if q.unit == "%" and q.value is not None
    ]


def test_rate_in_the_subject_of_a_change_is_the_rate_replaced() -> None:
    said = "The 5 percent duties now charged on Chinese valves would be raised to 40 percent."
    assert _roles(said) == [(5.0, True), (40.0, False)]
    ranged = "The zero to 5 percent levies on the parts will go up to 40 percent next year."
    assert _roles(ranged) == [(5.0, True), (40.0, False)]


def test_rate_after_a_verb_that_sets_it_stays_the_rate() -> None:
    said = "Beijing imposed 12% tariffs on beans and raised duties on oats to 8% last week."
    assert _roles(said) == [(12.0, False), (8.0, False)]


def test_rate_in_force_is_replaced_only_with_a_change_stated() -> None:
    kept = "The truce left the current 40% and 15% tariffs in place."
    assert _roles(kept) == [(40.0, False), (15.0, False)]
    cut = "The deal will reduce the duty on the goods to 15 percent from the current 40 percent."
    assert _roles(cut) == [(15.0, False), (40.0, True)]


def test_old_rate_with_no_previous_rate_recorded_does_not_refute(tmp_path: Path) -> None:
    text = (
        "The Biden administration announced a review of Section 301 tariffs on Chinese "
        "goods. The zero to 6 percent tariffs that now apply to Chinese steel and aluminum "
        "products will increase to 25 percent."
    )
    found = checked_about(tmp_path, text, "2024-05-15", "will increase to 25 percent")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.PARTLY
    assert "records no rate it replaced" in found.rationale


def test_rate_on_a_third_country_is_left_aside(tmp_path: Path) -> None:
    text = (
        "On April 2, President Donald Trump announced tariffs of 34% on imports from China "
        "and 20% on imports from the European Union."
    )
    found = checked_about(tmp_path, text, "2025-04-03", "European Union")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.SUPPORTED
    assert "20% on European Union" in found.rationale


def test_total_the_table_records_is_checked(tmp_path: Path) -> None:
    text = (
        "Under the deal, the United States will lower its overall tariff rate on Chinese "
        "goods from 145% to 30% for 90 days."
    )
    found = checked_about(tmp_path, text, "2025-05-13", "overall tariff rate")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.SUPPORTED
    assert "together: 30%" in found.rationale


def test_undated_rate_set_by_one_measure_singles_it_out(tmp_path: Path) -> None:
    text = "The White House has sharply increased tariffs on Chinese goods, raising them to 125%."
    found = checked_about(tmp_path, text, "2025-04-12", "raising them to 125%")
    assert found.rule == "tariff rate"
    assert found.verdict in (Label.SUPPORTED, Label.PARTLY)
    assert "Reciprocal tariff on China raised to 125%" in found.rationale


def test_rates_of_two_sides_named_by_neither(tmp_path: Path) -> None:
    text = (
        "Beijing's commerce ministry imposed new tariffs on American goods in April. A deal "
        "made in May scaled back some measures, leaving the current 30% and 10% tariffs in "
        "place."
    )
    found = checked_about(tmp_path, text, "2025-08-12", "30% and 10%")
    assert found.rule == "tariff rate"
    assert found.verdict == Label.SUPPORTED
    assert "read as the two sides' own" in found.rationale
