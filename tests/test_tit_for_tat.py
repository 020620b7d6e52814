"""Both sides' measures in one story (tit-for-tat news): who acts, who is affected, which
rate and which list, on made-up sentences. Rules: docs/factcheck-log.md ("Readings for
tit-for-tat news") and docs/factcheck.md ("Claim frames")."""

from __future__ import annotations

from conftest import dated_article
from conftest import dated_verdicts as _checked  # noqa: F401 (this file's helper name)
from conftest import first_verdict_with as _one

from analysis.article import quantities
from analysis.vocab import Label


def test_a_country_hit_with_a_tariff_is_the_affected_side_not_the_actor(tmp_path):
    v = _one(
        tmp_path,
        "President Trump said on Wednesday that China would be hit with a 34 percent duty.",
        "2025-04-05",
        "hit with",
    )
    assert v.claim.frame.actor_country == "USA", v.claim.frame
    assert v.claim.frame.partner == "CHN", v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_country_that_faced_a_tariff_does_not_impose_it(tmp_path):
    v = _one(tmp_path, "Last month the United States faced a 34% levy.", "2025-05-02", "faced")
    # read as a tariff measure whose affected side is the country that faced it
    assert (v.claim.frame.kind, v.claim.frame.action) == ("measure", "tariff"), v.claim.frame
    assert v.claim.frame.partner == "USA", v.claim.frame
    assert v.claim.frame.actor_country != "USA", v.claim.frame


def test_a_hyphenated_percent_is_a_rate():
    q = quantities.quantity("a 34-percent duty on all goods", [])
    assert q is not None and q.value == 34.0 and q.unit == "%", q


def test_a_rate_added_to_is_another_duty_s_rate(tmp_path):
    v = _one(
        tmp_path,
        "President Trump on Wednesday announced a 34 percent tariff on China on top of the "
        "20 percent he imposed earlier this year.",
        "2025-04-05",
        "34 percent",
    )
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_quoted_list_name_is_the_list(tmp_path):
    v = _one(
        tmp_path,
        'Beijing added 11 US drone makers to its "unreliable entity" list on Friday.',
        "2025-04-06",
        "unreliable",
    )
    assert v.claim.frame.action == "listing", v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale
    assert any("uel" in k for e in v.evidence for k in e.values), v.evidence


def test_a_quoted_list_name_is_found_as_the_instrument(tmp_path):
    art = dated_article(
        tmp_path, 'Beijing named 11 firms to its "unreliable entity" list.', "2025-04-06"
    )
    assert "Unreliable Entity List" in {e.canonical for e in art.entities}, art.entities


def test_an_import_tax_rate_is_a_tariff_rate(tmp_path):
    v = _one(
        tmp_path,
        "Under the truce Beijing will cut its import tax on US goods to 10 percent from 125 "
        "percent.",
        "2025-05-12",
        "import tax",
    )
    assert v.claim.frame.kind == "measure", v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_tariff_on_all_goods_does_not_take_the_other_measure_s_goods(tmp_path):
    v = _one(
        tmp_path,
        "Beijing says it will levy a 34% tariff on all US goods and curb exports of rare earths.",
        "2025-04-04",
        "34%",
    )
    assert v.claim.frame.goods == (), v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_government_that_says_a_tariff_will_be_imposed_imposes_it(tmp_path):
    v = _one(
        tmp_path,
        "On Friday, the duties would be imposed from April 10, China's Ministry of Finance said.",
        "2025-04-05",
        "April 10",
    )
    assert v.claim.frame.actor_country == "CHN", v.claim.frame


def test_a_target_word_of_the_sentence_before_does_not_make_the_next_subject_a_target(
    tmp_path,
):
    v = _one(
        tmp_path,
        "A reply to the US\n\nChina imposed a 34% tariff on all US goods on Friday.",
        "2025-04-05",
        "imposed",
    )
    assert v.claim.frame.actor_country == "CHN", v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_deal_reached_on_a_weekday_lies_before_the_article(tmp_path):
    art = dated_article(
        tmp_path, "Here are the terms of the deal struck in Busan on Thursday.", "2025-11-01"
    )
    assert {d.text: str(d.date) for d in art.dates}["Thursday"] == "2025-10-30"


def test_the_goods_of_the_other_side_s_earlier_measure_are_not_the_claim_s(tmp_path):
    v = _one(
        tmp_path,
        "Beijing banned exports of gallium and germanium to the US on Tuesday, a day after "
        "Washington's new curbs on the chip sector.",
        "2024-12-03",
        "banned",
    )
    assert "semiconductors" not in v.claim.frame.goods, v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale


def test_a_pause_on_export_controls_is_never_a_tariff_suspension(tmp_path):
    v = _one(
        tmp_path,
        "Beijing agreed to a one-year pause on the export controls it unveiled last month.",
        "2025-11-01",
        "pause",
    )
    matched = [k for e in v.evidence for k in e.values]
    assert matched and not any("tariff" in k for k in matched), matched


def test_examples_of_other_materials_are_not_called_rare_earths(tmp_path):
    v = _one(
        tmp_path,
        "Beijing will grant licences for rare earths and other metals such as gallium and "
        "antimony.",
        "2025-11-01",
        "licences",
    )
    assert v.claim.frame.kind != "taxonomy", v.claim.frame
    assert v.verdict == Label.NOT_CHECKABLE, v.rationale


def test_the_side_whose_move_comes_after_the_other_s_does_not_act_in_it(tmp_path):
    v = _one(
        tmp_path,
        "Beijing's move comes after the United States on Monday imposed new curbs on exports "
        "of chips to China.",
        "2024-12-03",
        "after the United States",  # a claim apart from "Beijing's move comes" (fx35h)
    )
    assert v.claim.frame.actor_country == "USA", v.claim.frame
    assert v.verdict == Label.SUPPORTED, v.rationale
