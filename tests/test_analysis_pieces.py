"""Readings for measures mentioned in passing in analysis and opinion pieces (branch fcm9):
who keeps a named list, sums of measures over a span, what a statute contains, and dates
on the far side of a word of sequence. Made-up sentences, not the corpus's."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.vocab import Label

DECISIVE = (Label.SUPPORTED, Label.UNSUPPORTED, Label.PARTLY, Label.MISLEADING)


def test_a_list_s_keeper_acts_when_the_claim_names_no_body(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing condemned the decision and said Chinese companies were being bullied. "
        "The additions to the Entity List become effective on June 5, 2020.",
        "2020-05-27",
    )
    x = _about(found, "become effective")
    assert x.claim.frame.actor_country == "USA"
    assert x.claim.frame.actor == "United States"  # the government, not the list's name
    assert x.verdict == Label.SUPPORTED


def test_a_list_s_keeper_beats_a_place_the_listed_parties_are_in(tmp_path):
    found = _verdicts(
        tmp_path,
        "Some 33 firms were put on the Entity List for selling surveillance cameras used in China.",
        "2020-06-10",
    )
    x = _about(found, "surveillance cameras")
    assert x.claim.frame.actor_country == "USA"


def test_a_sum_of_listings_over_a_span_is_not_checkable(tmp_path):
    # the span opens the sentence, before an initial's stop ("the U.S. and"), which does
    # not end the sentence
    found = _verdicts(
        tmp_path,
        "Over the past decade, as the U.S. and China quarrelled over trade, dozens of Chinese "
        "chipmakers have been put onto American blacklists.",
        "2021-03-01",
    )
    x = _about(found, "dozens of Chinese")
    assert x.verdict == Label.NOT_CHECKABLE
    assert "span" in x.rationale


NOT_ONE_MEASURE = [
    pytest.param(
        "Washington has restricted China's access to advanced technology through stricter "
        "export licensing over the past two years.",
        "2021-06-01",
        "stricter",
        id="a_span_that_is_the_claim_s_only_date_is_not_one_measure",
    ),
    pytest.param(
        "Lawmakers in Beijing passed an export control law on October 17, 2020. The new law "
        "covers exports of dual-use items and military goods.",
        "2020-11-02",
        "covers exports",
        id="what_a_statute_covers_is_its_content_not_a_measure",
    ),
]


@pytest.mark.parametrize(("text", "published", "words"), NOT_ONE_MEASURE)
def test_a_span_or_a_statute_s_content_is_not_decided_as_one_measure(
    tmp_path, text, published, words
):
    x = _about(_verdicts(tmp_path, text, published), words)
    assert x.verdict not in DECISIVE


def test_a_date_before_a_word_of_sequence_dates_the_other_event(tmp_path):
    found = _verdicts(
        tmp_path,
        "The proposal was first floated on June 2, 2019 after the Commerce Department "
        "on May 16, 2019 placed Huawei on the Entity List.",
        "2019-07-01",
    )
    x = _about(found, "placed Huawei")
    assert [w.text for w in x.claim.frame.when] == ["May 16, 2019"]
    assert x.verdict == Label.SUPPORTED


def test_the_legislature_written_with_a_possessive_is_one_body_not_a_cut_name():
    from analysis.article import document

    text = (
        "The Standing Committee of China's National People's Congress met in Beijing. "
        "Weeks later the Standing Committee of China's legislature met again."
    )
    ents = document.from_text(text, {"headline": "", "published": "2021-01-05"}).entities
    names = {e.text: e for e in ents}
    assert "Standing Committee of China" not in names
    assert names["Standing Committee of China's National People's Congress"].label == "ORG"
    assert names["Standing Committee of China's legislature"].label == "ORG"


def test_the_sdn_list_is_a_list_the_us_keeps_not_two_organisations():
    from analysis.article import document

    text = (
        "Several banks were put on the Specially Designated Nationals and Blocked Persons "
        "list last year."
    )
    ents = document.from_text(text, {"headline": "", "published": "2021-01-05"}).entities
    sdn = [e for e in ents if e.text.startswith("Specially Designated")]
    assert [(e.label, e.country) for e in sdn] == [("INSTRUMENT", "USA")]
