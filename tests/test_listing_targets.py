"""Parties a measure targets, with or without a count, are a listing of them, and a country
after "organisations from" is the side listed, not the side that lists (round 25, branch
blind18: Arab News's "US targets Chinese companies over drone components" and Export Focus
Africa's "targeted organisations from China, ..." were not read as listings; only "targeted
24 Chinese companies" was). Made-up sentences; rules: docs/factcheck-log.md, "Blind batch of
round 25 (branch blind18)"."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article

from analysis.evidence import factcheck
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _only(tmp_path: Path, text: str, day: str) -> Verdict:
    found = [v for v in factcheck.check(dated_article(tmp_path, text, day)) if v.claim.frame]
    (claim,) = [v for v in found if "target" in v.claim.text]
    return claim


def test_parties_targeted_without_a_count_are_a_listing(tmp_path):
    for text, day, actor, partner in (
        (
            "The Commerce Department targeted organizations from China, Iran and Pakistan on "
            "March 25, 2025.",
            "2025-03-27",
            "USA",
            "CHN",
        ),
        (
            "Beijing targeted companies from the United States over arms sales to Taiwan on "
            "January 2, 2025.",
            "2025-01-05",
            "CHN",
            "USA",
        ),
    ):
        verdict = _only(tmp_path, text, day)
        assert verdict.claim.frame.action == "listing", text
        assert verdict.claim.frame.actor_country == actor, text
        assert verdict.claim.frame.partner == partner, text
        assert verdict.verdict == Label.SUPPORTED, verdict.rationale


def test_a_tariff_that_targets_companies_stays_a_tariff(tmp_path):
    verdict = _only(
        tmp_path, "The new tariffs target Chinese companies that make solar panels.", "2024-05-15"
    )
    assert verdict.claim.frame.action == "tariff"


def test_the_country_of_organisations_named_is_the_side_listed(tmp_path):
    verdict = _only(
        tmp_path,
        "The move targeted organizations from China over quantum computing on March 25, 2025.",
        "2025-03-27",
    )
    assert verdict.claim.frame.partner == "CHN"
    assert verdict.claim.frame.actor_country != "CHN"
    assert verdict.verdict == Label.SUPPORTED, verdict.rationale


def test_parties_targeted_with_a_named_instrument_are_not_a_listing(tmp_path):
    """Without a count, parties targeted "with export controls" or "with tariffs" are the
    objects of that instrument, not a listing of them (dt17: the listing reading left the
    rule or tariff of the claim's month unmatched, since neither is a listing measure)."""
    for text, day in (
        (
            "Washington targeted Chinese firms with new export controls on October 17, 2023.",
            "2023-10-20",
        ),
        (
            "The United States targeted Chinese companies with higher tariffs on May 14, 2024.",
            "2024-05-16",
        ),
    ):
        verdict = _only(tmp_path, text, day)
        assert verdict.claim.frame.action != "listing", text
        assert verdict.verdict == Label.SUPPORTED, verdict.rationale
