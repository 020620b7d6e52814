"""A relaxation of a measure told before, named again (round 41, undet41): "That clause is now
paused", "The order extended the truce by another 90 days", "delayed some of the levies" name
no goods, body or country, yet change the measure the story told (`relaxed_anaphora` in
data/lexicon/claims.yaml, `measure_reading.relaxes_told`): a measure claim. A pause of
something that is no measure, and a measure named again with no word of relaxation, stay
no claim. Made-up sentences.

Also: A measure referred back to, put in place or set in effect (round 41, undet41): a side's own
measures named by a capitalised adjective or "own" ("The Ruritanian directives", "their own
measures": `measure_anaphora` in data/lexicon/claims.yaml) refer back to a measure; such a
clause is a measure claim when it says the measure takes effect ("will be implemented with
immediate effect", `effect_verbs`) or when a government, body or country of its own puts it
in place or revises it ("Japan also implemented its own measures", "updated these
rules": `told_measure_verbs`, `measure_reading.imposes_told`). Other implementing, updating
and other effects stay no claim. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_article

from analysis.article import measure_reading

_LEAD = "Ruritania banned exports of tin to Freedonia in December 2024. "


def _claimed(tmp_path, text: str) -> bool:
    art = dated_article(tmp_path, _LEAD + text, "2025-06-01")
    return any(c.text in text for c in art.claims)


@pytest.mark.parametrize(
    "text",
    [
        "That clause is now paused.",
        "The order extended the truce by another 90 days.",
        "Later the minister delayed some of the levies until March.",
        "Those duties were suspended for a year.",
    ],
)
def test_a_relaxation_of_a_measure_told_before_is_a_claim(tmp_path, text):
    assert measure_reading.relaxes_told(text)
    assert _claimed(tmp_path, text), text


@pytest.mark.parametrize(
    "text",
    [
        "That debate is now paused.",  # no measure named again
        "The negotiations were suspended for a week.",
        "That clause is still a matter of debate.",  # a measure, no relaxation
        "The truce still holds for now.",
    ],
)
def test_other_pauses_and_measures_without_relaxation_are_not(tmp_path, text):
    assert not measure_reading.relaxes_told(text)
    assert not _claimed(tmp_path, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian directives will be implemented with immediate effect.",
        "In response, Freedonia and Japan also implemented their own measures.",
        "A year later, the Netherlands updated these rules to cover more chips.",
    ],
)
def test_a_measure_referred_back_to_and_imposed_is_a_claim(tmp_path, text):
    assert _claimed(tmp_path, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The analysts updated their forecasts for the year.",  # no measure referred back to
        "In response, the firms implemented their own plans.",
        "Their own measures of output are rough.",  # a measure named, no verb of imposing
        "The new plan will be implemented with great care.",  # no effect phrase, no measure
    ],
)
def test_other_updates_and_plans_are_not(tmp_path, text):
    assert not _claimed(tmp_path, text), text


def test_imposes_told_needs_the_measure_right_after_the_verb():
    assert measure_reading.imposes_told("Japan also implemented their own measures")
    later = "Japan implemented a plan; their own measures came later"
    assert not measure_reading.imposes_told(later)
