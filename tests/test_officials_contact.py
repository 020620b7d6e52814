"""A titled official's dealings with another known official are a contact, not only the
subject's office (round 24, branch blind15: a call the timeline does not hold was decided
"supported" as the caller's office). Made-up sentences; rules: docs/factcheck-log.md, "Blind
batch of round 24 (branch blind15)" and "Offices named as titles"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import dated_article
from test_office_review import _office

from analysis.evidence import factcheck
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _verdicts(tmp_path: Path, text: str, day: dt.date) -> list[Verdict]:
    return factcheck.check(dated_article(tmp_path, text, day.isoformat()))


def _day() -> dt.date:
    """A day on which both Lutnick and Greer hold their offices, weeks before any contact
    of theirs with He Lifeng that the timeline records (the London talks of June 2025)."""
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    greer = _office("Jamieson Greer", "trade", ended=False)
    return max(lutnick.start, greer.start) + dt.timedelta(days=20)


def test_dealings_with_a_second_official_are_a_contact_not_the_office(tmp_path):
    for text, name, words in (
        (
            "Commerce Secretary Howard Lutnick traded complaints with Vice Premier He Lifeng "
            "on Monday, urging Beijing to buy more soybeans.",
            "Howard Lutnick",
            "traded complaints",
        ),
        (
            "Trade Representative Jamieson Greer swapped letters with Vice Premier He Lifeng "
            "last week about the port fees.",
            "Jamieson Greer",
            "swapped letters",
        ),
    ):
        found = _verdicts(tmp_path, text, _day())
        (told,) = [v for v in found if words in v.claim.text]
        assert told.claim.type != "office", (text, told.claim.type)
        assert told.verdict == Label.NOT_CHECKABLE, (text, told.rationale)
        offices = [v for v in found if v.claim.type == "office" and name in v.claim.text]
        assert [v.verdict for v in offices] == [Label.SUPPORTED], text
        assert words not in offices[0].claim.text


def test_a_list_of_titled_officials_and_a_lone_subject_keep_the_office_reading(tmp_path):
    for text, name in (
        (
            "The White House said the country would be represented by Treasury Secretary "
            "Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative "
            "Jamieson Greer.",
            "Howard Lutnick",
        ),
        ("Commerce Secretary Howard Lutnick declined to comment on Monday.", "Howard Lutnick"),
    ):
        found = _verdicts(tmp_path, text, _day())
        offices = [v for v in found if v.claim.type == "office" and name in v.claim.text]
        assert offices and all(v.verdict == Label.SUPPORTED for v in offices), text
        assert not [v for v in found if v.claim.type == "event_date"], text
