"""What makes a count a part of an Entity List addition: made-up sentences ("included in
the Entity List" is the addition itself; "the rule includes N entities" is a part). Rules:
docs/factcheck.md, "Entity List counts"."""

from __future__ import annotations

import pandas as pd
from conftest import dated_article

from analysis.data import datasets
from analysis.evidence import factcheck
from analysis.vocab import Label


def _rule() -> pd.Series:
    rules = datasets.load("entity_list_rules").dropna(subset=["entries_added_total"])
    return rules.sort_values("published").iloc[-1]


def _count_verdict(tmp_path, text: str, published: str):
    found = factcheck.check(dated_article(tmp_path, text, published))
    counts = [x for x in found if x.rule == "entity list count"]
    assert counts, [(x.rule, x.claim.text) for x in found]
    return counts[0]


def test_included_in_the_list_is_the_addition(tmp_path):
    rule = _rule()
    n = int(rule["entries_added_total"])
    day = (rule["published"] + pd.Timedelta(days=2)).date().isoformat()
    text = f"The Commerce Department said {n} entities were included in the Entity List this week."
    x = _count_verdict(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_count_the_addition_includes_is_a_part(tmp_path):
    rule = _rule()
    day = (rule["published"] + pd.Timedelta(days=2)).date().isoformat()
    text = "The Entity List rule published this week includes 3 entities in Iran."
    x = _count_verdict(tmp_path, text, day)
    assert x.verdict == Label.NOT_CHECKABLE and "part" in x.rationale, x.rationale


def test_a_count_of_parties_listed_for_one_reason_abstains_unless_it_matches(tmp_path):
    # "N firms were added for <reason>": the table counts each rule's entries in total and
    # under China, not by reason, so a count matching no rule is a part it cannot count,
    # while a count equal to a rule's still holds
    rule = _rule()
    n = int(rule["entries_added_total"])
    day = (rule["published"] + pd.Timedelta(days=2)).date().isoformat()
    for reason in (
        "for supplying drone parts to sanctioned buyers",
        "for their role in a missile programme",
    ):
        put = "This week the Commerce Department put {} companies on the Entity List {}."
        x = _count_verdict(tmp_path, put.format(n + 7, reason), day)
        assert x.verdict == Label.NOT_CHECKABLE and "reason" in x.rationale, x.rationale
        assert _count_verdict(tmp_path, put.format(n, reason), day).verdict == Label.SUPPORTED
    # without a reason the same wrong count is still wrong
    plain = f"This week the Commerce Department put {n + 7} companies on the Entity List."
    assert _count_verdict(tmp_path, plain, day).verdict == Label.UNSUPPORTED


def test_words_after_the_count_that_describe_its_parties_make_no_part(tmp_path):
    # "77 companies, most of which are China-based": the relative clause describes the
    # counted parties; a part is marked before the count ("of them, 3 ...") (round 36, fx36e)
    rule = _rule()
    n = int(rule["entries_added_total"])
    day = (rule["published"] + pd.Timedelta(days=2)).date().isoformat()
    text = (
        f"This week the Commerce Department put {n} companies, most of which are based "
        "abroad, on the Entity List."
    )
    assert _count_verdict(tmp_path, text, day).verdict == Label.SUPPORTED
    part = f"Of those, {n} companies were put on the Entity List this week."
    x = _count_verdict(tmp_path, part, day)
    assert x.verdict == Label.NOT_CHECKABLE and "part" in x.rationale, x.rationale


def test_a_count_with_a_part_of_it_counted_after_is_more_than_was_listed(tmp_path):
    # "600 entities, more than 110 of which were added": the count is of more than the
    # listing; a count taken off a list ("removed N parties") is no addition (round 36, fx36e)
    rule = _rule()
    n = int(rule["entries_added_total"])
    day = (rule["published"] + pd.Timedelta(days=2)).date().isoformat()
    text = (
        f"This week the Commerce Department put {n} companies, {n - 2} of which are based "
        "abroad, on the Entity List."
    )
    x = _count_verdict(tmp_path, text, day)
    assert x.verdict == Label.NOT_CHECKABLE and "part" in x.rationale, x.rationale
    gone = f"This week the Commerce Department removed {n + 7} companies from the Entity List."
    found = factcheck.check(dated_article(tmp_path, gone, day))
    assert not [x for x in found if x.rule == "entity list count"], found
