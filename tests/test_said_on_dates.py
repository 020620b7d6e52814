"""A date right after a past verb of saying is the day of the saying, in the past, even
when what was said looks ahead ("announced on March 5 that it would ...")."""

from __future__ import annotations

import pytest
from conftest import dated_article

from analysis.article import measure_reading


@pytest.mark.parametrize("verb", ["announced on", "said on", "declared on"])
def test_the_day_of_a_saying_is_before_the_article(tmp_path, verb):
    text = f"Ruritania {verb} March 5 that it planned to impose curbs on tin exports next year."
    art = dated_article(tmp_path, text, "2023-06-01")
    days = [d for d in art.dates if d.text == "March 5"]
    assert days and str(days[0].start) == "2023-03-05", days


def test_a_date_a_plan_is_for_stays_ahead(tmp_path):
    text = "Ruritania announced that it plans to impose curbs on tin exports on March 5."
    art = dated_article(tmp_path, text, "2023-06-01")
    days = [d for d in art.dates if d.text == "March 5"]
    assert days and str(days[0].start) == "2024-03-05", days


@pytest.mark.parametrize("verb", ["is clamping down on", "cracked down on"])
def test_a_crackdown_written_in_two_words_is_a_restriction(verb):

    assert measure_reading.action(f"Ruritania {verb} exports of tin from May 1.") == "restriction"


def test_a_date_names_the_changed_measure_only_as_a_measure_noun_s_modifier():
    # round 23's second review, tests 16-22: after a change word, a date that is no modifier of
    # a measure noun after a determiner dates the change, not the measure it changes
    from analysis.article import date_roles

    def role(said: str, date: str) -> bool:
        at = said.index(date)
        return date_roles._names_changed_measure(said[:at], said[at + len(date) :])

    assert not role(
        "Seoul suspended its export curbs on cobalt in March 2022 as tariffs rose", "March 2022"
    )
    assert not role("Seoul suspended the March 3 deal on cobalt", "March 3")
    # control: the date of the curbs a suspension changes
    assert role("Seoul suspended its March 2022 export curbs on cobalt", "March 2022")
