"""A measure clause whose subject is a firm doing something of its own
(`analysis.evidence.predicates`; round 41, cover41): "companies have avoided the export
restrictions" says what firms did, which no row of the measures catalog records, so the
measure checker leaves it not checkable. Made-up sentences and names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import first_verdict_with

from analysis.evidence.predicates import firm_conduct

_FIRM = "what a firm did"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "However, chip companies have sidestepped the US export restrictions by "
            "redesigning their products.",
            "chip companies have sidestepped",
        ),
        (
            "Investigators were busy, and two Chinese firms shipped restricted components "
            "to a blacklisted buyer.",
            "two Chinese firms shipped",
        ),
        (
            "Chipmakers quietly stockpiled chips ahead of the export controls.",
            "Chipmakers quietly stockpiled",
        ),
    ],
)
def test_the_firm_and_its_verb_are_read(text: str, said: str) -> None:
    assert firm_conduct(text, [], 0) == said


@pytest.mark.parametrize(
    "text",
    [
        # a requirement, a need, a passive, undergoing: what the measure binds the firm to
        "Exporters will need licences to ship gallium abroad.",
        "Exporters must apply for licences to ship gallium abroad.",
        "US firms were barred from selling chips to Huawei.",
        "Chinese firms face tariffs of 25% on steel.",
        # a modal of permission or a negation: what a rule lets the firm do
        "Exporters cannot sell advanced chips to China without a licence.",
        "Exporters may not ship gallium without a licence.",
        "Huawei has been on the Entity List since 2019.",
        # the measure word in a clause of its own after the firm's verb
        "Chipmakers stockpiled chips before the US export controls took effect.",
        # a government as the subject, firms its object
        "China banned US companies from buying gallium.",
        # a firm that is not the subject of the measure's clause
        "Vantor warned of shortages, and China imposed export controls on gallium.",
    ],
)
def test_no_firm_conduct_where_the_measure_binds_or_another_acts(text: str) -> None:
    assert firm_conduct(text, [], 0) is None


def test_a_firms_act_under_a_measure_is_not_checkable(tmp_path: Path) -> None:
    text = (
        "However, chip companies have sidestepped the US export restrictions on "
        "semiconductors by redesigning their products."
    )
    x = first_verdict_with(tmp_path, text, "2023-10-20", "sidestepped")
    assert x.rule == "measure in the catalog", x.rationale
    assert x.verdict == "not checkable"
    assert "'chip companies have sidestepped'" in x.rationale


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The United States restricted exports of advanced semiconductors to China.", "restricted"),
        (
            "Exporters will need licences from the US to ship advanced semiconductors to China.",
            "need",
        ),
    ],
)
def test_a_measure_told_keeps_its_check(tmp_path: Path, text: str, words: str) -> None:
    x = first_verdict_with(tmp_path, text, "2023-10-20", words)
    assert _FIRM not in x.rationale
