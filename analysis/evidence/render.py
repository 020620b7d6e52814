"""The fact-check as readers get it: JSON (`workbook check --json`), the terminal table,
Markdown for notebooks, a frame for charts. Nothing here decides a verdict."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from typing import Any

import pandas as pd

from analysis import markup
from analysis.article.document import Article
from analysis.data import datasets, goods
from analysis.evidence.model import Verdict, as_of
from analysis.vocab import Label

# 2: each claim has its frame; evidence published after the as-of date is listed apart,
# under `later`, and never decides (docs/factcheck.md, "The JSON form").
SCHEMA = "workbook.check/2"


def to_dict(article: Article, found: list[Verdict]) -> dict[str, Any]:
    """The `workbook check --json` object (schema documented in the README)."""
    day, basis = as_of(article)
    counts = {label: sum(x.verdict == label for x in found) for label in tuple(Label)}
    return {
        "schema": SCHEMA,
        "title": article.title,
        "path": str(article.path) if article.path else None,
        "published": article.published.date.isoformat() if article.published.date else None,
        "as_of": day.isoformat() if day else None,
        "as_of_basis": basis,
        "counts": counts,
        "claims": [_claim(x) for x in found],
        "warnings": list(article.warnings),
    }


def _claim(x: Verdict) -> dict[str, Any]:
    """A verdict as JSON, with its frame (`later`: evidence out after the as-of date)."""
    out = x.to_dict()
    out["frame"] = x.claim.frame.to_dict() if x.claim.frame else None
    return out


FRAME_COLUMNS = ("id", "kind", "actor", "said by", "action", "goods", "figure", "when")
# the frame table's headers in the notebooks (fact_check, brief)
FRAME_HEADERS = {
    "id": "Claim",
    "kind": "Kind",
    "actor": "Who acts",
    "said by": "Said by",
    "action": "What was done",
    "goods": "Goods",
    "figure": "Figure (of what)",
    "when": "When (role, tense)",
}


def frames(found: list[Verdict]) -> pd.DataFrame:
    """Each claim's frame as a table, one row per claim: what the checks read from it, goods
    by their names ("rare earths", not the id `rare_earths`). Notebooks show it with
    `tables.show(frames(found), FRAME_HEADERS)`: the claim's id as its first column, with
    no positional index beside it."""

    def words(x: Verdict) -> dict[str, Any]:
        f = x.claim.frame
        if f is None:
            return {"id": x.claim.id, **dict.fromkeys(FRAME_COLUMNS[1:], "")}
        q = f.quantity
        return {
            "id": x.claim.id,
            "kind": f.kind,
            "actor": f.actor or "",
            "said by": f.attributed_to or "",
            "action": f.action,
            "goods": ", ".join(goods.label(g) for g in f.goods),
            "figure": f"{q.text} (of {q.of})" if q else "",
            "when": "; ".join(f"{w.text} ({w.role}, {w.tense or 'tense?'})" for w in f.when),
        }

    return pd.DataFrame([words(x) for x in found], columns=FRAME_COLUMNS)


def to_json(article: Article, found: list[Verdict]) -> str:
    """Stable JSON text: sorted keys, two-space indent, trailing newline."""

    return json.dumps(to_dict(article, found), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def table(article: Article, found: list[Verdict], width: int = 100) -> str:
    """The verdict table printed by `workbook check`: one block per claim."""

    wrap = lambda text, indent: textwrap.fill(  # noqa: E731
        text, width, initial_indent=indent, subsequent_indent=indent
    )
    lines = [
        article.title or "(untitled article)",
        wrap(_checked(article), ""),
        *(wrap(f"warning: {w}", "") for w in article.warnings),
        "",
    ]
    for x in found:
        lines.append(f"{x.claim.id:<4} {x.verdict.upper():<17} {x.claim.text}"[:width])
        lines.append(wrap(x.rationale, "     "))
        for note in x.notes:
            lines.append(wrap(f"Note: {note}", "     "))
        for head, e in [("Evidence", e) for e in x.evidence] + [
            (f"Since then ({e.published})", e)
            for e in x.later  # out after the day checked
        ]:
            rows = ", ".join(str(r) for r in e.rows)
            lines.append(wrap(f"{head}: {e.dataset} rows {rows} — {_short(e.source)}", "     "))
        if x.needs:
            lines.append(wrap(f"Would decide it: {x.needs}", "     "))
        lines.append("")
    lines.append(summary(found))
    return "\n".join(lines)


def _checked(article: Article) -> str:
    """'Checked as of 2023-08-27: published between ...' (today's date when unknown)."""
    day, basis = as_of(article)
    return f"Checked as of {day or f'today ({dt.date.today().isoformat()})'}: {basis}"


def heading(article: Article, found: list[Verdict]) -> str:
    """Markdown above a notebook's verdicts: title, counts, the day checked against, and
    any warning about the input (e.g. no claims: is this a trade-policy article?)."""
    lines = [
        f"**{markup.md(article.title or '(untitled article)')}**",
        markup.md(summary(found)),
        markup.md(_checked(article)),
        *(f"**Warning:** {markup.md(w)}" for w in article.warnings),
    ]
    return "  \n".join(lines)


def to_html(found: list[Verdict]) -> markup.Html:
    """Each verdict as a reader page shows it: the claim, the verdict and why, notes, and
    the complete evidence (tables, rows, every reference) folded under one line."""
    return markup.Html(markup.render("verdicts.html.j2", items=[x.to_dict() for x in found]))


def frame(found: list[Verdict]) -> pd.DataFrame:
    """The verdicts as a table: id, verdict, claim, rationale, rule, datasets used."""

    return pd.DataFrame(
        {
            "id": [x.claim.id for x in found],
            "verdict": [x.verdict for x in found],
            "claim": [x.claim.text for x in found],
            "rationale": [x.rationale for x in found],
            "rule": [x.rule for x in found],
            "datasets": [", ".join(dict.fromkeys(e.dataset for e in x.evidence)) for x in found],
        }
    )


def summary(found: list[Verdict]) -> str:
    """'11 claims checked: 7 supported, 2 partly supported, ...' (labels with no claim left
    out); 'No checkable claims found.' when there are none."""
    if not found:
        return "No checkable claims found."
    counts = [
        f"{n} {label}" for label in tuple(Label) if (n := sum(x.verdict == label for x in found))
    ]
    claims = "1 claim" if len(found) == 1 else f"{len(found)} claims"
    return f"{claims} checked: " + ", ".join(counts) + "."


def source_line(found: list[Verdict]) -> str:
    """A chart's source line naming the datasets the verdicts used."""

    used = sorted({e.dataset for x in found for e in x.evidence})
    titles = "; ".join(datasets.resource(name)["title"] for name in used)
    return f"Sources: {titles}." if used else "Sources: none (no claim could be checked)."


def _short(source: str) -> str:
    """A long list of page references cut to its first, with a count of the rest (for the
    terminal; pages list them all)."""
    parts = [p.strip() for p in re.split(r" ; |; (?=https?:)", source) if p.strip()]
    if len(parts) <= 1 and len(source) <= 160:
        return source
    return f"{parts[0][:140]} (+{len(parts) - 1} more; see --json)"
