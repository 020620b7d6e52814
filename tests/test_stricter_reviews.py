"""A stricter review of exports named in the plural ("stricter end-use reviews will now
apply to graphite items", "will enforce stricter reviews of graphite items") is the same
restriction as the singular "a stricter end-use review" (`measure_cues.restriction` in
`data/lexicon/claims.yaml`; blind32's survey of undetected claims: Share Talk, Azzet and the
Trade Compliance Resource Hub of the development half, each keyed supported by China's
review of graphite shipped to the US of 3 December 2024). Made-up sentences, each beside a
twin that must stay as it is."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import claim_words
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "stricter end-use reviews of graphite shipments",
        "Beijing ordered tighter reviews of antimony exports",
        "a stricter end-use review for graphite",  # the singular, as before
    ],
)
def test_stricter_reviews_are_a_restriction(text):
    assert claim_words.patterns()["cues"]["restriction"].search(text)


def test_a_plain_review_is_no_restriction():
    assert not claim_words.patterns()["cues"]["restriction"].search(
        "the ministry reviews applications within 45 days"
    )


def test_plural_reviews_make_a_measure_claim_checked_like_the_singular(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing will also carry out stricter end-use reviews of graphite items shipped to the "
        "United States. China will also carry out a stricter end-use review of graphite "
        "shipped to the United States.",
        "2024-12-05",
    )
    plural = _about(found, "stricter end-use reviews of graphite")
    singular = _about(found, "a stricter end-use review of graphite")
    assert plural.verdict == singular.verdict == Label.SUPPORTED
