"""A source's finding opening a claim ("the US Geological Survey found that China produced
98% ..."): the words up to the verb and "that" say who says it, not who acts (`source_finds`
in data/lexicon/claims.yaml, `text.attribution_spans`; round 35, branch fx35d). Issue 12's
class 2, "source taken for subject". Made-up sentences; the first fails without the words."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.article import text


def test_a_finding_s_source_is_not_its_actor(tmp_path: Path) -> None:
    x = checked_about(
        tmp_path,
        "A study by the US Geological Survey found that China produced 98% of the world's "
        "gallium in 2022.",
        "2023-07-17",
        "98%",
    )
    assert x.claim.frame.actor_country == "CHN"
    assert x.claim.frame.partner is None


def test_a_finding_after_the_claim_s_own_act_is_no_source() -> None:
    said = "Huawei was added to the Entity List after the Department concluded that it acted"
    assert text.attribution_spans(said) == []
    assert text.attribution_spans("The survey estimates that China mined 70% of it")
