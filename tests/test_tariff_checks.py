"""The tariff check (analysis/evidence/tariff_checks.py): rates and coverage a tariff claim
states against the `tariff_rates` table, on made-up one-sentence articles whose figures
are taken from the table's rows (never typed), and its decision rules on hand-made cases."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import dated_verdicts, verdict_about
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.analyses import measures
from analysis.article.quantities import figures
from analysis.data import datasets, goods
from analysis.evidence import tariff_checks, tariff_decision, tariff_match, tariff_stated
from analysis.evidence import verdicts as v
from analysis.vocab import Label


def _row(measure_id: str, good: str = "") -> pd.Series:
    """The table's row of a measure (on a good, or the one with a coverage)."""
    table = tariff_checks.rates_table()
    rows = table.loc[table["measure_id"] == measure_id]
    rows = rows.loc[rows["goods"].map(lambda g: good in g)] if good else rows
    return rows.dropna(subset=["coverage_usd_bn"] if not good else ["rate_pct"]).iloc[0]


def _after(measure_id: str, days: int = 20) -> str:
    return (_measure(measure_id)["announced"] + pd.Timedelta(days=days)).date().isoformat()


EV_FINAL = "usa-2024-09-13-section-301-final-modifications"
EV_PROPOSAL = "usa-2024-05-14-section-301-four-year-review"
LIST_1 = "usa-2018-06-15-section-301-list-1"
CHINA_75BN = "chn-2019-08-23-retaliatory-tariffs-75bn"


def _ev_claim(rate: float, before: str = "") -> str:
    label = goods.label("electric_vehicles")
    return f"The United States raised tariffs on Chinese {label} {before}to {rate:g}%."


def test_the_right_rate_for_the_goods_named_is_supported(tmp_path):
    row = _row(EV_FINAL, "electric_vehicles")
    x = _only(tmp_path, _ev_claim(row["rate_pct"]), _after(EV_FINAL))
    assert x.verdict == Label.SUPPORTED and x.rule == "tariff rate"
    used = next(e for e in x.evidence if e.dataset == tariff_decision.TABLE)
    assert used.rows == (row.name,)


def test_a_wrong_rate_is_unsupported_and_the_right_one_named(tmp_path):
    row = _row(EV_FINAL, "electric_vehicles")
    x = _only(tmp_path, _ev_claim(row["rate_pct"] / 2), _after(EV_FINAL))
    assert x.verdict == Label.UNSUPPORTED and x.rule == "tariff rate"
    assert f"sets {row['rate_pct']:g}%" in x.rationale


def test_the_rate_replaced_is_checked_against_the_previous_rate(tmp_path):
    row = _row(EV_FINAL, "electric_vehicles")
    right = _ev_claim(row["rate_pct"], f"from {row['previous_rate_pct']:g}% ")
    assert _only(tmp_path, right, _after(EV_FINAL)).verdict == Label.SUPPORTED
    wrong = _ev_claim(row["rate_pct"], f"from {row['previous_rate_pct'] + 10:g}% ")
    x = _only(tmp_path, wrong, _after(EV_FINAL))
    assert x.verdict == Label.UNSUPPORTED and "rate replaced" in x.rationale


@pytest.mark.parametrize(
    ("factor", "label"),
    [(1.05, Label.SUPPORTED), (1.2, Label.PARTLY), (1.3, Label.UNSUPPORTED)],
)
def test_coverage_is_supported_within_10_partly_within_25_percent(tmp_path, factor, label):
    row = _row(LIST_1)
    day = _measure(LIST_1)["effective"].strftime("%B %-d")
    text = (
        f"The United States imposed {row['rate_pct']:g}% tariffs on "
        f"${row['coverage_usd_bn'] * factor:.1f} billion of Chinese imports on {day}."
    )
    x = _only(tmp_path, text, _after(LIST_1, 30))
    assert x.verdict == label and x.rule == "tariff rate"


