"""A measure announced in the future of a report (round 41, undet41): "would" after a verb of
announcing is the announcement's tense, not a guess, also with adverbs between the modal and
its verb ("said it would also apply stricter scrutiny", `coordinated_adverbs`) and after
"announced that" and a subject with no verb of its own ("It was announced that transfers of
... would require export licences", `plan_subject_breaks` in data/lexicon/claims.yaml).
A hedge among the adverbs, a possibility, a clause of its own before the modal and a forecast
of others stay forecasts. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_article

from analysis.article import opinions


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania said it would also apply stricter scrutiny to exports of tin",
        "The ministry said it would further restrict exports of tin to Freedonia",
        "The ministry said on Friday it would immediately ban exports of tin",
        "It was also announced that transfers of smelting and refining technology for tin "
        "would require export licences",
        "The ministry announced that shipments of tin ore and tin concentrate to Freedonia "
        "would require licences",
    ],
)
def test_a_measure_announced_with_would_is_no_forecast(text):
    assert opinions.is_opinion(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania said it could also ban exports of tin",  # a possibility
        "Analysts said prices would also rise",  # no measure
        "Ruritania said it would also consider talks",  # no measure verb
        # a clause of its own before the modal: not the announcement's subject
        "The ministry announced that exports of tin, which are small, would require licences",
        "Officials announced that if talks fail, exports of tin would require licences",
        "Traders expect that exports of tin would also require licences",  # no announcement
    ],
)
def test_guesses_stay_forecasts(text):
    assert opinions.is_opinion(text), text


def test_the_announced_clause_is_a_measure_claim(tmp_path):
    art = dated_article(
        tmp_path,
        "Ruritania banned exports of tin to Freedonia on Tuesday, and said it would also "
        "apply stricter scrutiny to shipments of graphite.",
        "2025-06-01",
    )
    assert any("stricter scrutiny" in c.text for c in art.claims), [c.text for c in art.claims]
