"""Readings found on wire copies run by regional outlets (round 22, branch fcw8)."""

from __future__ import annotations

import pytest
from conftest import dated_article


def _month(art, name):
    found = [d for d in art.dates if d.text == name]
    assert found, art.dates
    return str(found[0].start)


@pytest.mark.parametrize(
    ("sentence", "published", "start"),
    [
        # "last <Month>" written in that very month is the year before
        ("Ruritania curbed tin exports last May.", "2022-05-20", "2021-05-01"),
        ("Tin curbs came in last March, it said.", "2021-03-02", "2020-03-01"),
        # a month already past this year stays in this year
        ("Ruritania curbed tin exports last May.", "2022-09-20", "2022-05-01"),
        # "next <Month>" written in that month is the year after
        ("Ruritania will curb tin exports from next June.", "2022-06-10", "2023-06-01"),
        ("Ruritania will curb tin exports from next June.", "2022-02-10", "2022-06-01"),
    ],
)
def test_last_and_next_month_exclude_the_article_month(tmp_path, sentence, published, start):
    art = dated_article(tmp_path, sentence, published)
    name = next(m for m in ("May", "March", "June") if m in sentence)
    assert _month(art, name) == start


def test_a_bare_month_in_the_article_month_is_unchanged(tmp_path):
    art = dated_article(tmp_path, "Ruritania curbed tin exports in May.", "2022-05-20")
    assert _month(art, "May") == "2022-05-01"
