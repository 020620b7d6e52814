"""A predicate joined after a date with any of the lexicon's `announce_words` ("and said",
"and stated") is its own, not the date's: "restricted exports of gallium in August 2023
and said ..." dates what was done, not an announcement. The joined predicate used to list
announcing stems of its own, without "said", "says" or "stated" (review of round 32,
finding 6). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import checked_about


@pytest.mark.parametrize("joined", ["and said", "and then stated", ", and says"])
def test_a_saying_joined_after_the_date_is_its_own(tmp_path: Path, joined: str) -> None:
    """Gallium's export licensing took effect on 1 August 2023 (announced 3 July)."""
    x = checked_about(
        tmp_path,
        f"Beijing restricted exports of gallium in August 2023 {joined} it would review "
        "each licence.".replace(" ,", ","),
        "2023-12-05",
        "restricted exports of gallium",
    )
    assert (x.verdict, x.rule) == ("supported", "measure in the catalog"), x.rationale
