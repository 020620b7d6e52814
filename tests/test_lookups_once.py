"""Work the fact-check does once per article, not once per ask (round 43, speed43): the
data catalog's file looked at once within a lookup scope (an article's checks), and a
clause's figure words read only when no numeric figure decides."""

from __future__ import annotations

from analysis import paths
from analysis.article import clause_types
from analysis.data import cache, datasets


def _counting(monkeypatch) -> list[str]:
    asked: list[str] = []
    real = cache.signature
    monkeypatch.setattr(cache, "signature", lambda path: asked.append(str(path)) or real(path))
    return asked


def test_the_catalog_file_is_looked_at_once_within_a_scope_and_each_time_outside(monkeypatch):
    datasets.names()  # read the catalog once
    asked = _counting(monkeypatch)
    with cache.looked_at_once():
        for _ in range(3):
            datasets.names()
    assert asked.count(str(paths.DATAPACKAGE)) == 1, "one look for three lookups in a scope"
    for _ in range(2):
        datasets.names()
    assert asked.count(str(paths.DATAPACKAGE)) == 3, "outside a scope, every lookup looks"


def test_figure_words_are_read_only_when_no_numeric_figure_stands_outside_the_dates(
    monkeypatch,
):
    read: list[str] = []
    real = clause_types.figure_words
    monkeypatch.setattr(
        clause_types,
        "figure_words",
        lambda text, sentence: read.append(text) or real(text, sentence),
    )
    assert clause_types._figure_outside("China mines 70% of rare earths", "", [])
    assert read == [], "a numeric figure decides"
    assert clause_types._figure_outside("nine in ten magnets are made in China", "", [])
    assert read == ["nine in ten magnets are made in China"], "else the words are read"
    assert not clause_types._figure_outside("On 3 December 2024 it acted", "", [(3, 18)])
    assert len(read) == 2, "a figure inside the dates: the words are read, none is outside"
