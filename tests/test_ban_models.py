"""A ban claim naming a product model ("The first AI GPUs that were banned were the Nvidia
A100") that no export ban or licence of the side names in its title, in words that name no
government of that side (the actor is borrowed from the sentences before): the catalog's
measures on a class of goods do not say what befell that model, so the ban check does not
decide it (`measure_naming.unnamed_model`; round 38, fx38c: tweaktown's H100 was
"misleading" as a licence called a ban). A claim naming its government, or no model, stays
decided on its goods. Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.data import datasets
from analysis.evidence import measure_naming
from analysis.vocab import Label

LEAD = "The US Commerce Department tightened its rules on AI chips on Tuesday. "
DAY = "2023-10-18"


def test_the_model_is_named_by_no_measure_title():
    titles = datasets.load("measures")["title"].astype(str)
    assert not titles.str.contains(r"\bA100\b").any()
    assert measure_naming.products_named("were the Nvidia A100") == ("A100",)


def test_a_model_no_measure_names_is_not_decided_by_the_ban_check(tmp_path):
    text = LEAD + "The first AI GPUs that were banned were the Nvidia A100."
    x = verdict_about(dated_verdicts(tmp_path, text, DAY), "Nvidia A100")
    assert (x.rule, x.verdict) == ("ban or licensing", Label.NOT_CHECKABLE), x.rationale
    assert "A100" in x.rationale


def test_a_government_named_or_no_model_stays_decided(tmp_path):
    for text, words in (
        (LEAD + "The US banned exports of A100 chips to China.", "A100 chips"),
        (LEAD + "The first AI chips that were banned were made by Nvidia.", "made by Nvidia"),
    ):
        x = verdict_about(dated_verdicts(tmp_path, text, DAY), words)
        assert x.rule == "ban or licensing" and x.verdict != Label.NOT_CHECKABLE, x.rationale
