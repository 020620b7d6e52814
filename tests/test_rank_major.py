"""A producer called "a major" (or "a significant", "an important", "a key") producer is
among the first few (`rank_major` in `data/lexicon/claims.yaml`, `AMONG_TOP`): held when
the country is among them, not checkable when it is not, since the words set no place a
lower rank would refute (round 31, branch blind40: "China is a major producer of antimony"
went undetected in two outlets, dpa's and AP's copies). Made-up sentences; the places come
from the vendored USGS table."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, read_rows
from test_rank_among_top import EDITION, WHEN, producer_order

from analysis.article import frames
from analysis.evidence.figure_checks import AMONG_TOP, among_limit
from analysis.vocab import Label


def _ranks(tmp_path, text: str):
    return [x for x in dated_verdicts(tmp_path, text, WHEN) if x.rule == "rank of producers"]


@pytest.mark.parametrize(
    "word", ["a major", "a significant", "an important", "a key", "a primary", "a principal"]
)
def test_a_major_producer_among_the_first_few_is_supported(tmp_path, word):
    order = producer_order("antimony", "critical_minerals_mine_production")
    found = _ranks(tmp_path, f"{order[2]} is {word} producer of antimony.")
    assert found and found[0].verdict == Label.SUPPORTED, found


def test_a_major_producer_below_the_first_few_is_not_refuted(tmp_path):
    order = producer_order("antimony", "critical_minerals_mine_production")
    assert len(order) > AMONG_TOP, order
    found = _ranks(tmp_path, f"{order[AMONG_TOP]} is a major producer of antimony.")
    assert found and found[0].verdict == Label.NOT_CHECKABLE, found


def test_the_twin_with_a_place_stays_decided(tmp_path):
    """The decidable twin: "the largest producer" gives first place, and a lower rank
    refutes it."""
    order = producer_order("antimony", "critical_minerals_mine_production")
    found = _ranks(tmp_path, f"{order[AMONG_TOP]} is the largest producer of antimony.")
    assert found and found[0].verdict == Label.UNSUPPORTED, found


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Peru is a major producer of zinc.", True),
        ("Peru, a significant supplier of zinc, said so.", True),
        ("The major producers met in Lima.", False),  # no article: not a place of one party
        ("It was a major step for zinc.", False),  # no stage word
        ("The curbs hit a key part of its supply chain.", False),  # no producer noun
    ],
)
def test_a_major_producer_is_read_as_a_rank(text, rank):
    assert frames.is_rank(text) is rank


def test_a_major_producer_allows_the_first_few_places():
    assert among_limit("a major producer") == AMONG_TOP
    assert among_limit("the largest producer") is None


def _import_ranks(tmp_path, text: str):
    return [x for x in dated_verdicts(tmp_path, text, WHEN) if x.rule == "rank of import sources"]


def import_order(commodity: str) -> list[str]:
    """The sources of US imports of a good in the edition public on WHEN, first first (from
    the vendored table: no place typed by hand)."""
    rows = read_rows("sources/us_import_sources.csv")
    mine = [r for r in rows if r["commodity"] == commodity and r["source_edition"] == EDITION]
    return [r["country"] for r in sorted(mine, key=lambda r: int(r["rank"]))]


def test_a_major_supplier_to_the_united_states_among_the_sources_is_supported(tmp_path):
    """Review of round 31: the import-source rank read "a major supplier" as first place."""
    order = import_order("gallium")
    assert 1 < len(order) <= AMONG_TOP, order
    text = f"{order[-1]} is a major supplier of gallium to the United States."
    found = _import_ranks(tmp_path, text)
    assert found and found[0].verdict == Label.SUPPORTED, found


def test_a_major_supplier_to_the_united_states_not_listed_is_not_refuted(tmp_path):
    """The USGS lists only the first few sources: one not among them may still be major."""
    assert "Russia" not in import_order("gallium")
    text = "Russia is a major supplier of gallium to the United States."
    found = _import_ranks(tmp_path, text)
    assert found and found[0].verdict == Label.NOT_CHECKABLE, found


def test_the_largest_supplier_to_the_united_states_stays_decided(tmp_path):
    """The decidable twin: "the largest supplier" gives first place."""
    order = import_order("gallium")
    text = f"{order[-1]} is the largest supplier of gallium to the United States."
    found = _import_ranks(tmp_path, text)
    assert found and found[0].verdict == Label.UNSUPPORTED, found
