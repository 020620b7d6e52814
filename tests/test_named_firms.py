"""Companies the catalog's measures name (their titles), known to the annotator through the
organisations lexicon: a claim naming one is checked against the measures that name it,
and a firm is never read as who imposes a measure. Made-up sentences."""

from __future__ import annotations

import re

from conftest import checked_about

from analysis.analyses import measures
from analysis.article import document
from analysis.article import gazetteer as gz
from analysis.data import lexicon
from analysis.evidence import measure_naming
from analysis.vocab import Label

# Firms the catalog's titles name (a listing's parties, a probe's target): the lexicon must
# know each, or a claim naming one is matched to any listing of the day.
TITLE_FIRMS = ("Boeing", "Lockheed Martin", "General Atomics", "Skydio", "Illumina", "Raytheon")


def _ents(text: str) -> dict[str, object]:
    doc = document.from_text(text, {"headline": "", "published": "2025-06-01"})
    return {e.text: e for e in doc.entities}


def test_firms_the_measures_name_are_in_the_lexicon_and_found():
    titles = " ".join(measures.measures()["title"].astype(str))
    known = measure_naming.company_names()
    for firm in TITLE_FIRMS:
        assert re.search(rf"\b{re.escape(firm)}\b", titles), firm  # named by a measure
        assert firm in known, firm
    ents = _ents(
        "Regulators in Ruritania fined Boeing and Skydio last week, and a court heard "
        "Lockheed Martin and Illumina."
    )
    for firm in ("Boeing", "Skydio", "Lockheed Martin", "Illumina"):
        assert ents[firm].label == gz.ORG and ents[firm].kind == "company", firm


def test_a_firm_no_listing_of_the_month_names_is_not_borne_out_by_it(tmp_path):
    # Xiaomi is named by no measure of the catalog: the Huawei listing of May 2019 does
    # not bear out a claim that Xiaomi was listed then
    assert "Xiaomi" in measure_naming.company_names()
    listed = measures.measures()
    assert not listed["title"].astype(str).str.contains("Xiaomi").any()
    x = checked_about(
        tmp_path,
        "Xiaomi was added to the Entity List in May 2019.",
        "2019-06-20",
        "Xiaomi",
    )
    assert x.verdict != Label.SUPPORTED, x.rationale


def test_a_firm_is_not_who_imposes_a_measure(tmp_path):
    x = checked_about(
        tmp_path,
        "Last year, deliveries of Lockheed Martin's jets were put on hold, and some "
        "commentators tied it to China's sanctions toward the company.",
        "2021-02-17",
        "Lockheed Martin",
    )
    assert x.verdict != Label.SUPPORTED, x.rationale


def test_every_company_of_the_lexicon_has_a_country():
    for o in lexicon.organisations():
        if o.kind == "company":
            assert o.country, o.name
