"""The partner a trade claim names after its preposition when its frame took that country
as the actor (analysis/evidence/trade_partner.py, round 30). Made-up sentences; the record
year is read from the Census table, never typed."""

from __future__ import annotations

from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.vocab import Label


def _record_year() -> int:
    """The year of the widest US goods deficit with China in the table."""
    table = trade.goods_trade().set_index("year")
    return int(table["balance"].abs().idxmax())


def _after(year: int) -> str:
    return f"{year + 1}-06-01"


def test_a_record_deficit_with_china_is_checked(tmp_path):
    year = _record_year()
    text = f"Officials said on Tuesday that the goods deficit with China set a record in {year}."
    x = _of(tmp_path, text, _after(year), "set a record")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "trade figure"


def test_a_record_deficit_with_another_country_stays_not_checkable(tmp_path):
    year = _record_year()
    text = f"Officials said on Tuesday that the goods deficit with Japan set a record in {year}."
    x = _of(tmp_path, text, _after(year), "set a record")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_record_deficit_with_no_partner_stays_not_checkable(tmp_path):
    year = _record_year()
    text = f"Officials in Beijing said on Tuesday that the goods deficit set a record in {year}."
    x = _of(tmp_path, text, _after(year), "set a record")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def _bn(value: float) -> str:
    return f"${abs(value) / 1000:.1f} billion"


def _compared(tmp_path, scale: float):
    table = trade.goods_trade().set_index("year")
    year = _record_year()
    now, before = table.at[year, "balance"], table.at[year - 1, "balance"] * scale
    text = (
        f"The trade gap with China rose to {_bn(now)} in {year}, from the previous "
        f"record of {_bn(before)} in {year - 1}, the Commerce Department said."
    )
    return _of(tmp_path, text, _after(year), "previous record")


def test_a_clause_holding_only_the_figure_compared_with_is_that_years(tmp_path):
    x = _compared(tmp_path, 1.0)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "trade figure"


def test_a_wrong_figure_compared_with_is_not_supported(tmp_path):
    x = _compared(tmp_path, 1.5)  # half as large again: far beyond any rounding
    assert x.verdict == Label.UNSUPPORTED, x.rationale
