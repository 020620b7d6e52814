"""Faults found reading four new articles as a user would (round 43, branch user43), on
made-up sentences dated as an article of that day would be: a date opening its sentence
before a colon or a dash, with another date of the sentence after it, is the day of the
report ('October 21: China on Friday announced ...'), not the day of what it tells; alone
before its colon it still heads a timeline's entry and dates it."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.vocab import Label


def test_the_report_day_before_a_colon_does_not_date_the_act(tmp_path):
    text = "July 4: China on Monday announced export controls on gallium and germanium."
    x = first_verdict_with(tmp_path, text, "2023-07-04", "announced export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "July 4" not in x.rationale


def test_nor_does_it_date_an_earlier_act_told_in_the_same_sentence(tmp_path):
    text = (
        "October 21: China on Friday announced new curbs on exports of graphite, days after "
        "the United States tightened restrictions on exports of advanced chips."
    )
    x = first_verdict_with(tmp_path, text, "2023-10-21", "United States tightened")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_date_alone_before_its_colon_still_dates_the_entry(tmp_path):
    # controls: a timeline's entry is dated by its heading, right or wrong
    right = "July 3: China announced export controls on gallium and germanium."
    x = first_verdict_with(tmp_path, right, "2023-07-10", "announced export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = "May 3: China announced export controls on gallium and germanium."
    y = first_verdict_with(tmp_path, wrong, "2023-07-10", "announced export controls")
    assert y.verdict != Label.SUPPORTED, y.rationale
    assert "May 3" in y.rationale
