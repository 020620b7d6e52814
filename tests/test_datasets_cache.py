"""Tables loaded once per process, results computed from them kept while the files hold,
frames that callers cannot corrupt, and validated tables stored between processes."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest
import yaml

from analysis import paths
from analysis.analyses import concentration, measures
from analysis.data import cache, datasets

TABLE = "rare_earths_mine_production"


@pytest.fixture
def counted(monkeypatch):
    """How many times a table was read from its file and validated."""
    calls: list[str] = []
    real = datasets._read_and_validate

    def reading(res, csv_path, corrections_file):
        calls.append(res["name"])
        return real(res, csv_path, corrections_file)

    monkeypatch.setattr(datasets, "_read_and_validate", reading)
    monkeypatch.setenv(cache.CACHE_ENV, "off")  # every miss validates
    datasets.clear_cache()
    yield calls
    datasets.clear_cache()


def test_a_table_is_read_and_validated_once_per_process(counted):
    first = datasets.load(TABLE)
    for _ in range(5):
        again = datasets.load(TABLE)
    assert counted == [TABLE]
    assert again.equals(first) and again.attrs == first.attrs


def test_changing_a_returned_frame_does_not_change_the_next_one(counted):
    frame = datasets.load(TABLE)
    original = frame.copy(deep=True)
    frame.loc[frame.index[0], "value"] = -1.0
    frame["year"] = 0
    del frame["country"]
    frame.attrs["corrections"].append({"table": "made up"})
    frame.attrs["extra"] = True
    again = datasets.load(TABLE)
    assert again.equals(original)
    assert again.attrs == original.attrs
    values = again["year"].to_numpy()
    with contextlib.suppress(ValueError):  # read-only where it is a view
        values[0] = 5
    assert datasets.load(TABLE).equals(original)


def test_a_changed_file_is_read_again(counted, tmp_path):
    copy = tmp_path / f"{TABLE}.csv"
    shutil.copy(datasets.path_of(TABLE), copy)
    before = datasets.load(TABLE, copy)
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace(",240000,", ",250000,", 1), encoding="utf-8")
    after = datasets.load(TABLE, copy)
    assert counted == [TABLE, TABLE]
    assert (after["value"] == 250000).sum() == (before["value"] == 250000).sum() + 1


def test_a_changed_corrections_file_is_read_again(counted, tmp_path):
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text("corrections: []\n", encoding="utf-8")
    assert datasets.load(TABLE, corrections_file=fixes).attrs["corrections"] == []
    row = datasets.load(TABLE).query("country == 'Burma' and year == 2022").iloc[0]
    key = {"country": "Burma", "year": 2022, "source_edition": row["source_edition"]}
    change = {"column": "value", "old": float(row["value"]), "new": float(row["value"]) + 1}
    entry = {"table": TABLE, "key": key, **change, "reason": "a test", "source": "a test"}
    fixes.write_text(yaml.safe_dump({"corrections": [entry]}), encoding="utf-8")
    corrected = datasets.load(TABLE, corrections_file=fixes)
    assert [c["new"] for c in corrected.attrs["corrections"]] == [row["value"] + 1]
    assert counted.count(TABLE) == 3  # default file, empty file, changed file


def test_clear_cache_forgets_every_table(counted):
    datasets.load(TABLE)
    datasets.clear_cache()
    datasets.load(TABLE)
    assert counted == [TABLE, TABLE]


def test_results_computed_from_tables_are_kept_while_their_files_hold(counted, data_copy):
    first = measures.measures()
    assert measures.measures().equals(first)
    assert counted.count(measures.TABLE) == 1, "computed once, from one load"
    loads = len(counted)
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # the last measure removed
    os.utime(table, ns=(0, 0))  # a different modification time, whatever the clock's grain
    assert len(measures.measures()) == len(first) - 1
    assert counted[loads:].count(measures.TABLE) == 1, "computed again from the changed file"


def test_kept_results_are_handed_out_as_copies(counted):
    names = concentration.commodities()
    names.append("unobtainium")
    entry = concentration.series_for("gallium")
    assert "unobtainium" not in concentration.commodities()
    frame = concentration.catalog()
    frame.loc[0, "commodity"] = "changed"
    assert concentration.catalog().loc[0, "commodity"] != "changed"
    assert concentration.series_for("gallium") == entry


def test_a_kept_table_is_still_announced_as_read(counted):
    heard: list[str] = []
    datasets.load(TABLE)  # kept from now on

    def hook(event, args):
        if event == cache.READ_EVENT:
            heard.append(args[0])

    sys.addaudithook(hook)  # stays for the session: it only appends to this list
    datasets.load(TABLE)
    concentration.catalog()
    heard_now = set(heard)
    heard.clear()
    assert str(datasets.path_of(TABLE)) in heard_now
    assert str(paths.DATAPACKAGE) in heard_now
    assert str(paths.DATA_DIR / "corrections.yaml") in heard_now
    assert {str(datasets.path_of(t)) for t in concentration.PRODUCTION_TABLES} <= heard_now


@pytest.mark.process
def test_validated_tables_are_stored_for_the_next_process(tmp_path, counted):
    store = tmp_path / "store"
    env = {**os.environ, cache.CACHE_ENV: str(store)}
    code = (
        "import sys; from analysis.data import datasets\n"
        "calls = []\n"
        "real = datasets._read_and_validate\n"
        "datasets._read_and_validate = lambda *a: calls.append(1) or real(*a)\n"
        f"frame = datasets.load({TABLE!r})\n"
        "print(len(calls), len(frame), 'pandera' in ' '.join(sys.modules))\n"
    )
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    rows = len(datasets.load(TABLE))
    assert first.stdout.split() == ["1", str(rows), "True"]
    assert second.stdout.split() == ["0", str(rows), "False"], "stored: not validated again"
    tables = [p for p in store.glob("*.pickle") if not p.name.startswith("file-")]  # lexicons
    assert len(tables) == 1


def test_the_store_turned_off_is_neither_read_nor_written(tmp_path, monkeypatch, counted):
    """`WORKBOOK_CACHE_DIR=off` (read at each load, as a new process reads it): a load
    validates with a full store at hand, and stores nothing, neither in that store nor in
    the default one (the repository's `.cache/tables`, here under a made-up root)."""
    store = tmp_path / "store"
    monkeypatch.setenv(cache.CACHE_ENV, str(store))
    datasets.load(TABLE)
    kept = {p.name: p.stat().st_mtime_ns for p in store.iterdir()}
    assert counted == [TABLE] and kept
    monkeypatch.setattr(paths, "ROOT", tmp_path / "root")  # where the default store would be
    for off in ("off", "OFF"):
        monkeypatch.setenv(cache.CACHE_ENV, off)
        datasets.clear_cache()
        assert len(datasets.load(TABLE)) > 0
    assert counted == [TABLE, TABLE, TABLE], "validated: the store was not read"
    assert {p.name: p.stat().st_mtime_ns for p in store.iterdir()} == kept
    assert not (tmp_path / "root").exists(), "nothing stored in the default folder"


def test_a_stored_table_is_not_used_once_the_file_changed(tmp_path, monkeypatch, counted):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "store"))
    copy = tmp_path / f"{TABLE}.csv"
    shutil.copy(datasets.path_of(TABLE), copy)
    datasets.load(TABLE, copy)
    datasets.clear_cache()
    datasets.load(TABLE, copy)
    assert counted == [TABLE], "the second process-cold load came from the store"
    copy.write_text(copy.read_text(encoding="utf-8").replace(",240000,", ",250000,", 1))
    datasets.clear_cache()
    changed = datasets.load(TABLE, copy)
    assert counted == [TABLE, TABLE]
    assert (changed["value"] == 250000).any()


