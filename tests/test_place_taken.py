"""A place taken is the subject's (round 39, left39): "Myanmar has overtaken Australia as the
second-largest producer of rare earths" was cut at "as" and its rank checked as
Australia's, the last party named. An active verb of taking another's place and the party
it took it from before "as" (`place_taking_verbs` in claims.yaml, `clauses._takes_place`)
keep the sentence whole, so the subject holds the rank. Controls: a passive keeps its cut
(the agent, named last, holds the rank), "as" opening a clause of its own after a measure
keeps its cut, and a plain rank is read as before. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

_DAY = "2024-06-01"


def _ranks(tmp_path, text: str) -> list:
    return [x for x in dated_verdicts(tmp_path, text, _DAY) if x.rule == "rank of producers"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Myanmar has overtaken Australia as the second-largest producer of rare earths.",
         "MMR"),
        ("The United States surpassed Myanmar as the second-largest producer of rare earths.",
         "USA"),
        ("Australia has been overtaken by Myanmar as the second-largest producer of rare "
         "earths.", "MMR"),
        ("Myanmar is the third-largest producer of rare earths.", "MMR"),
    ],
)  # fmt: skip
def test_the_rank_is_the_subject_s_or_the_agent_s(tmp_path, text, country):
    (found,) = _ranks(tmp_path, text)
    assert found.claim.frame.actor_country == country


def test_the_overtaker_s_place_is_checked(tmp_path):
    text = "Myanmar has overtaken Australia as the second-largest producer of rare earths."
    (found,) = _ranks(tmp_path, text)
    assert "Myanmar ranked" in found.rationale and "Australia ranked" not in found.rationale


def test_the_overtaking_sentence_stays_one_claim(tmp_path):
    text = "Myanmar has overtaken Australia as the second-largest producer of rare earths."
    (found,) = _ranks(tmp_path, text)
    assert found.claim.text.startswith("Myanmar has overtaken Australia as")


def test_as_opening_a_clause_of_its_own_is_still_cut(tmp_path):
    text = "China restricted exports of gallium as the United States tightened its chip rules."
    texts = [x.claim.text for x in dated_verdicts(tmp_path, text, _DAY)]
    assert "China restricted exports of gallium" in texts
