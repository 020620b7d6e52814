"""Which year, period and partner a trade figure is read for (analysis/evidence/
trade_checks.py): a year that dates a figure compared with, the period of the sentences
before an undated figure, a partner named as one of many, and two-way trade between China
and the US. One-paragraph made-up articles of a stated date; figures come from the table."""

from __future__ import annotations

from conftest import dated_article
from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.vocab import Label


def _bn(year: int, flow: str) -> str:
    table = trade.goods_trade().set_index("year")
    value = table.at[year, "exports"] + table.at[year, "imports"] if flow == "total" else None
    value = abs(float(table.at[year, flow] if value is None else value))
    return f"${value / 1000:.1f} billion"


def test_a_year_after_a_compared_figure_is_not_the_figures_year(tmp_path):
    text = (
        f"US exports to China climbed last year to {_bn(2022, 'exports')} after "
        f"{_bn(2019, 'exports')} in 2019."
    )
    x = _of(tmp_path, text, "2023-03-15", "last year")
    assert x.verdict == Label.SUPPORTED and "2022" in x.rationale, x.rationale


def test_a_record_set_in_a_year_is_not_the_figures_year(tmp_path):
    text = (
        f"US imports from China fell to {_bn(2023, 'imports')}, far below the record set in 2018."
    )
    x = _of(tmp_path, text, "2024-03-15", "fell to")
    assert x.verdict == Label.SUPPORTED and "2023" in x.rationale, x.rationale


def test_a_partner_named_as_one_of_many_is_not_the_figures_partner(tmp_path):
    text = (
        "The American trade gap grew 9% to $610 billion, driven by purchases from "
        "China and other nations."
    )
    x = _of(tmp_path, text, "2023-03-15", "9%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_an_undated_figure_takes_the_month_named_just_before_it(tmp_path):
    text = (
        "The US goods deficit with China shrank sharply in March. "
        f"Exports to China rose by $1.1 billion to {_bn(2023, 'exports')}."
    )
    x = _of(tmp_path, text, "2024-05-10", "rose by")
    assert x.verdict == Label.NOT_CHECKABLE and "March" in x.rationale, x.rationale


def test_an_undated_figure_after_a_year_is_still_decided(tmp_path):
    text = (
        "The US goods deficit with China shrank sharply in 2023. "
        f"Exports to China came to {_bn(2023, 'exports')}."
    )
    x = _of(tmp_path, text, "2024-05-10", "came to")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_two_way_trade_between_china_and_the_us_is_checked(tmp_path):
    """The phrase "the two countries" is read from the sentence before: China the actor, the US the
    partner; two-way trade is the same seen from either side."""
    text = (
        "Companies in the US and China kept doing business with each other. Total goods "
        f"trade between the two countries grew to {_bn(2022, 'total')} in 2022."
    )
    x = _of(tmp_path, text, "2023-03-15", "grew to")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_consequence_clause_keeps_its_own_flow_not_the_facts_measure(tmp_path):
    """A clause "causing imports to drop 12 percent" is a trade figure, not the tariff before."""
    art = dated_article(
        tmp_path,
        "Washington raised duties again, causing US imports from China to drop 12 percent in 2019.",
        "2020-06-01",
    )
    found = [c for c in art.claims if "12 percent" in c.text]
    assert found and found[0].frame.kind == "trade", [(c.text, c.frame) for c in art.claims]


def test_imports_to_china_are_us_exports(tmp_path):
    table = trade.goods_trade().set_index("year")
    change = 100 * (table.at[2019, "exports"] / table.at[2018, "exports"] - 1)
    text = f"American imports to China fell {abs(change):.1f} percent in 2019."
    x = _of(tmp_path, text, "2021-06-01", "percent")
    assert x.verdict == Label.SUPPORTED and "exports" in x.rationale, x.rationale
