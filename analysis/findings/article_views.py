"""Views of an annotated article: a text summary, highlighted HTML, a timeline, findings.

Used by `workbook article` and by notebooks/article.ipynb; everything here reads an
`analysis.article.document.Article` and holds no annotation logic of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis import charts, markup
from analysis.article.document import Article
from analysis.article.gazetteer import LABELS
from analysis.article.text import Sentence, sentence_at, sentences
from analysis.findings.record import Finding

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure


LABEL_NAMES = {
    "PERSON": "People",
    "ORG": "Organisations",
    "PLACE": "Places",
    "COMMODITY": "Commodities and products",
    "INSTRUMENT": "Policy instruments",
}
COLOURS = {
    "PERSON": "#fde2e1",
    "ORG": "#dbe9f6",
    "PLACE": "#e3f1df",
    "COMMODITY": "#fbedd0",
    "INSTRUMENT": "#ece1f3",
}


# What the views say when an article has nothing of a kind (another language, a text
# with no dates, no claims): said plainly rather than shown as an empty table or chart.
NO_ENTITIES = (
    "No people, organisations, places, commodities or policy instruments were found in the text."
)
NO_DATES = (
    "No date expression was found (no day, month or year, and no phrase such as 'last week'), "
    "so there is no timeline."
)
NO_CLAIMS = (
    "No checkable claim was found: no sentence states a figure, a share, a ranking, a measure "
    "or an event that data could check."
)
NO_NON_CLAIMS = (
    "No sentence was set aside: every one was read as a checkable claim (none is opinion, "
    "scene-setting or a heading)."
)


@dataclass(frozen=True)
class Group:
    """All mentions of one canonical entity."""

    label: str
    canonical: str
    mentions: int
    spellings: tuple[str, ...]
    roles: tuple[str, ...]
    country: str | None
    metonym_mentions: int


@dataclass(frozen=True)
class Event:
    """A resolved date expression and what happens then."""

    date_id: str
    start: dt.date
    end: dt.date
    text: str
    label: str
    vague: bool
    claim_id: str | None


def entity_groups(art: Article) -> dict[str, list[Group]]:
    """Entities grouped by label, then by canonical name, in order of first mention."""
    out: dict[str, list[Group]] = {label: [] for label in LABELS}
    seen: dict[tuple[str, str], list] = {}
    for e in art.entities:
        seen.setdefault((e.label, e.canonical), []).append(e)
    for (label, canonical), mentions in seen.items():
        out[label].append(
            Group(
                label,
                canonical,
                len(mentions),
                tuple(dict.fromkeys(m.text for m in mentions)),
                tuple(dict.fromkeys(m.role for m in mentions if m.role)),
                next((m.country for m in mentions if m.country), None),
                sum(1 for m in mentions if m.metonym_for),
            )
        )
    return out


def events(art: Article) -> list[Event]:
    """Resolved dates in calendar order, each labelled with the claim it belongs to."""
    out = []
    sents = sentences(art.text)
    for d in art.dates:
        if d.start is None or d.end is None:
            continue
        claim = next((c for c in art.claims if d.id in c.dates), None)
        label = claim.text if claim else _sentence_around(sents, d.start_char)
        out.append(Event(d.id, d.start, d.end, d.text, label, d.vague, claim.id if claim else None))
    return sorted(out, key=lambda e: (e.start, e.end, e.date_id))


def _sentence_around(sents: list[Sentence], offset: int) -> str:
    i = sentence_at(sents, offset)
    return sents[i].text if i >= 0 else ""


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def published_line(art: Article, basis: bool = True) -> str:
    """When the article appeared, as a phrase, with how that is known unless told not to."""
    pub = art.published
    how = f" ({pub.basis})" if basis else ""
    if pub.date:
        return f"published {pub.date.isoformat()}{how}"
    if pub.start and pub.end:
        return f"published {pub.describe()}, inferred{how}"
    return f"publication date unknown{how}"


def summary(art: Article) -> str:
    """A readable account: headline, date, entities by kind, dated events, claims."""
    lines = [art.title or art.name]
    outlet = art.metadata.get("outlet")
    lines.append(f"{outlet + ' · ' if outlet else ''}{published_line(art, basis=False)}")
    lines.append(f"  how: {art.published.basis}")
    lines += [f"warning: {w}" for w in art.warnings]
    for label, groups in entity_groups(art).items():
        if not groups:
            continue
        lines += ["", f"{LABEL_NAMES[label]} ({len(groups)})"]
        for g in groups:
            extra = []
            if g.roles:
                extra.append("; ".join(g.roles))
            if g.country and label != "PERSON":
                extra.append(g.country)
            if g.metonym_mentions:
                extra.append(f"for the government in {g.metonym_mentions} of {g.mentions}")
            others = [s for s in g.spellings if s != g.canonical]
            if others:
                extra.append("as " + ", ".join(f"'{s}'" for s in others[:4]))
            lines.append(
                f"  {g.canonical} ×{g.mentions}" + (f" — {'; '.join(extra)}" if extra else "")
            )
    if not art.entities:
        lines += ["", NO_ENTITIES]
    found = events(art)
    if found or art.dates:
        lines += ["", "Dated events" if found else "Dated events: none placed on a calendar"]
    else:
        lines += ["", NO_DATES]
    for e in found:
        when = e.start.isoformat() if e.start == e.end else f"{e.start}..{e.end}"
        vague = " (vague)" if e.vague else ""
        lines.append(f"  {when:<22} '{e.text}'{vague}: {_short(e.label)}")
    unresolved = [d for d in art.dates if d.start is None]
    for d in unresolved:
        lines.append(f"  unresolved: '{d.text}': {d.basis}")
    lines += ["", f"Claims ({len(art.claims)})" if art.claims else NO_CLAIMS]
    for c in art.claims:
        lines.append(f"  {c.id} [{c.type}, {c.topic}] {c.text}")
    lines += ["", f"Not claims: {len(art.non_claims)} (opinion, scene-setting, headings; --json)"]
    return "\n".join(lines)


def highlight_html(art: Article) -> str:
    """The clean text as HTML, entities highlighted by kind (canonical name on hover),
    written by a template that escapes every piece of the article."""
    pieces: list[tuple[str, dict[str, str] | None]] = []
    pos = 0
    for e in art.entities:
        pieces.append((art.text[pos : e.start], None))
        tip = e.canonical + (f" — {e.role}" if e.role else "")
        tip += f" — for the {e.metonym_for}" if e.metonym_for else ""
        tip += f" ({e.note})" if e.note else ""
        pieces.append((e.text, {"colour": COLOURS[e.label], "tip": f"{e.label}: {tip}"}))
        pos = e.end
    pieces.append((art.text[pos:], None))
    # paragraphs (blank lines) of lines of pieces: the template adds <p> and <br>
    paragraphs: list[list[list[tuple[str, dict[str, str] | None]]]] = [[[]]]
    for text, mark in pieces:
        for n, para in enumerate(text.split("\n\n")):
            if n:
                paragraphs.append([[]])
            for m, line in enumerate(para.split("\n")):
                if m:
                    paragraphs[-1].append([])
                if line:
                    paragraphs[-1][-1].append((line, mark))
    legend = [(COLOURS[label], LABEL_NAMES[label]) for label in LABELS] if art.entities else []
    empty = "" if art.entities else NO_ENTITIES
    return markup.render("highlight.html.j2", paragraphs=paragraphs, legend=legend, empty=empty)


def heading(art: Article) -> str:
    """Markdown above the article notebook: title, outlet, when published, warnings
    (escaped: nothing from the article becomes markup)."""
    outlet = art.metadata.get("outlet") or "outlet unknown"
    lines = [
        f"**{markup.md(art.title or art.name)}** — {markup.md(outlet)}",
        markup.md(published_line(art)),
        "\n".join(f"- warning: {markup.md(w)}" for w in art.warnings),
    ]
    return "\n\n".join(line for line in lines if line)


def claims_table(art: Article) -> pd.DataFrame:
    """One row per claim: id, type, topic, actor, the entities and dates it involves, text."""
    import pandas as pd

    rows = []
    for c in art.claims:
        rows.append(
            {
                "id": c.id,
                "type": c.type,
                "topic": c.topic,
                "actor": c.actor,
                "entities": ", ".join(dict.fromkeys(art.entity(i).canonical for i in c.entities)),
                "dates": ", ".join(_date_text(art, i) for i in c.dates),
                "text": c.text,
            }
        )
    return pd.DataFrame(rows, columns=["id", "type", "topic", "actor", "entities", "dates", "text"])


def dates_table(art: Article) -> pd.DataFrame:
    """One row per date expression: id, text, start, end, vague, and how it was read."""
    import pandas as pd

    columns = ["id", "text", "start", "end", "vague", "basis"]
    return pd.DataFrame([d.to_dict() for d in art.dates], columns=columns)


def non_claims_table(art: Article) -> pd.DataFrame:
    """One row per sentence or clause set aside: its text and why."""
    import pandas as pd

    return pd.DataFrame([n.to_dict() for n in art.non_claims], columns=["text", "reason"])


def _date_text(art: Article, date_id: str) -> str:
    d = art.date(date_id)
    if d.start is None:
        return f"{d.text} (unresolved)"
    return d.start.isoformat() if d.start == d.end else f"{d.start}..{d.end}"


def timeline_figure(art: Article) -> Figure:
    """The article's dated events on a calendar axis (intervals as bars, days as dots)."""
    import matplotlib.dates as mdates

    found = events(art)
    fig, ax = charts.figure((8.0, max(3.2, 1.6 + 0.5 * len(found))))
    for row, e in enumerate(reversed(found)):
        colour = charts.MUTED if e.vague else charts.ACCENT
        if e.start == e.end:
            ax.plot([e.start], [row], "o", color=colour, markersize=7)
        else:
            ax.barh(
                row,
                (e.end - e.start).days + 1,
                left=e.start,
                height=0.35,
                color=colour,
                alpha=0.45 if e.vague else 0.9,
            )
    labels = [
        _short(f"{e.claim_id + ': ' if e.claim_id else ''}'{e.text}'", 40) for e in reversed(found)
    ]
    ax.set_yticks(range(len(found)), labels, fontsize=8)
    ax.set_ylim(-0.7, len(found) - 0.2)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    if found:
        first, last = min(e.start for e in found), max(e.end for e in found)
        subtitle = (
            f"{len(found)} dated expressions, from {first.isoformat()} to {last.isoformat()}; "
            "grey: vague readings ('in recent months')"
        )
    else:
        subtitle = "No date expression in the article could be resolved."
    charts.decorate(
        fig,
        ax,
        title="When the article's events happen",
        subtitle=subtitle,
        units="",
        source=f"Source: {art.source().citation}; dates resolved by analysis.article.dates",
    )
    fig.subplots_adjust(left=0.3)
    return fig


