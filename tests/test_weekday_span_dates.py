"""A bare weekday after a past verb of taking effect is the day before the article, even when
the sentence looks ahead later ("took effect on Sunday and will last until ..."); and the day
a span ends on ("until November 27, 2026") is no day the story is at, so a bare weekday in
the next sentences is not counted from it."""

from __future__ import annotations

import pytest
from conftest import dated_article


def _day(art, words: str, nth: int = 0) -> str:
    found = [d for d in art.dates if d.text.endswith(words)]
    assert len(found) > nth, art.dates
    return str(found[nth].start)


@pytest.mark.parametrize("verb", ["took effect on", "came into force on", "went into effect"])
def test_a_weekday_after_a_past_verb_of_taking_effect_is_past(tmp_path, verb):
    # 2024-03-12 is a Tuesday; the Saturday before it is 2024-03-09
    text = f"Ruritania's ban on tin exports {verb} Saturday and will stay in place for a year."
    art = dated_article(tmp_path, text, "2024-03-12")
    assert _day(art, "Saturday") == "2024-03-09"


def test_a_weekday_a_measure_will_take_effect_on_stays_ahead(tmp_path):
    # control: the future verb of taking effect still looks ahead
    text = "Ruritania's ban on tin exports will take effect on Saturday and last for a year."
    art = dated_article(tmp_path, text, "2024-03-12")
    assert _day(art, "Saturday") == "2024-03-16"


def test_the_end_of_a_span_is_no_reference_for_a_later_weekday(tmp_path):
    text = (
        "Ruritania said on Saturday it had paused its ban on tin exports. "
        "The pause will run until October 4, 2025, the ministry said. "
        "The ministry also on Saturday lifted its checks on zinc exports."
    )
    art = dated_article(tmp_path, text, "2024-03-12")
    assert _day(art, "Saturday", 1) == "2024-03-09"


def test_a_day_just_mentioned_still_anchors_a_later_weekday(tmp_path):
    # control: a day the story is at (not a span's end) still anchors the next weekday
    text = (
        "Ruritania paused its ban on tin exports on October 4, 2025. "
        "The ministry also on Saturday lifted its checks on zinc exports."
    )
    art = dated_article(tmp_path, text, "2025-10-20")
    # 2025-10-04 is a Saturday: the day just mentioned
    assert _day(art, "Saturday") == "2025-10-04"


def test_a_date_a_measure_took_effect_on_after_its_announcement_is_not_a_year_back(tmp_path):
    # control: with no later words looking ahead, a month-day after "took effect" is read as
    # before: after the day just mentioned, not the year before it
    text = "Ruritania announced tariffs on tin on March 4. The tariffs took effect March 10."
    art = dated_article(tmp_path, text, "2024-06-01")
    assert _day(art, "March 10") == "2024-03-10"
