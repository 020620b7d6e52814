"""Truces, pauses and reprieves (round 43, branch truce43; docs/factcheck-log.md): a
reprieve given from a measure relaxes it (`measure_cues.relaxation` in
data/lexicon/claims.yaml), so the claim is matched among the relaxations of its side, not
among the measures it relaxes. Made-up sentences, each change with controls of other
meanings."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

from analysis.article.measure_reading import action
from analysis.vocab import Label


def test_a_reprieve_given_from_a_measure_is_a_relaxation():
    for text in (
        "The White House signed an order on Monday, giving Beijing another reprieve from tariffs.",
        "Washington gave the telecoms firm its third reprieve this month.",
        "The administration granted Chinese exporters a temporary reprieve.",
        "Importers won a reprieve from the new duties until December.",
    ):
        assert action(text) == "relaxation", text


def test_a_reprieve_no_side_gives_from_a_measure_is_none():
    for text in (
        "Stock markets enjoyed a brief reprieve on Monday.",
        "The reprieve for soybean farmers was short-lived.",
    ):
        assert action(text) != "relaxation", text


def test_a_dated_reprieve_from_tariffs_finds_the_extension(tmp_path: Path) -> None:
    # before: a tariff claim, no tariff of the day: not checkable; the extension of the
    # reciprocal-tariff suspension was signed on Monday 11 August 2025
    x = first_verdict_with(
        tmp_path,
        "The United States on Monday gave China another reprieve from tariffs.",
        "2025-08-12",
        "reprieve",
    )
    assert x.claim.frame is not None and x.claim.frame.action == "relaxation"
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "extended 90 days" in x.rationale


def test_the_tariff_twin_without_a_reprieve_stays_a_tariff(tmp_path: Path) -> None:
    x = first_verdict_with(
        tmp_path,
        "The United States on Monday raised tariffs on China.",
        "2025-08-12",
        "tariffs",
    )
    assert x.claim.frame is not None and x.claim.frame.action != "relaxation"


# --- a measure's scheduled end (`until_words`, `forecast` in claims.yaml) -------------------

_BAN_PAUSE = "Beijing's suspension of the gallium export ban to the United States"


def test_a_scheduled_end_is_no_forecast():
    from analysis.article import opinions

    assert opinions.is_opinion("The tariff truce is set to expire on August 12") is None
    assert opinions.is_opinion("The suspensions are set to expire in November") is None
    # controls: what a measure is set to do stays a forecast
    assert opinions.is_opinion("Tariffs are set to rise to 50% in August")
    assert opinions.is_opinion("China is set to end its probe next year")


def test_the_day_a_suspension_expires_is_its_last_day(tmp_path: Path) -> None:
    # the suspension of the ban runs to 27 November 2026 (`ended`)
    x = first_verdict_with(
        tmp_path, f"{_BAN_PAUSE} expires on November 27, 2026.", "2025-11-12", "expires"
    )
    assert [w.role for w in x.claim.frame.when] == ["until"]
    assert x.verdict == Label.SUPPORTED, x.rationale
    y = first_verdict_with(
        tmp_path, f"{_BAN_PAUSE} expires on March 1, 2026.", "2025-11-12", "expires"
    )
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_day_of_taking_effect_is_not_a_last_day(tmp_path: Path) -> None:
    x = first_verdict_with(
        tmp_path, f"{_BAN_PAUSE} took effect on November 9, 2025.", "2025-11-12", "took effect"
    )
    assert [w.role for w in x.claim.frame.when] == ["effective"]
    assert x.verdict == Label.SUPPORTED, x.rationale
