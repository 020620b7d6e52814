"""A titled subject whose clause goes on to tell a contact (a word of a contact, then a
person or a place) makes a contact claim, not an office claim of the whole clause; the
title stays an office claim of its own (round 43, branch title43). Made-up sentences;
rules: docs/factcheck.md, "office held", and docs/factcheck-log.md, "round 43, branch
title43"."""

from __future__ import annotations

from pathlib import Path

from test_officials_contact import _day, _verdicts

from analysis.article.claim_words import patterns
from analysis.vocab import Label


def test_a_titled_subject_telling_a_contact_is_a_contact_claim(tmp_path: Path) -> None:
    for text, words in (
        ("Commerce Secretary Howard Lutnick will attend for Washington.", "will attend"),
        (
            "Commerce Secretary Howard Lutnick was greeted at the airport in Beijing by "
            "Vice Premier He Lifeng.",
            "was greeted",
        ),
    ):
        found = _verdicts(tmp_path, text, _day())
        told = [v for v in found if words in v.claim.text]
        assert told and all(v.claim.type == "event_date" for v in told), (text, told)
        assert all(v.verdict == Label.NOT_CHECKABLE for v in told), text


def test_a_titled_subject_with_no_contact_keeps_the_office_reading(tmp_path: Path) -> None:
    for text in (
        "Vice Premier He Lifeng welcomed the decision.",  # a contact verb, nobody met
        "Commerce Secretary Howard Lutnick declined to comment in Washington.",  # no contact
    ):
        found = _verdicts(tmp_path, text, _day())
        offices = [v for v in found if v.claim.type == "office"]
        assert offices and all(v.verdict == Label.SUPPORTED for v in offices), text
        assert not [v for v in found if v.claim.type == "event_date"], text


def test_attending_is_a_word_of_a_contact() -> None:
    contact = patterns()["contact_words"]
    assert contact.search("He will attend the talks in Geneva")
    assert contact.search("she attended the summit")
    assert not contact.search("the attendance figures rose")
