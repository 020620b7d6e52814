"""The declared shape of `data/lexicon/text_words.yaml`: the words that cut an article into
sentences (`analysis.article.text`), tell a date's tense and role
(`analysis.article.date_patterns`) and tell which sentences are claims
(`analysis.article.claims`).

Read through `lexicon.load("text_words")` like every lexicon (checked once, cached): a word
list holds single words (`words()` splits on spaces); a pattern list holds regular
expressions, each compiled when the file is loaded, joined as alternatives by the module
that reads them.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# One word, as `text.words()` reads a word list: no spaces
Word = Annotated[str, Field(pattern=r"^\S+$")]


def patterns_compile(value: tuple[str, ...]) -> tuple[str, ...]:
    """A pattern list as it is, when every entry compiles as a regular expression and none
    is empty (an empty one matches everywhere); else a ValueError naming the entry, which
    the lexicon loader reports with the file and the key (a bare `re.error` is no pydantic
    error: it would escape the loader's report)."""
    for pattern in value:
        if not pattern.strip():
            raise ValueError("an empty pattern matches everywhere")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{pattern!r} is not a regular expression: {exc}") from exc
    return value


class TextWords(BaseModel):
    """Words of sentence cutting and of dates' tense (data/lexicon/text_words.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    abbreviations: tuple[Word, ...] = Field(min_length=1)
    before_names: tuple[Word, ...] = Field(min_length=1)
    sentence_openers: tuple[Word, ...] = Field(min_length=1)
    english_function_words: tuple[Word, ...] = Field(min_length=1)
    role_stop_words: tuple[Word, ...] = Field(min_length=1)
    anaphora_heads: tuple[Word, ...] = Field(min_length=1)
    event_starts: tuple[str, ...] = Field(min_length=1)
    event_ends: tuple[str, ...] = Field(min_length=1)
    talks_nouns: tuple[str, ...] = Field(min_length=1)
    future_words: tuple[str, ...] = Field(min_length=1)
    past_words: tuple[str, ...] = Field(min_length=1)
    starts_from: tuple[str, ...] = Field(min_length=1)
    said_words: tuple[str, ...] = Field(min_length=1)
    took_effect: tuple[str, ...] = Field(min_length=1)
    in_effect_nouns: tuple[str, ...] = Field(min_length=1)
    span_ends: tuple[str, ...] = Field(min_length=1)
    backshifted: tuple[str, ...] = Field(min_length=1)
    effect_tail: tuple[str, ...] = Field(min_length=1)
    relative_words: tuple[str, ...] = Field(min_length=1)
    complement_subjects: tuple[str, ...] = Field(min_length=1)
    published_labels: tuple[str, ...] = Field(min_length=1)
    policy_verbs: tuple[str, ...] = Field(min_length=1)
    event_words: tuple[str, ...] = Field(min_length=1)
    causal_words: tuple[str, ...] = Field(min_length=1)
    opinion_words: tuple[str, ...] = Field(min_length=1)
    visit_cues: tuple[str, ...] = Field(min_length=1)

    @field_validator(
        "event_starts",
        "event_ends",
        "talks_nouns",
        "future_words",
        "past_words",
        "starts_from",
        "said_words",
        "took_effect",
        "in_effect_nouns",
        "span_ends",
        "backshifted",
        "effect_tail",
        "relative_words",
        "complement_subjects",
        "published_labels",
        "policy_verbs",
        "event_words",
        "causal_words",
        "opinion_words",
        "visit_cues",
    )
    @classmethod
    def _patterns_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return patterns_compile(value)

    @model_validator(mode="after")
    def _no_entry_twice(self) -> TextWords:
        for key, entries in self:
            twice = sorted({e for e in entries if entries.count(e) > 1})
            if twice:
                raise ValueError(f"{key} lists {twice} more than once")
        return self

    @model_validator(mode="after")
    def _titles_are_abbreviations(self) -> TextWords:
        missing = sorted(set(self.before_names) - set(self.abbreviations))
        if missing:
            raise ValueError(f"before_names {missing} are not listed in abbreviations")
        return self
