"""A date whose own clause has a past verb before the sentence's future words dates that
act: "In late March, Japan announced plans to amend ..." is the March before the article,
not the next one; a past verb inside a relative clause leaves a coming day ahead; year
ranges may be joined by an em dash (round 37, fx37d)."""

from __future__ import annotations

import pytest
from conftest import dated_article


def _start(art, text: str) -> str:
    days = [d for d in art.dates if d.text == text]
    assert days, art.dates
    return str(days[0].start)


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [
        (
            "In late March, Ruritania announced plans to curb tin exports.",
            "late March",
            "2023-03-22",
        ),
        ("In May, Ruritania unveiled plans to restrict exports of tin.", "May", "2023-05-01"),
        (
            "On Tuesday, Ruritania announced that it will add seven firms to its list.",
            "Tuesday",
            "2023-07-18",
        ),
    ],
)
def test_a_reported_plan_is_dated_by_its_announcing(tmp_path, text, date, start):
    art = dated_article(tmp_path, text, "2023-07-23")  # a Sunday
    assert _start(art, date) == start


def test_a_past_verb_in_a_relative_clause_leaves_the_day_ahead(tmp_path):
    text = "On Friday, the curbs that were announced last month will take effect."
    art = dated_article(tmp_path, text, "2023-07-23")
    assert _start(art, "Friday") == "2023-07-28"


def test_a_day_a_measure_starts_from_is_not_pulled_back(tmp_path):
    text = "From December 1, exporters announced by the ministry will need licences."
    art = dated_article(tmp_path, text, "2023-07-23")
    assert _start(art, "December 1") == "2023-12-01"


def test_an_em_dash_joins_a_range_of_years(tmp_path):
    text = "Imports of tin rose the most during the 2020\u20142022 period."
    art = dated_article(tmp_path, text, "2025-01-07")
    days = [d for d in art.dates if d.text == "2020\u20142022"]
    assert days and (str(days[0].start), str(days[0].end)) == ("2020-01-01", "2022-12-31")
