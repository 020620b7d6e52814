"""US-China goods trade: gaps stay gaps, growth, windows around a measure, the balance check."""

from __future__ import annotations

import csv
import math

import pandas as pd
import pytest
from conftest import read_rows

from analysis.analyses import trade

CSV = "sources/us_china_goods_trade_annual.csv"


def _csv() -> dict[int, dict[str, str]]:
    return {int(r["year"]): r for r in read_rows(CSV)}


def test_values_as_published_and_gaps_stay_nan():
    rows = _csv()
    frame = trade.goods_trade().set_index("year")
    for year, r in rows.items():
        for flow in trade.FLOWS:
            text = r[f"{flow}_usd_millions"]
            got = frame.at[year, flow]
            if text:
                assert got == float(text)
            else:
                assert math.isnan(got), (year, flow)
    # pre-2001 exports and balances are missing in the source, never zero
    assert frame.loc[1985:2000, "exports"].isna().all()
    assert frame.loc[1985:2000, "balance"].isna().all()
    assert (frame["exports"].dropna() > 0).all()


def test_a_year_missing_from_the_file_becomes_a_row_of_nan(tmp_path):
    rows = [r for r in read_rows(CSV) if r["year"] != "2010"]
    path = tmp_path / "us_china_goods_trade_annual.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    frame = trade.goods_trade(path)
    gap = frame.set_index("year").loc[2010]
    assert math.isnan(gap["imports"]) and math.isnan(gap["exports"]) and pd.isna(gap["row"])
    growth = trade.growth("imports", frame).set_index("year")["growth_pct"]
    assert math.isnan(growth[2010]) and math.isnan(growth[2011])
    assert not math.isnan(growth[2012])


def test_growth_by_hand_and_nan_across_the_gap():
    rows = _csv()
    got = trade.growth("imports").set_index("year")["growth_pct"]
    hand = (
        float(rows[2023]["imports_usd_millions"]) / float(rows[2022]["imports_usd_millions"]) - 1
    ) * 100
    assert got[2023] == pytest.approx(hand)
    exports = trade.growth("exports").set_index("year")["growth_pct"]
    assert math.isnan(exports[2001])  # 2000 exports are missing
    assert not math.isnan(exports[2002])
    with pytest.raises(Exception, match="unknown trade flow 'export'"):
        trade.growth("export")


def test_around_a_measure_uses_the_years_on_each_side():
    rows = _csv()
    got = trade.around("2022-10-07", before=2, after=2).set_index("flow")
    imports = got.loc["imports"]
    assert imports["before_years"] == [2020, 2021]
    assert imports["after_years"] == [2023, 2024]
    before = sum(float(rows[y]["imports_usd_millions"]) for y in (2020, 2021)) / 2
    after = sum(float(rows[y]["imports_usd_millions"]) for y in (2023, 2024)) / 2
    assert imports["before_mean"] == pytest.approx(before)
    assert imports["after_mean"] == pytest.approx(after)
    assert imports["change_pct"] == pytest.approx((after - before) / before * 100)
    assert imports["event_value"] == float(rows[2022]["imports_usd_millions"])
    assert imports["rows"] == [37, 38, 40, 41]  # CSV lines of 2020, 2021, 2023, 2024
    assert len(imports["vintages"]) == 3


def test_around_reports_missing_years_instead_of_zeros():
    got = trade.around(2001).set_index("flow")
    exports = got.loc["exports"]
    assert exports["before_years"] == []
    assert exports["missing_years"] == [1999, 2000]
    assert math.isnan(exports["before_mean"]) and math.isnan(exports["change"])
    assert not math.isnan(got.loc["imports", "before_mean"])


def test_balance_equals_exports_minus_imports_within_the_declared_rounding():
    checked = trade.check_balance()
    assert checked["within"].all()
    rows = _csv()
    worst = max(
        abs(
            float(r["balance_usd_millions"])
            - (float(r["exports_usd_millions"]) - float(r["imports_usd_millions"]))
        )
        for r in rows.values()
        if r["balance_usd_millions"]
    )
    assert checked["difference"].abs().max() == pytest.approx(worst)
    assert trade.balance_tolerance() == 0.5
    assert len(checked) == sum(1 for r in rows.values() if r["exports_usd_millions"])


def test_a_balance_off_by_more_than_the_rounding_is_flagged():
    frame = trade.goods_trade()
    frame.loc[frame["year"] == 2023, "balance"] -= 5.0
    checked = trade.check_balance(frame).set_index("year")
    assert not checked.at[2023, "within"]
    assert checked.drop(index=2023)["within"].all()
