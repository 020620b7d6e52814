"""A contact's other party the timeline's contact does not list, and contacts between the
militaries: set against a contact on other days, such a claim tells another contact, which
the visits timeline, a selection, may not record; not checkable, never unsupported by
absence (round 34, fx34o)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label


def _contact(found: list, words: str):
    return next(x for x in found if x.claim.text.startswith(words) and x.rule == "event dates")


def test_a_party_the_officials_table_does_not_hold_is_not_denied(tmp_path: Path) -> None:
    text = "Xi Jinping met with Senator Jane Holloway in Beijing on 3 October 2023."
    found = _contact(dated_verdicts(tmp_path, text, "2023-10-20"), "Xi Jinping met")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "without Jane Holloway" in found.rationale


def test_the_known_pair_on_other_days_is_still_denied(tmp_path: Path) -> None:
    text = "Xi Jinping met with Antony Blinken in Beijing on 3 October 2023."
    found = _contact(dated_verdicts(tmp_path, text, "2023-10-20"), "Xi Jinping met")
    assert found.verdict == Label.UNSUPPORTED


def test_an_office_whose_holder_the_contact_leaves_out(tmp_path: Path) -> None:
    text = "Janet Yellen met on Monday with the Chinese ambassador."
    found = _contact(dated_verdicts(tmp_path, text, "2023-07-07"), "Janet Yellen met")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "without Xie Feng" in found.rationale


def test_officials_by_a_common_noun_name_no_one(tmp_path: Path) -> None:
    text = "Janet Yellen met on Monday with Chinese officials."
    found = _contact(dated_verdicts(tmp_path, text, "2023-07-07"), "Janet Yellen met")
    assert found.verdict == Label.UNSUPPORTED


def test_military_talks_are_not_in_the_timeline(tmp_path: Path) -> None:
    text = "The two sides held military talks in Beijing in January 2024."
    found = _contact(dated_verdicts(tmp_path, text, "2024-11-13"), "The two sides")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "militaries" in found.rationale


def test_talks_of_the_two_sides_on_other_days_are_denied(tmp_path: Path) -> None:
    text = "The two sides held talks in Beijing in January 2024."
    found = _contact(dated_verdicts(tmp_path, text, "2024-11-13"), "The two sides")
    assert found.verdict == Label.UNSUPPORTED
