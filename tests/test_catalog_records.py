"""The plain records the per-claim selections read instead of the tables (round 29,
speed23): lent lookups, citations from records, a president's terms and the patterns
compiled once per phrase. Each equals what the frame gives, and follows a changed file."""

from __future__ import annotations

import csv
import os
import random

import pandas as pd
import pytest

from analysis.analyses import measures
from analysis.article import entity_scoring, quantities
from analysis.data import cache, citing, datasets
from analysis.evidence import catalog_scope, measure_candidates, measure_naming


@pytest.fixture
def fresh():
    """Every table and everything computed from tables forgotten in this process, before and
    after: the records are computed again; a table may come back from the session's store
    (the validated frame of the same file: its name, size and modification time)."""
    datasets.clear_cache()
    yield
    datasets.clear_cache()


@pytest.fixture
def unstored(fresh, monkeypatch):
    """`fresh`, and nothing from the store: for the tests that rewrite a table within its
    size and set its modification time back (a stored frame of another test's rewrite, of
    the same size and time, would be taken for it)."""
    monkeypatch.setenv(cache.CACHE_ENV, "off")


def test_a_lent_lookup_is_handed_out_itself_and_computed_again_when_its_file_changes(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "store"))
    source = tmp_path / "words.txt"
    source.write_text("a b")
    computed = []

    @cache.lent
    def words(path: str) -> dict[str, int]:
        text = cache.remember(("read", path), lambda: source.read_text(), files=[path])
        computed.append(path)
        return {w: i for i, w in enumerate(text.split())}

    first = words(str(source))
    assert words(str(source)) is first and len(computed) == 1  # not copied, not computed
    source.write_text("c d e")
    os.utime(source, ns=(0, 0))
    assert words(str(source)) == {"c": 0, "d": 1, "e": 2} and len(computed) == 2
    assert not (tmp_path / "store").exists(), "kept in this process only"


def test_a_lent_lookup_of_arguments_that_cannot_be_hashed_is_computed_not_kept():
    # As `kept` and `derived` (review of round 29): a list argument is not a key.
    calls = []

    @cache.lent
    def first_word(words: list[str]) -> str:
        calls.append(1)
        return words[0]

    assert first_word(["made", "up"]) == first_word(["made", "up"]) == "made"
    assert len(calls) == 2


def test_the_lent_citing_records_cannot_be_changed_by_a_caller(fresh):
    # Lent uncopied, so read-only (review of round 29): a caller's write would change every
    # later citation of the table in this process.
    _, by_line = datasets._records(measures.TABLE)
    with pytest.raises(TypeError):
        by_line[next(iter(by_line))] = ("made-up edition", "https://example.org/x")
    assert not hasattr(datasets, "records")


def test_the_frame_and_the_records_cite_through_one_builder(fresh, monkeypatch):
    # Review of round 29: `datasets.sources` of a frame's rows and of
    # line numbers build each citation (DOI, URL, row URL, citation) through `citing.source`.
    built = []
    own = citing.source

    def source(*args):
        built.append(args[0])
        return own(*args)

    monkeypatch.setattr(citing, "source", source)
    first = int(datasets.load(measures.TABLE).index[0])
    from_records = datasets._sources_from_records(measures.TABLE, (first,))
    assert _frame_sources(measures.TABLE, (first,)) == from_records
    assert built == [measures.TABLE, measures.TABLE]


def test_the_measure_types_by_id_follow_a_changed_catalog(unstored, data_copy):
    # `_types_by_id` is lent (`cache.lent`), not kept for the process (`functools.cache`):
    # a changed catalog is read again (review of round 29).
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    first = rows[0]["measure_id"]
    other = next(r["measure_type"] for r in rows if r["measure_type"] != rows[0]["measure_type"])
    assert measure_candidates._types_by_id()[first] == rows[0]["measure_type"]
    rows[0]["measure_type"] = other
    with table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    os.utime(table, ns=(0, 0))
    assert measure_candidates._types_by_id()[first] == other


def _frame_sources(name: str, lines: tuple[int, ...]) -> tuple[datasets.Source, ...]:
    return tuple(datasets.sources(name, datasets.load(name).loc[list(lines)]))


def test_the_citing_records_equal_the_table_row_by_row(fresh):
    for name in datasets.names():
        table, res = datasets.load(name), datasets.resource(name)
        column, by_line = datasets._records(name)
        assert column == citing.citing_column(res)
        assert list(by_line) == [int(i) for i in table.index]
        if column is None:
            continue
        url_column = res.get("source_url_column", column)
        for (line, (value, ref)), (_, row) in zip(by_line.items(), table.iterrows(), strict=True):
            assert (value, ref) == (row[column], row[url_column]) or (
                pd.isna(value) and pd.isna(row[column])
            ), (name, line)


