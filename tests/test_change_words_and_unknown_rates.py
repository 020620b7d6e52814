"""Two faults of the measure checks (round 32, fcf32), on made-up sentences.

A word of change among the relaxation cues ("reduced", "lower": `easing_changes`) eases
only a measure its clause names: "the reduced dependence of the United States on China" and
"exports stayed lower than a year earlier" name none, and were supported by any catalogued
relaxation of that side (`measure_acts.first_easing`). A measure word of another kind, a rate
or a quota (`easing_objects`) keeps the relaxation.

A rate a claim says was replaced ("from 7.5% to 25%") is checked against the rate the
tariff table says the measure replaced; where the table gives none (its source states
none), the claim was judged wrong on a figure the data does not hold
(`verdicts.decide_tariff_rates`)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import measure_reading
from analysis.evidence import verdicts as v
from analysis.vocab import Label


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The figures highlight the reduced dependence of the United States on China.",
            "2024-03-01",
        ),
        ("Washington's reduced reliance on Chinese factories shows in the data.", "2024-03-01"),
        ("In 2025, China's germanium exports stayed lower than a year earlier.", "2025-12-01"),
    ],
)
def test_a_change_word_with_no_measure_decides_nothing(tmp_path, text, published):
    found = dated_verdicts(tmp_path, text, published)
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict, x.rule) for x in found
    ]
    assert not any(x.rule == "measure in the catalog" and x.evidence for x in found)


@pytest.mark.parametrize(
    "text",
    [
        "the reduced dependence of the United States on China",
        "germanium exports stayed lower than a year earlier",
    ],
)
def test_a_change_word_alone_is_no_relaxation(text):
    assert measure_reading.action(text) != "relaxation"


@pytest.mark.parametrize(
    "text",
    [
        "China lowered its tariffs on US goods to 10%",
        "The United States reduced the rate on Chinese goods to 30%",
        "Beijing lowered its export quota for tungsten",
        "Washington reduced export controls on aircraft parts",
    ],
)
def test_a_change_word_on_a_measure_rate_or_quota_stays_a_relaxation(text):
    assert measure_reading.action(text) == "relaxation"


def test_a_stated_rate_cut_is_still_checked(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "The United States reduced the rate on Chinese goods to 30% on May 14, 2025.",
        "2025-05-20",
    )
    rated = [x for x in found if x.rule == "tariff rate"]
    assert rated and rated[0].verdict == Label.SUPPORTED


def test_a_replaced_rate_the_table_lacks_is_not_judged():
    # (fcr32's reading, kept at the merge: partly supported, the rate replaced unchecked)
    decision = v.decide_tariff_rates([25], [7.5], [25], [])
    assert decision.label == Label.PARTLY
    assert "records no rate it replaced" in decision.rationale
    # a replaced rate the table gives is still judged
    assert v.decide_tariff_rates([100], [50], [100], [25]).label == Label.UNSUPPORTED
    # and so is a wrong new rate with no replaced rate in the table
    assert v.decide_tariff_rates([50], [7.5], [25], []).label == Label.UNSUPPORTED


def test_a_rise_from_an_unrecorded_rate_is_decided_on_the_new_rate(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "The Biden administration raised tariffs on Chinese steel and aluminum products "
        "from 7.5% to 25%.",
        "2024-05-20",
    )
    rated = [x for x in found if x.rule == "tariff rate"]
    assert rated and rated[0].verdict == Label.PARTLY
    assert "records no rate it replaced" in rated[0].rationale
    wrong = dated_verdicts(
        tmp_path,
        "The Biden administration raised tariffs on Chinese electric vehicles from 50% to 100%.",
        "2024-05-20",
    )
    assert [x.verdict for x in wrong if x.rule == "tariff rate"] == [Label.UNSUPPORTED]
