"""What a listing entails for the listed parties themselves ("Companies listed on the Entity
List are required to apply for licenses"): a licence obligation whose subject is the listed
parties is what any listing entails, not a measure of its own (`listing_entails`,
`licence_requirement`, `presupposed.entails_listing`; blind17: East Coast Daily, Hughes
Hubbard & Reed). Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import presupposed
from analysis.vocab import Label


def test_what_a_listing_entails_for_the_listed_parties_is_not_a_measure(tmp_path):
    # the listed parties as the subject of a licence obligation: what any listing entails
    # (blind17's class: East Coast Daily, Hughes Hubbard & Reed)
    assert presupposed.entails_listing(
        "Firms placed on the Commerce Department's blacklist are required to obtain a license "
        "before buying American parts",
        licence=True,
    )
    assert presupposed.entails_listing(
        "Newly designated companies are obliged to apply for export licenses", licence=True
    )
    # an obligation on exporters of named goods is a measure of its own
    assert not presupposed.entails_listing(
        "Exporters of antimony will be required to apply for licenses from September 15",
        licence=True,
    )
    found = _verdicts(
        tmp_path,
        "Washington added seven Chinese supercomputing centres to the Entity List on Thursday. "
        "Firms placed on the Entity List are required to obtain a license before receiving US "
        "technology.",
        "2021-04-09",
    )
    x = _about(found, "are required to obtain a license")
    assert x.verdict == Label.NOT_CHECKABLE


def test_the_listed_parties_named_back_and_the_blanket_requirement_are_what_a_listing_entails(
    tmp_path,
):
    # the listed parties named as such after the listing, and the blanket licence
    # requirement of every listing naming no parties (round 26, blind23: Miller & Company;
    # finanznachrichten.de)
    assert presupposed.entails_listing(
        "The new license requirements apply to shipments",
        "The new license requirements apply to shipments and transfers to the listed "
        "companies of every item under the regulations.",
    )
    assert presupposed.entails_listing(
        "This imposes a licensing requirement for all items subject to the EAR",
        "This imposes a licensing requirement for all items subject to the EAR.",
    )
    # a requirement that names its parties is the listing itself (checked)
    assert not presupposed.entails_listing(
        "Commerce imposed license requirements on three drone makers for all items subject to "
        "the EAR",
        "Commerce imposed license requirements on three drone makers for all items subject to "
        "the EAR.",
    )
    found = _verdicts(
        tmp_path,
        "The Commerce Department added SMIC and dozens of other Chinese firms to the Entity "
        "List on Friday. The new license requirements apply to shipments and transfers to the "
        "listed companies of every item under the regulations.",
        "2020-12-19",
    )
    assert _about(found, "license requirements apply").verdict == Label.NOT_CHECKABLE
    # the decidable twin: the listing itself stays decided
    assert _about(found, "added SMIC").verdict == Label.SUPPORTED
