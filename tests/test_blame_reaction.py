"""A party blaming another for a measure does not impose it (round 40, left40; blind39c):
"China slammed the US for putting 12 Chinese firms on its export blacklist" gave the
listing to China (the Unreliable Entity List, not checkable). Verbs of blame in the press's
words are `complaint_words` (terr40's rule, with left40's verbs): the party blaming is no
actor of the act told after the blame, and the listing is the US's (the November 2021
rule, 12 entries under China). Controls: a blame verb with no party after it, and the
listing told outright. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

_DAY = "2021-11-30"


@pytest.mark.parametrize(
    "text",
    [
        "China slammed the US for putting 12 Chinese firms on its export blacklist.",
        "China blasted the US on Friday for adding 12 Chinese firms to its Entity List.",
        "China lambasted the United States for adding 12 Chinese firms to the Entity List.",
        "The US added 12 Chinese firms to the Entity List.",
    ],
)
def test_the_party_blamed_acts(tmp_path, text):
    found = [x for x in dated_verdicts(tmp_path, text, _DAY) if x.claim.frame]
    assert found and all(x.claim.frame.actor_country == "USA" for x in found), [
        (x.claim.text, x.claim.frame.actor) for x in found
    ]


def test_a_party_acting_is_still_the_actor(tmp_path):
    text = "China added 12 US firms to its unreliable entity list."
    found = [x for x in dated_verdicts(tmp_path, text, _DAY) if x.claim.frame]
    assert found and all(x.claim.frame.actor_country == "CHN" for x in found)
