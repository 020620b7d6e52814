"""Round 38 (fx38e): words left in Python literals, read from the lexicon instead, each list
refused by its loader when misspelt or missing: the word of a head pair that names its
countries ("the two countries' presidents", claims.yaml `pair_countries_named`)."""

from __future__ import annotations

import pytest
from conftest import read_yaml
from pydantic import ValidationError

from analysis.article import claim_words
from analysis.data import lexicon


def _claims(**change: object) -> lexicon.ClaimWords:
    raw = read_yaml(lexicon.path_of("claims"))
    raw.update(change)
    return lexicon.ClaimWords.model_validate(raw)


def test_pair_countries_named_is_refused_misspelt_missing_or_empty():
    raw = read_yaml(lexicon.path_of("claims"))
    words = raw.pop("pair_countries_named")
    with pytest.raises(ValidationError, match="pair_countries_named"):
        lexicon.ClaimWords.model_validate(raw)  # missing
    with pytest.raises(ValidationError, match="pair_country_named"):
        lexicon.ClaimWords.model_validate({**raw, "pair_country_named": words})  # a typo
    with pytest.raises(ValidationError, match="pair_countries_named"):
        _claims(pair_countries_named=[])  # no word: would match everywhere


def test_a_pair_names_its_countries_by_the_lexicon_word(monkeypatch):
    named = claim_words.patterns()["pair_countries_named"]
    assert named.search("the two countries' presidents")
    assert not named.search("the two presidents")
    edited = lexicon.claims().model_copy(update={"pair_countries_named": ("nations",)})
    monkeypatch.setattr(claim_words, "words", lambda: edited)
    claim_words.patterns.cache_clear()
    try:
        named = claim_words.patterns()["pair_countries_named"]
        assert named.search("the two nations' presidents")
        assert not named.search("the two countries' presidents")
    finally:
        claim_words.patterns.cache_clear()
