"""An abbreviation that may end a sentence ("U.S.", "Inc.") before a word that only opens
one ("These", "It", "In") ends the sentence too (`text.SENTENCE_OPENERS`; blind17's class:
US Africa Online, AnewZ, The Daily Caller). Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article.text import sentences
from analysis.vocab import Label


def _split(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence():
    assert _split("Beijing taxed soybeans shipped from the U.S. These duties start Monday.") == [
        "Beijing taxed soybeans shipped from the U.S.",
        "These duties start Monday.",
    ]
    assert _split("Sales fell at Acme Inc. It blamed the rules.") == [
        "Sales fell at Acme Inc.",
        "It blamed the rules.",
    ]
    # a name or a title after the abbreviation goes on the sentence
    assert _split("The U.S. Trade Representative spoke on Monday.") == [
        "The U.S. Trade Representative spoke on Monday."
    ]
    # nor does a title before a name, whatever follows
    assert len(_split("The order was signed by Gov. The Tran on Monday.")) == 1


def test_the_clause_after_the_split_keeps_its_own_actor(tmp_path):
    # "These tariffs ..." are Beijing's, not the United States' of "from the U.S."
    found = _verdicts(
        tmp_path,
        "China said on Tuesday it would levy a 15% tariff on coal and a 10% tariff on crude "
        "oil and large-engine cars imported from the U.S. These tariffs take effect next Monday.",
        "2025-02-04",
    )
    x = _about(found, "take effect next Monday")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED
