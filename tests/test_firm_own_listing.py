"""A firm's own listing of the claim's day is its measure (round 26, dt20): when the measures
on the claim's goods that name its firm ("Huawei-designed chips", May 2020) fit none of its
dates, the listing naming that firm whose days fit (Huawei's of May 2019, which names no
goods) is the measure, not the later rule on the goods (fca17's `naming_firms` made such
claims unsupported; before it they were not checkable). Made-up sentences keyed by hand from
`data/sources/measures.csv`."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

# (sentence, article date, needle, measure the verdict must cite)
LISTED = [
    (
        "Broadcom was prohibited from shipping semiconductors to Huawei in May 2019.",
        "2021-03-01",
        "Broadcom",
        "Huawei Technologies Co., Ltd. and 68 non-US affiliates",
    ),
    (
        "American chipmakers were barred from supplying chips to Huawei in May 2019.",
        "2021-03-01",
        "American",
        "Huawei Technologies Co., Ltd. and 68 non-US affiliates",
    ),
]


@pytest.mark.parametrize(("text", "day", "needle", "title"), LISTED)
def test_the_firms_listing_of_the_claims_day_is_its_measure(tmp_path, text, day, needle, title):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    # a listing requires licences: not an outright ban, but the claim's day is right
    assert x.verdict == Label.PARTLY, x.rationale
    assert title in x.rationale


# twin: the rule on the goods naming the firm fits the claim's day, and stays its measure
def test_the_rule_on_the_goods_naming_the_firm_stays_when_its_day_fits(tmp_path):
    text = "Broadcom was prohibited from shipping semiconductors to Huawei in May 2020."
    x = verdict_about(dated_verdicts(tmp_path, text, "2021-03-01"), "Broadcom")
    assert "Foreign-produced direct product rule" in x.rationale, x.rationale
