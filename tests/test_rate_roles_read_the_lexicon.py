"""The rate roles read their hedges and the number word that opens a range of rates from
data/lexicon/claims.yaml (`hedges`, `rate_range_numbers`), not from literals of their own:
"raised to more than 40 percent" is a change to a figure as "raised to about 40 percent"
is (review of round 32, debt of rate_roles.py). Made-up sentences."""

from __future__ import annotations

import pytest

from analysis.article import rate_roles
from analysis.article.claim_words import words
from analysis.article.quantities import figures


def _roles(text: str) -> list[tuple[float, bool]]:
    """Each percentage of `text` with whether it is read as the rate replaced."""
    return [
        (q.value, rate_roles.replaced(text, at, at + len(q.text)))
        for at, q in figures(text, [])
        if q.unit == "%" and q.value is not None
    ]


@pytest.mark.parametrize("hedge", ["about", "nearly", "more than", "up to", "approximately"])
def test_a_hedged_new_rate_still_tells_a_change(hedge: str) -> None:
    said = f"The 5 percent duties on imported valves would be raised to {hedge} 40 percent."
    assert _roles(said)[0] == (5.0, True)


def test_the_range_word_comes_from_the_lexicon() -> None:
    assert "zero" in words().rate_range_numbers
    ranged = "The zero to 5 percent levies on the parts will go up to 40 percent next year."
    assert _roles(ranged) == [(5.0, True), (40.0, False)]
