"""A start told from a past moment ("the tariffs would be effective from Thursday") is counted
from the reporting day, not from the article's: the weekday is the one nearest the article's
date, before or after it (`backshifted` in data/lexicon/text_words.yaml; round 36, branch
fx36a). The Star (Kenya), of Sunday 13 April 2025, read China's 84% tariffs "would be
effective from Thursday" as 17 April, after the article, and no measure matched. Made-up
sentences; the first fails without the word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import weekday_days

SUNDAY = dt.date(2024, 6, 16)
TUESDAY = dt.date(2024, 6, 11)


def _thursdays(tmp_path: Path, text: str, published: dt.date) -> list[dt.date]:
    return weekday_days(tmp_path, text, published.isoformat(), "Thursday")


def test_a_backshifted_start_is_the_weekday_nearest_the_article(tmp_path: Path) -> None:
    text = "Beijing's extra tariffs on US farm goods would be effective from Thursday, it said."
    assert _thursdays(tmp_path, text, SUNDAY) == [SUNDAY - dt.timedelta(days=3)]
    assert _thursdays(tmp_path, text, TUESDAY) == [TUESDAY + dt.timedelta(days=2)]


def test_a_start_told_in_the_present_is_the_coming_weekday(tmp_path: Path) -> None:
    text = "Beijing's extra tariffs on US farm goods are effective from Thursday."
    assert _thursdays(tmp_path, text, SUNDAY) == [SUNDAY + dt.timedelta(days=4)]


def test_would_told_in_the_present_is_the_coming_weekday(tmp_path: Path) -> None:
    # "says ... would" is no past moment: only a past verb of saying (`said_on`) in the
    # sentence backshifts "would" (review of round 36, rev36)
    text = "The ministry says the extra tariffs on US farm goods would be effective from Thursday."
    assert _thursdays(tmp_path, text, SUNDAY) == [SUNDAY + dt.timedelta(days=4)]
