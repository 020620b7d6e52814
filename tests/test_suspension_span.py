"""A suspension's days in a sentence of their own (round 41, left41; round 40's blind batches,
"Round 40 in sum").

"China suspended its ban on exports of gallium ... It will be postponed from November 9, 2025
to November 27, 2026." read no claim: the pronoun named no measure. A clause opening on a
pronoun whose first measure word is a passive relaxation ("It will be postponed", "They were
lifted": the pronoun form of the `relaxation` cues, `scope_told.relaxed_back`), right after a
sentence telling a measure, is a measure claim: the measure told before, relaxed on its days.
The second day of a span opened by "from" and a day ("from November 9, 2025 to November 27,
2026") is the measure's last day (`until_words`), so the suspension rows decide both. Controls:
the same pronoun after a visit, a pronoun with no relaxation, a rate's span. Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2025-11-12"
_SUSPENDED = (
    "China suspended its ban on exports of gallium, germanium and antimony to the United States. "
)


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("The suspension will run from November 9, 2025 to November 27, 2026.", Label.SUPPORTED),
        ("The suspension will run from November 9, 2025 to November 27, 2027.", Label.UNSUPPORTED),
        ("It will be postponed from November 9, 2025 to November 27, 2026.", Label.SUPPORTED),
        ("It will be suspended from November 9, 2025 to November 27, 2026.", Label.SUPPORTED),
    ],
)
def test_a_suspensions_span_is_decided_on_its_row(tmp_path, told, label):
    found = dated_verdicts(tmp_path, _SUSPENDED + told, _DAY)
    last = found[-1]
    assert last.claim.text == told.rstrip(".")
    assert last.verdict == label, last.rationale
    assert [w.role for w in last.claim.frame.when] == ["effective", "until"]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before tells a visit, no measure
        "Raimondo visited Beijing on August 28, 2023. "
        "It was postponed from May 9, 2023 to August 28, 2023.",
        # a pronoun after a measure, with no relaxation
        _SUSPENDED + "It was widely welcomed on November 10, 2025.",
    ],
)
def test_a_pronoun_with_no_measure_relaxed_reads_no_relaxation(tmp_path, text):
    found = dated_verdicts(tmp_path, text, _DAY)
    assert not any(x.claim.text.startswith("It was") for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]


def test_a_rates_span_is_no_last_day(tmp_path):
    text = "The US raised tariffs on $200 billion of Chinese goods from 10% to 25% on May 10, 2019."
    (found,) = dated_verdicts(tmp_path, text, "2019-05-20")
    assert all(w.role != "until" for w in found.claim.frame.when)
