"""A dated tariff claim whose day fits no measure, singled out by its rate (docs/factcheck-log.md,
"Decidable measure claims that abstained", round 30, branch fcm30): a rate exactly one of
the actor's tariff measures sets names that measure, and its days decide the claim; a rate
several measures set singles out none (not checkable, as before). Made-up sentences; the
rates and days come from the catalog and the `tariff_rates` table."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article.frames import Frame, When
from analysis.article.quantities import Quantity
from analysis.data import datasets
from analysis.evidence import (
    catalog_scope,
    measure_candidates,
    rate_named,
    tariff_checks,
    tariff_decision,
)
from analysis.evidence.model import Verdict
from analysis.vocab import Label

# China's tariff on all US goods of April 2025, the one measure of China setting its rate
_ONE = "chn-2025-04-04-tariff-34pct-all-us-goods"
_TEXT = "China's tariff on all US goods took effect"  # a claim's words, with no "by"


def _rates(measure_id: str) -> set[float]:
    table = datasets.load(rate_named.TABLE)
    return set(table.loc[table["measure_id"] == measure_id, "rate_pct"].dropna())


def _shared_rate() -> float:
    """A rate that several of China's tariff measures set."""
    table = datasets.load(rate_named.TABLE)
    china = table.loc[table["measure_id"].str.startswith("chn-")].dropna(subset=["rate_pct"])
    per_rate = china.groupby("rate_pct")["measure_id"].nunique()
    return float(per_rate.loc[per_rate > 1].index.max())


def _claim(tmp_path: Path, rate: float, day: dt.date, text: str = "") -> Verdict:
    text = text or f"China's {rate:g}% tariff on all US goods took effect on {day:%d %B %Y}."
    published = f"{day.year}-12-01"
    return verdict_about(dated_verdicts(tmp_path, text, published), "tariff")


def _effective() -> dt.date:
    return measure_row(_ONE)["effective"].date()


def test_a_rate_one_measure_sets_names_it_and_a_wrong_day_is_refuted(tmp_path):
    (rate,) = _rates(_ONE)
    x = _claim(tmp_path, rate, _effective() + dt.timedelta(days=40))
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert measure_row(_ONE)["title"] in x.rationale, x.rationale


def test_its_twin_on_the_measure_s_day_is_supported(tmp_path):
    (rate,) = _rates(_ONE)
    x = _claim(tmp_path, rate, _effective())
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_rate_several_measures_set_singles_out_none(tmp_path):
    x = _claim(tmp_path, _shared_rate(), _effective() + dt.timedelta(days=40))
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_rated_rows_needs_one_measure_and_a_rate():
    from analysis.analyses import measures

    table = measures.measures()
    (rate,) = _rates(_ONE)
    china = table.loc[table["measure_id"].str.startswith("chn-")]
    q = Quantity(f"{rate:g}%", rate, "%", "tariff", "", rate, rate)
    day = When("d1", "4 April", "2025-04-04", "2025-04-04", "day", "past", "effective")
    frame = Frame(kind="measure", action="tariff", actor_country="CHN", quantity=q, when=(day,))
    assert list(rate_named.rated_rows(china, frame, _TEXT)["measure_id"]) == [_ONE]
    other = _shared_rate()
    shared = Quantity("x", other, "%", "tariff", "", other, other)
    assert rate_named.rated_rows(china, replace(frame, quantity=shared), _TEXT).empty
    assert rate_named.rated_rows(china, replace(frame, action="licence"), _TEXT).empty


def test_a_weekday_singles_out_nothing():
    """'took effect on Thursday': which Thursday is a reading of the article's week."""
    from analysis.analyses import measures

    (rate,) = _rates(_ONE)
    china = measures.measures().loc[lambda t: t["measure_id"].str.startswith("chn-")]
    q = Quantity(f"{rate:g}%", rate, "%", "tariff", "", rate, rate)
    day = When("d1", "Thursday", "2025-04-10", "2025-04-10", "day", "past", "effective")
    frame = Frame(kind="measure", action="tariff", actor_country="CHN", quantity=q, when=(day,))
    assert rate_named.rated_rows(china, frame, _TEXT).empty
    assert not rate_named.rated_rows(
        china, replace(frame, when=(replace(day, text="10 April"),)), _TEXT
    ).empty


