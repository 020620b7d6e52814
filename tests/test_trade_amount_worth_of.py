"""An amount "worth of" a class of goods is a figure of part of the trade (round 32,
fcf32): "exported a record $147.4 billion worth of food" (American Ag Network) was judged
as all US goods exports to China; the trade table has all goods together, so the claim is
not checkable, as "$14 billion in soybeans" already was. "worth of goods" is all goods and
still decided. Made-up sentences; the 2023 figure is the Census row of the trade table."""

from __future__ import annotations

from conftest import dated_verdicts

from analysis.vocab import Label


def _trade(found):
    return [x for x in found if x.rule == "trade figure"]


def test_an_amount_worth_of_a_class_of_goods_is_part_of_the_trade(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "The United States exported $40.1 billion worth of farm machinery to China in 2023.",
        "2024-03-01",
    )
    rated = _trade(found)
    assert [x.verdict for x in rated] == [Label.NOT_CHECKABLE]
    assert "part of the trade (farm machinery)" in rated[0].rationale


def test_an_amount_worth_of_goods_is_all_goods(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "The United States exported $147.8 billion worth of goods to China in 2023.",
        "2024-03-01",
    )
    assert [x.verdict for x in _trade(found)] == [Label.SUPPORTED]
