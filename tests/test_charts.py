"""Every chart renders, carries its title and source line, and draws the data it is given."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import charts
from analysis.analyses import concentration, measures, stages, trade
from analysis.data import datasets
from analysis.findings import sentences


def _texts(fig) -> list[str]:
    """Every text of a figure: figure-level texts and those of its axes."""
    found = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        found += [t.get_text() for t in ax.texts]
    return found


def _has(fig, words: str) -> bool:
    """The figure shows `words` (possibly wrapped over lines)."""
    flat = " ".join(" ".join(t.split()) for t in _texts(fig))
    return " ".join(words.split()) in flat


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return measures.measures()


def _render(fig, tmp_path, name: str) -> bytes:
    path = charts.save(fig, tmp_path / f"{name}.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
    return data


def _timeline(frame: pd.DataFrame):
    return charts.measures_timeline(
        frame,
        title="Export controls",
        subtitle="a finding",
        source=datasets.source_line(measures.TABLE),
        marked="2023-08-27",
        marked_label="Raimondo visits China",
    )


@pytest.fixture(scope="module")
def timeline(frame, tmp_path_factory):
    """The measures timeline (the report's busiest chart: seconds to draw) and its PNG."""
    fig = _timeline(frame)
    return fig, _render(fig, tmp_path_factory.mktemp("timeline"), "timeline")


def test_measures_timeline(frame, timeline):
    fig, _png = timeline
    source = datasets.source_line(measures.TABLE)
    assert _has(fig, source) and _has(fig, "Export controls") and _has(fig, "Raimondo visits China")
    ax = fig.axes[0]
    # one marker per measure (drawn as one line per marker style): US and allies above the
    # axis, China below, joint measures on it as diamonds
    ys = [
        (float(y), line.get_marker())
        for line in ax.lines
        if line.get_marker() in ("o", "D")
        for y in line.get_ydata()
    ]
    assert len(ys) == len(frame)
    sides = frame["side"].value_counts()
    assert sum(1 for y, _ in ys if y > 0) == sides.get("US and allies", 0)
    assert sum(1 for y, _ in ys if y < 0) == sides.get("China", 0)
    assert all(marker == "D" for y, marker in ys if y == 0)
    assert len(ys) - sides.get("US and allies", 0) - sides.get("China", 0) == sum(
        1 for y, _ in ys if y == 0
    )
    # the key names every measure by number, one a line, in columns (its monospace texts)
    key = [t for t in fig.texts if "monospace" in t.get_fontfamily()]
    assert len([line for t in key for line in t.get_text().splitlines()]) == len(frame)


def test_same_data_same_bytes(frame, timeline, tmp_path):
    assert _render(_timeline(frame), tmp_path, "again") == timeline[1]


def test_trade_flows_leave_gaps_as_gaps(frame, tmp_path):
    flows = trade.goods_trade()
    flows = flows.loc[flows["year"].between(1995, 2025)]
    source = datasets.source_line(trade.TABLE, flows["row"])
    marks = measures.find("2022-10-07", frame)
    fig = charts.trade_flows(flows, title="Trade", subtitle="s", source=source, marks=marks)
    _render(fig, tmp_path, "trade")
    assert _has(fig, source)
    exports = next(line for line in fig.axes[0].lines if line.get_label() == "exports")
    ys = list(exports.get_ydata())
    # 1995-2000 have no export figure: NaN in the line, never zero
    assert all(math.isnan(y) for y in ys[:6])
    assert ys[6] == pytest.approx(flows.set_index("year").at[2001, "exports"] / 1000)
    assert _has(fig, "Oct 2022")


def test_top_producers_and_share_over_time(tmp_path):
    shares = concentration.country_shares("tungsten", edition="MCS 2026")
    one = shares.loc[shares["year"] == 2024]
    source = datasets.source_line(concentration.series_for("tungsten")["table"], one["row"])
    fig = charts.top_producers(one, title="Tungsten", subtitle="s", source=source, n=5)
    _render(fig, tmp_path, "top")
    assert _has(fig, source)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[-1] == "China" and labels[0] == "Other countries"
    assert len(labels) == 6  # five named producers and the aggregate

    series = concentration.share_series("tungsten")
    fig = charts.share_over_time(series, title="t", subtitle="s", source=source, label="China")
    _render(fig, tmp_path, "share")
    assert _has(fig, source)


def test_stage_comparison_labels_each_bar_with_its_source(tmp_path):
    bars = stages.stage_rows("rare earths")
    source = sentences.source_lines(bars)
    fig = charts.stage_comparison(bars, title="Stages", subtitle="s", source=source)
    _render(fig, tmp_path, "stages")
    assert _has(fig, datasets.source_line("processing_shares", bars["row"][1:]))
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == list(bars["stage"])
    for title in bars["source_title"]:
        assert _has(fig, title)


def test_dollar_signs_in_sentences_are_not_read_as_math():
    from analysis import charts

    fig, ax = charts.figure()
    subtitle = "Imports went from $365.0 bn in 2010 to $308.7 bn in 2025."
    charts.decorate(fig, ax, title="t", subtitle=subtitle, units="", source="s")
    (text,) = [t for t in fig.texts if "$365.0" in t.get_text()]
    assert text._preprocess_math(text.get_text()) == (subtitle, False)
