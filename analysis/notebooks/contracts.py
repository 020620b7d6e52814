"""The parameter contract of every notebook in notebooks/ (one source of truth)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from analysis.notebooks.params import NotebookSpec, Param


def _mineral_tables() -> dict[str, str]:
    """Commodity name -> catalog table with its production by country."""
    from analysis.analyses import concentration

    catalog = concentration.catalog()
    return dict(zip(catalog["commodity"], catalog["table"], strict=True))


def _editions() -> list[str]:
    from analysis.analyses import concentration

    ids = [e for t in concentration.PRODUCTION_TABLES for e in concentration.edition_ids(t)]
    return [concentration.LATEST, *dict.fromkeys(ids)]


def _stages() -> list[str]:
    from analysis.analyses import concentration

    return [concentration.MAIN, *dict.fromkeys(concentration.STAGES.values())]


def _years_ordered(values: dict[str, Any]) -> list[str]:
    if values["start_year"] > values["end_year"]:
        return [
            f"start_year {values['start_year']} is after end_year {values['end_year']}: swap them"
        ]
    return []


def _series_exists(values: dict[str, Any]) -> list[str]:
    """The commodity has the stage asked for, and the edition gives China's share of it
    in some of the years asked for."""
    from analysis.analyses import concentration
    from analysis.errors import WorkbookError

    try:
        entry = concentration.series_for(values["commodity"], values["stage"])
    except WorkbookError as exc:
        return [str(exc)]
    what = f"{values['commodity']} {entry['measure']}"
    edition, first, last = values["edition"], values["start_year"], values["end_year"]
    known = concentration.edition_ids(entry["table"])
    years = (
        concentration.share_years(values["commodity"], values["stage"], edition)
        if edition == concentration.LATEST or edition in known
        else []
    )
    if not years:
        have = [
            e for e in known if concentration.share_years(values["commodity"], values["stage"], e)
        ]
        return [
            f"edition {edition!r} gives no China share of {what} (no China or world figure): "
            f"use 'latest' or one of {', '.join(have)}"
        ]
    if not any(first <= y <= last for y in years):
        return [
            f"{edition!r} gives China's share of {what} for {_span(years)} only; "
            f"start_year {first} and end_year {last} leave none of them: choose years in "
            f"{years[0]}–{years[-1]}"
        ]
    return []


def _trade_years(values: dict[str, Any]) -> list[str]:
    """The years asked for include at least two with US–China trade figures."""
    from analysis.analyses import trade

    flows = trade.goods_trade()
    years = sorted(int(y) for y in flows["year"])
    inside = [y for y in years if values["start_year"] <= y <= values["end_year"]]
    if len(inside) >= 2:
        return []
    return [
        f"the trade table has figures for {_span(years)}; start_year {values['start_year']} "
        f"and end_year {values['end_year']} leave {len(inside)} year(s) of them (at least 2 "
        "are needed for a change): choose years in that range"
    ]


def _span(years: list[int]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _mineral_subject(values: dict[str, Any]) -> str:
    """'gallium, 2018–2025' (with the stage and edition when not the defaults)."""
    extra = [values["stage"]] if values["stage"] != "main" else []
    extra += [values["edition"]] if values["edition"] != "latest" else []
    years = _span(sorted({values["start_year"], values["end_year"]}))
    return ", ".join([values["commodity"], years, *extra])


CRITICAL_MINERALS = NotebookSpec(
    name="critical_minerals",
    title="Critical minerals: who produces them",
    description=(
        "China's share of world production of a critical mineral by year and stage, "
        "top producers, concentration (HHI) and mining vs refining vs magnets."
    ),
    params=(
        Param(
            "commodity",
            str,
            "rare earths",
            "commodity to chart",
            choices=lambda: sorted(_mineral_tables()),
        ),
        Param("start_year", int, 2018, "first year shown", minimum=1990, maximum=2030),
        Param("end_year", int, 2025, "last year shown", minimum=1990, maximum=2030),
        Param(
            "edition",
            str,
            "latest",
            "USGS edition; 'latest' takes each year from its newest edition",
            choices=_editions,
        ),
        Param(
            "stage",
            str,
            "main",
            "USGS series: main (its output), mining, refining, refining capacity",
            choices=_stages,
        ),
    ),
    checks=(_years_ordered, _series_exists),
    subject=_mineral_subject,
)


def _dates(values: dict[str, Any]) -> list[str]:
    """start, end and marked_date are ISO dates (marked_date may be empty); start <= end.

    Dates are text parameters: `params.render_cell` cannot yet write a date default that
    runs and passes lint (`start: date = datetime.date...` leaves `date` undefined)."""
    problems, parsed = [], {}
    for name in ("start", "end", "marked_date"):
        text = values[name].strip()
        if name == "marked_date" and not text:
            continue
        try:
            parsed[name] = dt.date.fromisoformat(text)
        except ValueError:
            problems.append(f"parameter {name!r}: {text!r} is not a date YYYY-MM-DD")
    if {"start", "end"} <= set(parsed) and parsed["start"] > parsed["end"]:
        problems.append(f"start {parsed['start']} is after end {parsed['end']}: swap them")
    return problems


def _known_actors(values: dict[str, Any]) -> list[str]:
    from analysis.analyses import measures
    from analysis.errors import WorkbookError

    try:
        measures.actors_from(values["actors"])
    except WorkbookError as exc:
        return [f"parameter 'actors': {exc}"]
    return []


EXPORT_CONTROLS = NotebookSpec(
    name="export_controls",
    title="Export controls and responses",
    description=(
        "The US-China export-control timeline: measures by side and type, what was in force "
        "on a date, each side's later related measures with lags, and official visits."
    ),
    params=(
        Param("start", str, "2018-01-01", "first announcement date shown, YYYY-MM-DD"),
        Param("end", str, "2025-12-31", "last announcement date shown, YYYY-MM-DD"),
        Param("actors", str, "all", "'all' or implementers, comma-separated"),
        Param(
            "restricts",
            str,
            "exports",
            "measures that restrict exports, imports, investment, or all measures",
            choices=("exports", "imports", "investment", "all"),
        ),
        Param("marked_date", str, "2023-08-27", "date to mark and check; empty for none"),
        Param("marked_label", str, "Raimondo visits China", "label of the marked date"),
        Param(
            "max_lag_days",
            int,
            365,
            "longest gap (days) to a related measure of the other side",
            minimum=1,
            maximum=5000,
        ),
    ),
    checks=(_dates, _known_actors),
    subject=lambda v: (
        f"{v['start']} to {v['end']}" + ("" if v["actors"] == "all" else f", {v['actors']}")
    ),
)


def _known_marks(values: dict[str, Any]) -> list[str]:
    from analysis.analyses import measures
    from analysis.errors import WorkbookError

    if not values["marks"].strip():
        return []
    try:
        measures.find(values["marks"])
    except WorkbookError as exc:
        return [f"parameter 'marks': {exc}"]
    return []


TRADE_FLOWS = NotebookSpec(
    name="trade_flows",
    title="US-China goods trade around the measures",
    description=(
        "US goods exports to and imports from China and the balance by year, growth, and "
        "the change in the years before and after chosen measures."
    ),
    params=(
        Param("start_year", int, 2010, "first year shown", minimum=1985, maximum=2030),
        Param("end_year", int, 2025, "last year shown", minimum=1985, maximum=2030),
        Param(
            "marks",
            str,
            "usa-2018-06-15-section-301-list-1, usa-2022-10-07-advanced-computing-rule, "
            "chn-2023-07-03-gallium-germanium-licensing",
            "measures to mark: ids (or announcement dates), comma-separated",
        ),
        Param("window", int, 2, "years before and after each measure", minimum=1, maximum=10),
    ),
    checks=(_years_ordered, _trade_years, _known_marks),
    subject=lambda v: _span(sorted({v["start_year"], v["end_year"]})),
)


def _article_exists(values: dict[str, Any]) -> list[str]:
    # `reading`, not `document`: checking a run's parameters (`workbook list`, `workbook run`)
    # need not import the article pipeline (pandas, the gazetteer).
    from analysis.article import reading
    from analysis.errors import ArticleError

    try:
        reading.locate(values["article"])
    except ArticleError as exc:
        return [str(exc)]
    return []


def _article_subject(values: dict[str, Any]) -> str:
    """The article's file name."""
    return str(values["article"]).replace("\\", "/").rsplit("/", 1)[-1]


