"""Round 33's review (rev33, /work/prompts/rev33-findings.md), its confirmed findings.

1. China's two tariff measures whose sourced product text names medical equipment (2018's
   $16 bn list, 2019's rates on the $60 bn list) and their tariff rows hold `medical_goods`,
   so a claim of Chinese tariffs on US medical equipment is checked against them.
"""

from __future__ import annotations

from conftest import checked_about

from analysis.vocab import Label


def test_china_s_2018_tariff_on_us_medical_equipment_is_checked_against_its_list(tmp_path):
    x = checked_about(
        tmp_path,
        "Beijing put 25% tariffs on American medical equipment in August 2018, officials said.",
        "2018-09-03",
        "medical equipment",
    )
    assert x.claim.frame.goods == ("medical_goods",)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "chn-2018-08-08-retaliatory-tariffs-16bn" in str(x.evidence), x.evidence


def test_a_tariff_on_medical_equipment_is_read_on_china_s_2019_category(tmp_path):
    x = checked_about(
        tmp_path,
        "From June 2019 China kept a 5% tariff on US medical equipment, customs said.",
        "2019-06-12",
        "medical equipment",
    )
    assert x.claim.frame.goods == ("medical_goods",)
    assert x.verdict == Label.SUPPORTED, x.rationale
