"""A relative clause without "that", after the changed measure's goods or side, dates the
measure changed, not the change ("suspended the ban on exports of gallium, germanium and
antimony to the United States it imposed in December 2024"; "lifted the tariffs on U.S.
farm products it imposed in March"): round 27, branch dtm19, made-up measure sentences
keyed from `measures.csv` (`changed_relative` in data/lexicon/claims.yaml)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.vocab import Label

# (sentence, article date, a word of the claim): the change's own day, the changed
# measure's month after the goods or the side it names
CHANGES = [
    (
        "China on November 9, 2025 suspended the ban on exports of gallium, germanium and "
        "antimony to the United States it imposed in December 2024.",
        "2025-11-29",
        "suspended",
    ),
    (
        "China on November 7, 2025 paused the export controls on rare earths it announced "
        "in October.",
        "2025-11-27",
        "paused",
    ),
    (
        "China on November 5, 2025 lifted the tariffs on U.S. farm products it imposed in March.",
        "2025-11-25",
        "lifted",
    ),
]


@pytest.mark.parametrize(("text", "day", "word"), CHANGES)
def test_the_clause_dates_the_measure_changed(tmp_path, text, day, word):
    x = verdict_about(dated_verdicts(tmp_path, text, day), word)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_coordinated_clause_is_the_acts_own(tmp_path):
    # "and it imposed ... in March" is a second act, not a clause on the goods
    text = "China lifted the tariffs on U.S. farm products and it imposed new ones in March 2025."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-11-08"), "lifted")
    assert x.verdict != Label.SUPPORTED, x.rationale


def test_the_clause_follows_any_measure_noun_of_answered_measure():
    # the nouns come from `answered_measure`: every one the clause was written for holds
    p = claim_words.patterns()["changed_relative"]
    for noun in (
        "controls",
        "curbs",
        "restrictions",
        "measures",
        "tariffs",
        "ban",
        "bans",
        "rule",
        "rules",
        "listing",
        "listings",
        "sanctions",
    ):
        assert p.search(f"lifted the {noun} Beijing imposed in "), noun
        assert p.search(f"lifted the {noun} on U.S. soybeans it imposed in "), noun
    assert not p.search("lifted the talks Beijing held in ")
    assert not p.search("lifted the visits Beijing imposed in ")
