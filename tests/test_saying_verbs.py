"""The verbs of saying each reader compiles (round 37, saying37): the lists as they were
before one table held them (`attribution`, `act_speech_verbs`, `reported_that_verbs`,
`speech_intro_words`, `announce_words`, `subject_opening` in claims.yaml, `speech_words` in
text_words.yaml, `speech_verbs` in name_cues.yaml), written before the move, so that the
table's properties (data/lexicon/saying.yaml) are shown to give each reader exactly its
words; then how a reader takes verbs by their properties."""

from __future__ import annotations

import re

import pytest
from conftest import read_yaml
from pydantic import ValidationError

from analysis.data import lexicon
from analysis.data.saying import Saying

# What each reader compiled before the table, entry for entry (order aside: each list is
# joined as alternatives of whole words, where order does not change what is found, but for
# the telling to the press, which must come after the single -ed verbs; tested below).
BEFORE = {
    "attribution": ["said", "says", "told", "according to", "stated", "reported", "noted",
        "argued", "wrote", "added", "explained", "insisted", "stressed", "declared", "claimed",
        "cited"],
    "act_speech_verbs": ["said", "says", "told", "stated", "declared", "wrote", "argued",
        "explained", "insisted", "stressed", "claimed", "warned", "according to", "spoke",
        r"[a-z]+ed\s+(?:[\w-]+\s+){0,3}?to\s+(?:reporters|journalists|the press|the media)"],
    "reported_that_verbs": ["said", "says", r"told(?:\s+[\w-]+){1,4}?", "stated", "noted",
        "added", "warned", "insisted", "argued", "confirmed"],
    "speech_intro_words": ["said", "says", r"told(?:\s+\w+)?", "stated", "declared", "wrote",
        "explained", "insisted", "stressed", "argued", "claimed", "reported"],
    "announce_words": [r"announc\w*", r"unveil\w*", r"publish\w*", r"issu(?:e|ed|es|ing)",
        r"releas\w*", "said", "says", "stated", "declared", "proposed", r"notif\w*", "decided",
        "decision"],
    "subject_opening": ["[,;:]", "and", "but", "says?", "said", "told", "stated", "noted",
        "added", "argued", "warned", "believes?", "thinks?", "reported"],
    "speech_words": ["said", "says", "told", "stated", "announced", "reminds", "reminded",
        "added", "warned", "noted", "argued", "wrote", "explained", "insisted", "stressed",
        "according to", "declared", "confirmed", "denied", "claimed"],
    "speech_verbs": ["said", "says", "told", "added", "warned", "noted", "argued", "wrote",
        "explained", "insisted", "stressed", "recalled", "cautioned", "predicted",
        "estimated", "concluded", "acknowledged", "believes", "thinks", "tweeted", "posted",
        "commented", "observed", "remarked", "countered", "replied", "urged", "announced"],
    # opinions.py's `_ANNOUNCED` until round 38 (fx38e)
    "reported_plan": ["said", "announced", "stated", "confirmed", "revealed"],
    # text_words.yaml's `said_on` until round 38 (fx38e)
    "said_on": ["said", "told", "announced", "stated", "reported", "declared", "unveiled"],
}  # fmt: skip


# What round 37's unifying (step 2) gave each reader: every verb of the lists' own words that
# its properties admit, but for the three gaps that moved verdicts on dev (saying.yaml).
UNIFIED = {
    "attribution": ["warned", "confirmed", "announced"],
    "act_speech_verbs": ["confirmed"],
    "reported_that_verbs": ["declared", "wrote", "explained", "stressed", "claimed",
        "reported", "cited"],
    "speech_intro_words": ["noted", "warned", "confirmed", "cited", "announced"],
    "announce_words": [],
    "subject_opening": ["declared", "wrote", "explained", "insisted", "stressed", "claimed",
        "confirmed", "cited", "announced"],
    "speech_words": [],
    "speech_verbs": ["stated", "declared", "claimed", "confirmed", "reported", "cited"],
    "reported_plan": [],
    "said_on": [],
}  # fmt: skip

# Forms added to a reader since, by the round that added them: a saying named by its noun
# before its day (round 41, user41: "according to an announcement Thursday"), only as the
# source a report cites (review of round 41, rev41: not "will issue a statement on Monday").
ADDED = {
    "said_on": [
        r"(?:according\s+to|in)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:announcement|statement|notice|press conference|briefing)"
    ],
}


def _alternatives(entries: list[str] | tuple[str, ...]) -> set[str]:
    """The entries as a set of alternatives, a word with an optional last "s" ("says?") as
    its two words."""
    out: set[str] = set()
    for entry in entries:
        if m := re.fullmatch(r"([a-z]+)s\?", entry):
            out |= {m[1], m[1] + "s"}
        else:
            out.add(entry)
    return out


def compiled(reader: str) -> tuple[str, ...]:
    """The words a reader compiles, as it reads them: the table's, with the words of
    claims.yaml's list of the same name that are not verbs of saying ("and", "announc\\w*")."""
    return (*getattr(lexicon.claims(), reader, ()), *lexicon.saying_verbs(reader))


@pytest.mark.parametrize("reader", sorted(BEFORE))
def test_each_reader_compiles_the_verbs_it_did_and_those_unified(reader):
    assert _alternatives(compiled(reader)) == _alternatives(
        BEFORE[reader] + UNIFIED[reader] + ADDED.get(reader, [])
    )


def test_a_telling_to_the_press_is_tried_after_the_single_verbs():
    said = re.compile(r"\b(?:" + "|".join(lexicon.saying_verbs("act_speech_verbs")) + r")\b")
    assert said.search("Raimondo stated to reporters on Monday").group() == "stated"
    assert said.search("She flagged the trip to reporters").group().startswith("flagged")


def _table(**change: object) -> Saying:
    raw = read_yaml(lexicon.path_of("saying"))
    raw.update(change)
    return Saying.model_validate(raw)


def test_a_reader_takes_verbs_by_their_properties():
    raw = read_yaml(lexicon.path_of("saying"))
    told = next(v for v in raw["verbs"] if v["forms"] == ["told"])
    told["tells_act"] = True  # a verb that also tells an act dates no saying
    table = Saying.model_validate(raw)
    assert "told" not in table.words("act_speech_verbs")
    assert "told" in table.words("attribution")
    told["hearer"] = False  # a hearer verb is followed by who was told
    assert "told" in Saying.model_validate(raw).words("reported_that_verbs")
    assert r"told(?:\s+[\w-]+){1,4}?" in table.words("reported_that_verbs")


def test_a_table_with_a_form_twice_or_a_reader_without_a_rule_is_refused():
    verbs = read_yaml(lexicon.path_of("saying"))["verbs"]
    with pytest.raises(ValidationError, match="more than once"):
        _table(verbs=[*verbs, {"forms": ["said"]}])
    # the message names the entries that list it (review of round 37: it named none)
    with pytest.raises(ValidationError, match=rf"'said' in verbs\[0\] and verbs\[{len(verbs)}\]"):
        _table(verbs=[*verbs, {"forms": ["said"]}])
    readers = dict(read_yaml(lexicon.path_of("saying"))["readers"])
    del readers["speech_verbs"]
    with pytest.raises(ValidationError, match="no rule"):
        _table(readers=readers)
