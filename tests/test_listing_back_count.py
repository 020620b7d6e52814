"""A listing's count told in a clause of its own after it (round 41, left41; round 40's blind
batches, "Round 40 in sum").

"The US added entities to the Entity List on December 15, 2022. It encompassed 23 Chinese
companies." The count sentence was a claim of kind other (no verb of listing), not checked
against the listing's rule. A clause whose subject only refers back to the listing (a
pronoun, or "the" and a listing noun) and whose verb is one of comprising, the count right
after it (`listing_back_counts` in data/lexicon/claims.yaml, `place_counts.back_count`), is a
count of the listing told before: its actor, its dates (`place_counts.listing_count`).
Controls of other meanings keep their reading: the same count after a tariff, a percentage,
a verb of saying, a subject that is no reference back. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import frames
from analysis.vocab import Label

_DAY = "2022-12-20"
_LISTING = "The US added entities to the Entity List on December 15, 2022. "


def _last(tmp_path, text: str):
    return dated_verdicts(tmp_path, text, _DAY)[-1]


@pytest.mark.parametrize(
    ("count", "label"),
    [
        ("It encompassed 23 Chinese companies.", Label.UNSUPPORTED),
        ("It encompassed 35 Chinese companies.", Label.SUPPORTED),
        ("The move covered 35 Chinese companies.", Label.SUPPORTED),
    ],
)
def test_a_count_referring_back_is_the_listings_count(tmp_path, count, label):
    found = _last(tmp_path, _LISTING + count)
    assert found.claim.frame.kind == frames.COUNT
    assert found.claim.frame.when, "the listing's date"
    assert found.verdict == label, found.rationale


@pytest.mark.parametrize(
    "text",
    [
        # the measure told before is no listing
        "The US raised tariffs on Chinese goods on December 15, 2022. "
        "It encompassed 23 Chinese companies.",
        # a percentage, not a count of parties
        _LISTING + "It encompassed 23 percent of the chip firms.",
        # a verb of saying: the count is what was said
        _LISTING + "It said 23 Chinese companies were affected.",
        # a subject that is no reference back to the listing
        _LISTING + "The delegation comprised 23 Chinese companies.",
    ],
)
def test_other_counts_after_a_measure_keep_their_reading(tmp_path, text):
    found = _last(tmp_path, text)
    assert found.claim.frame is None or found.claim.frame.kind != frames.COUNT
    assert found.verdict == Label.NOT_CHECKABLE, found.rationale


def test_other_parties_joined_to_the_count_are_a_claim_apart(tmp_path):
    text = (
        "The US added entities to the Entity List on December 15, 2022. It encompassed 35 "
        "Chinese companies along with a handful in Russia and Singapore."
    )
    found = dated_verdicts(tmp_path, text, _DAY)
    texts = [x.claim.text for x in found]
    assert "It encompassed 35 Chinese companies" in texts, texts
    assert found[texts.index("It encompassed 35 Chinese companies")].verdict == Label.SUPPORTED
    assert found[-1].claim.text.startswith("along with a handful")
    assert found[-1].verdict == Label.NOT_CHECKABLE


@pytest.mark.parametrize(
    "text",
    [
        # "and" joins items of one list: no cut
        _LISTING + "It encompassed 35 Chinese companies and a handful in Russia.",
        # no count before the join: a party acting together with another
        "China, along with Russia, imposed curbs on exports of gallium on July 3, 2023.",
    ],
)
def test_no_cut_without_a_count_joined_to_others(tmp_path, text):
    found = dated_verdicts(tmp_path, text, _DAY)
    assert not any(x.claim.text.lower().startswith("along with") for x in found)
    assert not any(x.claim.text.startswith("and a handful") for x in found)