def test_goods_without_a_row_of_a_measure_with_several_rates_are_not_checkable(tmp_path):
    table = tariff_checks.rates_table()
    covered = {g for own in table.loc[table["measure_id"] == EV_FINAL, "goods"] for g in own}
    # the made-up claim names goods the measure has no rate row for, though the catalog
    # records the measure on them (goods it is not recorded on leave the day alone to match
    # it, which the measure check abstains on first: tests/test_measure_day_goods.py)
    assert "steel_aluminium" not in covered
    assert "steel_aluminium" in _measure(EV_FINAL)["goods"]
    month = _measure(EV_FINAL)["effective"].strftime("%B")
    said = goods.label("steel_aluminium")
    text = f"The United States raised tariffs on Chinese {said} to 50% in {month}."
    x = _only(tmp_path, text, _after(EV_FINAL))
    assert x.verdict == Label.NOT_CHECKABLE and x.rule == "tariff rate" and x.needs


def test_a_rate_of_a_measure_announced_after_the_article_is_not_used(tmp_path):
    row = _row(EV_PROPOSAL, "electric_vehicles")
    before = (_measure(EV_PROPOSAL)["announced"] - pd.Timedelta(days=10)).date().isoformat()
    x = _only(tmp_path, _ev_claim(row["rate_pct"]), before)
    assert x.verdict != Label.SUPPORTED
    cited = {r for e in x.evidence if e.dataset == tariff_decision.TABLE for r in e.rows}
    assert row.name not in cited
    assert all(e.published is None or e.published.isoformat() <= before for e in x.evidence)


def test_figures_single_out_a_measure_when_nothing_else_does(tmp_path):
    rates = datasets.load("tariff_rates")
    mine = rates.loc[rates["measure_id"] == CHINA_75BN]
    first = mine.loc[mine["effective"].isna()].dropna(subset=["rate_pct"])["rate_pct"]
    coverage = mine["coverage_usd_bn"].dropna().iloc[0]
    said = " and ".join(f"{r:g}%" for r in sorted(set(first), reverse=True))
    text = f"China imposed retaliatory tariffs of {said} on ${coverage:g} billion of US goods."
    x = _only(tmp_path, text, _after(CHINA_75BN, 10))
    assert x.verdict == Label.SUPPORTED and x.rule == "tariff rate"
    assert CHINA_75BN in next(e for e in x.evidence if e.dataset == "measures").values


def test_every_figure_of_a_tariff_clause_is_read():
    found = figures("tariffs of 10% and 5% on $75 billion of US goods", [])
    assert [(q.unit, q.value) for _, q in found] == [("%", 10), ("%", 5), ("USD", 75e9)]


def test_the_rate_rules_on_hand_made_cases():
    assert v.decide_tariff_rates([100], [], [100], [25]).label == Label.SUPPORTED
    assert v.decide_tariff_rates([100.4], [], [100], []).label == Label.SUPPORTED
    wrong = v.decide_tariff_rates([50], [], [100], [25])
    assert wrong.label == Label.UNSUPPORTED and "100%" in wrong.rationale
    assert v.decide_tariff_rates([100], [10], [100], [25]).label == Label.UNSUPPORTED
    # the rate replaced named without 'from', beside the rate set
    assert v.decide_tariff_rates([15, 7.5], [], [7.5], [15]).label == Label.SUPPORTED
    assert v.decide_tariff_rates([15], [], [7.5], [15]).label == Label.UNSUPPORTED


def test_the_coverage_rules_on_hand_made_cases():
    assert v.decide_tariff_coverage(36, [34]).label == Label.SUPPORTED
    assert v.decide_tariff_coverage(40, [34]).label == Label.PARTLY
    assert v.decide_tariff_coverage(50, [34, 200]).label == Label.UNSUPPORTED


def test_a_total_over_several_measures_leaves_the_measure_check_to_decide(tmp_path):
    table = datasets.load("tariff_rates")
    lists = [LIST_1, "usa-2018-08-07-section-301-list-2", "usa-2018-09-17-section-301-list-3"]
    total = table.loc[table["measure_id"].isin(lists), "coverage_usd_bn"].sum()
    text = f"The United States has imposed tariffs on ${total:g} billion of Chinese imports."
    x = _only(tmp_path, text, _after("usa-2018-09-17-section-301-list-3"))
    assert x.rule == "measure in the catalog"
    # round 31 (fig31): the total is compared with the running totals of the lists
    assert any("sum of the actor's tariff lists" in n for n in x.notes), x.notes