def test_a_broken_store_entry_is_ignored(tmp_path, monkeypatch, counted):
    store = tmp_path / "store"
    monkeypatch.setenv(cache.CACHE_ENV, str(store))
    datasets.load(TABLE)
    (entry,) = store.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    datasets.clear_cache()
    assert len(datasets.load(TABLE)) > 0
    assert counted == [TABLE, TABLE]


def test_a_table_is_validated_again_when_a_file_its_checks_read_changes(counted, data_copy):
    # rare earths production checks its country codes against the country aliases
    datasets.load("rare_earths_mine_production")
    aliases = data_copy / "lexicon" / "country_aliases.yaml"
    assert aliases in datasets._checked_against(datasets.resource("rare_earths_mine_production"))
    aliases.write_text(aliases.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    os.utime(aliases, ns=(0, 0))
    datasets.load("rare_earths_mine_production")
    assert counted.count("rare_earths_mine_production") == 2


def test_derived_results_are_stored_for_the_next_process_while_their_files_hold(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "store"))
    source = tmp_path / "numbers.txt"
    source.write_text("1 2 3")
    computed = []

    @cache.derived
    def total(path: str) -> int:
        text = cache.remember(("read", path), lambda: source.read_text(), files=[path])
        computed.append(path)
        return sum(int(x) for x in text.split())

    assert total(str(source)) == 6
    cache.clear()  # as a new process: nothing in memory, the store on disk
    assert total(str(source)) == 6 and len(computed) == 1
    source.write_text("4 5 6")  # same size, other bytes
    cache.clear()
    assert total(str(source)) == 15 and len(computed) == 2


