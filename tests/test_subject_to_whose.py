"""The country after "subject to" ("gallium is subject to US export controls") is whose
measure it is, not the side it targets (`target_words`, `affected_before` in
data/lexicon/claims.yaml; docs/factcheck-log.md, "Differential test of round 31's merges (round
31, branch dt26)"): read as the target, the frame had no actor and another country's
controls on the goods bore the claim out. Made-up sentences; goods and days from the
catalog."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.article import parties
from analysis.data import goods
from analysis.evidence.measure_details import day_of
from analysis.vocab import Label


def _chinese_control_alone():
    """A Chinese export control on a mineral no US measure of the catalog covers."""
    every = measures.measures()
    us_goods = {g for gs in every.loc[every["implementing_iso3"] == "USA", "goods"] for g in gs}
    mine = every.loc[
        (every["implementing_iso3"] == "CHN")
        & (every["measure_type"] == "export_licence_requirement")
        & every["effective"].notna()
    ]
    for _, m in mine.iterrows():
        for g in m["goods"]:
            if g not in us_goods and goods.is_mineral(g):
                return m, g
    raise AssertionError("no such control in the catalog")


def test_a_demonym_after_subject_to_is_not_the_side_affected():
    assert parties.demonym_affected("tin is subject to Chinese export controls") is None
    assert parties.demonym_affected("tin was subjected to Japanese curbs") is None
    assert parties.demonym_affected("curbs on exports to Chinese firms") == "CHN"


def test_goods_subject_to_another_country_s_controls_are_not_borne_out_by_china_s(tmp_path):
    m, good = _chinese_control_alone()
    day = day_of(m["effective"])
    said = f"{day:%B} {day.day}, {day.year}"
    name = goods.label(good)
    published = str(day.replace(year=day.year + 2))
    text = f"Since {said}, {name} has been subject to US export controls."
    x = verdict_about(dated_verdicts(tmp_path, text, published), "US export")
    assert x.verdict != Label.SUPPORTED and m["title"] not in x.rationale, x.rationale
    twin = f"Since {said}, {name} has been subject to Chinese export controls."
    y = verdict_about(dated_verdicts(tmp_path, twin, published), "Chinese export")
    assert y.verdict == Label.SUPPORTED, y.rationale
