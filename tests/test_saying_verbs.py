"""The verbs of saying each reader compiles (round 37, saying37): the lists as they were
before one table held them (`attribution`, `act_speech_verbs`, `reported_that_verbs`,
`speech_intro_words`, `announce_words`, `subject_opening` in claims.yaml, `speech_words` in
text_words.yaml, `speech_verbs` in name_cues.yaml), so that the table's properties are shown
to give each reader exactly its words."""

from __future__ import annotations

import re

import pytest

from analysis.data import lexicon

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
}  # fmt: skip


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
    """The words a reader compiles, as it reads them."""
    if reader == "speech_words":
        return lexicon.load("text_words").speech_words  # type: ignore[attr-defined]
    if reader == "speech_verbs":
        return lexicon.name_cues().speech_verbs
    return getattr(lexicon.claims(), reader)


@pytest.mark.parametrize("reader", sorted(BEFORE))
def test_each_reader_compiles_the_verbs_it_did(reader):
    assert _alternatives(compiled(reader)) == _alternatives(BEFORE[reader])
