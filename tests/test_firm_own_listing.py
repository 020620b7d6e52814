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


# a government's rule of the claim's day on the group of goods (naming no firm) is the
# measure of a claim that names the firm whose goods it covers but no product of it; a
# measure naming the firm on another day (the H20/MI308 rule of April 2025) is not
GROUP = [
    "The US government limited sales of advanced processors by Nvidia to China in October 2022.",
    "Washington curbed shipments of high-end processors designed by AMD to China in October 2022.",
]


@pytest.mark.parametrize("text", GROUP)
def test_a_governments_rule_on_the_group_of_the_claims_day_decides(tmp_path, text):
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-12-01"), "October")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "October 7 interim final rule" in x.rationale


# twins: a product named (the rule naming it is its measure, whatever day the group's), and a
# listing of other firms of the claim's day (not the named firm's listing)
TWINS = [
    ("Washington curbed shipments of AMD's MI308 processors to China in October 2022.", "MI308"),
    ("The US added SMIC to the Entity List in December 2022.", "SMIC"),
]


@pytest.mark.parametrize(("text", "needle"), TWINS)
def test_a_product_or_another_firms_listing_does_not_take_the_days_measure(tmp_path, text, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-12-01"), needle)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
