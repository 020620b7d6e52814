"""Round 38 (fx38e): words left in Python literals, read from the lexicon instead, each list
refused by its loader when misspelt or missing: the word of a head pair that names its
countries ("the two countries' presidents", claims.yaml `pair_countries_named`); the verbs
after which a modal reports a measure announced ("said it would", saying.yaml's reader
`reported_plan`); the past verbs of saying before their day ("announced on July 3", the
reader `said_on`, text_words.yaml's list until then)."""

from __future__ import annotations

import pytest
from conftest import read_yaml
from pydantic import ValidationError

from analysis.article import claim_words, date_patterns, opinions, text
from analysis.data import lexicon
from analysis.data.saying import Saying
from analysis.data.text_words import TextWords


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


# --- the verbs after which a modal reports a measure announced (opinions.py's `_ANNOUNCED`)


def _saying(raw: dict) -> Saying:
    return Saying.model_validate(raw)


def test_a_reported_plan_reads_its_verbs_from_the_saying_table(monkeypatch):
    said = "China said on Friday it would require permits for gallium exports."
    assert opinions.opinion(said) is None  # a measure announced, not a guess
    assert opinions.opinion("Analysts reckon it would require permits for gallium.")
    table = lexicon.saying_verbs
    monkeypatch.setattr(
        lexicon,
        "saying_verbs",
        lambda reader: ("reckon",) if reader == "reported_plan" else table(reader),
    )
    text.saying.cache_clear()
    opinions._announced.cache_clear()
    try:
        assert opinions.opinion(said) == (opinions.FORECAST, "would")
        assert opinions.opinion("Analysts reckon it would require permits for gallium.") is None
    finally:
        text.saying.cache_clear()
        opinions._announced.cache_clear()


def test_the_saying_table_refuses_a_misspelt_property_or_a_reader_with_no_verb():
    raw = read_yaml(lexicon.path_of("saying"))
    said = next(v for v in raw["verbs"] if v["forms"] == ["said"])
    said["report_plan"] = said.pop("reports_plan")  # a typo
    with pytest.raises(ValidationError, match="report_plan"):
        _saying(raw)
    del said["report_plan"]
    for verb in raw["verbs"]:  # no verb left with the property: the reader takes none
        verb.pop("reports_plan", None)
    with pytest.raises(ValidationError, match="take no verb"):
        _saying(raw)


# --- the past verbs of saying before their day (text_words.yaml's `said_on`)


def test_the_day_of_a_saying_reads_its_verbs_from_the_saying_table(monkeypatch):
    assert date_patterns.SAID_ON.search("China announced on ")
    assert not date_patterns.SAID_ON.search("China confirmed on ")
    table = lexicon.saying_verbs
    monkeypatch.setattr(
        lexicon,
        "saying_verbs",
        lambda reader: ("confirmed",) if reader == "said_on" else table(reader),
    )
    date_patterns._compiled.cache_clear()
    try:
        assert date_patterns.SAID_ON.search("China confirmed on ")
        assert not date_patterns.SAID_ON.search("China announced on ")
        assert date_patterns.SAID_PAST.search("Officials confirmed the tariffs would start")
    finally:
        date_patterns._compiled.cache_clear()


def test_said_on_is_gone_from_text_words_and_refused_there():
    raw = read_yaml(lexicon.path_of("text_words"))
    assert "said_on" not in raw
    with pytest.raises(ValidationError, match="said_on"):
        TextWords.model_validate({**raw, "said_on": ["said"]})


def test_a_missing_dates_past_property_leaves_the_reader_empty_and_is_refused():
    raw = read_yaml(lexicon.path_of("saying"))
    for verb in raw["verbs"]:
        verb.pop("dates_past", None)
    with pytest.raises(ValidationError, match=r"\['said_on'\] take no verb"):
        _saying(raw)
    raw = read_yaml(lexicon.path_of("saying"))
    del raw["readers"]["said_on"]
    with pytest.raises(ValidationError, match="said_on"):
        _saying(raw)
