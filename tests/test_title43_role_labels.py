"""A role that labels a person named in a contact claim and is no office the officials
table lists for them ("China's top diplomat X") is a claim of its own, not checkable, so
that the contact's verdict does not answer for it (round 43, branch title43). Made-up
sentences; rules: docs/factcheck.md, "office held", and docs/factcheck-log.md, "round 43,
branch title43"."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article

from analysis.article.office_titles import LABEL_NOTE
from analysis.evidence import factcheck
from analysis.vocab import Label

_DAY = "2024-06-01"  # Blinken secretary of state, Wang Yi foreign minister (second tenure)


def _labels(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    found = factcheck.check(dated_article(tmp_path, text, _DAY))
    return [(v.claim.text, v.verdict) for v in found if LABEL_NOTE in v.claim.notes]


def test_a_role_labelling_a_name_in_a_contact_is_not_checkable(tmp_path: Path) -> None:
    text = "Secretary of State Antony Blinken met China's top diplomat Wang Yi in Beijing."
    assert _labels(tmp_path, text) == [("China's top diplomat Wang Yi", Label.NOT_CHECKABLE)]


def test_an_office_title_or_a_role_outside_a_contact_is_no_label(tmp_path: Path) -> None:
    for text in (
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing.",  # an office
        "China's top diplomat Wang Yi said the new tariffs were wrong.",  # no contact
    ):
        assert _labels(tmp_path, text) == [], text
