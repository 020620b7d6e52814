"""A commodity entity whose canonical name no goods id is found for (a made-up maker's
product) is skipped when a claim's goods are read (`frames._goods`,
`goods_named.as_technology`), and only that: any other error of `goods.resolve` surfaces
(round 31, clean31; was a broad `except Exception`). Made-up entities."""

from __future__ import annotations

import pytest

from analysis.article import frames, goods_named
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity
from analysis.data import goods


def _good(canonical: str, start: int = 0, end: int = 5) -> Entity:
    return Entity("c1", canonical, gz.COMMODITY, canonical, start, end)


def test_an_entity_without_a_goods_id_is_skipped():
    ents = [_good("zorblium widgets"), _good("graphite")]
    assert frames._goods(ents) == (goods.resolve("graphite"),)


def test_another_error_of_resolve_surfaces(monkeypatch):
    def broken(text: str) -> str:
        raise RuntimeError("a bug, not a missing name")

    monkeypatch.setattr(goods, "resolve", broken)
    with pytest.raises(RuntimeError):
        frames._goods([_good("graphite")])


_TECH = "China banned technology to extract rare earths"


def _tech_entities(canonical: str) -> list[Entity]:
    at = _TECH.index("rare earths")
    return [_good(canonical, at, at + len("rare earths"))]


def test_technology_reading_skips_an_entity_without_a_goods_id():
    ids = (goods.resolve("rare earths"),)
    got = goods_named.as_technology(_TECH, 0, _tech_entities("zorblium widgets"), ids, [])
    assert got == ids
    swapped = goods_named.as_technology(_TECH, 0, _tech_entities("rare earths"), ids, [])
    assert swapped != ids  # the technology replaces the good it is for


def test_technology_reading_lets_another_error_surface(monkeypatch):
    def broken(text: str) -> str:
        raise RuntimeError("a bug, not a missing name")

    monkeypatch.setattr(goods, "resolve", broken)
    with pytest.raises(RuntimeError):
        goods_named.as_technology(_TECH, 0, _tech_entities("rare earths"), ("x",), [])
