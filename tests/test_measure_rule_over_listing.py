"""Of the measures a dated claim's days fit, the one it means (round 34, branch fx34r; rules:
docs/factcheck-log.md, "A rule on the goods over a listing of its day"): a restriction of exports
of goods the catalog names is a licence or ban rule on them, not a listing of parties of the
same day; and a date of the measure itself ("the controls, introduced in October 2022") is
its own day, not that of a later rule amending it. Made-up sentences; the catalog holds the
advanced-computing rule of 7 October 2022, the Unverified List additions of that day, and
the rule of 17 October 2023 amending the first."""

from __future__ import annotations

import pytest
from conftest import checked_about

from analysis.analyses import measures
from analysis.article.frames import When
from analysis.evidence import measure_dates
from analysis.vocab import Label

RULE = "usa-2022-10-07-advanced-computing-rule"
UPDATE = "usa-2023-10-17-advanced-computing-update"

# (sentence, needle): a restriction on exports of chips dated October 2022
RESTRICTIONS = [
    (
        "In October 2022, Washington imposed new curbs on sales of advanced semiconductors "
        "to China.",
        "October 2022",
    ),
    (
        "The controls, introduced in October 2022, restrict sales of advanced chips to China.",
        "October 2022",
    ),
]


def _ids(x) -> set[str]:
    return {k for e in x.evidence for k in e.values}


@pytest.mark.parametrize(("text", "needle"), RESTRICTIONS)
def test_a_restriction_on_chips_is_the_rule_of_its_day(tmp_path, text, needle):
    x = checked_about(tmp_path, "Chip curbs\n\n" + text + "\n", "2024-05-02", needle)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "measure in the catalog"
    assert _ids(x) == {RULE}, x.rationale


def test_a_listing_claim_keeps_the_listing(tmp_path):
    text = (
        "Chip curbs\n\nIn October 2022, the US put 31 Chinese companies on the Unverified List.\n"
    )
    x = checked_about(tmp_path, text, "2024-05-02", "October 2022")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert _ids(x) == {"usa-2022-10-07-unverified-list-31-prc-entities"}, x.rationale


def test_a_changed_measure_keeps_the_amending_rule():
    """With a word of changing a measure ("amended the rules adopted in October 2022"), the
    date is of the measure changed, and the amending rule is not dropped for the rule of
    that day; without one, the rule of that day is kept."""
    every = measures.measures()
    hits = every.loc[every["measure_id"].isin({RULE, UPDATE})]
    month = When("d1", "October 2022", "2022-10-01", "2022-10-31", "month", "past", "object")
    own = measure_dates.own_day_hits(hits, [month], "The rules, adopted in October 2022")
    assert set(own["measure_id"]) == {RULE}
    assert measure_dates.own_day_hits(hits, [month], "amended the rules adopted in").empty
