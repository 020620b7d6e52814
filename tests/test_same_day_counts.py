"""A count of Chinese entries over the Entity List rules printed one day (docs/factcheck-log.md,
"Undated restrictions on a class of goods (round 30, branch fcu30)", the secondary fix):
`check_count` summed same-day rules for totals but not for the Chinese count
(`same_day.counts`). Made-up sentences and a made-up table; the rules' figures come from
the bundled table."""

from __future__ import annotations

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.data import datasets
from analysis.evidence import same_day
from analysis.vocab import Label


def test_same_day_rules_are_summed_and_each_kept():
    near = pd.DataFrame(
        {
            "published": ["2030-01-02", "2030-01-02", "2030-02-01"],
            "china_added": [5, 7, 3],
        }
    )
    assert same_day.counts(near, "china_added") == {5, 7, 3, 12}


def test_a_day_with_a_missing_figure_is_not_summed():
    near = pd.DataFrame({"published": ["2030-01-02", "2030-01-02"], "china_added": [5, None]})
    assert same_day.counts(near, "china_added") == {5}


def _march_day_china_total() -> tuple[int, str]:
    rules = datasets.load("entity_list_rules")
    days = rules.groupby("published")["china_added"].agg(["count", "sum", "max"])
    day = days.loc[days["count"] > 1].index[-1]
    row = days.loc[day]
    return int(row["sum"]), pd.Timestamp(day).date().isoformat()


def test_a_chinese_count_over_one_days_rules_is_supported(tmp_path):
    total, day = _march_day_china_total()  # e.g. 42 + 11 of 28 March 2025
    floor = total - total % 10  # "more than 50" for 53
    text = f"The Commerce Department added more than {floor} Chinese entities to the Entity List."
    x = verdict_about(dated_verdicts(tmp_path, text, day), "Chinese entities")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_day_with_a_rule_of_unknown_chinese_count_leaves_a_count_above_the_known_open():
    """Round 31, clean31: one rule of the day gives no count under China; a count above the
    known Chinese entries and within the day's entries is not refuted by them."""
    near = pd.DataFrame(
        {
            "published": ["2030-01-02", "2030-01-02"],
            "entries_added_total": [20, 6],
            "china_added": [None, 6],
        }
    )
    assert "does not say" in same_day.china_unknown(near, 26)
    assert same_day.china_unknown(near, 6) == ""  # the known count
    assert same_day.china_unknown(near, 30) == ""  # more than the day's entries


def _day_with_unknown_china_count() -> tuple[int, str]:
    rules = datasets.load("entity_list_rules")
    for day, same in rules.groupby("published"):
        known = same["china_added"].dropna()
        if (
            len(same) > 1
            and 0 < len(known) < len(same)
            and same["entries_added_total"].notna().all()
        ):
            return int(same["entries_added_total"].sum()), pd.Timestamp(day).date().isoformat()
    raise AssertionError("no day with a rule of unknown Chinese count")


def test_a_chinese_count_of_all_the_day_s_entries_is_not_refuted(tmp_path):
    total, day = _day_with_unknown_china_count()  # e.g. 24 + 9 of 5 June 2020
    text = f"The Commerce Department added {total} Chinese entities to the Entity List."
    x = verdict_about(dated_verdicts(tmp_path, text, day), "Chinese entities")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