def test_citations_of_rows_from_records_equal_those_of_the_frame(fresh):
    picks = random.Random(29)
    for name in datasets.names():
        lines = [int(i) for i in datasets.load(name).index]
        chosen = [tuple(lines), (lines[0],), (lines[-1],)]
        chosen += [tuple(sorted(picks.sample(lines, min(k, len(lines))))) for k in (2, 3, 7)]
        for rows in chosen:
            from_records = datasets._sources_from_records(name, rows)
            assert from_records == _frame_sources(name, rows), (name, rows)
    with pytest.raises(KeyError):  # a line not in the table, as `.loc` raises
        datasets._sources_from_records("measures", (10**6,))


def test_citations_from_records_follow_a_changed_table(unstored, data_copy):
    first = int(datasets.load(measures.TABLE).index[0])
    (before,) = datasets.sources(measures.TABLE, [first])
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    text = table.read_text(encoding="utf-8")
    url = str(datasets.load(measures.TABLE).loc[first, "source_urls"]).split(" ")[0]
    table.write_text(text.replace(url, "https://example.org/made-up-notice", 1), encoding="utf-8")
    os.utime(table, ns=(0, 0))
    (after,) = datasets.sources(measures.TABLE, [first])
    assert before.url == url and after.url == "https://example.org/made-up-notice"
    assert (after,) == _frame_sources(measures.TABLE, (first,))


def _in_term_by_frame(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """`in_term` as the frame computed it before the terms were kept (round 28)."""
    people = datasets.load("officials")
    terms = people.loc[
        (people["role_keywords"] == "president")
        & people["aliases"].fillna("").str.split(";").apply(lambda a: name in a)
    ]
    if terms.empty:
        return table
    announced = pd.to_datetime(table["announced"])
    keep = pd.Series(False, index=table.index)
    for start, end in zip(terms["start"], terms["end"], strict=True):
        after = announced >= pd.Timestamp(str(start)) if pd.notna(start) else True
        before = announced < pd.Timestamp(str(end)) if pd.notna(end) and str(end) else True
        keep |= after & before
    return table.loc[keep]


def test_an_administration_s_measures_are_those_the_frame_picks(fresh):
    catalog = measures.measures()
    for name in ("Biden", "Trump", "Xi", "Nobody Made-Up"):
        mine = catalog_scope.in_term(catalog, f"{name} administration")
        assert mine.equals(_in_term_by_frame(catalog, name)), name
    assert len(catalog_scope.in_term(catalog, "Biden administration")) < len(catalog)
    assert catalog_scope.in_term(catalog, "Commerce") is catalog  # no administration


def test_a_president_s_terms_follow_the_officials_table(unstored, data_copy):
    catalog = measures.measures()
    biden = catalog_scope.president_terms("Biden")
    assert [end for _, end in biden] == [pd.Timestamp("2025-01-20")]
    table = data_copy / "sources" / "officials.csv"
    text = table.read_text(encoding="utf-8")
    term = ",president,Executive Office of the President,2021-01-20,2025-01-20"
    assert text.count(term) == 1  # Biden's row (a made-up end below)
    table.write_text(text.replace(term, term.replace("2025-01-20", "2023-01-20")), "utf-8")
    os.utime(table, ns=(0, 0))
    assert [end for _, end in catalog_scope.president_terms("Biden")] == [
        pd.Timestamp("2023-01-20")
    ]
    shorter = catalog_scope.in_term(catalog, "Biden administration")
    assert shorter.equals(_in_term_by_frame(catalog, "Biden"))
    assert (pd.to_datetime(shorter["announced"]) < pd.Timestamp("2023-01-20")).all()


def test_a_relaxation_of_tariffs_is_read_the_same_from_a_row_or_its_values(fresh):
    for _, row in measures.measures().iterrows():
        plain = {"measure_type": row["measure_type"], "suspends": row["suspends"]}
        by_id = measures.measures().set_index("measure_id")["measure_type"]
        expected = row["measure_type"] == "tariff_reduction" or any(
            by_id.get(i) == "tariff" for i in str(row["suspends"] or "").split(";")
        )
        assert (
            measure_candidates._eases_tariffs(plain)
            == measure_candidates._eases_tariffs(row)
            == expected
        )


def test_a_phrase_s_pattern_is_compiled_once_and_matches_whole_words():
    assert quantities.whole_word("a few") is quantities.whole_word("a few")
    assert quantities.whole_word("a few").search("only a few firms")
    assert not quantities.whole_word("a few").search("a fewer firms")
    assert entity_scoring.occurrences("The US and U.S. use", "US") == [(4, 6)]
    assert entity_scoring.occurrences("Acme and ACME", "acme") == [(0, 4), (9, 13)]
    assert entity_scoring._as_word("Acme") is entity_scoring._as_word("Acme")


def test_the_title_word_patterns_kept_are_bounded():
    # Every capitalised word of every measure claim is compiled through `_pattern`: the
    # kept patterns are bounded (review of round 29), the oldest dropped.
    assert measure_naming._pattern.cache_info().maxsize == measure_naming.PATTERNS_KEPT
    for i in range(measure_naming.PATTERNS_KEPT + 5):
        assert measure_naming._pattern((f"Madeup{i}",)).search(f"a Madeup{i} rule")
    assert measure_naming._pattern.cache_info().currsize == measure_naming.PATTERNS_KEPT
