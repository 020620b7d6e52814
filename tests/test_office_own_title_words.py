"""A title before a name names its office by its own words, not by another person's title
later in the claim ("U.S. President X and Chinese Vice Premier Y" does not name the vice
presidency; round 34, fx34o)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label

TEXT = (
    "U.S. President Donald Trump and Chinese Vice Premier Liu He held up the signed "
    "agreement for the cameras."
)


def _title(found: list, words: str):
    return next(x for x in found if x.claim.text.startswith(words))


def test_president_beside_a_vice_premier_is_the_presidency(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, TEXT, "2020-02-03")
    title = _title(found, "U.S. President Donald Trump")
    assert title.verdict == Label.SUPPORTED
    assert title.rule == "office held"
    assert title.evidence[0].values["office"].startswith("President of the United States")


def test_president_out_of_term_is_still_refuted(tmp_path: Path) -> None:
    found = dated_verdicts(tmp_path, TEXT, "2022-02-03")
    title = _title(found, "U.S. President Donald Trump")
    assert title.verdict == Label.UNSUPPORTED
    assert "President of the United States" in title.rationale
    assert "Vice President" not in title.rationale
