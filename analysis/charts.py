"""Charts in one house style: title, subtitle with the finding, units, source line.

Figures are drawn with matplotlib's Agg backend at a fixed size and resolution and
saved without timestamps, so the same data gives byte-identical files.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.data import goods
from analysis.vocab import Action, Side

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.text import Text

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


def decorate(
    fig: Figure, ax: Axes, *, title: str, subtitle: str, units: str, source: str
) -> tuple[Text, Text, Text]:
    """Title and subtitle above the plot, units on the y axis, source line at the foot
    (the three texts are returned).

    The plot area shrinks to make room for a subtitle or a source line that wraps over
    several lines, so that neither runs into the plot.
    """

    height = fig.get_figheight()
    sub_lines = textwrap.wrap(subtitle, 110) or [""]
    source_lines = textwrap.wrap(source, 135) or [""]
    # 9-point subtitle lines and 7-point source lines, in figure fractions
    top = 0.905 - (len(sub_lines) * 9 * 1.25 + 14) / 72 / height
    bottom = 0.02 + (len(source_lines) * 7 * 1.25 + 26) / 72 / height
    fig.subplots_adjust(top=top, bottom=bottom, left=0.09, right=0.97)
    head = fig.text(
        0.01, 0.965, title, fontsize=13, fontweight="bold", color=INK, va="top", parse_math=False
    )
    sub = fig.text(
        0.01, 0.905, "\n".join(sub_lines), fontsize=9, color=INK, va="top", parse_math=False
    )
    ax.set_ylabel(units, fontsize=9, color=MUTED)
    foot = fig.text(0.01, 0.02, "\n".join(source_lines), fontsize=7, color=MUTED, parse_math=False)
    return head, sub, foot


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
            parse_math=False,
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


# --- evidence charts -----------------------------------------------------------------

WIDE = (10.0, 6.0)
HIGHLIGHT = "China"
AGGREGATE_GREY = "#b5b5b5"


def top_producers(
    shares: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    n: int = 8,
    highlight: str = HIGHLIGHT,
) -> Figure:
    """Horizontal bars of the largest producers' shares in one year and edition.

    `shares` holds one year of `concentration.country_shares` (columns `country`,
    `share_pct`); 'Other countries' is drawn last, in grey, as the aggregate it is.
    """
    from matplotlib.ticker import PercentFormatter

    other = shares.loc[shares["country"] == "Other countries"]
    named = shares.loc[shares["country"] != "Other countries"]
    top = named.sort_values(["share_pct", "country"], ascending=[False, True]).head(n)
    bars = [*top.itertuples(), *other.itertuples()]
    fig, ax = figure(SIZE)
    labels = [b.country for b in bars][::-1]
    values = [float(b.share_pct) for b in bars][::-1]
    colours = [
        ACCENT
        if b.country == highlight
        else AGGREGATE_GREY
        if b.country == "Other countries"
        else PALETTE[1]
        for b in bars
    ][::-1]
    ax.barh(labels, values, color=colours)
    for y, v in enumerate(values):
        ax.annotate(
            f"{v:.1f}%" if v < 10 else f"{v:.0f}%",
            (v, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color=INK,
            parse_math=False,
        )
    ax.set_xlim(0, max([100.0, *values]) * 1.02)
    ax.xaxis.set_major_formatter(PercentFormatter())
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    decorate(fig, ax, title=title, subtitle=subtitle, units="", source=source)
    ax.set_xlabel("share of world total (%)", fontsize=9, color=MUTED)
    fig.subplots_adjust(left=0.2)
    return fig


# Colours by the strength of a measure's type (data/lexicon/measure_types.yaml): bans red,
# licence requirements amber, listings teal, other measures (tariffs, investment rules,
# subsidies, suspensions) grey.
STRENGTH_COLOURS = {
    "ban": "#c0392b",
    "licence": "#e6a532",
    "listing": "#1b9e77",
    "other": "#7f7f7f",
}


def measures_timeline(
    frame: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    marked: Any = None,
    marked_label: str = "",
) -> Figure:
    """Two-sided timeline: US and allies above the axis, China below, joint on it.

    `frame` comes from `measures.measures()` (columns `announced`, `side`, `strength`,
    `title`, `goods`, `action`, `row`). Each measure is a numbered stem coloured by its
    strength (ban, licence, listing, other); the key under the plot gives each number's
    date, implementer and `short_label`, in columns read down in date order, the figure
    as high as the key needs (`_foot`). Suspensions and relaxations are hollow markers.
    `marked` draws a vertical line at a date (e.g. the article's).
    """
    import pandas as pd
    from matplotlib.lines import Line2D

    fig, ax = figure(WIDE)
    ordered = frame.sort_values(["announced", "row"]).reset_index(drop=True)
    steps = (1.0, 2.0, 3.0)
    counters = dict.fromkeys(_SIDES, 0)
    key = []
    # the key's fields padded to the longest number and implementer code of the chart
    digits = len(str(len(ordered)))
    iso = max((len(str(code)) for code in ordered["implementing_iso3"]), default=0)
    last_at: dict[float, Any] = {}  # level -> date of the last stem drawn there
    crowded = pd.Timedelta(days=60)
    # stems and markers gathered, then drawn as one collection and one line per marker
    # style: an artist per measure made each chart's drawing grow with the catalog
    stems: list[tuple[Any, float, str]] = []
    marks: dict[tuple[str, str, bool], list[tuple[Any, float]]] = {}
    for number, m in enumerate(ordered.itertuples(), start=1):
        y = 0.0
        if m.side in counters:
            sign = 1 if m.side == Side.US else -1
            y = sign * steps[counters[m.side] % len(steps)]
            counters[m.side] += 1
        # a number close to the last one on the same level moves right of its marker
        near = y in last_at and m.announced - last_at[y] < crowded
        last_at[y] = m.announced
        colour = STRENGTH_COLOURS.get(m.strength, MUTED)
        stems.append((m.announced, y, colour))
        style = ("D" if y == 0 else "o", colour, m.action != Action.IMPOSITION)
        marks.setdefault(style, []).append((m.announced, y))
        ax.annotate(
            str(number),
            (m.announced, y),
            xytext=(6, 0) if near else (0, 5 if y >= 0 else -5),
            textcoords="offset points",
            ha="left" if near else "center",
            va="center" if near else "bottom" if y >= 0 else "top",
            fontsize=7,
            color=INK,
            parse_math=False,
        )
        what = short_label(m, 30) + ("" if m.action == Action.IMPOSITION else " (pause)")
        if m.action == Action.RELAXATION:
            what = short_label(m, 30) + " (eased)"
        key.append(f"{number:>{digits}} {m.announced:%Y-%m-%d} {m.implementing_iso3:<{iso}} {what}")
    if stems:
        when, tops, colours = zip(*stems, strict=True)
        ax.vlines(when, 0, tops, colors=colours, linewidth=1)
    for (marker, colour, hollow), points in marks.items():
        ax.plot(
            *zip(*points, strict=True),
            linestyle="none",
            marker=marker,
            markersize=7,
            color=colour,
            markerfacecolor="white" if hollow else colour,
        )
    ax.axhline(0, color=MUTED, linewidth=1)
    ax.set_ylim(-3.8, 3.8)
    ax.set_yticks([2.0, -2.0], ["US and\nallies", "China"], fontsize=9)
    ax.grid(axis="y", visible=False)
    if marked:
        when = pd.Timestamp(marked)
        ax.axvline(when, color=ACCENT, linestyle="--", linewidth=1.2)
        ax.annotate(
            marked_label or f"{when:%d %b %Y}",
            (when, 3.7),
            xytext=(3, 0),
            textcoords="offset points",
            fontsize=8,
            color=ACCENT,
            va="top",
            parse_math=False,
        )
    used = [t for t in STRENGTH_COLOURS if t in set(frame["strength"])]
    handles = [
        Line2D([], [], marker="o", linestyle="", color=STRENGTH_COLOURS[t], label=_STRENGTH[t])
        for t in used
    ]
    legend = ax.legend(
        handles=handles,
        fontsize=7,
        loc="lower left",
        ncols=4,
        frameon=False,
        bbox_transform=fig.transFigure,
    )
    _foot(fig, ax, legend, key, title=title, subtitle=subtitle, source=source)
    return fig


# The key: 7-point monospace lines (the size of the numbers on the stems), in as many
# columns under the plot as the widest entry, measured in the font, fits across it.
KEY_SIZE = 7
# Space between the key's columns, and between the blocks at the chart's foot (points).
KEY_GAP = 10
# The plot's left and right edges (figure fractions); the key's columns span them.
TIMELINE_EDGES = (0.08, 0.97)


def _foot(fig: Figure, ax: Axes, legend: Legend, key: list[str], **texts: str) -> None:
    """Decorate the timeline as a `WIDE` chart, then grow it at the foot by the key's and
    the legend's heights, measured in the font: from the bottom up, the source line, the
    key, the legend, the axis' tick labels, then the plot, as high as in any `WIDE` chart.

    So every entry lies inside the figure and none runs into the legend, the source line
    or another column, whatever the number of measures.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    left, right = TIMELINE_EDGES
    title, subtitle, source = decorate(fig, ax, units="", **texts)
    fig.subplots_adjust(left=left, right=right)
    renderer = canvas.get_renderer()
    columns = _key_columns(fig, key, left, right, renderer)
    key_height = max((c.get_window_extent(renderer).height for c in columns), default=0.0)
    legend_height = legend.get_window_extent(renderer).height
    gap = KEY_GAP * fig.dpi / 72
    _grow(fig, (key_height + legend_height + 2 * gap) / fig.dpi, (title, subtitle), (source,))
    # the foot placed at the final size (a new renderer, the one `save` draws with)
    renderer = canvas.get_renderer()
    height = fig.bbox.height
    key_top = source.get_window_extent(renderer).y1 + gap + key_height
    for column in columns:
        column.set_y(key_top / height)
    legend.set_bbox_to_anchor((left, (key_top + gap / 2) / height), transform=fig.transFigure)
    ticks = ax.bbox.y0 - ax.xaxis.get_tightbbox(renderer).y0
    legend_top = legend.get_window_extent(renderer).y1
    fig.subplots_adjust(bottom=(legend_top + ticks + gap / 2) / height)


def _grow(fig: Figure, inches: float, head: tuple[Text, ...], foot: tuple[Text, ...]) -> None:
    """Make the figure `inches` higher: the `head` texts and the axes' top keep their
    distance from the top edge, the `foot` texts theirs from the bottom edge."""
    before = fig.get_figheight()
    after = before + inches
    for text in head:
        text.set_y(1 - (1 - text.get_position()[1]) * before / after)
    for text in foot:
        text.set_y(text.get_position()[1] * before / after)
    fig.subplots_adjust(top=1 - (1 - fig.subplotpars.top) * before / after)
    fig.set_figheight(after)


def _key_columns(
    fig: Figure, key: list[str], left: float, right: float, renderer: RendererBase
) -> list[Text]:
    """The key's entries as texts, one per column, in order down each column; each column
    as wide as the widest entry, as many as fit between `left` and `right`.

    The widest entry is measured with every entry laid out (a glyph from a fallback font
    may be wider); the columns' lines are then measured from the same layouts.
    """
    if not key:
        return []
    style = {"fontsize": KEY_SIZE, "color": INK, "family": "monospace", "parse_math": False}
    probe = fig.text(0, 0, "\n".join(key), **style)
    width = probe.get_window_extent(renderer).width
    probe.remove()
    span = (right - left) * fig.bbox.width
    gap = KEY_GAP * fig.dpi / 72
    fits = max(1, int((span + gap) // (width + gap)))
    rows = -(-len(key) // min(fits, len(key)))
    pitch = (right - left) / fits
    return [
        fig.text(left + i * pitch, 0, "\n".join(key[start : start + rows]), va="top", **style)
        for i, start in enumerate(range(0, len(key), rows))
    ]


_SIDES = ("US and allies", "China")
_STRENGTH = {
    "ban": "ban",
    "licence": "licence requirement",
    "listing": "entity listing",
    "other": "other (tariff, investment, subsidy...)",
}


def short_label(m: Any, width: int = 40) -> str:
    """A measure in a few words: the goods it covers, else its title up to the first ':'
    or ';', cut to `width` characters."""
    own = list(getattr(m, "goods", ()) or ())
    text = ", ".join(goods.label(g) for g in own) if own else str(m.title).split(":")[0]
    text = text.split(";")[0]
    return text if len(text) <= width else text[: width - 1] + "…"


def trade_flows(
    frame: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
    marks: pd.DataFrame | None = None,
) -> Figure:
    """US exports to and imports from China, and the balance, in US$ bn per year.

    Missing years stay gaps in the lines (NaN is never drawn as zero); each year's value is
    drawn at mid-year. `marks` (rows of `measures.measures()`) draws a dashed line at each
    measure's announcement date, labelled with the month and `short_label`.
    """

    fig, ax = figure(SIZE)
    styles = {"exports": PALETTE[1], "imports": ACCENT, "balance": PALETTE[2]}
    # an annual value covers its whole year: draw it at mid-year, so that a measure's
    # date falls where it belongs relative to the years before and after it
    middle = frame["year"] + 0.5
    for flow, colour in styles.items():
        ax.plot(
            middle,
            frame[flow] / 1000,
            color=colour,
            linewidth=2,
            linestyle=":" if flow == "balance" else "-",
            marker="o",
            markersize=3,
            label=flow,
        )
    ax.axhline(0, color=MUTED, linewidth=0.8)
    low = float(frame["balance"].min()) / 1000 if frame["balance"].notna().any() else 0.0
    high = float(frame[["exports", "imports"]].max().max()) / 1000
    ax.set_ylim(min(low * 1.1, 0), high * 1.45)
    if marks is not None:
        for i, m in enumerate(marks.sort_values("announced").itertuples()):
            x = m.announced.year + (m.announced.day_of_year - 1) / 365
            ax.axvline(x, color=MUTED, linestyle="--", linewidth=0.8)
            label = "\n".join(textwrap.wrap(f"{m.announced:%b %Y}: {short_label(m, 44)}", 22))
            ax.annotate(
                label,
                (x, high * (1.43 - 0.16 * (i % 2))),
                xytext=(2, 0),
                textcoords="offset points",
                fontsize=6,
                color=INK,
                va="top",
                parse_math=False,
            )
    years = list(frame["year"])
    every = max(1, len(years) // 10)
    ax.set_xticks([y + 0.5 for y in years[::every]], [str(y) for y in years[::every]])
    ax.legend(fontsize=8, frameon=False, loc="lower right", ncols=3, bbox_to_anchor=(1.0, 1.0))
    decorate(fig, ax, title=title, subtitle=subtitle, units="US$ billions (nominal)", source=source)
    return fig


def stage_comparison(
    rows: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    source: str,
) -> Figure:
    """One bar per supply-chain stage (mining, refining, magnets), labelled with its year
    and source, so that different facts stay visibly different.

    `rows` holds one row per bar with `stage`, `share_pct`, `year` and `source_title`
    (e.g. chosen by `stages.pick_published` and the USGS mining share).
    """

    from matplotlib.ticker import PercentFormatter

    fig, ax = figure(SIZE)
    names = [f"{r.stage}" for r in rows.itertuples()]
    values = [float(r.share_pct) for r in rows.itertuples()]
    ax.bar(names, values, color=[PALETTE[i % len(PALETTE)] for i in range(len(names))], width=0.55)
    for i, r in enumerate(rows.itertuples()):
        year = "" if r.year is None or str(r.year) in ("<NA>", "nan") else f"{int(r.year)}"
        note = "\n".join(textwrap.wrap(f"{r.share_pct:.0f}% ({year})", 30))
        ax.annotate(
            note,
            (i, float(r.share_pct)),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            fontsize=9,
            color=INK,
            parse_math=False,
        )
        ax.annotate(
            "\n".join(textwrap.wrap(str(r.source_title), 28)[:3]),
            (i, 2),
            ha="center",
            va="bottom",
            fontsize=6.5,
            color="white",
            parse_math=False,
        )
    ax.set_ylim(0, 110)
    ax.yaxis.set_major_formatter(PercentFormatter())
    decorate(fig, ax, title=title, subtitle=subtitle, units="share (%)", source=source)
    return fig


VERDICT_COLOURS = {
    "supported": "#41ab5d",
    "partly supported": "#e6a532",
    "misleading": "#c0392b",
    "unsupported": "#7b1b12",
    "not checkable": "#9e9e9e",
}


def verdict_table(rows: pd.DataFrame, *, title: str, subtitle: str, source: str) -> Figure:
    """The claims and their verdicts as a figure: id, coloured verdict, claim text.

    `rows` has `id`, `verdict` and `claim` (e.g. `render.frame(...)`).
    """

    # two lines per claim at most, cut visibly ("…"): the page's table has every claim whole
    wrapped = []
    for text in rows["claim"]:
        lines = textwrap.wrap(str(text), 88)
        wrapped.append(lines if len(lines) <= 2 else [lines[0], lines[1][:86] + " …"])
    heights = [max(len(w), 1) for w in wrapped]
    body = sum(heights) * 0.19 + 0.4
    fig, ax = figure((8.0, body + 1.6))
    ax.axis("off")
    ax.set_xlim(0, 1)
    ax.set_ylim(sum(heights) + 0.5, -0.5)
    y = 0.0
    for (_, r), lines, h in zip(rows.iterrows(), wrapped, heights, strict=True):
        colour = VERDICT_COLOURS.get(str(r["verdict"]), MUTED)
        ax.text(0.0, y, str(r["id"]), fontsize=8, color=MUTED, va="top", parse_math=False)
        ax.text(
            0.05,
            y,
            str(r["verdict"]),
            fontsize=8,
            fontweight="bold",
            color=colour,
            va="top",
            parse_math=False,
        )
        ax.text(
            0.22,
            y,
            "\n".join(lines),
            fontsize=8,
            color=INK,
            va="top",
            linespacing=1.2,
            parse_math=False,
        )
        y += h
    decorate(fig, ax, title=title, subtitle=subtitle, units="", source=source)
    return fig
