"""A measure named with a determiner or possessive as the subject of its clause, with a verb
that neither imposes, changes nor dates a measure, is a measure taken as given: the clause
says something else of it ("The retaliatory measure was confirmed by the ministry"), which
the catalog does not decide (round 26, branch fcp18: made-up sentences; twins with an
imposition verb, a sequence word, a date of taking effect or a second measure after the
verb stay decided). Rules: docs/factcheck.md ("measure taken as given"), words in
data/lexicon/claims.yaml (`given_measure_subject`)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article.presupposed import given_subject, presupposes_measure
from analysis.vocab import Label

GIVEN = [
    "The retaliatory duty was praised by state media",
    "These curbs worry European carmakers",
    "Beijing's new levy drew criticism from farm groups",
    "The export ban was described as proportionate by the ministry",
    "However, the sanctions remain controversial in Congress",
    "The tariffs are only payable on goods of Chinese origin",
    "The retaliatory duty on US soybeans was confirmed by the ministry",  # on ..., then "was"
    "The export ban came after months of lobbying by chipmakers",  # after no other measure
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_measure_subject_of_another_verb_is_taken_as_given(text):
    assert given_subject(text)
    assert presupposes_measure(text)


TWINS = [
    "The ban took effect on 1 December 2024",  # taking effect, dated
    "The new rules restrict exports of gallium to the United States",  # imposition verb
    "The new controls will target gallium and germanium",  # "controls target"
    "The ban was lifted in November",  # a change of the measure
    "The new curbs follow earlier restrictions on graphite",  # sequence
    "The curbs strengthen existing controls on antimony",  # a second measure after the verb
    "The curbs are similar to those in place since August",  # ... or rules in force
    "The controls China announced in July cover gallium",  # no verb right after the subject
    "The core of these measures lies in two announcements",  # the subject is not the measure
    "The curbs on gallium were imposed in July",  # on ..., then an imposition verb
    "The US tariff on Chinese steel will rise to 50% next year",  # a change of its level
    "China's newly imposed export controls are lawful",  # imposed in the subject
    "At a briefing, the ministry said the curbs were not aimed at any country",  # said by ...
]


@pytest.mark.parametrize("text", TWINS)
def test_a_measure_subject_that_is_imposed_dated_or_related_is_not_taken_as_given(text):
    assert not given_subject(text)


# China's 34% tariff on all US goods: announced 4 April 2025, in force from 10 April
ARTICLE = "China announced a 34% tariff on all US goods on 4 April 2025. {}"


def test_a_tariff_said_to_be_confirmed_is_not_checkable(tmp_path):
    text = ARTICLE.format("The 34% tariff on US goods was confirmed by the Ministry of Commerce.")
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-20"), "was confirmed")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_its_twin_that_dates_the_tariff_is_checked(tmp_path):
    text = ARTICLE.format("The 34% tariff on US goods took effect on 10 April 2025.")
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-20"), "took effect")
    assert x.verdict == Label.SUPPORTED, x.rationale
