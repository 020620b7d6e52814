"""Charts in one house style: title, subtitle with the finding, units, source line.

Figures are drawn with matplotlib's Agg backend at a fixed size and resolution and
saved without timestamps, so the same data gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (8.0, 4.8)
DPI = 110
INK = "#222222"
MUTED = "#6b6b6b"
ACCENT = "#c0392b"
PALETTE = ["#c0392b", "#2c7fb8", "#7f7f7f", "#e6a532", "#41ab5d", "#8856a7"]


def figure(size: tuple[float, float] = SIZE) -> tuple[Figure, Axes]:
    """A new figure and axes in house style (not attached to pyplot's global state)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=DPI)
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(MUTED)
    ax.tick_params(colors=INK, labelsize=9)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    return fig, ax


def decorate(fig: Figure, ax: Axes, *, title: str, subtitle: str, units: str, source: str) -> None:
    """Title and subtitle above the plot, units on the y axis, source line at the foot."""
    import textwrap

    fig.subplots_adjust(top=0.80, bottom=0.20, left=0.09, right=0.97)
    fig.text(0.01, 0.965, title, fontsize=13, fontweight="bold", color=INK, va="top")
    wrapped = "\n".join(textwrap.wrap(subtitle, 110))
    fig.text(0.01, 0.905, wrapped, fontsize=9, color=INK, va="top")
    ax.set_ylabel(units, fontsize=9, color=MUTED)
    fig.text(0.01, 0.02, "\n".join(textwrap.wrap(source, 150)), fontsize=7, color=MUTED)


def share_over_time(
    series: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    label: str,
) -> Figure:
    """A country's share of world production per year (columns `year`, `share_pct`)."""
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    fig, ax = figure()
    ax.plot(series["year"], series["share_pct"], color=ACCENT, marker="o", linewidth=2, label=label)
    for year, share in zip(series["year"], series["share_pct"], strict=True):
        ax.annotate(
            f"{share:.0f}%",
            (year, share),
            textcoords="offset points",
            xytext=(0, 7),
            ha="center",
            fontsize=8,
            color=INK,
        )
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(PercentFormatter())
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    decorate(
        fig, ax, title=title, subtitle=subtitle, units="share of world total (%)", source=source
    )
    return fig


def save(fig: Figure, path: Path) -> Path:
    """Save as PNG without timestamps or software tags (reproducible bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
    return path
