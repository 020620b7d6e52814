"""A weekday in a clause told in the news present of a verb of measures ("Ruritania curbs
tin exports on Monday") is the day the act was done, before the article, not the next one;
a measure's start said in the present ("takes effect on Monday") still looks ahead."""

from __future__ import annotations

import pytest
from conftest import day_read

# 2024-03-13 is a Wednesday: the last Monday is 2024-03-11, the next 2024-03-18.
ARTICLE_DAY = "2024-03-13"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania restricts exports of tin to Freedonia on Monday.",
        "Freedonia blacklists three Ruritanian drone makers on Monday.",
        "Ruritania's trade ministry tightens its licensing of cobalt shipments on Monday.",
    ],
)
def test_a_weekday_of_a_headline_present_act_is_the_last_one(tmp_path, text):
    assert day_read(tmp_path, text, ARTICLE_DAY, "Monday") == "2024-03-11"


@pytest.mark.parametrize(
    "text",
    [
        "The new licensing rule for tin takes effect on Monday.",
        "Ruritania curbs exports of tin from Monday.",
    ],
)
def test_a_start_said_in_the_present_still_looks_ahead(tmp_path, text):
    # controls: a start in the present ('takes effect', 'from') is ahead, as before
    assert day_read(tmp_path, text, ARTICLE_DAY, "Monday") == "2024-03-18"