def test_the_present_rate_before_a_cut_is_the_rate_replaced(tmp_path):
    table = tariff_checks.rates_table().dropna(subset=["rate_pct", "previous_rate_pct"])
    row = table.loc[table["rate_pct"] < table["previous_rate_pct"]].iloc[0]
    m = _measure(row["measure_id"])
    actor = str(m["implementing_jurisdiction"])
    # the rate set stands in another clause: this one states only the rate it replaces
    text = (
        f"{actor} will cut the present {row['previous_rate_pct']:g}% tariff on "
        f"{row['products']} on {m['effective']:%B %d, %Y}."
    )
    x = _only(tmp_path, text, _after(row["measure_id"], 2))
    assert x.verdict == Label.SUPPORTED and x.rule == "tariff rate", x.rationale


def test_a_rate_in_a_month_of_several_tariff_measures_is_not_held_to_one(tmp_path):
    table = measures.measures()
    rated = set(tariff_checks.rates_table()["measure_id"])
    tariffs = table.loc[table["measure_id"].isin(rated) & (table["implementing_iso3"] == "USA")]
    busy = tariffs.loc[tariffs["announced"].dt.to_period("M").duplicated(keep=False)]
    first = busy.iloc[0]
    rates = set(tariff_checks.rates_table()["rate_pct"].dropna())
    odd = next(r for r in range(11, 99) if all(abs(r - x) > 1 for x in rates))
    text = (
        f"The United States slapped {odd}% tariffs on Chinese goods in {first['announced']:%B %Y}."
    )
    x = _only(tmp_path, text, _after(first["measure_id"], 40))
    assert x.verdict != Label.UNSUPPORTED and "not checked" in " ".join(x.notes), x.rationale


# --- the rates a claim states choose among the measures of its day -------------------------

# a made-up rates frame: two tariff measures of one day, one at 30%, the other raising a
# rate to 70% (no bundled pair of same-day measures reaches the guard's every branch)
_SAME_DAY = pd.DataFrame(
    {
        "measure_id": ["m-low", "m-high", "m-high"],
        "products": ["all goods", "all goods", "farm goods"],
        "rate_pct": [30.0, 70.0, 30.0],
        "coverage_usd_bn": [None, None, None],
    }
)
_OF_THE_DAY = pd.DataFrame({"measure_id": ["m-low", "m-high"]})


def _said(*rates: float) -> tariff_stated.Stated:
    return tariff_stated.Stated(rates=rates, replaced=(), coverage_bn=None, at_most=False)


def test_the_rate_moves_the_choice_to_the_measure_of_the_day_that_sets_it():
    # both measures set 30%: the measure check's choice, m-high, is kept
    assert tariff_match.same_day_choice(["m-high"], _OF_THE_DAY, _said(30), _SAME_DAY) == ["m-high"]
    # 70% is m-high's only: the choice moves to it from m-low
    assert tariff_match.same_day_choice(["m-low"], _OF_THE_DAY, _said(70), _SAME_DAY) == ["m-high"]


def test_a_rate_no_measure_of_the_day_sets_keeps_the_measure_checks_choice():
    # 45% is set by neither: the rates decide nothing, the chosen measure stays
    assert tariff_match.same_day_choice(["m-low"], _OF_THE_DAY, _said(45), _SAME_DAY) == ["m-low"]
    # a chosen measure that sets the rate is never swapped for another that sets it too
    assert tariff_match.same_day_choice(["m-low"], _OF_THE_DAY, _said(30), _SAME_DAY) == ["m-low"]


def test_a_raise_from_a_rate_is_not_a_cut_from_it(tmp_path):
    # round 28 review (fix28): no measure raised the duty from 125%; the cut from 125% to
    # 10% (Geneva) replaced it the other way, so it does not decide a raise from 125%
    text = "The US President raised duties on Chinese goods from 125 per cent to 90 per cent."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-05-20"), "raised duties")
    assert x.verdict == Label.NOT_CHECKABLE


def test_twin_a_raise_from_the_rate_a_raise_replaced_is_decided(tmp_path):
    text = "The US President raised duties on Chinese goods from 84 per cent to 130 per cent."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-05-20"), "raised duties")
    assert x.verdict == Label.UNSUPPORTED  # the raise from 84% set 125%
