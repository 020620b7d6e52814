"""Detection and time in straight news (batch fcd8): made-up sentences. Rules:
docs/factcheck-log.md ("a relaxation of curbs", "this weekday") and docs/article.md."""

from __future__ import annotations

from conftest import dated_article
from conftest import dated_verdicts as _verdicts

from analysis.article import measure_reading, opinions
from analysis.vocab import Label


def test_curbs_suspended_are_an_export_control_relaxation_not_a_tariff_cut(tmp_path):
    # China's catalogued relaxations before mid-2024 are tariff cuts and exclusions that
    # name no goods; none of them can be a suspension of curbs on tungsten
    (x,) = _verdicts(
        tmp_path,
        "Beijing said on Monday it would suspend its curbs on tungsten exports for a year.",
        "2024-06-03",
    )
    assert x.claim.frame.action == "relaxation", x.claim.frame
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def _claims(tmp_path, text, published):
    return dated_article(tmp_path, text, published).claims


def test_this_weekday_is_the_weekday_of_the_articles_week(tmp_path):
    # an article of Thursday 9 March 2023: "this Monday" is 6 March, "this Saturday" 11 March
    art = dated_article(
        tmp_path,
        "This Monday, the department revealed new curbs on tungsten exports. "
        "The curbs take effect this Saturday.",
        "2023-03-09",
    )
    days = {d.text: d.date for d in art.dates}
    assert str(days["This Monday"]) == "2023-03-06", days
    assert str(days["this Saturday"]) == "2023-03-11", days


def test_a_government_body_revealing_rules_announces_them(tmp_path):
    (claim,) = [
        c
        for c in _claims(
            tmp_path,
            "The trade ministry revealed on Monday that tungsten export permits would take "
            "immediate effect.",
            "2023-03-09",
        )
        if "Monday" in c.text
    ]
    (when,) = claim.frame.when
    assert when.role != "reported", when


def test_a_company_revealing_rules_is_news_of_them(tmp_path):
    (claim,) = [
        c
        for c in _claims(
            tmp_path,
            "On Monday, the chipmaker revealed that new export permits on tungsten apply to it.",
            "2023-03-09",
        )
        if "Monday" in c.text
    ]
    (when,) = claim.frame.when
    assert when.role == "reported", when


def test_a_measure_said_to_take_effect_is_not_a_forecast():

    said = "The ministry revealed on Monday that the export permits would take immediate effect."
    assert opinions.is_opinion(said) is None
    assert opinions.is_opinion("Analysts said the export permits would hurt miners.")


def test_the_date_of_controls_first_brought_in_dates_those_controls(tmp_path):
    (claim,) = [
        c
        for c in _claims(
            tmp_path,
            "Washington tightened its chip export controls, first brought in March 2021.",
            "2023-03-09",
        )
        if "2021" in c.text
    ]
    (when,) = [w for w in claim.frame.when if "2021" in w.text]
    assert when.role == "object", when


def test_new_regulations_are_rules_not_a_law():

    assert (
        measure_reading.action("The agency issued new regulations that tighten chip controls.")
        != "law"
    )
    assert measure_reading.action("The agency cited the regulations of the export law.") == "law"


def test_a_governments_directive_taking_effect_is_a_measure_claim(tmp_path):
    claims = _claims(
        tmp_path,
        "Earlier, Seoul curbed cobalt exports. Seoul's directive on cobalt shipments, which "
        "takes immediate effect, was welcomed by miners.",
        "2023-03-09",
    )
    assert any("immediate effect" in c.text for c in claims), [c.text for c in claims]


def test_goods_of_an_event_a_claim_is_timed_by_are_not_the_claims(tmp_path):
    claims = _claims(
        tmp_path,
        "Seoul will ban exports of cobalt to Japan, two days after Tokyo tightened its "
        "curbs on semiconductors.",
        "2023-03-09",
    )
    (claim,) = [c for c in claims if "cobalt" in c.text]
    assert "semiconductors" not in claim.frame.goods, claim.frame
    assert "cobalt" in claim.frame.goods, claim.frame


def test_a_companys_country_is_not_who_lists_it(tmp_path):
    (claim,) = _claims(
        tmp_path,
        "South Korea's Samsung and 12 affiliates were placed on the U.S. trade blacklist "
        "on Monday.",
        "2023-03-09",
    )
    assert claim.frame.actor_country != "KOR", claim.frame


def test_an_effect_blamed_on_a_measure_takes_the_measure_as_given():
    from analysis.article import presupposed

    assert presupposed.answers_measure(
        "The carmaker has announced that shipments of two models to Brazil will stop because "
        "of new Brazilian import curbs"
    )
    # a measure of its own before the cause words is checked as a measure
    assert not presupposed.answers_measure(
        "Brazil imposed tariffs on steel because of new Chinese export curbs"
    )


def test_her_visit_is_the_visit_of_the_person_named_after_it(tmp_path):
    # the treasury secretary's recorded visit to China of 2023 ran 6-9 July
    said = ", Yellen affirmed the administration's wish to keep talking."
    right = "During her visit to China in July" + said
    wrong = "During her visit to China in May" + said
    (x,) = [x for x in _verdicts(tmp_path, right, "2023-09-20") if "visit" in x.claim.text]
    assert x.verdict == Label.SUPPORTED, x.rationale
    (y,) = [y for y in _verdicts(tmp_path, wrong, "2023-09-20") if "visit" in y.claim.text]
    assert y.verdict == Label.UNSUPPORTED, y.rationale
