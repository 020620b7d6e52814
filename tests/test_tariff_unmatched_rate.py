"""A tariff claim that states a rate no tariff measure of its actor sets (with the coverage
it states, if any), and names nothing else that singles one out, is not checkable: the rate
is the claim's own content, and the actor's kind of measure alone does not stand for it. A
claim of coverage alone (a total over several lists) is still left to the measure check
(docs/factcheck-log.md, "Blind batch of round 25 (branch blind20)"). Made-up sentences."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, read_rows, verdict_about

from analysis.vocab import Label

_DAY = "2019-11-01"  # after the first four Section 301 lists, before any cut


def _verdict(tmp_path, sentence: str, about: str):
    return verdict_about(dated_verdicts(tmp_path, sentence, _DAY), about)


def test_a_rate_no_measure_sets_is_not_checkable(tmp_path):
    x = _verdict(tmp_path, "The United States imposed 45% tariffs on Chinese goods.", "45%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "figures are not checked" in x.rationale, x.rationale


def test_a_rate_with_a_coverage_no_measure_has_is_not_checkable(tmp_path):
    x = _verdict(
        tmp_path, "The United States imposed 25% tariffs on $410 billion of Chinese goods.", "25%"
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_rate_and_coverage_of_one_measure_are_still_checked(tmp_path):
    # control: List 3's rate and coverage single it out
    x = _verdict(
        tmp_path, "The United States imposed 25% tariffs on $200 billion of Chinese goods.", "25%"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_suspensions_figure_is_no_tariff_rate(tmp_path):
    # an undated suspension of a rule that is no tariff measure: its figure ("at least 50%
    # owned") is no tariff rate, and the catalog's suspension still decides it
    rows = [r for r in read_rows("sources/measures.csv") if r["measure_type"] == "suspension"]
    row = next(r for r in rows if "50%" in r["title"])
    after = (dt.date.fromisoformat(row["announced"]) + dt.timedelta(days=10)).isoformat()
    text = "Washington suspended its rule on firms at least 50% owned by blacklisted companies."
    x = verdict_about(dated_verdicts(tmp_path, text, after), "suspended")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_relaxation_stating_the_points_it_suspends_is_still_checked(tmp_path):
    # dt19 regression of blind20: the points a relaxation takes off the one duty it amends,
    # down to the one rate it keeps (China's 34% kept at 10% in May 2025), are its own figure
    sentence = "Beijing suspended its 24% extra duty on American goods."
    x = verdict_about(dated_verdicts(tmp_path, sentence, "2025-06-01"), "24%")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_relaxation_of_points_no_relaxation_takes_off_stays_not_checkable(tmp_path):
    # twin: 20 points, which only a relaxation with several rates on a side would give
    sentence = "Beijing suspended its 20% extra duty on American goods."
    x = verdict_about(dated_verdicts(tmp_path, sentence, "2025-06-01"), "20%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_relaxation_to_a_rate_nothing_sets_stays_not_checkable(tmp_path):
    # twin: a rate no relaxation keeps
    sentence = "Washington cut its duty on Chinese goods to 25%."
    x = verdict_about(dated_verdicts(tmp_path, sentence, "2025-06-01"), "25%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
