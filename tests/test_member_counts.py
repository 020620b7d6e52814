"""Counts of the rare earths' members (differential test dt14b, regression 7): only the
unqualified class, or its light/heavy group against the commodities table, and only of the
present, is decided by the table; a count of a subset, a list or another time is not.
Made-up sentences, the tester's and each in other words. Rules: docs/factcheck.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_article

from analysis.article import taxonomy_words
from analysis.data import datasets
from analysis.evidence import factcheck
from analysis.vocab import Label


def _taxonomy(tmp_path: Path, text: str, published: str = "2025-05-01"):
    found = factcheck.check(dated_article(tmp_path, text, published))
    return [x for x in found if x.rule == "taxonomy"]


@pytest.mark.parametrize(
    "text",
    [
        "Seven metals make up the rare earths China restricted in April.",
        "Nine elements make up the rare earths that Ruritania stockpiles.",
        "Six metals make up the rare earths used in magnets.",
        "Four elements make up the rare earths in a typical motor magnet.",
        "The restricted rare earths comprise seven elements.",
        "Ruritania's list of strategic rare earths comprises nine elements.",
        "Of these, there are seven rare earth elements.",
        "Among the listed items, there are nine rare earths.",
    ],
)
def test_a_count_of_a_subset_or_a_list_is_not_the_class_count(tmp_path, text):
    assert taxonomy_words.member_count(text) is None
    assert not [x for x in _taxonomy(tmp_path, text) if x.verdict != Label.NOT_CHECKABLE]


@pytest.mark.parametrize(
    "text",
    [
        "Seventeen metals make up the rare earths, including scandium and yttrium.",
        "There are 17 rare earth elements.",
        "Rare earths are made up of 17 elements.",
        "In 2024 there were 17 rare earths.",
        # the lexicon's words (review rev14, item 6): `present_leads`, `group_nouns`
        "Today, there are 17 rare earth metals.",
        "The rare earth family comprises 17 elements.",
        "The rare earth group consists of 17 metals.",
    ],
)
def test_a_count_of_the_whole_class_is_still_read(tmp_path, text):
    assert taxonomy_words.member_count(text) == 17
    assert [x.verdict for x in _taxonomy(tmp_path, text)] == [Label.SUPPORTED]


def _group_size(group: str) -> int:
    return int((datasets.load("commodities")["ree_group"] == group).sum())


@pytest.mark.parametrize(
    ("template", "group"),
    [
        ("The heavy rare earths comprise {n} elements.", "heavy"),
        ("Light rare earths consist of {n} metals.", "light"),
        ("{n} elements make up the heavy rare earths.", "heavy"),
    ],
)
def test_a_count_of_a_group_is_checked_against_that_group(tmp_path, template, group):
    n = _group_size(group)
    assert taxonomy_words.member_scope(template.format(n=n))[0] == group
    got = _taxonomy(tmp_path, template.format(n=n))
    assert [x.verdict for x in got] == [Label.SUPPORTED], got[0].rationale if got else None
    wrong = _taxonomy(tmp_path, template.format(n=n - 1))
    assert [x.verdict for x in wrong] == [Label.UNSUPPORTED]


@pytest.mark.parametrize(
    "text",
    [
        "By 1907 there were 16 rare earth elements.",
        "In 1803 there were two rare earth elements.",
        "By 1890 there were eleven rare earths.",
    ],
)
def test_a_count_of_long_ago_is_not_checked_against_todays_class(tmp_path, text):
    got = _taxonomy(tmp_path, text)
    assert [x.verdict for x in got] == [Label.NOT_CHECKABLE], got
