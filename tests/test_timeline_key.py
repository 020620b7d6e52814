"""The measures timeline's key fits its figure (issue 13, "The measures timeline").

With the bundled 127 measures, the key on the right of the plot ran past the figure's foot
(entries 121 to 127 cut off) and into the legend: the figure's height was a guess per
measure. The key is now laid out in columns under the plot, the figure grown by its height
measured in the font. Each key entry is one line of a key text (one text per column), so
an entry lies inside its text's window extent: the texts are checked against the figure,
each other, the legend, the plot and the head and source lines.
"""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.transforms import Bbox
from test_charts import _timeline
from test_measures_timeline_artists import _frame

from analysis.analyses import measures


def _made_up(n: int) -> pd.DataFrame:
    """`n` made-up measures of every side, strength and action (so the key's "(pause)" and
    "(eased)" widen its lines), with titles long enough to be cut and implementers of two
    and three letters."""
    frame = _frame(n)
    frame["title"] = [f"Made-up measure {i} on many goods and many parties" for i in range(n)]
    frame["implementing_iso3"] = [("USA", "CHN", "EU", "JPN")[i % 4] for i in range(n)]
    return frame


def _drawn(frame: pd.DataFrame):
    """The timeline of `frame`, drawn, with the renderer it was drawn with."""
    fig = _timeline(frame)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return fig, canvas.get_renderer()


@pytest.fixture(scope="module")
def large_timeline():
    """The timeline of 250 made-up measures, about twice the bundled catalog, drawn (about
    2 s of CPU): its tests share a worker (`conftest.GROUPS`), so that it is drawn once."""
    return _drawn(_made_up(250))


def _key(fig) -> list:
    """The key's texts: the figure's monospace texts."""
    return [t for t in fig.texts if "monospace" in t.get_fontfamily()]


def _apart(a: Bbox, b: Bbox) -> bool:
    """Two boxes that do not overlap (touching edges allowed)."""
    return a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0


def _assert_key_fits(fig, renderer, count: int) -> None:
    key = _key(fig)
    # every measure's number is in the key, each on a line of its own
    lines = [line for t in key for line in t.get_text().splitlines()]
    assert sorted(int(line.split()[0]) for line in lines) == list(range(1, count + 1))
    boxes = [t.get_window_extent(renderer) for t in key]
    page = fig.bbox
    for box in boxes:
        assert page.x0 <= box.x0 and box.x1 <= page.x1, (box, page)
        assert page.y0 <= box.y0 and box.y1 <= page.y1, (box, page)
    for i, box in enumerate(boxes):
        assert all(_apart(box, other) for other in boxes[i + 1 :])
    ax = fig.axes[0]
    others = [
        ax.get_legend().get_window_extent(renderer),
        ax.bbox,
        ax.xaxis.get_tightbbox(renderer),
        *(t.get_window_extent(renderer) for t in fig.texts if t not in key),
    ]
    for box in boxes:
        assert all(_apart(box, other) for other in others), box
    # the key reads at the size of the numbers it explains
    numbers = {t.get_fontsize() for t in ax.texts if t.get_text().isdigit()}
    assert all(t.get_fontsize() >= max(numbers) for t in key)


def test_the_bundled_catalogs_key_fits():
    frame = measures.measures()
    _assert_key_fits(*_drawn(frame), len(frame))


def test_a_larger_catalogs_key_fits(large_timeline):
    _assert_key_fits(*large_timeline, 250)


def test_a_single_measures_key_fits():
    _assert_key_fits(*_drawn(_made_up(1)), 1)


def test_the_plot_keeps_its_height_as_the_key_grows(large_timeline):
    few = _timeline(_made_up(12))
    assert large_timeline[0].get_figheight() > few.get_figheight()
    assert large_timeline[0].axes[0].bbox.height == pytest.approx(few.axes[0].bbox.height, abs=1)


def test_the_large_timeline_is_drawn_on_one_worker(request, large_timeline):
    """Under pytest-xdist (`--dist loadgroup`) the tests of the large timeline run in the
    charts' group: each worker running one of them would otherwise draw it again."""
    if request.config.getoption("loadgroup", default=False):
        assert request.node.nodeid.endswith("@charts"), request.node.nodeid
