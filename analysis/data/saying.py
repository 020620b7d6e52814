"""The declared shape of `data/lexicon/saying.yaml`: one table of the verbs of saying, each
with its forms and the properties that decide which readers take it, and the readers' rules
(round 37, saying37). Each reader's list is derived here (`Saying.words`); the readers are
the pattern keys that compile it (`claim_patterns`, `claim_words`, `text`, `name_cues`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from analysis.data.text_words import patterns_compile

Reader = Literal[
    "attribution",
    "act_speech_verbs",
    "reported_that_verbs",
    "speech_intro_words",
    "announce_words",
    "subject_opening",
    "speech_words",
    "speech_verbs",
    "reported_plan",
    "said_on",
]
# verb: tells what was said; phrase: "according to"; thought: "believes"; occasion: a
# saying given, its words not told ("spoke at a forum")
Kind = Literal["verb", "phrase", "thought", "occasion"]
Property = Literal["hearer", "tells_act", "continues", "announces", "reports_plan", "dates_past"]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SayingVerb(_Entry):
    """A verb of saying: its forms (patterns, whole words) and its properties."""

    forms: tuple[str, ...] = Field(min_length=1)
    kind: Kind = "verb"
    bare: str = ""  # the form after a plural subject ("they say")
    hearer: bool = False  # takes who was told before what was said ("told reporters that")
    tells_act: bool = False  # also tells an act ("added 140 entities")
    continues: bool = False  # goes on from a saying before ("and added:")
    announces: bool = False  # announces a measure ("stated on 3 July")
    reports_plan: bool = False  # a modal after it reports a measure announced ("said it would")
    dates_past: bool = False  # a date after it is the saying's, past ("announced on July 3")
    unread_by: tuple[Reader, ...] = ()  # readers that leave it out, no reason recorded

    @field_validator("forms")
    @classmethod
    def _patterns_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return patterns_compile(value)


class ReaderRule(_Entry):
    """Which verbs a reader takes: of these kinds, with every property of `with_`, none of
    `without`; a hearer verb's form followed by `hearer` (who was told); bare forms too."""

    kinds: tuple[Kind, ...] = Field(min_length=1)
    with_: tuple[Property, ...] = Field(default=(), alias="with")
    without: tuple[Property, ...] = ()
    hearer: str = ""
    bare: bool = False

    @field_validator("hearer")
    @classmethod
    def _hearer_compiles(cls, value: str) -> str:
        return patterns_compile((value,))[0] if value else value


class Saying(_Entry):
    """The verbs of saying and the rule of each reader (data/lexicon/saying.yaml)."""

    verbs: tuple[SayingVerb, ...] = Field(min_length=1)
    readers: dict[Reader, ReaderRule]

    @model_validator(mode="after")
    def _every_reader_and_form_once(self) -> Saying:
        missing = sorted(set(Reader.__args__) - set(self.readers))  # type: ignore[attr-defined]
        if missing:
            raise ValueError(f"readers {missing} have no rule")
        where: dict[str, list[int]] = {}  # each form and the entries (verbs[i]) listing it
        for i, verb in enumerate(self.verbs):
            for f in filter(None, (*verb.forms, verb.bare)):
                where.setdefault(f, []).append(i)
        twice = [
            f"{f!r} in " + " and ".join(f"verbs[{i}]" for i in at)
            for f, at in where.items()
            if len(at) > 1
        ]
        if twice:
            raise ValueError(f"forms listed more than once: {'; '.join(twice)}")
        # a reader that takes no verb would compile a pattern found everywhere (round 38)
        empty = [r for r in self.readers if not self.words(r)]
        if empty:
            raise ValueError(f"readers {empty} take no verb")
        return self

    def words(self, reader: Reader) -> tuple[str, ...]:
        """The forms a reader takes, in the table's order."""
        rule = self.readers[reader]
        out: list[str] = []
        for verb in self.verbs:
            if (
                verb.kind not in rule.kinds
                or reader in verb.unread_by
                or not all(getattr(verb, p) for p in rule.with_)
                or any(getattr(verb, p) for p in rule.without)
            ):
                continue
            slot = rule.hearer if verb.hearer else ""
            out += [form + slot for form in verb.forms]
            if rule.bare and verb.bare:
                out.append(verb.bare)
        return tuple(out)
