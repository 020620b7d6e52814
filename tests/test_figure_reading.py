"""Figures read right on made-up sentences (branch fcf5): names written with either
apostrophe, what a figure is of, and which figures the tables cannot decide."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article

from analysis.analyses import trade
from analysis.article import document
from analysis.evidence import factcheck
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _checked(tmp_path: Path, text: str, published: str, words: str) -> Verdict:
    found = list(factcheck.check(dated_article(tmp_path, text, published)))
    hits = [x for x in found if words in x.claim.text]
    assert hits, f"no claim with {words!r} in {[x.claim.text for x in found]}"
    return hits[0]


def test_a_name_with_a_curly_apostrophe_is_the_same_place():
    for mark in ("'", "’"):
        text = f"Exports to the People{mark}s Republic of China rose last year."
        ents = document.from_text(text, {"headline": "", "published": "2022-05-01"}).entities
        (china,) = [e for e in ents if "Republic" in e.text]
        assert china.canonical == "China", mark


def _year(year: int) -> dict[str, float]:
    t = trade.goods_trade().set_index("year")
    return {flow: abs(float(t.at[year, flow])) for flow in ("exports", "imports", "balance")}


def _bn(millions: float) -> str:
    return f"${millions / 1000:.1f} billion"


def test_an_amount_in_a_named_product_is_beyond_the_all_goods_table(tmp_path):
    text = "In 2019 the United States imported $9.5 billion in garden furniture from China."
    got = _checked(tmp_path, text, "2020-06-01", "garden furniture")
    assert got.verdict == Label.NOT_CHECKABLE
    assert "garden furniture" in got.rationale


def test_an_amount_in_goods_is_all_the_trade(tmp_path):
    y = _year(2019)
    text = f"In 2019 the United States exported {_bn(y['exports'])} in goods to China."
    assert _checked(tmp_path, text, "2020-06-01", "in goods").verdict == Label.SUPPORTED


def test_an_amount_in_total_trade_is_exports_and_imports_together(tmp_path):
    y = _year(2019)
    both = _bn(y["exports"] + y["imports"])
    text = (
        f"In 2019 the United States exported {_bn(y['exports'])} to China and imported "
        f"{_bn(y['imports'])} from China, making {both} in total trade and a "
        f"{_bn(y['balance'])} deficit."
    )
    assert _checked(tmp_path, text, "2020-06-01", "total trade").verdict == Label.SUPPORTED
