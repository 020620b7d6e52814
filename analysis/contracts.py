"""The parameter contract of every notebook in notebooks/ (one source of truth)."""

from __future__ import annotations

from typing import Any

from analysis.params import NotebookSpec, Param


def _mineral_tables() -> dict[str, str]:
    """Commodity name -> catalog table with its production by country."""
    return {"rare earths": "rare_earths_mine_production"}


def _editions() -> list[str]:
    from analysis import concentration

    return [concentration.LATEST, *concentration.edition_ids("rare_earths_mine_production")]


def _years_ordered(values: dict[str, Any]) -> list[str]:
    if values["start_year"] > values["end_year"]:
        return [
            f"start_year {values['start_year']} is after end_year {values['end_year']}: swap them"
        ]
    return []


CRITICAL_MINERALS = NotebookSpec(
    name="critical_minerals",
    title="Critical minerals: who mines them",
    description="China's share of world mine production of a critical mineral, by year.",
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
    ),
    checks=(_years_ordered,),
)


def _article_exists(values: dict[str, Any]) -> list[str]:
    from analysis import article
    from analysis.errors import ArticleError

    try:
        article.locate(values["article"])
    except ArticleError as exc:
        return [str(exc)]
    return []


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
)

SPECS: dict[str, NotebookSpec] = {spec.name: spec for spec in (CRITICAL_MINERALS, ARTICLE)}


def table_for(commodity: str) -> str:
    """The production table of a commodity."""
    return _mineral_tables()[commodity]
