"""A relaxation of a measure told before, named again (round 41, undet41): "That clause is now
paused", "The order extended the truce by another 90 days", "delayed some of the levies" name
no goods, body or country, yet change the measure the story told (`relaxed_anaphora` in
data/lexicon/claims.yaml, `measure_reading.relaxes_told`): a measure claim. A pause of
something that is no measure, and a measure named again with no word of relaxation, stay
no claim. Made-up sentences."""

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
