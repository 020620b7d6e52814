"""The verb "put" has one form for both tenses: left without a word of the future ("will", "plans
to"), a clause with it reports, and a weekday in it is the one before the article
(`past_words` in data/lexicon/text_words.yaml; round 35, branch fx35e). Probe p125's "China
put Lockheed Martin ... on its unreliable entity list on Thursday", said on a Monday, was
read as the Thursday after. Made-up sentences; the first fails without the word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import weekday_days

MONDAY = dt.date(2024, 6, 10)


def _thursdays(tmp_path: Path, text: str) -> list[dt.date]:
    return weekday_days(tmp_path, text, MONDAY.isoformat(), "Thursday")


def test_a_weekday_told_with_put_is_before_the_article(tmp_path: Path) -> None:
    days = _thursdays(
        tmp_path, "Beijing put three US defence firms on its unreliable entity list on Thursday."
    )
    assert days == [MONDAY - dt.timedelta(days=4)]


def test_a_weekday_told_with_will_put_is_after_it(tmp_path: Path) -> None:
    days = _thursdays(
        tmp_path,
        "Beijing will put three US defence firms on its unreliable entity list on Thursday.",
    )
    assert days == [MONDAY + dt.timedelta(days=3)]
