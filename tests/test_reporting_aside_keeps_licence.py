"""A reporting aside closed by a comma ("..., Xinhua reported, unless ...") is no clause of
its own that cuts a ban from its licence (round 34, rev34): the licence after it still
qualifies the ban, as it does without the aside. A clause that goes on after its verb
("..., shipments had already slowed as ...") still cuts. Made-up sentences."""

from __future__ import annotations

import pytest

from analysis.article import measure_reading


@pytest.mark.parametrize(
    "text",
    [
        "Exports of antimony are prohibited, Xinhua reported, unless traders hold a licence.",
        "The rule prohibits sales of AI chips to China, Bloomberg has reported, without a license.",
    ],
)
def test_a_reporting_aside_leaves_the_licence_the_bans(text: str) -> None:
    assert measure_reading.action(text) == "licence"
    assert not measure_reading.forbids(text)


def test_a_clause_going_on_after_its_verb_still_cuts() -> None:
    text = (
        "After banning exports of antimony in March, traders had already struggled to obtain "
        "licences for graphite."
    )
    assert measure_reading.action(text) == "ban"
