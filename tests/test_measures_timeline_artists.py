"""The measures timeline draws a fixed number of artists, not two per measure (issue 13).

An artist per stem and per marker made the chart's building and drawing grow with the
catalog (127 measures: 254 artists); the stems are one collection and the markers one
line per marker style (shape, colour, filled or hollow).
"""

from __future__ import annotations

import pandas as pd

from analysis import charts
from analysis.vocab import Action, Side


def _frame(n: int) -> pd.DataFrame:
    """`n` made-up measures, alternating sides, strengths and actions."""
    strengths = list(charts.STRENGTH_COLOURS)
    actions = [Action.IMPOSITION, Action.SUSPENSION, Action.RELAXATION]
    return pd.DataFrame(
        {
            "announced": pd.date_range("2019-01-01", periods=n, freq="17D"),
            "side": [(Side.US, Side.CHINA, Side.JOINT)[i % 3] for i in range(n)],
            "strength": [strengths[i % len(strengths)] for i in range(n)],
            "title": [f"Made-up measure {i}" for i in range(n)],
            "goods": [() for _ in range(n)],
            "action": [actions[i % 3] for i in range(n)],
            "row": range(n),
            "implementing_iso3": ["USA"] * n,
        }
    )


def _artists(n: int) -> tuple[int, int, int]:
    fig = charts.measures_timeline(_frame(n), title="t", subtitle="s", source="Source: made up")
    ax = fig.axes[0]
    points = sum(len(line.get_xdata()) for line in ax.lines if line.get_marker() in ("o", "D"))
    return len(ax.lines), len(ax.collections), points


def test_artists_do_not_grow_with_the_measures():
    few, many = _artists(12), _artists(120)
    # every measure still has its marker...
    assert few[2] == 12 and many[2] == 120
    # ...but the lines and collections are as many for 120 measures as for 12
    assert few[:2] == many[:2]
    styles = 2 * 2 * len(charts.STRENGTH_COLOURS)  # shape x filled or hollow x colour
    assert many[0] <= styles + 1 and many[1] == 1  # + the axis line; the stems