def findings(art: Article) -> list[Finding]:
    """What the workbook says about the article itself, citing it."""
    source = (art.source(),)
    groups = entity_groups(art)
    counts = {label: len(groups[label]) for label in LABELS}
    by_type: dict[str, int] = {}
    for c in art.claims:
        by_type[c.type] = by_type.get(c.type, 0) + 1
    type_text = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(by_type.items()))
    out = [
        Finding(
            id="article-entities",
            text=(
                f"The article names {counts['PERSON']} people, {counts['ORG']} organisations, "
                f"{counts['PLACE']} places, {counts['COMMODITY']} commodities or products and "
                f"{counts['INSTRUMENT']} policy instruments."
            ),
            values={label.lower(): n for label, n in counts.items()},
            sources=source,
        ),
        Finding(
            id="article-claims",
            text=(
                f"It makes {len(art.claims)} checkable claims ({type_text or 'none'}); "
                f"{len(art.non_claims)} sentences or clauses are opinion, scene-setting or "
                "headings."
            ),
            values={"claims": len(art.claims), "non_claims": len(art.non_claims), **by_type},
            sources=source,
        ),
    ]
    pub = art.published
    out.append(
        Finding(
            id="article-published",
            text=f"Publication date: {published_line(art)}.",
            values={
                "published": pub.date.isoformat() if pub.date else None,
                "published_start": pub.start.isoformat() if pub.start else None,
                "published_end": pub.end.isoformat() if pub.end else None,
            },
            sources=source,
            caveats=() if pub.date else ("The exact publication day is not stated.",),
        )
    )
    found = events(art)
    if found:
        first, last = found[0], max(found, key=lambda e: e.end)
        out.append(
            Finding(
                id="article-timeline",
                text=(
                    f"Its {len(found)} resolved date expressions run from {first.start} "
                    f"('{first.text}') to {last.end} ('{last.text}')."
                ),
                values={
                    "resolved_dates": len(found),
                    "unresolved_dates": sum(1 for d in art.dates if d.start is None),
                    "first": first.start.isoformat(),
                    "last": last.end.isoformat(),
                },
                sources=source,
                caveats=tuple(
                    f"'{e.text}' is vague; read as {e.start}..{e.end}." for e in found if e.vague
                ),
            )
        )
    return out
