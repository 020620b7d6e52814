"""Both sides' measures in one sentence ("The US did X on D1, and China did Y on D2", with
", while" or ";"): a claim per clause, each with its own acting party and date, where each
clause opens on its party and its finite measure verb. Before, the clauses were one claim
and both dates went to the first party (round 25, branch dtm17: made-up sentences keyed from
`measures.csv`, 14 abstentions in 30 such sentences). Rules: docs/article.md (claims)."""

from __future__ import annotations

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.vocab import Label

# (text, as-of, the first clause's words, the second's)
BOTH = [
    (
        "Washington restricted exports of chipmaking equipment on October 7, 2022; Beijing"
        " tightened controls on antimony on August 15, 2024.",
        "2024-09-20",
        "chipmaking equipment",
        "antimony",
    ),
    (
        "China imposed export controls on graphite on October 20, 2023, while the US"
        " imposed tariffs on Chinese goods on 4 March 2025.",
        "2025-03-30",
        "graphite",
        "Chinese goods",
    ),
    (
        "The Commerce Department added Huawei to the Entity List on May 16, 2019, and"
        " MOFCOM restricted exports of antimony on August 15, 2024.",
        "2024-09-20",
        "Huawei",
        "antimony",
    ),
]


@pytest.mark.parametrize(("text", "day", "first", "second"), BOTH)
def test_each_side_is_a_claim_with_its_party_and_date(tmp_path, text, day, first, second):
    art = dated_article(tmp_path, text, day)
    one = [c for c in art.claims if first in c.text]
    two = [c for c in art.claims if second in c.text]
    assert len(one) == 1 and len(two) == 1 and one[0] is not two[0], [c.text for c in art.claims]
    assert one[0].frame.actor_country != two[0].frame.actor_country
    assert len(one[0].dates) == 1 and len(two[0].dates) == 1


@pytest.mark.parametrize(("text", "day", "first", "second"), BOTH)
def test_each_side_is_checked_on_its_own_row(tmp_path, text, day, first, second):
    found = dated_verdicts(tmp_path, text, day)
    for words in (first, second):
        x = verdict_about(found, words)
        assert x.verdict in (Label.SUPPORTED, Label.PARTLY), (words, x.rationale)


def test_the_second_sides_wrong_date_is_its_own(tmp_path):
    # antimony's licensing was announced on 15 August 2024, nothing of China's on 15 May
    text = (
        "Washington restricted exports of chipmaking equipment on October 7, 2022, and"
        " Beijing tightened controls on antimony on May 15, 2024."
    )
    found = dated_verdicts(tmp_path, text, "2024-09-20")
    assert verdict_about(found, "chipmaking").verdict == Label.SUPPORTED
    assert verdict_about(found, "antimony").verdict in (Label.UNSUPPORTED, Label.NOT_CHECKABLE)


def test_a_clause_without_its_own_party_stays_with_the_claim(tmp_path):
    # "imposing ...": a participle, no party of its own; one claim
    art = dated_article(
        tmp_path,
        "China restricted exports of graphite on October 20, 2023, imposing licences on exporters.",
        "2023-11-20",
    )
    (claim,) = [c for c in art.claims if "graphite" in c.text]
    assert "imposing" in claim.text
