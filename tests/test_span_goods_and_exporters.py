"""Two readings of round 36 (fx36b; docs/factcheck.md, "Measures"): a measure claim over a
span ("over the past month") that names goods the catalog names and no number is checked
like any measure claim, not abstained on as a sum of measures; and a clause naming no actor
whose subject is a demonym's exporters ("Chinese exporters of gallium") takes that country
as actor for an export licence, not the actor of the sentence before."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article.parties import demonym_side
from analysis.vocab import Label


def _about(tmp_path: Path, text: str, words: str, published: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_a_span_with_catalogued_goods_is_checked(tmp_path):
    x = _about(
        tmp_path,
        "Over the past month, Washington has imposed new export controls on semiconductors "
        "and supercomputers.",
        "export controls",
        "2022-11-01",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_span_summing_measures_by_number_still_abstains(tmp_path):
    x = _about(
        tmp_path,
        "Over the past month, Washington has imposed five new export controls.",
        "export controls",
        "2022-11-01",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "sums measures over a span" in x.rationale


def test_exporters_demonym_names_the_country_controlling_its_exports():
    assert demonym_side("Chinese exporters of graphite will need licences", "licence") == "CHN"
    lead = "Starting 1 August, Chinese suppliers of gallium will be subject to licensing"
    assert demonym_side(lead, "licence") == "CHN"
    # not for a tariff (the exporters' goods are what a tariff falls on), nor mid-clause
    assert demonym_side("Chinese exporters face a 25% tariff", "tariff") is None
    assert demonym_side("Licences bind Chinese exporters of gallium", "licence") is None


def test_the_exporters_country_is_the_actor_not_the_sentence_before(tmp_path):
    before = "The Dutch government said on Friday it would restrict chip tools. "
    x = _about(
        tmp_path,
        before + "From 1 August, Chinese exporters of gallium and germanium will need licences.",
        "gallium",
        "2023-07-20",
    )
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED, x.rationale
    bare = _about(
        tmp_path,
        before + "From 1 August, exporters of gallium will need licences.",
        "gallium",
        "2023-07-20",
    )
    assert bare.claim.frame.actor_country == "NLD"  # no demonym: borrowed as before
