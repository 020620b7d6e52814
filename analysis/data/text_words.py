"""The declared shape of `data/lexicon/text_words.yaml`: the words that cut an article into
sentences (`analysis.article.text`).

Read through `lexicon.load("text_words")` like every lexicon (checked once, cached): a word
list holds single words (`words()` splits on spaces).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

# One word, as `text.words()` reads a word list: no spaces
Word = Annotated[str, Field(pattern=r"^\S+$")]


class TextWords(BaseModel):
    """Words of sentence cutting (data/lexicon/text_words.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    abbreviations: tuple[Word, ...] = Field(min_length=1)
    before_names: tuple[Word, ...] = Field(min_length=1)
    sentence_openers: tuple[Word, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _titles_are_abbreviations(self) -> TextWords:
        missing = sorted(set(self.before_names) - set(self.abbreviations))
        if missing:
            raise ValueError(f"before_names {missing} are not listed in abbreviations")
        return self
