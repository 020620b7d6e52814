"""Figures read right on made-up sentences (branch fcf5): names written with either
apostrophe, what a figure is of, and which figures the tables cannot decide."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with as _checked

from analysis.analyses import trade
from analysis.article import document, quantities
from analysis.data import datasets
from analysis.vocab import Label


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


# --- production tonnages and their changes ---------------------------------------------------

_EDITION = "MCS 2022"  # the USGS edition public on 2022-03-01, the articles' date below
_DAY = "2022-03-01"


def _graphite(country: str, year: int) -> float:
    t = datasets.load("critical_minerals_mine_production")
    row = t[
        (t["commodity"] == "graphite (natural)")
        & (t["country"] == country)
        & (t["year"] == year)
        & (t["source_edition"] == _EDITION)
    ]
    return float(row["value"].iloc[0])


def _tonnes(value: float) -> str:
    return f"{value:,.0f} tonnes"


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [("820K tonnes", 820_000), ("1.5M tonnes", 1_500_000), ("2 million tonnes", 2_000_000)],
)
def test_a_tonnage_may_be_abbreviated(text, tonnes):
    ((_, q),) = quantities.tonnages(text, [])
    assert q.value == tonnes


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Around 40% of production in Peru was concentrate.", "composition"),
        ("About 30% of the output was flake.", "composition"),
        # a content in a product (`content` of `not_shares.composition`), not a share of supply
        ("Alloys with a 2% gallium content need a licence.", "composition"),
        # a share of capacity (`not_shares.capacity`) is not one of what was produced
        ("Indonesia holds about 40% of global nickel smelting capacity.", "capacity"),
        ("Norway took a 15% share of total exports.", "exports"),
        ("Peru mines 40% of the world's tellurium.", quantities.WORLD),
    ],
)
def test_a_product_mix_or_a_share_of_exports_is_not_a_share_of_world_output(text, of):
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "%"]
    assert q.of == of


@pytest.mark.parametrize(
    ("text", "of"),
    [
        # a grade naming a kind of good, with or without its hyphen, is no purity
        ("Peru refines 60% of the world's battery grade tellurium.", quantities.WORLD),
        ("Peru refines 60% of the world's battery-grade tellurium.", quantities.WORLD),
        # a grade the figure gives is one (`not_shares.purity`)
        ("Peru sells tellurium of 99.9% grade.", "purity"),
        ("Peru sells tellurium of 99.9 percent grade.", "purity"),
        ("Peru sells tellurium with a grade of 99.95%.", "purity"),
    ],
)
def test_a_grade_is_a_purity_only_when_the_figure_gives_it(text, of):
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "%"]
    assert q.of == of


def test_a_share_of_a_grade_of_good_written_without_a_hyphen_is_checked(tmp_path):
    # IEA: China refined over 90% of battery-grade graphite in 2024 (processing_shares)
    text = "China refined more than 90% of the world's battery grade graphite in 2024."
    x = _checked(tmp_path, text, "2025-07-01", "battery grade")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_rate_of_change_beside_a_tonnage_is_checked_against_the_year_before(tmp_path):
    now, before = _graphite("World total", 2021), _graphite("World total", 2020)
    rate = (now - before) / before * 100
    right = f"Worldwide output of natural graphite climbed {rate:.1f}% to {_tonnes(now)} in 2021."
    assert _checked(tmp_path, right, _DAY, "climbed").verdict == Label.SUPPORTED
    wrong = right.replace(f"{rate:.1f}%", f"{rate + 10:.1f}%")
    assert _checked(tmp_path, wrong, _DAY, "climbed").verdict != Label.SUPPORTED


def test_a_tonnage_is_the_output_of_the_place_its_sentence_names_not_of_the_source(tmp_path):
    china = _graphite("China", 2021)
    text = (
        "The US Geological Survey published its figures. With "
        f"{_tonnes(china)} of natural graphite mined in 2021, China led the world."
    )
    assert _checked(tmp_path, text, _DAY, "mined in 2021").verdict == Label.SUPPORTED


def test_figures_given_respectively_are_each_countrys(tmp_path):
    brazil, russia = _graphite("Brazil", 2021), _graphite("Russia", 2021)
    text = (
        f"Output of natural graphite in Brazil and Russia reached {_tonnes(brazil)} and "
        f"{_tonnes(russia)} in 2021, respectively."
    )
    assert _checked(tmp_path, text, _DAY, "reached").verdict == Label.SUPPORTED


def test_a_tonnage_naming_no_mineral_is_of_the_articles_only_mineral(tmp_path):
    china, brazil = _graphite("China", 2021), _graphite("Brazil", 2021)
    text = (
        f"China mined {_tonnes(china)} of natural graphite in 2021. "
        f"Brazil's production reached {_tonnes(brazil)} in 2021."
    )
    assert _checked(tmp_path, text, _DAY, "Brazil").verdict == Label.SUPPORTED


# --- detection and grouping ------------------------------------------------------------------


def test_an_amount_written_with_the_iso_code_is_money():
    ((_, q),) = quantities.figures("a surplus of USD42.5 billion", [])
    assert (q.unit, q.value) == ("USD", 42.5e9)


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. deficit with China reached USD340 billion in 2019.",
        "Peru mined 95K tonnes of zinc concentrate in 2020.",
    ],
)
def test_a_figure_in_the_press_s_shorthand_makes_a_claim(sentence):
    found = document.from_text(sentence, {"headline": "", "published": "2022-05-01"})
    assert [c.text for c in found.claims], [n.reason for n in found.non_claims]


def test_a_conclusion_drawn_after_a_trade_figure_is_not_part_of_it(tmp_path):
    deficit = _bn(_year(2019)["balance"])
    text = (
        f"The US trade deficit with China narrowed to {deficit} in 2019, suggesting that "
        "the new tariffs on Chinese imports were working."
    )
    got = _checked(tmp_path, text, "2020-06-01", "narrowed")
    assert "suggesting" not in got.claim.text
    assert got.verdict == Label.SUPPORTED


# --- whose trade a figure is -----------------------------------------------------------------


def test_a_country_named_as_part_of_a_whole_is_not_the_partner(tmp_path):
    text = (
        "The US trade deficit fell to $577.4 billion in 2019 as imports, particularly "
        "from China, declined."
    )
    got = _checked(tmp_path, text, "2020-06-01", "577.4")
    assert got.verdict == Label.NOT_CHECKABLE


def test_a_total_over_every_partner_is_not_trade_with_china(tmp_path):
    text = (
        "US imports from China fell sharply in 2019. In 2019 the total trade gap shrank by "
        "nearly $10 billion."
    )
    got = _checked(tmp_path, text, "2020-06-01", "total trade gap")
    assert got.verdict == Label.NOT_CHECKABLE
    assert "every partner" in got.rationale


def test_excluding_services_leaves_goods(tmp_path):
    deficit = _bn(_year(2019)["balance"])
    text = f"Excluding services, the US goods deficit with China was {deficit} in 2019."
    assert _checked(tmp_path, text, "2020-06-01", deficit).verdict == Label.SUPPORTED


def test_imports_of_chinese_goods_hit_by_tariffs_are_a_trade_figure(tmp_path):
    t = trade.goods_trade().set_index("year")
    before, now = float(t.at[2018, "imports"]), float(t.at[2019, "imports"])
    rate = (before - now) / before * 100
    text = f"In 2019, imports of Chinese goods hit by the new tariffs fell {rate:.1f} percent."
    got = _checked(tmp_path, text, "2020-06-01", "fell")
    assert got.claim.frame.kind == "trade"
    assert got.verdict == Label.SUPPORTED


def test_the_day_figures_are_released_is_not_the_year_they_are_for(tmp_path):
    deficit = _bn(_year(2019)["balance"])
    text = (
        f"The US trade deficit with China stood at {deficit}, according to data released "
        "today by the Census Bureau."
    )
    assert _checked(tmp_path, text, "2020-02-05", deficit).verdict == Label.SUPPORTED


def test_a_rank_clause_takes_the_mineral_its_sentence_names():
    sentence = "Tungsten output climbed in 2021 as Vietnam consolidated its top producer status."
    found = document.from_text(sentence, {"headline": "", "published": "2022-05-01"})
    assert any("top producer" in c.text for c in found.claims)


def test_a_share_moving_from_one_level_to_another_is_checked_on_the_level_it_reached(tmp_path):
    start, end = (_graphite("China", y) / _graphite("World total", y) * 100 for y in (2020, 2021))
    text = (
        f"China's share of world natural graphite output went up from {start:.0f}% in 2020 to "
        f"{end:.0f}% in 2021."
    )
    (q,) = [q for _, q in quantities.figures(text, []) if q.value == round(start)]
    assert q.of == quantities.WORLD  # a level, not a rate of change
    assert _checked(tmp_path, text, _DAY, "went up").verdict == Label.SUPPORTED


def test_a_third_countrys_trade_with_china_is_not_the_us_table(tmp_path):
    exports = _bn(_year(2019)["exports"])
    text = f"South Korea's exports to China reached {exports} in 2019."
    got = _checked(tmp_path, text, "2020-06-01", "South Korea")
    assert got.verdict == Label.NOT_CHECKABLE
    us = f"US exports to China reached {exports} in 2019."
    assert _checked(tmp_path, us, "2020-06-01", "US exports").verdict == Label.SUPPORTED
