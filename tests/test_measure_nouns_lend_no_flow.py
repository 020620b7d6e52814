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


@pytest.mark.parametrize(
    ("text", "amount", "judged"),
    [
        # after a measure noun: no trade figure
        (
            "Chinese sellers now face steep US import tariffs. They reached $150 billion in 2023.",
            "$150 billion",
            [],
        ),
        # after a flow: still one, and checked
        (
            "The report covered American exports to China. They came to $147.8 billion in 2023.",
            "$147.8 billion",
            [Label.SUPPORTED],
        ),
    ],
)
def test_a_bare_amount_takes_only_a_flow_named_before(tmp_path, text, amount, judged):
    found = [x for x in dated_verdicts(tmp_path, text, "2024-03-01") if amount in x.claim.text]
    assert found
    assert [x.verdict for x in found if x.rule == "trade figure"] == judged
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found if x.rule != "trade figure")
