"""What a visit or meeting claim says beyond its days and place (round 30, branch vis30):
a rank of the contact over a window of contacts, or among an office's visits, and the topics
talked about are not in the visits table, so the days alone do not decide them (Manila
Standard's "highest-level visit ... in nearly five years", Dawn's "first trip by the top US
diplomat in Biden's presidency", TAG24's "talks on issues including Taiwan"). Each
made-up sentence has a twin telling only the contact, which stays decided. Rules:
docs/factcheck-log.md, "What a visit claim says beyond its days (round 30, branch vis30)"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_article

from analysis.evidence import factcheck, visit_content
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _verdict(tmp_path: Path, text: str, day: str) -> Verdict:
    found = factcheck.check(dated_article(tmp_path, text, day))
    # the claim the sentence opens with (a list of topics may end it at a comma)
    (verdict,) = [v for v in found if text.startswith(v.claim.text)]
    return verdict


# (sentence that says more, its decidable twin, the article's day, what it says beyond)
CASES = [
    (
        "Yellen's was the highest-level visit by an American economic official to China in "
        "four years, held in Beijing on 6-9 July 2023.",
        "Yellen visited Beijing on 6-9 July 2023.",
        "2023-07-10",
        "rank",
    ),
    (
        "Sullivan travelled to Beijing on 27 August 2024, the first trip by a US national "
        "security adviser since 2016.",
        "Sullivan travelled to Beijing on 27 August 2024.",
        "2024-08-30",
        "rank",
    ),
    (
        "Biden and Xi held talks on fentanyl, Taiwan and military contacts in Woodside on "
        "15 November 2023.",
        "Biden and Xi held talks in Woodside on 15 November 2023.",
        "2023-11-16",
        "topics",
    ),
    (
        "Yellen met He Lifeng in Beijing on 8 July 2023 to discuss export controls and subsidies.",
        "Yellen met He Lifeng in Beijing on 8 July 2023.",
        "2023-07-10",
        "topics",
    ),
    (
        "Blinken met Wang Yi in Beijing on 19 June 2023 for discussions about fentanyl and "
        "student visas.",
        "Blinken met Wang Yi in Beijing on 19 June 2023.",
        "2023-06-20",
        "topics",
    ),
]


@pytest.mark.parametrize(("beyond", "twin", "day", "what"), CASES)
def test_a_contact_said_to_be_more_than_its_days_is_not_decided(tmp_path, beyond, twin, day, what):
    assert visit_content.says_beyond(beyond) == what
    said = _verdict(tmp_path, beyond, day)
    assert said.verdict == Label.NOT_CHECKABLE, (said.verdict, said.rationale)
    assert said.rule == {"rank": "contact rank", "topics": "contact content"}[what]
    assert visit_content.says_beyond(twin) is None
    only = _verdict(tmp_path, twin, day)
    assert only.verdict == Label.SUPPORTED, (only.verdict, only.rule, only.rationale)


@pytest.mark.parametrize(
    "text",
    [
        "Biden and Xi held talks on Wednesday in Woodside.",
        "The two men held talks on the sidelines of the summit.",
        "Blinken arrived in Beijing to discuss a range of issues.",
        "The minister came for talks focused on stabilizing ties.",
        "The two sides discussed the meeting in advance.",
        "Senior officials held talks on tariffs in Geneva.",
        "It was her second visit to China as treasury secretary.",
        "He was the highest-ranking US official to visit China since 2018.",
    ],
)
def test_days_sidelines_general_topics_and_own_ordinals_say_nothing_beyond(text):
    # a day or the sidelines after "on" dates or places the talks; a topic as general as the
    # table's summary or the talks' own kind (trade talks on tariffs), a person's own
    # ordinal, and a rank of visitors (`visitor_ranks`, decided elsewhere) are not read here
    assert visit_content.says_beyond(text) is None


def test_a_contact_dated_on_a_weekday_with_talks_stays_decided(tmp_path):
    text = "Biden and Xi held talks on Wednesday in Woodside, California."
    only = _verdict(tmp_path, text, "2023-11-16")
    assert only.verdict == Label.SUPPORTED, (only.verdict, only.rule, only.rationale)
