"""The checks' reads of tables and lexicons, made once per process in a form made for the
check (round 31, speed28; docs/performance.md, "Tests: round 31"). Each kept form equals
what the check read before (the frame's rows, or the scan done again), a second read is a
hit, a changed file or a cleared cache is a miss, and a caller cannot write through it."""

from __future__ import annotations

import csv
import os

import pandas as pd
import pytest

from analysis.analyses import measures
from analysis.data import cache, datasets
from analysis.evidence import measure_dates, tariff_sides


@pytest.fixture
def fresh():
    """Every table and kept form forgotten before and after (`datasets.clear_cache`)."""
    datasets.clear_cache()
    yield
    datasets.clear_cache()


def _rewrite(path, rows) -> None:
    """A table's CSV file rewritten with these rows, its modification time set back."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    os.utime(path, ns=(0, 0))


# Made-up texts: countries by name, abbreviation and demonym, overlapping forms, none.
COUNTRY_TEXTS = (
    "a 10% tariff on NZ goods and on Canadian lumber",
    "duties on UAE steel and Chinese steel, then on China again",
    "NZZ and ANZAC; the U.S. and the United States of America",
    "The weather was mild and the river ran high.",
    "Tariffs on the European Union, on Mexico and on Japanese cars.",
    "",
)


def _scan_again(text: str) -> tuple[tuple[int, str], ...]:
    """The country mentions as `parties_named` read them before: every form's pattern run."""
    return tuple(
        sorted((m.start(), c) for p, c in tariff_sides._country_forms() for m in p.finditer(text))
    )


def test_country_mentions_are_kept_per_text_and_equal_every_pattern_run_again():
    tariff_sides._scanned.cache_clear()
    for text in COUNTRY_TEXTS:
        assert tariff_sides._mentions(text) == _scan_again(text)
        assert tariff_sides.parties_named(text) == tuple(
            dict.fromkeys(c for _, c in _scan_again(text))
        )
    hits = tariff_sides._scanned.cache_info().hits
    for text in COUNTRY_TEXTS:
        tariff_sides.parties_named(text)
    assert tariff_sides._scanned.cache_info().hits == hits + len(COUNTRY_TEXTS)
    assert tariff_sides._scanned.cache_info().maxsize == tariff_sides.MENTIONS_KEPT


def test_country_mentions_are_read_anew_when_the_forms_are_made_anew():
    text = COUNTRY_TEXTS[0]
    tariff_sides.parties_named(text)
    tariff_sides._worded_forms.cache_clear()
    tariff_sides._country_forms.cache_clear()
    assert tariff_sides.parties_named(text) == ("NZL", "CAN")
    info = tariff_sides._scanned.cache_info()  # the kept answers were dropped, then read anew
    assert (info.hits, info.misses, info.currsize) == (0, 1, 1)


# Made-up texts naming goods in several cases, one not in ASCII (its patterns all run).
GOODS_TEXTS = (
    "a 25% tariff on Gallium and GERMANIUM, and on rare earths",
    "duties on semiconductors, soybeans and steel; lithium-ion batteries too",
    "Tarife auf Stahl und Gallium für Ärzte",
    "The weather was mild and the river ran high.",
    "",
)


def test_goods_named_are_kept_per_text_and_equal_every_pattern_run_again():
    tariff_sides._goods_scanned.cache_clear()
    for text in GOODS_TEXTS:
        again = frozenset(g for p, g in tariff_sides._goods_forms() if p.search(text))
        assert tariff_sides._goods_named(text) == again
    assert tariff_sides._goods_named(GOODS_TEXTS[0])  # the texts name some goods
    hits = tariff_sides._goods_scanned.cache_info().hits
    for text in GOODS_TEXTS:
        tariff_sides._goods_named(text)
    assert tariff_sides._goods_scanned.cache_info().hits == hits + len(GOODS_TEXTS)
    tariff_sides._worded_goods.cache_clear()
    tariff_sides._goods_named(GOODS_TEXTS[0])
    info = tariff_sides._goods_scanned.cache_info()  # forms made anew: read anew
    assert (info.hits, info.misses) == (0, 1)


# --- the measures' date columns (measure_dates) ------------------------------------------


def _frame_rows(found: pd.DataFrame) -> list[dict]:
    """A frame's rows as the date checks read them before: each column's values in turn."""
    columns = [c for c in measure_dates._DATE_COLUMNS if c in found.columns]
    return [
        dict(zip(columns, v, strict=True)) for v in zip(*(found[c] for c in columns), strict=True)
    ]


def _same(a, b) -> bool:
    return a == b or (pd.isna(a) and pd.isna(b)) if not isinstance(a, tuple) else a == b


def test_the_catalog_date_records_equal_the_frame_on_every_row(fresh):
    catalog = measures.measures()
    columns, rows = measure_dates._catalog_rows()
    assert columns == tuple(c for c in measure_dates._DATE_COLUMNS if c in catalog.columns)
    assert len(rows) == len(catalog)
    for kept, row in zip(rows, _frame_rows(catalog), strict=True):
        assert list(kept) == list(row)
        assert all(_same(kept[c], row[c]) for c in row), row["measure_id"]
    # a selection of the catalog's rows, in any order, reads the kept records themselves
    picked = catalog.iloc[[5, 0, 3]]
    assert measure_dates._date_rows(picked) == [rows[5], rows[0], rows[3]]
    assert all(
        a is b
        for a, b in zip(measure_dates._date_rows(picked), [rows[5], rows[0], rows[3]], strict=True)
    )


def test_a_frame_not_of_the_catalog_is_read_as_it_is(fresh):
    catalog = measures.measures()
    changed = catalog.iloc[[1, 2]].assign(measure_id=["made-up-1", "made-up-2"])
    read = measure_dates._date_rows(changed)
    assert [r["measure_id"] for r in read] == ["made-up-1", "made-up-2"]
    moved = catalog.iloc[[1]].set_axis([10**6])  # an index that is no catalog position
    assert measure_dates._date_rows(moved) == _frame_rows(moved)
    narrow = catalog[["measure_id", "announced"]].iloc[[0]]  # other columns
    assert measure_dates._date_rows(narrow) == _frame_rows(narrow)


def test_the_catalog_date_records_are_kept_and_read_again_after_clear_cache(fresh):
    first = measure_dates._catalog_rows()
    assert measure_dates._catalog_rows() is first  # a hit: the same records, not copied
    datasets.clear_cache()
    again = measure_dates._catalog_rows()
    assert again is not first  # a miss: read again
    assert [r["measure_id"] for r in again[1]] == [r["measure_id"] for r in first[1]]


def test_the_catalog_date_records_cannot_be_written(fresh):
    _, rows = measure_dates._catalog_rows()
    with pytest.raises(TypeError):
        rows[0]["announced"] = pd.Timestamp("2031-01-01")
    with pytest.raises(TypeError):
        rows[0] = {}  # type: ignore[index]
    assert isinstance(rows, tuple)


def test_the_catalog_date_records_follow_a_changed_catalog(fresh, monkeypatch, data_copy):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    mid = rows[0]["measure_id"]
    before = {r["measure_id"]: r for r in measure_dates._catalog_rows()[1]}[mid]["announced"]
    rows[0]["announced"] = "2001-02-03"
    _rewrite(table, rows)
    after = {r["measure_id"]: r for r in measure_dates._catalog_rows()[1]}[mid]["announced"]
    assert before != after == pd.Timestamp("2001-02-03")
