"""A source's figures opening a claim ("USGS data show China mined ...", "Figures from the
U.S. Geological Survey show ...", "USGS estimates show X was the largest producer"): the
source says it, it does not act; the country after the verb is the producer or holder
(`source_figures`, `source_show` in `data/lexicon/claims.yaml`, `text.attribution_spans`;
round 26, branch dtm18: 72 wrong decisions over shares, ranks and reserves of five
minerals read the United States, the survey's country, as the producer)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, read_rows, reserve_order

from analysis.article.text import attribution_spans
from analysis.vocab import Label

WHEN = "2024-06-15"  # MCS 2024 is the newest edition then
EDITION = "MCS 2024"


def china_share(commodity: str) -> tuple[int, int]:
    """China's share of world antimony output, rounded, in the edition's latest year, and
    that year (from the vendored table: no figure typed by hand)."""
    rows = [
        r
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"] == commodity and r["source_edition"] == EDITION and r["value"]
    ]
    year = max(int(r["year"]) for r in rows)
    of = {r["country"]: float(r["value"]) for r in rows if int(r["year"]) == year}
    return round(100 * of["China"] / of["World total"]), year


def _verdict(tmp_path, text: str, rule: str):
    found = [x for x in dated_verdicts(tmp_path, text, WHEN) if x.rule == rule]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "opening",
    [
        "USGS data show",
        "Figures from the U.S. Geological Survey show",
        "USGS estimates indicate that",
    ],
)
def test_a_share_after_a_sources_figures_is_the_countrys(tmp_path, opening):
    share, year = china_share("antimony")
    said = f"{opening} China mined {share}% of the world's antimony in {year}."
    assert _verdict(tmp_path, said, "share by stage").verdict == Label.SUPPORTED
    wrong = f"{opening} China mined {share + 20}% of the world's antimony in {year}."
    assert _verdict(tmp_path, wrong, "share by stage").verdict == Label.UNSUPPORTED


def test_a_rank_after_a_sources_figures_is_the_countrys(tmp_path):
    said = "USGS estimates show China was the largest producer of antimony."
    assert _verdict(tmp_path, said, "rank of producers").verdict == Label.SUPPORTED


def test_reserves_after_a_sources_figures_are_the_countrys(tmp_path):
    order = reserve_order(EDITION)
    said = f"USGS data show {order[0]} has the world's largest rare earth reserves."
    assert _verdict(tmp_path, said, "rank of reserves").verdict == Label.SUPPORTED


def test_a_country_that_shows_something_is_not_a_source(tmp_path):
    """The twin: no figures noun before the verb, no source span."""
    assert attribution_spans("China shows no sign of easing its export controls.") == []
    share, year = china_share("antimony")
    said = f"China mined {share}% of the world's antimony in {year}, the data show."
    assert _verdict(tmp_path, said, "share by stage").verdict == Label.SUPPORTED


def test_the_source_span_ends_at_the_verb():
    text = "USGS data show China mined most of the world's antimony."
    assert attribution_spans(text) == [(0, len("USGS data show"))]


@pytest.mark.parametrize(
    "opening",
    [
        "A Brazilian government study finds",
        "A Swiss government report says",
        "A Japanese survey found that",
    ],
)
def test_a_share_after_a_document_is_the_countrys_not_its_authors(tmp_path, opening):
    """A document holding the figures opens the claim like the figures do: its author (a
    country's government, named since round 38's ent38) never holds the share (round 38, the
    lead's merge of ent38: 'Brazilian government study finds China dominates 90% of ...')."""
    share, year = china_share("antimony")
    said = f"{opening} China mined {share}% of the world's antimony in {year}."
    assert _verdict(tmp_path, said, "share by stage").verdict == Label.SUPPORTED
    wrong = f"{opening} China mined {share + 20}% of the world's antimony in {year}."
    assert _verdict(tmp_path, wrong, "share by stage").verdict == Label.UNSUPPORTED


def test_a_country_that_reports_is_not_a_document():
    """The twin: no document noun before the verb ('China says' is left to the speech
    rules), so no source span opens the claim."""
    assert attribution_spans("China says it mined most of the world's antimony.") == []
