"""Steps short of a measure taken (round 33, fx33f): an intention stated ("has voiced a
desire to implement duties", "has pledged to impose tariffs") or a consultation on a
measure ("opened a 30-day public comment period", "sought public comments on the potential
move to add ...") said before the clause's first measure word is no measure the catalog
records; the existence of a measure of the kind must not bear it out
(`catalog_scope.short_of_measure`, the `short_of_measure` words). A measure of the clause's
own before those words, or words in a clause of their own that opens the sentence, keep
the clause checked. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.evidence import catalog_scope
from analysis.vocab import Label

STEP = "a step short of a measure taken"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "President-elect Donald Trump has pledged to impose heavy tariffs on Chinese goods.",
            "has pledged to impose heavy tariffs",
        ),
        (
            "Senator Smith has voiced a desire to implement steep duties on China-made steel.",
            "voiced a desire to implement",
        ),
        (
            "Trump said that he intends to impose tariffs on Chinese goods.",
            "he intends to impose tariffs",
        ),
        (
            "The USTR opened a 30-day public comment period following the tariff "
            "increases in September.",
            "public comment period",
        ),
        (
            "China's commerce ministry sought public comments in May on the potential move to "
            "add the technology to make samarium-cobalt magnets, neodymium-iron-boron magnets "
            "and cerium magnets to its catalogue of prohibited exports.",
            "sought public comments",
        ),
    ],
)
def test_an_intention_or_a_consultation_is_not_checkable(tmp_path, text, words):
    found = verdict_about(dated_verdicts(tmp_path, text, "2024-12-20"), words)
    assert found.verdict == Label.NOT_CHECKABLE
    assert STEP in found.rationale
    assert found.rule in ("measure in the catalog", "ban or licensing")
    assert not found.evidence


@pytest.mark.parametrize(
    ("text", "words", "published"),
    [
        # the measure of the clause's own comes first
        (
            "Trump has delayed tariffs on Chinese goods, with Beijing pledging to resume "
            "purchases of soybeans.",
            "Trump has delayed tariffs",
            "2019-03-27",
        ),
        # the words stand in a clause of their own opening the sentence
        (
            "After a month of promises to change course, the Commerce Department rescinded "
            "the AI diffusion rule on May 13.",
            "rescinded the AI diffusion rule",
            "2025-05-20",
        ),
    ],
)
def test_a_measure_of_its_own_is_still_checked(tmp_path, text, words, published):
    found = verdict_about(dated_verdicts(tmp_path, text, published), words)
    assert STEP not in found.rationale
    assert found.verdict != Label.NOT_CHECKABLE


def test_the_words_before_a_clause_cut_from_its_subject():
    sentence = "The ministry sought public comments on adding magnets, cerium magnets to its list."
    assert catalog_scope.short_of_measure("cerium magnets to its list", sentence) == (
        "sought public comments"
    )
    lead = "After weeks of promises to act, the ministry added magnets to its list."
    assert catalog_scope.short_of_measure("the ministry added magnets to its list", lead) == ""
