"""A date right after a past verb of saying is the day of the saying, in the past, even
when what was said looks ahead ("announced on March 5 that it would ...")."""

from __future__ import annotations

import pytest
from conftest import dated_article


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
    from analysis.article import frames

    assert frames.action(f"Ruritania {verb} exports of tin from May 1.") == "restriction"
