"""A contact's other party the timeline's contact does not list, and contacts between the
militaries: set against a contact on other days, such a claim tells another contact, which
the visits timeline, a selection, may not record; not checkable, never unsupported by
absence (round 34, fx34o). Each case has a decided twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

CASES = [
    # a party the officials table does not hold, and its twin, a known pair
    (
        "Xi Jinping met with Senator Jane Holloway in Beijing on 3 October 2023.",
        "2023-10-20",
        Label.NOT_CHECKABLE,
        "without Jane Holloway",
    ),
    (
        "Xi Jinping met with Antony Blinken in Beijing on 3 October 2023.",
        "2023-10-20",
        Label.UNSUPPORTED,
        "not 2023-10-03",
    ),
    # an office whose holder the contact leaves out; officials by a common noun name no one
    (
        "Janet Yellen met on Monday with the Chinese ambassador.",
        "2023-07-07",
        Label.NOT_CHECKABLE,
        "without Xie Feng",
    ),
    (
        "Janet Yellen met on Monday with Chinese officials.",
        "2023-07-07",
        Label.UNSUPPORTED,
        "not 2023-07-03",
    ),
    # military talks are not in the timeline; talks of the two sides are
    (
        "The two sides held military talks in Beijing in January 2024.",
        "2024-11-13",
        Label.NOT_CHECKABLE,
        "militaries",
    ),
    (
        "The two sides held talks in Beijing in January 2024.",
        "2024-11-13",
        Label.UNSUPPORTED,
        "not 2024-01-01",
    ),
]


@pytest.mark.parametrize(("text", "published", "label", "words"), CASES)
def test_a_contact_on_other_days(
    tmp_path: Path, text: str, published: str, label: Label, words: str
) -> None:
    found = [x for x in dated_verdicts(tmp_path, text, published) if x.rule == "event dates"]
    assert found, f"no contact read in {text!r}"
    assert found[0].verdict == label
    assert words in found[0].rationale
