"""Readings found on wire copies run by regional outlets (round 22, branch fcw8)."""

from __future__ import annotations

import pytest
from conftest import dated_article

from analysis.article import opinions


def _month(art, name):
    found = [d for d in art.dates if d.text == name]
    assert found, art.dates
    return str(found[0].start)


@pytest.mark.parametrize(
    ("sentence", "published", "start"),
    [
        # "last <Month>" written in that very month is the year before
        ("Ruritania curbed tin exports last May.", "2022-05-20", "2021-05-01"),
        ("Tin curbs came in last March, it said.", "2021-03-02", "2020-03-01"),
        # a month already past this year stays in this year
        ("Ruritania curbed tin exports last May.", "2022-09-20", "2022-05-01"),
        # "next <Month>" written in that month is the year after
        ("Ruritania will curb tin exports from next June.", "2022-06-10", "2023-06-01"),
        ("Ruritania will curb tin exports from next June.", "2022-02-10", "2022-06-01"),
    ],
)
def test_last_and_next_month_exclude_the_article_month(tmp_path, sentence, published, start):
    art = dated_article(tmp_path, sentence, published)
    name = next(m for m in ("May", "March", "June") if m in sentence)
    assert _month(art, name) == start


def test_a_bare_month_in_the_article_month_is_unchanged(tmp_path):
    art = dated_article(tmp_path, "Ruritania curbed tin exports in May.", "2022-05-20")
    assert _month(art, "May") == "2022-05-01"


RECIPROCAL_RAISED = "usa-2025-04-08-reciprocal-tariff-84"


def _raised_row() -> dict:
    """The row of a raised rate with the rate it replaced (figures from the table)."""
    from analysis.evidence import tariff_checks

    table = tariff_checks.rates_table()
    rows = table.loc[table["measure_id"] == RECIPROCAL_RAISED].dropna(subset=["previous_rate_pct"])
    return rows.iloc[0].to_dict()


def _tariff_verdict(tmp_path, text: str, published: str):
    from analysis.evidence import factcheck

    found = factcheck.check(dated_article(tmp_path, text, published))
    assert found, f"no claim in {text!r}"
    return max(found, key=lambda x: x.claim.end - x.claim.start)


@pytest.mark.parametrize("word", ["an extra", "a further", "another"])
def test_a_step_is_the_rise_from_the_rate_replaced(tmp_path, word):
    row = _raised_row()
    step = row["rate_pct"] - row["previous_rate_pct"]
    text = f"On Tuesday Washington imposed {word} {step:g}% tariff on Chinese goods."
    x = _tariff_verdict(tmp_path, text, "2025-04-08")
    assert x.verdict == "supported", x.rationale
    assert "rise from the rate replaced" in x.rationale


def test_a_wrong_step_is_still_unsupported(tmp_path):
    row = _raised_row()
    step = row["rate_pct"] - row["previous_rate_pct"] + 10
    text = f"On Tuesday Washington imposed an extra {step:g}% tariff on Chinese goods."
    x = _tariff_verdict(tmp_path, text, "2025-04-08")
    assert x.verdict == "unsupported", x.rationale


def test_a_rate_after_plus_is_another_duty(tmp_path):
    row = _raised_row()
    other = row["previous_rate_pct"] - 14  # a figure that is none of the row's rates
    text = (
        f"On Tuesday Washington said it would raise its tariffs on China to "
        f"{row['rate_pct']:g}% plus a {other:g}% levy."
    )
    x = _tariff_verdict(tmp_path, text, "2025-04-08")
    assert x.verdict == "supported", x.rationale


def _rule(rule_id: str) -> dict:
    from analysis.data import datasets

    rules = datasets.load("entity_list_rules")
    return rules.loc[rules["rule_id"] == rule_id].iloc[0].to_dict()


def test_a_us_listing_under_a_generic_list_name_is_the_entity_list(tmp_path):
    rule = _rule("el-2025-09-16")
    day = rule["published"].date().isoformat()
    text = (
        f"The US Commerce Department said on {rule['published']:%B} {rule['published'].day} "
        f"it was adding {int(rule['china_added'])} Chinese firms to an export control list."
    )
    x = _tariff_verdict(tmp_path, text, day)
    assert x.verdict == "supported" and x.rule == "entity list count", (x.rule, x.rationale)


def test_china_s_own_list_is_still_not_the_entity_list(tmp_path):
    rule = _rule("el-2025-09-16")
    day = rule["published"].date().isoformat()
    text = (
        f"The US Commerce Department said on {rule['published']:%B} {rule['published'].day} "
        f"that {int(rule['china_added'])} firms were on China's unreliable entity list."
    )
    x = _tariff_verdict(tmp_path, text, day)
    assert x.rule != "entity list count", (x.rule, x.rationale)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania announced it would ban the export of tin smelting technology.",
        "The ministry said on Monday it would curb shipments of tin ore.",
    ],
)
def test_an_announced_measure_in_the_future_tense_is_no_forecast(sentence):

    assert opinions.is_opinion(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania said it would hurt exports of tin.",
        "Analysts said prices would rise sharply.",
    ],
)
def test_a_said_forecast_without_a_measure_verb_stays_a_forecast(sentence):

    assert opinions.is_opinion(sentence)
