"""Lexicons are stored between processes (`cache.through_file`): a later process reads
the validated lexicon instead of parsing and checking the YAML again (every pattern entry
compiled one by one), and a changed file is read and checked again, never the stored one."""

from __future__ import annotations

import shutil

import pytest
from conftest import read_yaml, write_yaml

from analysis.data import cache, lexicon
from analysis.errors import ProblemsError


@pytest.fixture
def lexicons(tmp_path, monkeypatch):
    """The lexicons copied to a folder of their own, with a store of their own."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for found in lexicon.LEXICON_DIR.glob("*.yaml"):
        shutil.copy(found, folder / found.name)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "store"))
    lexicon.clear_cache()
    yield folder
    lexicon.clear_cache()


def _refuse_checking(monkeypatch):
    def refused(name):
        raise AssertionError(f"lexicon {name!r} read and checked again")

    monkeypatch.setattr(lexicon, "_read", refused)


def test_a_later_process_reads_the_stored_lexicon(lexicons, monkeypatch):
    first = lexicon.load("text_words")
    lexicon.clear_cache()  # as in a new process
    _refuse_checking(monkeypatch)
    assert lexicon.load("text_words") == first


def test_a_changed_file_is_read_and_checked_again(lexicons, monkeypatch):
    lexicon.load("text_words")
    path = lexicons / "text_words.yaml"
    raw = read_yaml(path)
    raw["said_words"] = [*raw["said_words"], "(unclosed"]
    write_yaml(path, raw)
    lexicon.clear_cache()
    with pytest.raises(ProblemsError) as caught:
        lexicon.load("text_words")
    assert "said_words" in str(caught.value.problems)


def test_nothing_is_stored_when_the_store_is_off(lexicons, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    first = lexicon.load("claims")
    lexicon.clear_cache()
    calls = []
    read = lexicon._read
    monkeypatch.setattr(lexicon, "_read", lambda name: calls.append(name) or read(name))
    assert lexicon.load("claims") == first
    assert calls == ["claims"]
