"""Trade values stated with their change twice over (an amount and a rate), changes set beside
the level in apposition, US imports from China named "China imports" beside another
country's clause, and an "all-time" extreme (round 34, fx34d: Kangnam Times, United
Steelworkers, American Ag Network, AJOT). Made-up sentences; every figure is read from the
Census table (`us_china_goods_trade_annual`), never typed."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.vocab import Label


def _flow(flow: str, year: int) -> float:
    """The table's figure of a flow in US$ billions (the balance as its magnitude)."""
    table = trade.goods_trade().set_index("year")
    return abs(float(table.at[year, flow])) / 1000


def _bn(value: float) -> str:
    return f"${value:.1f} billion"


def _fall(flow: str, year: int) -> tuple[float, float]:
    """The fall of a flow from the year before to `year`: in billions and in percent."""
    now, before = _flow(flow, year), _flow(flow, year - 1)
    return before - now, (before - now) / before * 100


@pytest.mark.parametrize(("off", "label"), [(0.0, Label.SUPPORTED), (40.0, Label.PARTLY)])
def test_a_change_in_apposition_is_of_the_level_s_flow_and_partner(tmp_path, off, label):
    size, rate = _fall("balance", 2023)
    text = (
        f"Notably, the goods deficit with China shrank to {_bn(_flow('balance', 2023))} in "
        f"2023, a steep decrease of {_bn(size + off)} ({rate:.1f}%) compared with the year "
        "before."
    )
    x = _of(tmp_path, text, "2024-03-01", "a steep decrease")
    assert x.verdict == label, x.rationale
    assert "US goods balance with China went from" in x.rationale, x.rationale


def test_an_amount_restating_a_rate_of_change_is_the_change_s_size(tmp_path):
    size, rate = _fall("imports", 2023)
    text = (
        f"In 2023 exports to China held up, while imports from China declined by {rate:.1f}%"
        f"({_bn(size)}) to {_bn(_flow('imports', 2023))} from the year before."
    )
    x = _of(tmp_path, text, "2024-03-01", "imports from China declined")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert f"the claim: -{size:.1f} bn" in x.rationale, x.rationale


def test_china_imports_before_its_verb_is_imports_from_china(tmp_path):
    _, rate = _fall("imports", 2023)
    text = f"Mexico Becomes Top U.S. Supplier; China Imports Slump by {rate:.1f}%"
    x = _of(tmp_path, text, "2024-03-01", "China Imports")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "US goods imports with China" in x.rationale, x.rationale


def test_goods_named_by_origin_beat_a_country_of_another_clause(tmp_path):
    _, rate = _fall("imports", 2023)
    text = (
        f"Mexico overtook the rest as top U.S. supplier; Chinese imports fell {rate:.1f}% in 2023."
    )
    x = _of(tmp_path, text, "2024-03-01", "Chinese imports")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_china_imports_in_a_sentence_not_naming_the_us_is_china_s_own(tmp_path):
    _, rate = _fall("imports", 2023)
    text = f"China imports fell {rate:.1f}% in 2023 as demand at home weakened."
    x = _of(tmp_path, text, "2024-03-01", "China imports")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_china_imports_as_a_verb_names_no_us_flow(tmp_path):
    text = "China imports soybeans from Brazil worth $50 billion in 2023."
    x = _of(tmp_path, text, "2024-03-01", "soybeans")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "BRA" in x.rationale, x.rationale


@pytest.mark.parametrize(
    ("flow", "year", "label"),
    [("balance", 2018, Label.SUPPORTED), ("balance", 2020, Label.UNSUPPORTED)],
)
def test_an_all_time_high_without_a_figure_is_a_record(tmp_path, flow, year, label):
    text = f"The trade gap with China reached an all-time high in {year}."
    x = _of(tmp_path, text, f"{year + 1}-03-15", "all-time high")
    assert x.verdict == label, x.rationale
    assert "in the table" in x.rationale, x.rationale


def test_an_all_time_high_with_a_figure_is_of_the_figure_s_year(tmp_path):
    text = (
        f"Exports to China climbed to an all-time high of {_bn(_flow('exports', 2022))}, while "
        f"imports rose to {_bn(_flow('imports', 2022))}, just under the record set in 2018."
    )
    x = _of(tmp_path, text, "2023-03-01", "all-time high")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "exports with China in 2022" in x.rationale.split("And:")[1], x.rationale
