"""Who administered the oath is not who took office: "X, who was sworn in by Vice President
Y on <day>" dates X's office, and Y's title is a claim of its own (round 32, fco32)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label

SWORN = (
    "Gina Raimondo, who was sworn in by Vice President Kamala Harris on March 3, 2021, asked "
    "Congress for more money on Monday."
)


def _about(found: list, words: str):
    return next(x for x in found if x.claim.text == words)


def test_sworn_in_by_dates_the_subjects_office(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, SWORN, "2023-12-04")
    clause = next(x for x in found if "sworn in by" in x.claim.text)
    assert clause.verdict == Label.SUPPORTED
    assert clause.rule == "office held"
    assert clause.evidence[0].values["person"] == "Gina Raimondo"


def test_sworn_in_by_on_the_agents_first_day_is_not_the_agents_start(tmp_path: Path) -> None:
    text = SWORN.replace("March 3, 2021", "January 20, 2021")
    clause = next(
        x for x in dated_verdicts(tmp_path, text, "2023-12-04") if "sworn" in x.claim.text
    )
    assert clause.verdict != Label.SUPPORTED  # Raimondo's office began 42 days later
    assert "Gina Raimondo's nearest office" in clause.rationale
    assert clause.evidence[0].values["person"] == "Gina Raimondo"


def test_the_agents_title_is_an_office_claim_of_its_own(tmp_path: Path) -> None:
    title = _about(dated_verdicts(tmp_path, SWORN, "2023-12-04"), "Vice President Kamala Harris")
    assert title.verdict == Label.SUPPORTED
    assert title.evidence[0].values["office"] == "Vice President of the United States"
