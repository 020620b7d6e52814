"""Wrong verdicts on detected measure claims (batch fcw11): made-up sentences. Rules:
docs/factcheck-log.md ("Wrong verdicts on detected measure claims")."""

from __future__ import annotations

import pytest
from conftest import claim_frame as _frame
from conftest import dated_verdicts
from conftest import time_roles as _roles

from analysis.vocab import Label

# after a word of changing a measure (suspend, lift, amend), a date that modifies the
# measure, or a numbered instrument's year, dates the measure changed (role `object`)
CHANGED_MEASURE_DATES = [
    (
        "Seoul said on Monday it had suspended its 2021 export curbs on cobalt.",
        "2023-03-09",
        "2021",
    ),
    (
        "The ministry lifted Article 3 of Decree No. 12 (2021), which restricted cobalt exports.",
        "2023-03-09",
        "2021",
    ),
    (
        "Seoul amended the March 3 duties on Japanese cobalt, raising them to 15%.",
        "2023-06-09",
        "March 3",
    ),
]


@pytest.mark.parametrize(("text", "published", "needle"), CHANGED_MEASURE_DATES)
def test_a_date_of_the_measure_a_claim_changes_dates_that_measure(
    tmp_path, text, published, needle
):
    roles = _roles(tmp_path, text, published, needle)
    assert roles == ["object"], roles


OWN_DATES = [
    pytest.param(
        # no word of changing a measure: the date dates the curbs the claim is about
        "Seoul imposed its 2021 export curbs on cobalt after a long review.",
        "2021",
        id="a_measures_own_date_without_a_change_word_stays_its_own",
    ),
    pytest.param(
        # the date modifies no measure noun: it is the day of the suspension
        "Seoul suspended its export curbs on cobalt in March 2022.",
        "March 2022",
        id="a_suspension_dated_by_its_own_day_keeps_that_day",
    ),
]


@pytest.mark.parametrize(("text", "needle"), OWN_DATES)
def test_a_date_with_no_measure_changed_is_the_claim_s_own(tmp_path, text, needle):
    roles = _roles(tmp_path, text, "2023-03-09", needle)
    assert roles and "object" not in roles, roles


def test_a_date_the_change_word_does_not_govern_is_not_the_changed_measures(tmp_path):
    # the change's own announcement, after "in": the day of the suspension
    roles = _roles(
        tmp_path,
        "China suspended its ban on gallium exports to the US in its 9 November 2025 announcement.",
        "2025-11-20",
        "9 November",
    )
    assert roles and "object" not in roles, roles
    # "raising" of hopes, seven words before the dated tariffs: no change of them
    roles = _roles(
        tmp_path,
        "Despite raising hopes of a deal, Washington imposed the April 9 tariffs on Chinese goods.",
        "2025-04-20",
        "April 9",
    )
    assert roles and "object" not in roles, roles


def test_the_review_s_suspension_dated_by_its_announcement_is_checked(tmp_path):
    (x,) = [
        x
        for x in dated_verdicts(
            tmp_path,
            "China suspended its ban on gallium exports to the US in its 9 November 2025 "
            "announcement.",
            "2025-11-20",
        )
        if "gallium" in x.claim.text
    ]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_raising_the_tariffs_of_an_earlier_day_is_checked_against_the_raise(tmp_path):
    # the 10% tariff on all Chinese goods took effect on 4 February 2025 and was raised to
    # 20% in March: the date names the tariff raised, the raise is the claim
    (x,) = [
        x
        for x in dated_verdicts(
            tmp_path,
            "The White House amended the Feb. 4 tariffs on all Chinese goods, raising them to 20%.",
            "2025-03-20",
        )
        if "20%" in x.claim.text
    ]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_country_goods_go_to_is_not_who_bars_them(tmp_path):
    # the measure told before is Japan's; the clause naming no actor bars exports TO Japan,
    # so it is not Japan's measure (whoever else acts, not the destination)
    frame = _frame(
        tmp_path,
        "Japan added three Korean chipmakers to its export blacklist on Monday. Seoul answered "
        "the next day. \u201cIn principle, the export of cobalt and nickel to Japan shall not be "
        "permitted,\u201d the ministry said.",
        "2023-03-09",
        "shall not be permitted",
    )
    assert frame.actor_country != "JPN", frame
    assert frame.partner == "JPN", frame


def test_a_country_goods_come_from_may_still_act(tmp_path):
    # "of Korean technology": where the technology comes from, not where it goes; the
    # measure told before (Korea's) stays the clause's
    frame = _frame(
        tmp_path,
        "South Korea restricted exports of cobalt to Japan on Monday. The trade minister said "
        "that restrictions on the export of South Korean technology to Toshiba begin on Friday.",
        "2023-03-09",
        "Toshiba",
    )
    assert frame.actor_country == "KOR", frame


def test_a_measure_taken_as_given_but_given_its_last_day_is_asserted():
    from analysis.article import presupposed

    # the last day is a day the catalog records (as the day it takes effect is)
    assert not presupposed.presupposes_measure(
        "the suspension of its curbs on cobalt will last until 30 June 2026"
    )
    # how long, without a day: still a measure taken as given
    assert presupposed.presupposes_measure(
        "the suspension of its curbs on cobalt will last for about a year"
    )


def _about(found, needle):
    (x,) = [x for x in found if needle in x.claim.text]
    return x


def test_the_rate_a_claim_states_chooses_among_measures_of_its_day(tmp_path):
    # China's 34% tariff on all US goods and its raise to 84% both took effect on 10 April
    # 2025: a claim of 34% from that day is the first, not a wrong rate of the second
    found = dated_verdicts(
        tmp_path,
        "Beijing imposed a 34% tariff on all American goods, effective April 10.",
        "2025-04-20",
    )
    x = _about(found, "34%")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_rate_no_measure_of_the_day_sets_is_still_wrong(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "Beijing imposed a 50% tariff on all American goods, effective April 10.",
        "2025-04-20",
    )
    x = _about(found, "50%")
    assert x.verdict not in (Label.SUPPORTED, Label.PARTLY), x.rationale


def test_export_limitations_are_a_restriction(tmp_path):
    frame = _frame(
        tmp_path,
        "Seoul will enforce export limitations on cobalt, the trade ministry said on Monday.",
        "2023-03-09",
        "limitations",
    )
    assert frame.kind == "measure" and frame.action == "restriction", frame


def test_the_limits_named_back_are_the_measure_and_dated_by_their_effect(tmp_path):
    frame = _frame(
        tmp_path,
        "Seoul will restrict exports of cobalt. The limits, effective from April 1, apply to "
        "four kinds of cobalt products.",
        "2023-03-09",
        "effective from April 1",
    )
    assert frame.kind == "measure", frame
    assert [w.role for w in frame.when] == ["effective"], frame


def test_limitations_on_anything_but_trade_are_no_measure(tmp_path):
    # "limitations on power use", "on coverage": limits of something else, not a measure
    for text in (
        "China's gallium producers faced limitations on power use in July 2023.",
        "Analysts say China's statistics have limitations on coverage of gallium output.",
    ):
        found = dated_verdicts(tmp_path, text, "2023-08-10")
        assert not [x for x in found if x.verdict == Label.SUPPORTED], found
    # limitations on the exports themselves still are one
    x = _about(
        dated_verdicts(
            tmp_path,
            "China imposed limitations on the export of gallium in July 2023.",
            "2023-08-10",
        ),
        "gallium",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
