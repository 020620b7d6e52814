"""Which country a measure is aimed at: a measure claim whose partner is a third country
("for shipments to Iran") is not any catalogued measure aimed elsewhere. Made-up
sentences; rules: docs/factcheck.md, "Measures"."""

from __future__ import annotations

from conftest import dated_article

from analysis.evidence import factcheck
from analysis.vocab import Label

# usa-2020-12-18-smic-entity-listing: a US Entity List measure affecting China and Hong Kong
_DAY = "2020-12-19"


def _measure_verdict(tmp_path, text: str):
    found = factcheck.check(dated_article(tmp_path, text, _DAY))
    hits = [x for x in found if x.rule == "measure in the catalog"]
    assert hits, [(x.rule, x.claim.text) for x in found]
    return hits[0]


def test_a_listing_aimed_at_a_third_country_is_not_one_aimed_at_china(tmp_path):
    text = (
        "On December 18, the Commerce Department put a trading firm on the Entity List "
        "for selling aircraft parts to Iran."
    )
    x = _measure_verdict(tmp_path, text)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_listing_aimed_at_china_is_still_found(tmp_path):
    text = (
        "On December 18, the Commerce Department put a trading firm on the Entity List "
        "for selling aircraft parts to China."
    )
    x = _measure_verdict(tmp_path, text)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_listing_by_another_body_is_not_the_commerce_listing(tmp_path):
    # the Defense Department and the Treasury are bodies of their own: a listing or
    # sanction they issue is not the Commerce Department's measure of the same days
    for body in ("the Defense Department", "the U.S. Department of the Treasury"):
        text = f"On December 18, {body} put a drone maker on a blacklist."
        x = _measure_verdict(tmp_path, text)
        assert x.verdict == Label.NOT_CHECKABLE, (body, x.rationale)
    x = _measure_verdict(
        tmp_path, "On December 18, the Commerce Department put a drone maker on a blacklist."
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
