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

from analysis.analyses import measures
from analysis.evidence import frame_checks, measure_details
from analysis.evidence.model import Verdict
from analysis.vocab import Label

_GALLIUM = "chn-2023-07-03-gallium-germanium-licensing"


def _announced(measure_id: str) -> dt.date:
    return measure_row(measure_id)["announced"].date()


_CHIPS = "usa-2022-10-07-advanced-computing-rule"
_GRAPHITE = "chn-2023-10-20-graphite-licensing"


def _chips_claim(tmp_path: Path, day: dt.date) -> Verdict:
    """'The US imposed export licence requirements on advanced chips on <day>' (chips: a
    group of goods, named loosely), in an article a year on."""
    text = f"The US imposed export licence requirements on advanced chips on {day:%d %B %Y}."
    return verdict_about(dated_verdicts(tmp_path, text, f"{day.year + 1}-03-02"), "chips")


def test_a_measure_claim_dated_far_from_the_catalogs_measure_is_not_checkable(tmp_path):
    far = _announced(_CHIPS) - dt.timedelta(days=measure_details.SAME_MEASURE_DAYS * 3)
    x = _chips_claim(tmp_path, far)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "likely dates another measure" in x.rationale, x.rationale


def test_a_measure_claim_a_week_off_the_catalogs_measure_is_still_refuted(tmp_path):
    off = _announced(_CHIPS) - dt.timedelta(days=frame_checks.NEAR_DAYS + 4)  # past NEAR_DAYS
    x = _chips_claim(tmp_path, off)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_measure_claim_a_day_off_is_still_partly_supported(tmp_path):
    x = _chips_claim(tmp_path, _announced(_CHIPS) - dt.timedelta(days=1))
    assert x.verdict == Label.PARTLY, x.rationale


def test_a_measure_claim_on_the_catalogs_day_is_still_supported(tmp_path):
    x = _chips_claim(tmp_path, _announced(_CHIPS))
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_controls_on_a_single_mineral_dated_far_off_are_still_refuted(tmp_path):
    """A single mineral singles out China's control exactly: another day is a misdating."""
    day = _announced(_GRAPHITE) - dt.timedelta(days=measure_details.SAME_MEASURE_DAYS * 3)
    text = f"China imposed export licensing requirements on graphite on {day:%d %B %Y}."
    x = verdict_about(dated_verdicts(tmp_path, text, f"{day.year + 1}-03-02"), "graphite")
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
    assert effective - day > dt.timedelta(days=measure_details.SAME_MEASURE_DAYS // 2)
    near_effect = When((effective + dt.timedelta(days=1)).isoformat())
    assert measure_details.another_measure(None, row, [near_effect], "'x'") is None
    far = When((effective + dt.timedelta(days=measure_details.SAME_MEASURE_DAYS + 1)).isoformat())
    decision = measure_details.another_measure(None, row, [far], "'x'")
    assert decision is not None and decision.label == Label.NOT_CHECKABLE


# --- the same on the timeline's date match ("measure dates", measure_checks) --------------

_SANCTIONS = ("entity_listing", "control_listing", "unreliable_entity_listing", "sanction")


def _china_listing_days() -> list[dt.date]:
    t = measures.measures()
    t = t.loc[(t["implementing_iso3"] == "CHN") & t["measure_type"].isin(_SANCTIONS)]
    return sorted({d.date() for col in ("announced", "effective") for d in t[col].dropna()})


def _sanctions_on(tmp_path: Path, day: dt.date) -> Verdict:
    said = f"{day:%B} {day.day}, {day.year}"
    text = f"China imposed sanctions on six US defence firms on {said}."
    published = (day + dt.timedelta(days=30)).isoformat()
    return verdict_about(dated_verdicts(tmp_path, text, published), "sanctions")


def test_a_listing_dated_far_from_every_listing_of_the_timeline_is_not_checkable(tmp_path):
    days = _china_listing_days()
    far = measure_details.SAME_MEASURE_DAYS * 2
    # the first day after the first listing that is far from every listing day
    day = next(
        days[0] + dt.timedelta(days=n)
        for n in range(1, (days[-1] - days[0]).days)
        if min(abs((d - days[0] - dt.timedelta(days=n)).days) for d in days) > far
    )
    x = _sanctions_on(tmp_path, day)
    assert x.rule == "measure dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_listing_dated_a_week_off_one_of_the_timeline_is_still_refuted(tmp_path):
    day = _announced("chn-2025-04-09-uel-six-firms") - dt.timedelta(days=frame_checks.NEAR_DAYS + 4)
    # on no listing day, but near some: a misdating, not another listing
    assert (
        0
        < min(abs((d - day).days) for d in _china_listing_days())
        <= (measure_details.SAME_MEASURE_DAYS)
    )
    x = _sanctions_on(tmp_path, day)
    assert x.rule == "measure dates" and x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_listing_on_a_day_of_the_timeline_is_still_supported(tmp_path):
    x = _sanctions_on(tmp_path, _announced("chn-2025-04-09-uel-six-firms"))
    assert x.rule == "measure dates" and x.verdict == Label.SUPPORTED, x.rationale


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
