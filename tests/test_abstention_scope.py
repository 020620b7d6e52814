"""Measure claims whose day or issuer is not that of the measure the catalog matches
(docs/factcheck.md, "When the checker abstains", round 25): a day far from it
(`measure_details.SAME_MEASURE_DAYS`) is likely another measure's, which the selective
catalog may not hold, while a day a few days off is still a misdating of it; a body the
claim names as the issuer that issued none of the matches (the frame's actor being only its
country) says nothing the catalog holds. Made-up sentences; the days come from the catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article import claim_words
from analysis.evidence import measure_dates, measure_details
from analysis.evidence.model import Verdict
from analysis.vocab import Label

_GALLIUM = "chn-2023-07-03-gallium-germanium-licensing"


def _announced(measure_id: str) -> dt.date:
    return measure_row(measure_id)["announced"].date()


_JAPAN = "jpn-2023-03-31-chip-equipment-23-items"
_GRAPHITE = "chn-2023-10-20-graphite-licensing"


def _japan_claim(tmp_path: Path, day: dt.date) -> Verdict:
    """'Japan imposed export restrictions on chipmaking equipment on <day>' (equipment: goods
    no single mineral names), in an article a year after the catalog's measure."""
    text = f"Japan imposed export restrictions on chipmaking equipment on {day:%d %B %Y}."
    published = f"{_announced(_JAPAN).year + 1}-06-01"
    return verdict_about(dated_verdicts(tmp_path, text, published), "chipmaking")


def test_a_measure_claim_dated_far_from_the_catalogs_measure_is_not_checkable(tmp_path):
    far = _announced(_JAPAN) - dt.timedelta(days=measure_details.SAME_MEASURE_DAYS + 30)
    x = _japan_claim(tmp_path, far)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "likely dates another measure" in x.rationale, x.rationale


def test_a_measure_claim_a_week_off_the_catalogs_measure_is_still_refuted(tmp_path):
    off = _announced(_JAPAN) - dt.timedelta(days=measure_dates.NEAR_DAYS + 4)  # past NEAR_DAYS
    x = _japan_claim(tmp_path, off)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_measure_claim_months_off_the_catalogs_measure_is_still_refuted(tmp_path):
    off = _announced(_JAPAN) - dt.timedelta(days=measure_details.SAME_MEASURE_DAYS - 30)
    x = _japan_claim(tmp_path, off)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_measure_claim_a_day_off_is_still_partly_supported(tmp_path):
    x = _japan_claim(tmp_path, _announced(_JAPAN) - dt.timedelta(days=1))
    assert x.verdict == Label.PARTLY, x.rationale


def test_a_measure_claim_on_the_catalogs_day_is_still_supported(tmp_path):
    x = _japan_claim(tmp_path, _announced(_JAPAN))
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_controls_on_a_single_mineral_dated_far_off_are_still_refuted(tmp_path):
    """A single mineral singles out China's control exactly: another day is a misdating."""
    measure = _announced(_GRAPHITE)
    day = measure - dt.timedelta(days=measure_details.SAME_MEASURE_DAYS + 30)
    text = f"China imposed export licensing requirements on graphite on {day:%d %B %Y}."
    x = verdict_about(dated_verdicts(tmp_path, text, f"{measure.year + 1}-03-02"), "graphite")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_how_far_a_claims_dates_lie_from_a_measures_days():
    class When:  # a frame's date: ISO bounds
        def __init__(self, start: str, end: str = "") -> None:
            self.start, self.end = start, end

    day = _announced(_GALLIUM)
    later = day + dt.timedelta(days=measure_details.SAME_MEASURE_DAYS + 1)
    inside = When(f"{day:%Y-%m}-01", f"{day + dt.timedelta(days=40):%Y-%m-%d}")
    assert measure_details.days_apart([day], [inside]) == 0  # the month holds the day
    assert measure_details.days_apart([day, None], [When(later.isoformat())]) == (
        measure_details.SAME_MEASURE_DAYS + 1
    )
    # the largest gap of several dates: one far date is enough
    both = [When(day.isoformat()), When(later.isoformat())]
    assert measure_details.days_apart([day], both) == measure_details.SAME_MEASURE_DAYS + 1
    assert measure_details.days_apart([None], both) > measure_details.SAME_MEASURE_DAYS
    # the timeline's dates are days, not ISO strings
    assert measure_details.days_apart([day], [When(day, day)]) == 0
    # a measure's days, announced and in force, whatever role the claim gives its date
    row = measure_row(_GALLIUM)
    effective = row["effective"].date()
    near_effect = When((effective + dt.timedelta(days=1)).isoformat())
    assert measure_details.another_measure(None, row, [near_effect], "'x'") is None
    far = When((effective + dt.timedelta(days=measure_details.SAME_MEASURE_DAYS + 1)).isoformat())
    decision = measure_details.another_measure(None, row, [far], "'x'")
    assert decision is not None and decision.label == Label.NOT_CHECKABLE


# --- the body a claim names as the issuer, when the frame's actor is its country -----------


def _restrictions_by(tmp_path: Path, issuer: str) -> Verdict:
    text = f"{issuer} imposed new export restrictions on Chinese chipmakers in October 2022."
    return verdict_about(dated_verdicts(tmp_path, text, "2023-03-01"), "restrictions")


def test_a_measure_issued_by_a_body_that_issued_none_of_the_matches_is_not_checkable(tmp_path):
    x = _restrictions_by(
        tmp_path, "The U.S. Department of the Treasury's Office of Foreign Assets Control"
    )
    assert x.claim.frame.actor == "United States"  # the frame reads the country
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "Treasury" in x.rationale, x.rationale


def test_a_measure_issued_by_the_body_that_issued_the_match_is_still_decided(tmp_path):
    x = _restrictions_by(
        tmp_path, "The U.S. Department of Commerce's Bureau of Industry and Security"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    y = _restrictions_by(tmp_path, "The United States")  # no body named: any US measure
    assert y.verdict == Label.SUPPORTED, y.rationale


# --- a tariff on every partner, naming no side (`every_partner`, catalog_scope) -----------


def _tariff(tmp_path: Path, text: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, "2025-04-20"), "tariff")


def test_a_tariff_on_every_partner_or_by_country_naming_no_side_is_not_checkable(tmp_path):
    for i, text in enumerate(
        (
            "Trump imposed country-specific tariffs of as much as 50% in April.",
            "Trump hit all copper and timber imports with a 25% tariff.",
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _tariff(tmp_path / str(i), text)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "every partner" in x.rationale, x.rationale


def test_a_tariff_naming_its_side_is_still_decided(tmp_path):
    for i, text in enumerate(
        (
            "Trump hit all Chinese imports with a 34% tariff.",
            "Trump set a 34% country-specific tariff on Chinese goods in April.",
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _tariff(tmp_path / str(i), text)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


def test_what_puts_a_tariff_on_every_partner():
    words = claim_words.patterns()["every_partner"]
    for text in (
        "country-specific tariffs",
        "all steel and aluminum imports",
        "a universal tariff",
        "tariffs on all trading partners",
    ):
        assert words.search(text), text
    for text in (
        "all Chinese imports",
        "all remaining Chinese imports",
        "all imports from China",
        "all US imports",
        "other countries",
    ):
        assert not words.search(text), text
