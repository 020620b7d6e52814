"""A country's reliance on another is a market's state, not a measure: an easing word on it
("the reduced reliance of the United States on China", "lower dependence on Chinese
minerals") relaxes no tariff or control (`market_nouns`; round 32, branch fck32)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import measure_reading
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "highlighting the reduced economic reliance of the United States on China",
        "showing a lower dependence of Europe on Chinese magnets",
        "pointing to the eased dependency of Japan on Chinese rare earths",
    ],
)
def test_an_easing_word_on_reliance_is_no_relaxation(text):
    assert measure_reading.action(text) != "relaxation"


def test_an_easing_word_on_a_tariff_is_still_a_relaxation():
    assert measure_reading.action("Washington reduced tariffs on Chinese goods") == "relaxation"


def test_a_sentence_on_reduced_reliance_is_no_measure_claim(tmp_path):
    text = (
        "Mexico has now taken the lead among US suppliers, highlighting the reduced "
        "economic reliance of the United States on China."
    )
    found = dated_verdicts(tmp_path, text, "2024-02-08")
    assert not [x for x in found if x.rule == "measure in the catalog"]
    assert not [x for x in found if x.verdict != Label.NOT_CHECKABLE]
