"""A day without a year takes its year from a date stated with its year before it in its
sentence (`analysis/article/day_anchor.py`), within `DAY_ANCHOR_MONTHS`; otherwise from the
article's date."""

from __future__ import annotations

import pytest
from conftest import dated_article


def day_of(tmp_path, text: str, words: str, published: str) -> str:
    art = dated_article(tmp_path, text, published)
    found = [d for d in art.dates if d.text == words]
    assert found, [d.text for d in art.dates]
    return str(found[0].start)


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # a month and year, then the day the act took effect
        (
            "In August 2022, Ruritania extended its controls to tin ore, effective 15 September.",
            "15 September",
            "2022-09-15",
        ),
        # a full date, then a later day in the next year
        (
            "On December 3, 2022, Ruritania banned tin exports, and on January 5 it added zinc.",
            "January 5",
            "2023-01-05",
        ),
        # a year alone
        (
            "Announced in 2022, the Ruritanian tin rules took effect on November 17.",
            "November 17",
            "2022-11-17",
        ),
    ],
)
def test_a_day_takes_the_year_stated_before_it(tmp_path, text, words, want):
    assert day_of(tmp_path, text, words, "2024-11-10") == want


def test_without_a_stated_year_the_day_is_the_one_nearest_the_article(tmp_path):
    # twin: no year in the sentence, so the last 15 September before the article's date
    text = "In August, Ruritania extended its controls to tin ore, effective 15 September."
    assert day_of(tmp_path, text, "15 September", "2024-11-10") == "2024-09-15"
    text = "Ruritania extended its controls to tin ore, effective 15 September."
    assert day_of(tmp_path, text, "15 September", "2025-11-10") == "2025-09-15"


def test_a_stated_year_in_another_sentence_gives_nothing(tmp_path):
    text = (
        "Ruritania tightened tin rules in August 2022. Its ministry extended them on 15 September."
    )
    assert day_of(tmp_path, text, "15 September", "2024-11-10") == "2024-09-15"


def test_a_semicolon_ends_the_stated_year_s_reach(tmp_path):
    text = (
        "In 2019, Ruritania capped tin exports; on 3 May, its ministry said it would lift the cap."
    )
    assert day_of(tmp_path, text, "3 May", "2024-11-10") == "2024-05-03"


def test_a_stated_year_after_the_day_gives_nothing(tmp_path):
    text = "On 3 May, Ruritania said its tin exports had fallen by a third since 2019."
    assert day_of(tmp_path, text, "3 May", "2024-11-10") == "2024-05-03"


def test_a_day_too_long_after_the_stated_date_keeps_the_article_s_year(tmp_path):
    # more than DAY_ANCHOR_MONTHS after March 2022: likely about something else
    text = "In March 2022, Ruritania capped tin exports, and on 1 February it lifted the cap."
    assert day_of(tmp_path, text, "1 February", "2024-11-10") == "2024-02-01"


def test_a_past_day_never_lands_after_the_article(tmp_path):
    # "by 2030" is a target, not when the statement was made
    text = "Ruritania aims to double tin output by 2030, its ministry said on 3 May."
    assert day_of(tmp_path, text, "3 May", "2024-11-10") == "2024-05-03"


def test_a_future_day_never_lands_before_the_article(tmp_path):
    text = "After the curbs of 2023, Ruritania will lift its tin cap on 3 May."
    assert day_of(tmp_path, text, "3 May", "2024-11-10") == "2025-05-03"


def test_a_range_without_a_year_takes_the_stated_year(tmp_path):
    text = "In 2022, Ruritania held tin talks with Freedonia from September 5 to 7 in its capital."
    art = dated_article(tmp_path, text, "2024-11-10")
    found = [d for d in art.dates if "September 5" in d.text]
    assert found and (str(found[0].start), str(found[0].end)) == ("2022-09-05", "2022-09-07")
