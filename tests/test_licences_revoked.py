"""Licences held by firms taken back ("partially revoked a licence for ASML to export ...",
"US Revokes Intel, Qualcomm Licenses to Sell Chips to Huawei"): an act on one firm's licence,
which the catalog does not record, so the licence requirement the firm's licence fell under
never stands in for it (`licences_revoked` in `data/lexicon/claims.yaml`,
`catalog_scope.licence_revoked`; blind19: DutchNews.nl, and Advisor Perspectives of fcm10).
Made-up sentences, each beside a decidable twin that must stay decided."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.evidence import catalog_scope
from analysis.vocab import Label


def test_the_words_of_a_licence_taken_back():
    assert catalog_scope.licence_revoked("The ministry revoked an export licence of a toolmaker")
    assert catalog_scope.licence_revoked("Regulators partly withdrew two export licences")
    assert catalog_scope.licence_revoked(
        "The licence for the scanners, which sold for millions each, was partially withdrawn"
    )
    assert catalog_scope.licence_revoked("the revocation of the firm's licences")
    # a claim cut at a comma keeps the verb of its sentence
    assert catalog_scope.licence_revoked(
        "AMD Licenses to Sell Chips to Huawei",
        "Washington Revokes Intel, AMD Licenses to Sell Chips to Huawei",
    )
    # a general licence removed, or a licence required, is not a firm's licence taken back
    assert not catalog_scope.licence_revoked("Commerce revoked the temporary general license")
    assert not catalog_scope.licence_revoked("Exporters must obtain a licence from September")
    # the verb elsewhere in the sentence, not reaching into the claim, does not count
    assert not catalog_scope.licence_revoked(
        "exporters need a licence for chipmaking tools",
        "After it revoked a licence, the ministry said exporters need a licence for chipmaking "
        "tools",
    )


def test_a_licence_taken_back_is_not_the_requirement_it_fell_under(tmp_path):
    found = _verdicts(
        tmp_path,
        "The Dutch government revoked an export licence that allowed a toolmaker to ship "
        "lithography scanners to China in 2023. "
        "The Netherlands required export licences for advanced chipmaking equipment from "
        "September 2023.",
        "2024-01-05",
    )
    revoked = _about(found, "revoked an export licence")
    assert revoked.verdict == Label.NOT_CHECKABLE
    assert "taken back" in revoked.rationale
    # the decidable twin: the requirement itself stays decided
    required = _about(found, "required export licences for advanced chipmaking equipment")
    assert required.verdict == Label.SUPPORTED


def test_a_licence_withdrawn_in_a_passive_behind_a_relative_clause(tmp_path):
    found = _verdicts(
        tmp_path,
        "The export licence for the lithography systems, which sell for tens of millions of euros "
        "each, was withdrawn by the Dutch government in 2023.",
        "2024-01-05",
    )
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found)
