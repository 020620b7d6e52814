"""Round 35 (kd35): words that were literals in code, read from the lexicons instead."""

from __future__ import annotations

import pytest

from analysis.article import claim_words, quantities
from analysis.data import lexicon


def _amount_of(text: str) -> str:
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "USD"]
    return q.of


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Imports showed a sharp decrease of $102.9 billion last year.", quantities.CHANGE),
        ("Imports declined by 20.3% ($109.1 billion) in 2023.", quantities.CHANGE),
        ("Imports fell by 20 percent, or $109 billion, in 2023.", quantities.CHANGE),
        # not a noun of change before "of"; no rate restated
        ("China bought goods worth a total of $109 billion in 2023.", "value"),
        ("Imports were 20 percent ($109 billion) of the total.", "value"),
    ],
)
def test_an_amount_told_as_the_size_of_a_change(text, of):
    assert _amount_of(text) == of


@pytest.fixture
def claim_words_with(monkeypatch):
    """Claim words with some lists replaced, read by `quantities` (its patterns made anew)."""

    def use(**update: tuple[str, ...]) -> None:
        edited = lexicon.claims().model_copy(update=update)
        monkeypatch.setattr(quantities, "words", lambda: edited)
        claim_words.patterns.cache_clear()  # `_change_told` is made anew with the patterns

    yield use
    claim_words.patterns.cache_clear()


def test_the_words_of_a_change_told_come_from_the_lexicon(claim_words_with):
    text = "Imports fell by 20 percent, or $109 billion, in 2023."
    claim_words_with(rate_restated_or=("and",))
    assert _amount_of(text) == "value"
    assert _amount_of("Imports fell by 20 percent, and $109 billion, in 2023.") == quantities.CHANGE
    claim_words_with(change_noun_of=("amounting to",))
    assert _amount_of("a sharp decrease amounting to $102.9 billion") == quantities.CHANGE
    assert _amount_of("a sharp decrease of $102.9 billion") == "value"


def test_one_set_of_office_title_words_serves_every_title_reading():
    from analysis.article import gazetteer as gz
    from analysis.article.claim_types import office_title_words
    from analysis.article.name_cues import cues

    china = {w for p in gz.people() for o in p.offices if o.country == "CHN" for w in o.keywords}
    usa = {w for p in gz.people() for o in p.offices if o.country == "USA" for w in o.keywords}
    assert china - usa and usa - china  # the table gives each side words of its own
    words = office_title_words("CHN")
    assert china <= words and not (usa - china - cues().title_modifiers) & words
    assert cues().former_words | cues().title_modifiers <= words
    assert words < office_title_words()


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Mexico Becomes Largest U.S. Importer; China Imports Drop by 20.3%", True),
        ("China imports fell in 2023 as US tariffs bit", True),
        ("China imports narrowed to $427 billion", True),  # a `falls` verb
        ("China imports totaled $427 billion", True),  # of level
        ("China imports soybeans from the United States", False),  # a verb
        ("China imports lower-grade ore from the United States", False),  # a compound
    ],
)
def test_china_imports_as_a_noun_before_a_verb_of_change_or_level(text, noun):
    assert bool(claim_words.patterns()["china_imports_noun"].search(text)) is noun


def test_china_imports_reads_the_verbs_of_change_from_the_falls_list(monkeypatch):
    assert lexicon.claims().china_imports_noun == ("China imports",)  # no verbs copied in
    edited = lexicon.claims().model_copy(update={"falls": ("ebbed",)})
    monkeypatch.setattr(claim_words, "words", lambda: edited)
    claim_words.patterns.cache_clear()
    try:
        noun = claim_words.patterns()["china_imports_noun"]
        assert noun.search("China imports ebbed in 2023") and not noun.search("China imports fell")
    finally:
        monkeypatch.undo()
        claim_words.patterns.cache_clear()


@pytest.mark.parametrize(
    ("types", "text", "expected"),
    [
        (["quantity_share"], "Rare earth prices rose 20% last year", "prices"),
        (["quantity_share"], "China's exports made up 15% of the total", "trade flows"),
        (["policy_action"], "Beijing subsidises its chip makers", "industrial policy"),
        (["policy_action"], "Beijing restricted gallium", "export controls"),
        (["event_date"], "Blinken will visit Beijing next week", "official visits and meetings"),
        (["event_date"], "The report came out in May", "other"),
    ],
)
def test_a_claims_topic_from_the_topic_words(types, text, expected):
    from analysis.article.claim_types import topic

    assert topic(types, text, []) == expected


def test_the_topic_words_come_from_the_lexicon(monkeypatch):
    from analysis.article.claim_types import topic

    words = lexicon.claims()
    edited = words.model_copy(update={"topic_words": {**words.topic_words, "visits": ("call",)}})
    monkeypatch.setattr(claim_words, "words", lambda: edited)
    claim_words.patterns.cache_clear()
    try:
        assert topic(["event_date"], "They held a call", []) == "official visits and meetings"
        assert topic(["event_date"], "Blinken will visit Beijing", []) == "other"
    finally:
        monkeypatch.undo()
        claim_words.patterns.cache_clear()
