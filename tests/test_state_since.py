"""A party's state under a measure since a day (round 41, left41; left40's left item).

"Huawei has been subject to US export restrictions since May 2019" took the restrictions as
given (a measure named as what something is subject to: not checkable). The perfect of being
subject to, under, hit or targeted by a measure, then "since" and a date (`state_since` in
data/lexicon/claims.yaml, read by `presupposed.dated_start`), tells the measure that began
that day, as "has been on the list since May 2019" tells the listing (round 40, left40): the
clause asserts it and is checked on the catalog. Controls of other meanings keep their
verdicts: no measure word, no "since" and a date, a change told since a measure. Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2024-03-01"


def test_a_state_since_a_day_asserts_the_measure(tmp_path):
    (found,) = dated_verdicts(
        tmp_path, "Huawei has been subject to US export restrictions since May 2019.", _DAY
    )
    assert found.verdict == Label.SUPPORTED, found.rationale
    assert found.claim.frame.actor_country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        # no "since" and a date: the measure is taken as given
        "Huawei has been subject to US export restrictions for years.",
        "Huawei has been subject to US export restrictions, which analysts say cost it billions.",
        # a change told since a measure: the measure dates the change
        "Huawei's sales have fallen since the US export restrictions of May 2019.",
    ],
)
def test_other_states_stay_not_checkable(tmp_path, text):
    found = dated_verdicts(tmp_path, text, _DAY)
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]


def test_a_state_with_no_measure_is_no_claim(tmp_path):
    text = "Huawei has been subject to intense scrutiny since May 2019."
    assert dated_verdicts(tmp_path, text, _DAY) == []
