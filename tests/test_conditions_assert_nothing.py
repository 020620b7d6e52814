"""A condition asserts nothing (review of round 37, fixed in round 38, fx38e): a clause
opening on a condition ("If Washington imposed tighter rules on chips, China would retaliate
...", "Were Washington to ...", "In case of ...", "In the event of ...", "Had Washington
imposed ..., China would have banned ...": `conditional_opens` in data/lexicon/claims.yaml,
`conditionals`) is no claim when the clause it conditions is none, and a clause conditioned
that tells what would have been is none either. A real measure keeps its check: one told
outright, a rule's condition inside its clause ("exports are banned if no licence is
granted") and a rule's condition before it ("if it contains Chinese rare earths, the exporter
must obtain an export permit"). Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import claim_words
from analysis.data import lexicon
from analysis.vocab import Label

_DAY = "2025-06-01"


def _verdicts(tmp_path, text: str) -> list:
    return dated_verdicts(tmp_path, text, _DAY)


def _decided(tmp_path, text: str) -> list:
    return [x for x in _verdicts(tmp_path, text) if x.verdict != Label.NOT_CHECKABLE]


@pytest.mark.parametrize(
    "text",
    [
        "If Washington imposed tighter rules on chips, China would retaliate with a ban on "
        "gallium exports.",
        "Were Washington to tighten chip rules, Beijing would ban exports of gallium.",
        "In case of new US tariffs, China would restrict rare earth exports.",
        "In the event of new US tariffs on chips, China would restrict exports of graphite.",
        "China would retaliate with a gallium ban, if Washington imposed tighter chip rules.",
        "Had Washington imposed tighter chip rules in 2022, China would have banned gallium "
        "exports.",
    ],
)
def test_a_hypothetical_is_not_decided(tmp_path, text):
    assert not _decided(tmp_path, text), [
        (x.claim.text, x.verdict) for x in _verdicts(tmp_path, text)
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("China banned gallium exports in 2023 after Washington tightened its chip rules.",
         "China banned gallium exports"),
        ("Gallium exports are banned if no licence is granted.", "if no licence"),
        ("Now, even if a product is made overseas, if it contains Chinese rare earths, the "
         "exporter must obtain an export permit from China.", "must obtain an export permit"),
    ],
)  # fmt: skip
def test_a_real_measure_and_a_rule_s_condition_keep_their_check(tmp_path, text, words):
    found = [x for x in _decided(tmp_path, text) if words in x.claim.text]
    assert found, [(x.claim.text, x.verdict) for x in _verdicts(tmp_path, text)]


def test_a_condition_of_a_claim_stays_with_it(tmp_path):
    text = "If the US raises tariffs, China will impose export controls on antimony."
    (found,) = _verdicts(tmp_path, text)
    assert found.claim.text.startswith("the US raises tariffs, China will impose")


def test_the_condition_words_are_the_lexicon_s(tmp_path, monkeypatch):
    text = "In case of new US tariffs, China would restrict rare earth exports."
    edited = lexicon.claims().model_copy(update={"conditional_opens": ("unless",)})
    monkeypatch.setattr(claim_words, "words", lambda: edited)
    claim_words.patterns.cache_clear()
    try:  # "in case of" no longer a condition: the tariffs are a claim again
        assert _decided(tmp_path, text)
    finally:
        claim_words.patterns.cache_clear()
