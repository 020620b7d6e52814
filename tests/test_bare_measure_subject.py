"""A bare plural measure noun as the subject of a clause about something else (round 31,
fcf31): "Retaliatory tariffs imposed by Beijing ... are the chief worry of farm groups",
"Chinese rare earth export controls to spell trouble for carmakers" take the measure as
given, as "The tariffs ..." already did (`given_measure_subject`'s second pattern; the
agent of a participle of imposing right after the noun and a headline's infinitive are read
past, `presupposed._described_by`, `_HEADLINE_TO`). An actor and its verb ("China curbs
graphite exports"), a verb of taking effect and a change of level later in the clause
("quadrupling from 25% to 100%") stay decided. Made-up sentences; the dated tariff comes
from the measures table."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article.presupposed import given_subject
from analysis.vocab import Label

GIVEN = [
    "Retaliatory tariffs imposed by Beijing and curbs on US drone makers are the chief worry "
    "of farm groups",
    "Chinese rare earth export controls to spell trouble for carmakers",
    "Korean steel tariffs remain a sore point in Tokyo",
    "Dutch lithography export curbs worry toolmakers",
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_bare_measure_subject_of_another_verb_is_taken_as_given(text):
    assert given_subject(text)


TWINS = [
    "China curbs graphite exports",  # an actor and its verb
    "Japan bans exports of fluorine gas to Korea",
    "China imposes tariffs on US soybeans",
    "China slapped tariffs on US soybeans",
    "Chinese export controls to take effect on December 1",  # taking effect
    "US tariffs to rise to 25% next year",  # a change of the level
    "Korean steel duties were also hit hard, quadrupling from 25% to 100%",  # ... later on
    "US export controls on advanced chips took effect on October 7, 2022",
]


@pytest.mark.parametrize("text", TWINS)
def test_an_actor_or_a_dated_or_changed_measure_is_not_taken_as_given(text):
    assert not given_subject(text)


# China's 34% tariff on all US goods: announced 4 April 2025, in force from 10 April
ARTICLE = "China announced a 34% tariff on all US goods on 4 April 2025. {}"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Retaliatory tariffs imposed by Beijing and curbs on US drone makers are the chief "
            "worry of farm groups, said a trade economist.",
            "chief worry",
        ),
        ("Chinese retaliatory tariffs to spell trouble for soybean farmers.", "spell trouble"),
    ],
)
def test_a_bare_measure_subject_is_not_checkable(tmp_path, sentence, words):
    x = verdict_about(dated_verdicts(tmp_path, ARTICLE.format(sentence), "2025-04-20"), words)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_the_dated_export_control_twin_stays_supported(tmp_path):
    text = "The US imposed export controls on advanced chips on October 7, 2022."
    x = verdict_about(dated_verdicts(tmp_path, text, "2022-11-01"), "export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_bare_measure_that_took_effect_stays_decided(tmp_path):
    text = ARTICLE.format("Chinese tariffs took effect on 10 April 2025.")
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-20"), "took effect")
    assert x.verdict == Label.SUPPORTED, x.rationale
