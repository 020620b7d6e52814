"""A claim cut from a sentence that opens with an opener of answering ("In response to a 10%
U.S. tariff on all Chinese imports implemented on Tuesday, China announced retaliatory
tariffs"; round 43, resp43, ProAg): the phrase before its first comma names the measure
answered, whose party and rate are not the claim's (`event_clauses.answering_opening`, the
frame's `answered`, read by `frames.read` and `tariff_stated.stated`). Made-up sentences;
the controls (no measure in the opener, a lower-case opener inside the clause, a response
with its own rate, a claim that is the answered measure only) keep their reading."""

from __future__ import annotations

from conftest import claim_frame, dated_article, first_verdict_with

from analysis.article import event_clauses
from analysis.evidence import tariff_stated
from analysis.vocab import Label

_DAY = "2025-03-10"


def _claim(tmp_path, text: str, words: str):
    (claim,) = [c for c in dated_article(tmp_path, text, _DAY).claims if words in c.text]
    return claim


def test_the_answered_measure_s_party_and_rate_are_not_the_claim_s(tmp_path):
    text = (
        "In retaliation for a 20% U.S. tariff on all Chinese goods imposed in March 2025, "
        "Beijing announced tariffs on American farm products."
    )
    claim = _claim(tmp_path, text, "Beijing announced")
    assert claim.frame.answered > 0
    assert claim.frame.actor_country == "CHN"
    assert claim.frame.quantity is None
    assert not tariff_stated.stated(claim, claim.frame).rates


def test_the_response_s_own_rate_after_the_comma_is_read(tmp_path):
    text = "In response to the 20% US tariff, China set 15% tariffs on US coal and LNG."
    claim = _claim(tmp_path, text, "China set")
    assert claim.frame.actor_country == "CHN"
    assert claim.frame.quantity is not None and claim.frame.quantity.value == 15
    assert tariff_stated.stated(claim, claim.frame).rates == (15,)


def test_control_no_measure_in_the_opener(tmp_path):
    frame = claim_frame(tmp_path, "In response, China imposed 15% tariffs on US coal.", _DAY, "15%")
    assert frame.answered == 0
    assert frame.actor_country == "CHN" and frame.quantity.value == 15


def test_control_an_opener_inside_the_clause_is_not_one(tmp_path):
    text = "Officials said the move came in response to a 20% U.S. tariff on Chinese goods."
    claims = dated_article(tmp_path, text, _DAY).claims
    assert claims and not any(c.frame and c.frame.answered for c in claims)


def test_answering_opening_needs_the_opener_and_a_clause_after_the_comma():
    text = "a 20% U.S. tariff on Chinese goods, China announced tariffs"
    assert event_clauses.answering_opening("In response to ", text) == text.index(",") + 1
    assert event_clauses.answering_opening("Responding to the ", text) == text.index(",") + 1
    # lower case: inside a clause, not opening the sentence
    assert event_clauses.answering_opening("China acted in response to ", text) == 0
    # a word of sequence is not one of answering ("After a 20% tariff, ...": given43's)
    assert event_clauses.answering_opening("After ", text) == 0
    # the claim is the answered measure only: no clause after it
    assert event_clauses.answering_opening("In response to ", "a 20% U.S. tariff.") == 0


def test_the_response_is_checked_against_the_responder_s_rows(tmp_path):
    text = (
        "In response to a 10% U.S. tariff on all Chinese imports implemented on Tuesday, "
        "China announced retaliatory tariffs."
    )
    x = first_verdict_with(tmp_path, text, "2025-03-06", "China announced")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict != Label.UNSUPPORTED
