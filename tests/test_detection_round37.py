"""Check-worthy sentences the detector dropped as scene-setting (round 37, branch fx37a):
rules made stricter or named as obligations by a verb of making them, a case-by-case
review, goods or parties blocked from a market, and a percentage spelled in words.
Made-up sentences, each on a stated date; the verdicts come from the bundled data, never
typed."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import measure_reading
from analysis.article.quantities import figures
from analysis.vocab import Label

WHEN = "2025-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. also implemented stricter rules for the export of semiconductors",
        "The rule introduces new due diligence obligations for foundries",
        "Seoul imposed additional requirements on battery exports",
        "Beijing added case-by-case scrutiny where rare earths touch sensitive end-uses",
    ],
)
def test_rules_made_stricter_and_case_by_case_reviews_are_restrictions(text):
    assert measure_reading.action(text) == "restriction"


def test_rules_only_described_are_no_restriction():
    """Without a verb of making them, rules called strict are no measure act."""
    assert measure_reading.action("Officials said the old rules were strict enough") == ""


@pytest.mark.parametrize(
    "text",
    [
        "The government starts blocking China-exclusive H800 and A800 GPUs from China",
        "Washington blocked Huawei from the U.S. market",
    ],
)
def test_blocking_goods_or_parties_from_a_market_is_a_restriction(text):
    """A restriction, not a ban: the press says "blocking" of licence requirements too."""
    assert measure_reading.action(text) == "restriction"


def test_a_percentage_in_words_is_read_as_one_in_digits():
    (_, spelled), (_, digits) = (
        figures("supplies barely one percent", [])[0],
        figures("supplies barely 1 percent", [])[0],
    )
    assert (spelled.value, spelled.low, spelled.high, spelled.of) == (
        digits.value,
        digits.low,
        digits.high,
        digits.of,
    )
    assert figures("about twenty-five per cent of output", [])[0][1].value == 25


def _share_verdicts(tmp_path, figure: str):
    said = f"China mines about {figure} percent of the world's rare earths."
    return [x for x in dated_verdicts(tmp_path, said, WHEN) if "mines" in x.claim.text]


@pytest.mark.parametrize(("digits", "words"), [("60", "sixty"), ("5", "five")])
def test_a_share_in_words_gets_the_verdict_of_the_share_in_digits(tmp_path, digits, words):
    told, spelled = _share_verdicts(tmp_path, digits), _share_verdicts(tmp_path, words)
    assert told and spelled
    assert spelled[0].verdict == told[0].verdict != Label.NOT_CHECKABLE
