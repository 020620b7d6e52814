"""A range of percentages is one figure from its low end to its high end; two levels
("from X% to Y%") and a fall ("10% to 5%") stay two figures."""

from __future__ import annotations

import pytest

from analysis.article import quantities


def _figs(text: str) -> list[quantities.Quantity]:
    return [q for _, q in quantities.figures(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania refines 40–55% of the world's cobalt.",
        "Ruritania refines 40-55 percent of the world's cobalt.",
        "Ruritania refines 40% to 55% of the world's cobalt.",
        "Ruritania refines between 40 and 55% of the world's cobalt.",
    ],
)
def test_a_range_of_percentages_is_one_figure_spanning_both_ends(text):
    (q,) = _figs(text)
    tol = quantities.words().tolerance["point"]
    assert q.low == pytest.approx(40 - tol) and q.high == pytest.approx(55 + tol), q
    assert q.text.startswith(("40", "between")) and q.text.rstrip().endswith(("%", "percent"))


def test_levels_and_falls_stay_two_figures():
    assert len(_figs("Its share went from 40% last year to 55% this year.")) == 2
    lows = [q.value for q in _figs("The rate fell 12% to 9% of output.")]
    assert lows == [12.0, 9.0]
