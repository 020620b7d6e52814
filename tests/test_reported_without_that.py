"""What was said, told with no "that" (round 39, left39): "US officials said China
restricted exports of gallium and germanium in July 2023" was checked with the United States
as actor (no such restriction by the US: not checkable); with "said that" China acts and the
United States said it. A verb of reporting opens what was said without "that" when a name
follows it (after "the" at most) and then a finite verb (`named_clause_verbs` in
claims.yaml, `past_words` of text_words.yaml): `text.reported_lead`. Controls of other
meanings keep their actor: "declared X a risk" is an act, "said the new steps were ..." and
"said the two countries had agreed ..." name no party after the verb, "said it would ..." is
the speaker's own plan. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article.text import reported_lead
from analysis.vocab import Label

_DAY = "2024-06-01"


def _frames(tmp_path, text: str) -> list:
    return [x.claim.frame for x in dated_verdicts(tmp_path, text, _DAY) if x.claim.frame]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("US officials said China restricted exports of gallium and germanium in July 2023.",
         "United States"),
        ("The Pentagon said China restricted exports of gallium and germanium in July 2023.",
         "US Department of Defense"),
        ("US officials said that China restricted exports of gallium and germanium in July "
         "2023.", "United States"),
    ],
)  # fmt: skip
def test_the_name_after_the_verb_acts_and_the_speaker_says_it(tmp_path, text, source):
    found = dated_verdicts(tmp_path, text, _DAY)
    (claim,) = [x for x in found if x.claim.frame and x.claim.frame.action]
    assert claim.claim.frame.actor_country == "CHN"
    assert claim.claim.frame.attributed_to == source
    assert claim.verdict == Label.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "China on Sunday declared U.S. chip manufacturer Micron a national security risk.",
        "Dutch Trade Minister Liesje Schreinemacher said the new steps were aimed at stopping "
        "exports of chipmaking equipment to China.",
        "Treasury Secretary Scott Bessent said the two countries had agreed to cut tariffs.",
        "The ministry said it would restrict exports of gallium.",
        "Officials said Chinese exporters of gallium needed licences.",
    ],
)
def test_no_name_and_verb_after_the_verb_is_no_lead(text):
    assert reported_lead(text) == 0


def test_a_speaker_with_no_name_after_the_verb_keeps_acting(tmp_path):
    text = (
        "Dutch Trade Minister Liesje Schreinemacher said the new steps were aimed at stopping "
        "exports of chipmaking equipment to China."
    )
    assert any(f.actor_country == "NLD" for f in _frames(tmp_path, text))


def test_the_lead_ends_before_the_name():
    text = "The Pentagon said Beijing will ban exports of gallium."
    assert text[reported_lead(text) :].startswith("Beijing will ban")