ARTICLE = NotebookSpec(
    name="article",
    title="Article: names, dates and claims",
    description="An article's entities, dated events and checkable claims.",
    params=(
        Param(
            "article",
            str,
            "data/articles/raimondo-china-visit-2023.txt",
            "article file (.txt or .html)",
        ),
    ),
    checks=(_article_exists,),
    subject=_article_subject,
)


def _on_an_article(name: str, title: str, description: str) -> NotebookSpec:
    """A notebook that reads one article: the article notebook's parameters, checks and
    subject, under its own name, title and description."""
    return replace(ARTICLE, name=name, title=title, description=description)


FACT_CHECK = _on_an_article(
    "fact_check",
    "Fact-check: the article's claims against the data",
    "Each checkable claim of an article with a verdict, a rationale and evidence.",
)

BRIEF = _on_an_article(
    "brief",
    "Brief: what is true, what changed, what it means",
    "One page: the key findings on the article, minerals, controls and trade.",
)

SPECS: dict[str, NotebookSpec] = {
    spec.name: spec
    for spec in (BRIEF, ARTICLE, FACT_CHECK, CRITICAL_MINERALS, EXPORT_CONTROLS, TRADE_FLOWS)
}


def table_for(commodity: str) -> str:
    """The production table of a commodity."""
    return _mineral_tables()[commodity]
