"""A capital standing for its government before a lead's full date ("Beijing on July 3
imposed ...", "Washington on 4 February 2025 imposed ..."), as before a weekday, is the
actor: without it the goods alone matched another country's measure (round 25, branch
dtm16: made-up sentences keyed from `measures.csv`, 14 false decisions in 88 such leads).
Rules: docs/article.md (entities, capitals as governments)."""

from __future__ import annotations

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.vocab import Label

LEADS = [
    ("Beijing on August 15 tightened export controls on antimony.", "2024-08-30", "Beijing", "CHN"),
    (
        "Washington on 2 April 2025 imposed tariffs on Chinese goods.",
        "2025-04-20",
        "Washington",
        "USA",
    ),
    (
        "Beijing on 3 December 2024 banned exports of gallium to the US.",
        "2024-12-20",
        "Beijing",
        "CHN",
    ),
    ("Washington on Tuesday blacklisted six Chinese firms.", "2025-04-20", "Washington", "USA"),
]


@pytest.mark.parametrize(("text", "day", "capital", "country"), LEADS)
def test_a_capital_before_a_date_is_its_government(tmp_path, text, day, capital, country):
    art = dated_article(tmp_path, text, day)
    (place,) = [e for e in art.entities if e.text == capital]
    assert place.metonym_for, place
    (claim,) = [c for c in art.claims if capital in c.text]
    assert claim.frame.actor_country == country


def test_the_other_capital_is_not_the_actor_of_a_measure(tmp_path):
    # China's gallium licensing of 3 July 2023: Washington imposed none that day
    text = "Washington on July 3 imposed export controls on gallium."
    x = verdict_about(dated_verdicts(tmp_path, text, "2023-07-20"), "gallium")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_city_visited_on_a_day_is_a_place(tmp_path):
    art = dated_article(
        tmp_path, "The delegation flew to Beijing on July 3 for talks.", "2023-07-20"
    )
    (place,) = [e for e in art.entities if e.text == "Beijing"]
    assert not place.metonym_for