def test_a_day_read_as_announced_that_is_the_measure_s_effective_day_is_not_refuted():
    """'Analysts said China imposed a 34% tariff on 10 April' (the day read as announced) of
    a tariff announced on 4 April that took effect on 10 April: the day fits the measure,
    only the verb's role differs, so the rate does not single it out to refute it (round 30,
    dt25); a day read as effective that is the announced day is still singled out."""
    from analysis.analyses import measures

    (rate,) = _rates(_ONE)
    china = measures.measures().loc[lambda t: t["measure_id"].str.startswith("chn-")]
    q = Quantity(f"{rate:g}%", rate, "%", "tariff", "", rate, rate)
    took = _effective().isoformat()
    announced = measure_row(_ONE)["announced"].date().isoformat()
    assert took != announced  # the catalog as the test reads it
    day = When("d1", "10 April 2025", took, took, "day", "past", "announced")
    frame = Frame(kind="measure", action="tariff", actor_country="CHN", quantity=q, when=(day,))
    assert rate_named.rated_rows(china, frame, _TEXT).empty
    on_announced = replace(day, start=announced, end=announced, role="effective")
    assert list(
        rate_named.rated_rows(china, replace(frame, when=(on_announced,)), _TEXT)["measure_id"]
    ) == [_ONE]


def test_said_imposed_on_the_effective_day_is_not_refuted(tmp_path):
    (rate,) = _rates(_ONE)
    day = _effective()
    text = f"Analysts said China imposed a {rate:g}% tariff on all US goods on {day:%d %B %Y}."
    x = verdict_about(dated_verdicts(tmp_path, text, f"{day.year}-12-01"), "tariff")
    assert x.verdict != Label.UNSUPPORTED, x.rationale


def test_a_day_read_in_another_year_than_the_claim_states_singles_out_nothing():
    """'In April 2025, ... raised tariffs to 125% on April 9' in an article of 2026: the day
    without its year was read as 9 April 2026, against the year the claim states; the rate
    then singles out no measure to refute it by (round 30, dt25)."""
    from analysis.analyses import measures

    (rate,) = _rates(_ONE)
    china = measures.measures().loc[lambda t: t["measure_id"].str.startswith("chn-")]
    q = Quantity(f"{rate:g}%", rate, "%", "tariff", "", rate, rate)
    announced = measure_row(_ONE)["announced"].date()
    month = When(
        "d1",
        f"{announced:%B %Y}",
        f"{announced:%Y-%m}-01",
        f"{announced:%Y-%m}-28",
        "month",
        "past",
        "effective",
    )
    later = announced.replace(year=announced.year + 1).isoformat()
    day = When("d2", f"{announced:%d %B}", later, later, "day", "past", "effective")
    frame = Frame(
        kind="measure", action="tariff", actor_country="CHN", quantity=q, when=(month, day)
    )
    assert rate_named.rated_rows(china, frame, _TEXT).empty
    same = replace(day, start=announced.isoformat(), end=announced.isoformat())
    assert list(
        rate_named.rated_rows(china, replace(frame, when=(month, same)), _TEXT)["measure_id"]
    ) == [_ONE]


def test_a_rate_stated_as_the_size_of_a_change_names_no_measure(tmp_path):
    """'raised its tariff by 34%' is a step, not the 34% level a measure's row records
    (review of round 30): it singles out nothing, while 'to 34%' names the measure."""
    (rate,) = _rates(_ONE)
    day = _effective() + dt.timedelta(days=40)
    said = f"On {day:%d %B %Y} Beijing raised its tariff on all US goods {{}} {rate:g}%."
    (tmp_path / "by").mkdir()
    (tmp_path / "to").mkdir()
    by = _claim(tmp_path / "by", rate, day, said.format("by"))
    assert by.verdict == Label.NOT_CHECKABLE, by.rationale
    to = _claim(tmp_path / "to", rate, day, said.format("to"))
    assert to.verdict == Label.UNSUPPORTED, to.rationale
    assert measure_row(_ONE)["title"] in to.rationale, to.rationale


def test_stated_rate_reads_a_level_not_a_step():
    q = Quantity("20%", 20.0, "%", "growth", "", 20.0, 20.0)
    frame = Frame(kind="measure", action="tariff", actor_country="USA", quantity=q)
    assert rate_named.stated_rate(frame, "raised its tariff by 20% in March") is None
    assert rate_named.stated_rate(frame, "raised its tariff to 20% in March") == 20.0
    assert rate_named.stated_rate(frame, "a 20% tariff took effect") == 20.0


def test_a_calendar_date_needs_a_month_s_whole_name():
    """Month names come from `date_patterns.MONTHS`, as whole words: 'marine' and 'decade'
    begin like 'mar' and 'dec' and are no month."""
    assert rate_named._calendar("4 April")
    assert rate_named._calendar("Sept. 10")
    assert rate_named._calendar("May 2019")
    assert not rate_named._calendar("a marine 4")
    assert not rate_named._calendar("the decade to 2020")


def test_one_rates_table_and_one_list_of_tariff_types():
    """The `tariff_rates` table is read in one place, and the tariff measure types are
    named once (review of round 30)."""
    assert tariff_checks.rates_table is rate_named.rates_table
    assert tariff_decision.TABLE == rate_named.TABLE
    assert measure_candidates._TYPES["tariff"] is catalog_scope.TARIFF_TYPES
    ids = rate_named.setting([_ONE], next(iter(_rates(_ONE))))
    assert ids == {_ONE}
