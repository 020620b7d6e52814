"""Trade sentences stating figures of several years, two flows, a change against a named
earlier year's figure and a level "at the end of" a year (round 33, fx33t: The Balance's
explainer and Daily Management Review). Made-up sentences; every figure is read from the
Census table (`us_china_goods_trade_annual`), never typed."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.vocab import Label


def _bn(flow: str, year: int, scale: float = 1.0) -> str:
    """The table's figure of a flow (the balance as its magnitude), as "$123.4 billion"."""
    table = trade.goods_trade().set_index("year")
    return f"${abs(float(table.at[year, flow])) * scale / 1000:.1f} billion"


def _change(flow: str, year: int) -> float:
    """The table's change of a flow from the year before, in percent of its magnitude."""
    table = trade.goods_trade().set_index("year")
    now, before = abs(float(table.at[year, flow])), abs(float(table.at[year - 1, flow]))
    return (now - before) / before * 100


@pytest.mark.parametrize(
    ("scale", "label"),
    [(1.0, Label.SUPPORTED), (0.8, Label.PARTLY)],  # the following year's figure 20% off
)
def test_each_figure_of_a_series_is_checked_against_its_own_year(tmp_path, scale, label):
    text = (
        f"The US goods deficit with China stood at {_bn('balance', 2010)} in 2010 and widened "
        f"to {_bn('balance', 2014)} by 2014 before reaching {_bn('balance', 2015, scale)} the "
        "following year."
    )
    x = _of(tmp_path, text, "2021-03-01", "by 2014")
    assert x.verdict == label, x.rationale
    assert x.rule == "trade figure"
    assert "in 2014" in x.rationale and "in 2015" in x.rationale, x.rationale


def test_a_year_opening_the_sentence_and_a_year_after_the_last_figure(tmp_path):
    text = (
        f"By 2017, the deficit with China had grown to {_bn('balance', 2017)} before "
        f"shrinking to {_bn('balance', 2023)} in 2023."
    )
    x = _of(tmp_path, text, "2024-03-01", "had grown")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "in 2017" in x.rationale and "in 2023" in x.rationale, x.rationale


def test_the_flow_named_in_a_clause_after_because_is_the_figure_s(tmp_path):
    text = (
        f"The trade gap persists because US exports to China came to just "
        f"{_bn('exports', 2021)}, while imports from China reached {_bn('imports', 2021)}."
    )
    x = _of(tmp_path, text, "2022-03-01", "exports to China")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "exports" in x.rationale, x.rationale


@pytest.mark.parametrize(
    ("compared", "label", "sign"),
    [
        ("lower than 2022's {before} deficit", Label.SUPPORTED, "-"),
        ("higher than in 2022", Label.UNSUPPORTED, "+"),  # the wrong way: refuted
    ],
)
def test_a_rate_against_a_named_earlier_year_is_a_change(tmp_path, compared, label, sign):
    fall = -_change("balance", 2023)
    said = compared.format(before=_bn("balance", 2022))
    text = (
        f"The US goods deficit with China for 2023 was {_bn('balance', 2023)}, {fall:.0f}% {said}."
    )
    x = _of(tmp_path, text, "2024-03-01", said.split()[0])
    assert x.verdict == label, x.rationale
    assert "in 2022 to" in x.rationale, x.rationale  # the change from 2022, not a share
    assert f"(the claim: {sign}{round(fall)}.0%)" in x.rationale, x.rationale


@pytest.mark.parametrize(
    ("since", "label"),
    [(2016, Label.SUPPORTED), (2012, Label.PARTLY)],  # 2013's deficit was smaller than 2019's
)
def test_a_level_at_the_end_of_a_year_is_the_year_s_with_its_extreme(tmp_path, since, label):
    text = (
        f"At the end of 2019, the deficit with China had fallen to {_bn('balance', 2019)}, "
        f"the lowest since {since}."
    )
    x = _of(tmp_path, text, "2020-03-01", "At the end of 2019")
    assert x.verdict == label, x.rationale  # the level holds; the extreme decides the rest
    assert f"since {since}" in x.rationale, x.rationale


def test_a_level_at_the_end_of_a_month_stays_part_of_a_year(tmp_path):
    text = f"At the end of June 2019, the deficit with China had fallen to {_bn('balance', 2019)}."
    x = _of(tmp_path, text, "2020-03-01", "deficit with China")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def _mined(year: int) -> str:
    """China's rare earth mine production of a year in MCS 2024, as "123,456 tonnes"."""
    from analysis.data import datasets

    t = datasets.load("rare_earths_mine_production")
    row = t.loc[
        (t["country"] == "China") & (t["year"] == year) & (t["source_edition"] == "MCS 2024")
    ]
    return f"{float(row['value'].iloc[0]):,.0f} tonnes"


def test_a_tonnage_of_the_following_year_is_checked_for_that_year(tmp_path):
    """The tonnage check reads the same years (`figure_years`): "the following year" is the
    year after the figure before's."""
    text = (
        f"China mined {_mined(2022)} of rare earths in 2022 and {_mined(2023)} the following year."
    )
    x = _of(tmp_path, text, "2024-06-01", "mined")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "in 2023" in x.rationale, x.rationale
