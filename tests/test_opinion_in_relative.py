"""An opinion word inside a relative clause of a copula characterises a noun of the clause,
not what the clause asserts (round 36, fx36d): "restrict exports to two chip firms that are
seen as rivals to Nvidia" states a measure; the clause was set aside whole as opinion, so
the measure was never checked. A characterisation of the clause's own subject stays
opinion. Made-up sentences; rule: docs/factcheck.md, "Opinion covers"."""

from __future__ import annotations

from conftest import dated_article

from analysis.article import opinions
from analysis.article.claim_types import POLICY_ACTION

DAY = "2024-08-20"


def test_an_opinion_word_in_a_relative_clause_leaves_the_clause_a_claim_of_fact():
    text = "Ruritania restricted exports of tin to two firms that are seen as rivals of Acme"
    assert opinions.is_opinion(text) is None


def test_a_characterisation_of_the_clause_itself_stays_opinion():
    assert opinions.is_opinion("The ban is widely seen as retaliation for US chip curbs")
    # no clause of its own before the relative: the opinion is the clause's
    assert opinions.is_opinion("Firms that are seen as rivals of Acme")


def test_a_forecast_in_a_relative_clause_stays_a_forecast():
    assert opinions.is_opinion("China restricted exports of tin to firms that would resell it")


def test_the_measure_before_the_relative_clause_is_a_measure_claim(tmp_path):
    text = "China restricted exports of gallium to two US firms that are seen as rivals of Acme."
    art = dated_article(tmp_path, text, DAY)
    assert any(c.type == POLICY_ACTION and "gallium" in c.text for c in art.claims), (
        art.claims,
        art.non_claims,
    )
