"""Review of round 35: words round 35 left as literals in code (the verbs of a reported
lead and the pronouns that stand for its speaker, `text.reported_lead`; the clause words a
finding's subject may not hold, `source_shows`; a country's own goods and the words of where
goods come from, `tariff_origin`), read from data/lexicon/claims.yaml instead."""

from __future__ import annotations

import pytest

from analysis.article import claim_words, text
from analysis.data import lexicon


@pytest.fixture
def claim_words_with(monkeypatch):
    """Claim patterns made anew from claim words with some lists replaced."""

    def use(**update: tuple[str, ...]) -> None:
        edited = lexicon.claims().model_copy(update=update)
        monkeypatch.setattr(claim_words, "words", lambda: edited)
        claim_words.patterns.cache_clear()

    yield use
    claim_words.patterns.cache_clear()


def test_a_reported_lead_reads_its_verbs_and_pronouns_from_the_lexicon(
    claim_words_with, monkeypatch
):
    said = "Foreign Minister Wang told reporters on Tuesday that tariffs will rise."
    assert text.reported_lead(said) == said.index(" tariffs")
    assert text.reported_lead("China has said that it will retaliate.") == 0
    table = lexicon.saying_verbs  # the verbs of saying.yaml's reader `reported_that_verbs`
    monkeypatch.setattr(
        lexicon,
        "saying_verbs",
        lambda reader: ("declared",) if reader == "reported_that_verbs" else table(reader),
    )
    claim_words_with(speaker_pronouns=("they",))
    assert text.reported_lead(said) == 0
    assert text.reported_lead("Wang declared that tariffs will rise.") > 0
    assert text.reported_lead("China has declared that it will retaliate.") > 0


def test_a_finding_s_subject_breaks_come_from_the_lexicon(claim_words_with):
    found = "Huawei was added after the Department concluded that it had lied."
    shows = claim_words.patterns()["source_shows"]
    assert shows.match("The US Geological Survey found that China produced 98%.")
    assert not shows.match(found)
    claim_words_with(finding_subject_breaks=("when",))
    assert claim_words.patterns()["source_shows"].match(found)


def test_own_goods_and_origin_words_come_from_the_lexicon(claim_words_with):
    own = claim_words.patterns()["own_goods"]
    assert own.match("-grown chicken") and own.match("'s exports") and not own.match("-bound ships")
    claim_words_with(origin_participles=("bound",), own_goods_nouns=("ships",))
    own = claim_words.patterns()["own_goods"]
    assert own.match("-bound ships") and own.match(" ships") and not own.match("-grown chicken")
