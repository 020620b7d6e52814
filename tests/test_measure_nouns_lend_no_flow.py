"""A flow word that only qualifies a measure noun ("export restrictions", "import tariffs")
names the measure, not a trade flow (`trade_flows` in `data/lexicon/claims.yaml`; round 32,
fcf32): a bare amount in the next sentence ("It generated an estimated $12 billion", NBC San
Diego) borrowed "exports" from it and was judged against the US-China trade table. A flow
named as such still lends itself ("They came to $147.8 billion"). Made-up sentences; the
2023 export figure is the Census row of the trade table."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import frames
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "The chip was designed to comply with U.S. export restrictions",
        "Chinese sellers now face steep US import tariffs",
        "Exporters must apply for export licences",
    ],
)
def test_a_measure_noun_names_no_flow(text):
    assert frames.flow(text) == ""


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("US exports to China fell", "exports"),
        ("imports subject to tariffs fell", "imports"),
        ("China restricted exports of gallium", "exports"),
    ],
)
def test_a_flow_named_as_such_stays_one(text, flow):
    assert frames.flow(text) == flow


def test_an_amount_after_a_measure_noun_is_no_trade_figure(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "Chinese sellers now face steep US import tariffs. They reached $150 billion in 2023.",
        "2024-03-01",
    )
    amount = [x for x in found if "$150 billion" in x.claim.text]
    assert amount and all(x.verdict == Label.NOT_CHECKABLE for x in amount)
    assert not any(x.rule == "trade figure" for x in amount)


def test_an_amount_after_a_flow_is_still_checked(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "The report covered American exports to China. They came to $147.8 billion in 2023.",
        "2024-03-01",
    )
    amount = [x for x in found if "$147.8 billion" in x.claim.text]
    assert [(x.verdict, x.rule) for x in amount] == [(Label.SUPPORTED, "trade figure")]