def test_the_store_keeps_only_the_newest_values(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(cache, "KEEP_STORED", 3)
    for n in range(5):
        cache.store(f"value-{n}", n)
        os.utime(tmp_path / f"value-{n}.pickle", ns=(n * 10**9, n * 10**9))  # oldest first
    (tmp_path / "notes.txt").write_text("not a stored value")
    cache.store("value-5", 5)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.txt",
        "value-3.pickle",
        "value-4.pickle",
        "value-5.pickle",
    ]
    assert [cache.stored(f"value-{n}") for n in range(6)] == [None, None, None, 3, 4, 5]


def test_kept_lookups_are_computed_once_while_their_files_hold_and_not_stored(
    tmp_path, monkeypatch
):
    store = tmp_path / "store"
    monkeypatch.setenv(cache.CACHE_ENV, str(store))
    source = tmp_path / "numbers.txt"
    source.write_text("1 2 3")
    computed = []

    @cache.kept
    def numbers(path: str) -> list[int]:
        text = cache.remember(("read", path), lambda: source.read_text(), files=[path])
        computed.append(path)
        return [int(x) for x in text.split()]

    first = numbers(str(source))
    first.append(99)  # a list is handed out as a copy
    assert numbers(str(source)) == [1, 2, 3] and len(computed) == 1
    source.write_text("4 5 6 7")
    assert numbers(str(source)) == [4, 5, 6, 7] and len(computed) == 2
    assert not store.exists() or not any(store.iterdir()), "kept in this process only"


def test_the_goods_the_measures_name_follow_the_measures_table(counted, data_copy):
    named = measures.goods_named()
    assert named == {g for own in measures.measures()["goods"] for g in own}
    assert measures.first_announced() == measures.measures()["announced"].min().date()
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines[1:] if "semiconductor" not in line]  # some goods left out
    table.write_text("".join(lines[:1] + kept), encoding="utf-8")
    os.utime(table, ns=(0, 0))
    left = measures.measures()
    assert len(left) < len(lines) - 1
    assert measures.goods_named() == {g for own in left["goods"] for g in own} != named
    assert measures.first_announced() == left["announced"].min().date()


def test_only_values_nothing_can_change_are_handed_out_uncopied(tmp_path):
    plain = (("a", 1, None), frozenset({"x"}), dt.date(2024, 1, 2))
    assert cache.handout(plain) is plain
    holding = (("a", ["changeable"]),)
    copied = cache.handout(holding)
    assert copied == holding and copied[0][1] is not holding[0][1]
    read = tmp_path / "read.txt"  # a value is kept only tied to a file (review of round 33)
    read.write_text("x")
    cache.remember(("made up", "plain"), lambda: plain, [read])
    assert cache.remember(("made up", "plain"), lambda: None, [read]) is plain
    cache.remember(("made up", "holding"), lambda: holding, [read])
    kept = cache.remember(("made up", "holding"), lambda: None, [read])
    assert kept == holding and kept[0][1] is not holding[0][1]


def test_frozen_dataclasses_of_plain_values_are_handed_out_uncopied():
    cited = datasets.Source("t", "title", "publisher", "citation", "", (3, 4))
    assert cache.handout((cited,))[0] is cited
    holding = datasets.Source("t", "title", "publisher", "citation", "", ([3],))  # type: ignore[arg-type]
    assert cache.handout(holding) is not holding


def test_citations_of_rows_are_kept_in_memory_not_stored(tmp_path, monkeypatch):
    """One value per set of rows cited would fill the store and push the costly results
    (the measures catalog) out of it: citations are computed again in a new process."""
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    datasets.clear_cache()
    datasets.load(TABLE)  # the table itself is stored
    before = sorted(p.name for p in tmp_path.iterdir())
    first = datasets.sources(TABLE, [2, 3])
    again = datasets.sources(TABLE, [3, 2])
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert first == again and first is not again and isinstance(first, list)
    assert first == datasets.sources(TABLE, datasets.load(TABLE).loc[[2, 3]])
    datasets.clear_cache()


