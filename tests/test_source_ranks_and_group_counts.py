"""A rank of producers attributed to its source ("According to the USGS, X is the
second-largest producer": the source is never what is ranked) and a class of goods given
with its count ("a set of 17 elements": the `group_nouns` of `data/lexicon/claims.yaml`).
One-sentence articles of a stated date; the ranking comes from the USGS table, so the
sentences hold whatever its edition."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_article

from analysis.analyses import concentration
from analysis.data import countries, lexicon
from analysis.evidence import factcheck
from analysis.vocab import Label

WHEN = "2024-06-01"


def _order(commodity: str) -> list[str]:
    """Producers of the commodity by share in the edition out on WHEN, largest first."""
    edition = concentration.edition_as_of(commodity, dt.date.fromisoformat(WHEN))
    shares = concentration.country_shares(commodity, "main", edition)
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    last = shares.loc[shares["year"] == shares["year"].max()]
    names = last.sort_values("share_pct", ascending=False)["country"]
    return [countries.name(countries.iso3(str(c))) for c in names if countries.iso3(str(c))]


def _rank_verdict(tmp_path, text: str):
    found = [x for x in factcheck.check(dated_article(tmp_path, text, WHEN))]
    ranks = [x for x in found if x.rule == "rank of producers"]
    assert ranks, [(x.claim.text, x.rule) for x in found]
    return ranks[0]


# the source restated in brackets is read as the sentence's actor: the check must look past it
@pytest.mark.parametrize(
    "source", ["the U.S. Geological Survey (USGS)", "the International Energy Agency (IEA)"]
)
def test_a_rank_attributed_to_its_source_ranks_the_place_it_names(tmp_path, source):
    order = _order("antimony")
    right = _rank_verdict(
        tmp_path,
        f"According to {source}, {order[1]} was the world's second-largest antimony producer.",
    )
    assert right.verdict == Label.SUPPORTED, right.rationale
    wrong = _rank_verdict(
        tmp_path,
        f"According to {source}, {order[2]} was the world's second-largest antimony producer.",
    )
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale
    assert order[2] in wrong.rationale


def test_a_source_that_names_no_place_ranks_nothing(tmp_path):
    found = factcheck.check(
        dated_article(
            tmp_path,
            "According to the U.S. Geological Survey (USGS), it was the largest antimony producer.",
            WHEN,
        )
    )
    assert not [x for x in found if x.rule == "rank of producers"]


@pytest.mark.parametrize("noun", ["grouping", "set", "family"])
def test_a_class_given_with_its_count_is_a_taxonomy_claim(tmp_path, noun):
    assert noun in lexicon.claims().group_nouns
    found = factcheck.check(
        dated_article(tmp_path, f"Rare earths are a {noun} of 17 metallic elements.", WHEN)
    )
    assert [x.verdict for x in found if x.rule == "taxonomy"] == [Label.SUPPORTED]
    found = factcheck.check(
        dated_article(tmp_path, f"Rare earths are a {noun} of 15 metallic elements.", WHEN)
    )
    assert [x.verdict for x in found if x.rule == "taxonomy"] == [Label.UNSUPPORTED]


def test_a_counted_set_without_the_rare_earths_is_not_taxonomy(tmp_path):
    found = factcheck.check(
        dated_article(tmp_path, "The rule lists a set of 17 graphite products.", WHEN)
    )
    assert not [x for x in found if x.rule == "taxonomy"]