def test_the_measures_selectors_follow_the_table_row_by_row(counted):
    table = measures.measures()
    rows = measures.selectors()
    assert len(rows) == len(table)
    assert [r[1:] for r in rows] == list(
        zip(
            table["implementing_iso3"],
            table["restricts"],
            table["strength"],
            table["measure_type"],
            strict=True,
        )
    )
    assert [r[0] for r in rows] == [None if pd.isna(a) else a for a in table["announced"]]


def test_a_kept_value_checks_each_of_its_files_once_per_call(tmp_path, monkeypatch):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("1")
    second.write_text("2")
    asked: list[str] = []
    real = cache.signature

    def counting(path):
        asked.append(os.path.basename(path))
        return real(path)

    both = ("made up", "both", str(tmp_path))
    one = ("made up", "one", str(tmp_path))
    cache.remember(both, lambda: first.read_text() + second.read_text(), [first, second])
    cache.remember(one, lambda: first.read_text(), [first])
    monkeypatch.setattr(cache, "signature", counting)
    assert cache.remember(both, lambda: "computed again", [first, second]) == "12"
    assert sorted(asked) == ["first.txt", "second.txt"], "each file once for a hit"
    asked.clear()
    # inside one outer computation, the files two kept values share are asked about once
    outer = ("made up", "outer", str(tmp_path))
    pair = cache.remember(outer, lambda: (cache.remember(both, str), cache.remember(one, str)))
    assert pair == ("12", "1")
    assert sorted(asked) == ["first.txt", "second.txt"]
    first.write_text("3")
    os.utime(first, ns=(0, 0))
    assert cache.remember(one, lambda: first.read_text(), [first]) == "3", "a changed file"
    assert cache.remember(both, lambda: first.read_text() + second.read_text()) == "32"


def test_a_kept_value_asked_for_with_a_file_it_never_read_is_computed_again(tmp_path):
    first, extra = tmp_path / "first.txt", tmp_path / "extra.txt"
    first.write_text("1")
    extra.write_text("x")
    key = ("made up", "extra", str(tmp_path))
    assert cache.remember(key, lambda: first.read_text(), [first]) == "1"
    # the file named now is not among those the kept value came from: no hit
    both = cache.remember(key, lambda: first.read_text() + extra.read_text(), [first, extra])
    assert both == "1x"
    extra.write_text("y")
    os.utime(extra, ns=(0, 0))
    again = cache.remember(key, lambda: first.read_text() + extra.read_text(), [first, extra])
    assert again == "1y", "a change of the file named later is seen"


def test_the_members_of_a_group_follow_the_commodities_table(counted, data_copy):
    from analysis.data import goods

    assert "promethium" in goods.members(goods.RARE_EARTHS)
    loads = len(counted)
    with pytest.MonkeyPatch.context() as patch:  # kept: the table is not asked for again
        patch.setattr(datasets, "load", lambda *a, **k: pytest.fail("loaded again"))
        assert "promethium" in goods.members(goods.RARE_EARTHS)
    assert len(counted) == loads
    table = data_copy / "sources" / "commodities.csv"
    text = table.read_text(encoding="utf-8")
    old = "promethium,Promethium,Pm,rare_earths,true,"
    table.write_text(text.replace(old, old.replace(",true,", ",false,")), encoding="utf-8")
    os.utime(table, ns=(0, 0))
    assert "promethium" not in goods.members(goods.RARE_EARTHS)


def test_within_looked_at_once_a_file_is_looked_at_once_and_a_change_seen_after(
    tmp_path, monkeypatch
):
    source = tmp_path / "source.txt"
    source.write_text("1")
    key = ("made up", "looked at once", str(tmp_path))
    cache.remember(key, source.read_text, [source])
    asked: list[str] = []
    real = cache.signature
    monkeypatch.setattr(cache, "signature", lambda path: asked.append(path) or real(path))
    with cache.looked_at_once():
        assert [cache.remember(key, str, [source]) for _ in range(3)] == ["1"] * 3
        assert len(asked) == 1, "one look for three hits"
    source.write_text("22")
    os.utime(source, ns=(0, 0))
    assert cache.remember(key, source.read_text, [source]) == "22", "seen after it ends"
