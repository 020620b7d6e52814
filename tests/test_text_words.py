"""The words of sentence cutting live in data/lexicon/text_words.yaml:
checked when loaded (a bad entry is refused naming the file and the key), read once, only
when first used, and they decide what the code does."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from analysis.article import text
from analysis.data import lexicon
from analysis.errors import ProblemsError


def _load_edited(tmp_path, monkeypatch, edit):
    raw = yaml.safe_load(lexicon.path_of("text_words").read_text(encoding="utf-8"))
    edit(raw)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    (tmp_path / "text_words.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    lexicon.clear_cache()
    text._word_lists.cache_clear()


@pytest.fixture
def restore():
    yield
    lexicon.clear_cache()
    text._word_lists.cache_clear()


@pytest.mark.parametrize(
    ("key", "entry", "says"),
    [
        ("sentence_openers", "The Those", "should match pattern"),
        ("before_names", "mx", "not listed in abbreviations"),
    ],
)
def test_a_bad_entry_is_refused_naming_the_file_and_the_key(
    tmp_path, monkeypatch, restore, key, entry, says
):
    _load_edited(tmp_path, monkeypatch, lambda raw: raw[key].append(entry))
    with pytest.raises(ProblemsError) as err:
        lexicon.load("text_words")
    message = str(err.value) + " ".join(str(p) for p in err.value.problems)
    assert "text_words.yaml" in message and key in message and says in message, message


def test_a_missing_key_is_refused(tmp_path, monkeypatch, restore):
    _load_edited(tmp_path, monkeypatch, lambda raw: raw.pop("sentence_openers"))
    with pytest.raises(ProblemsError) as err:
        lexicon.load("text_words")
    assert "sentence_openers" in " ".join(str(p) for p in err.value.problems)


def test_the_sentence_openers_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    """A text is cut after "Corp." before "Those" because "Those" opens sentences; taken
    off the list, it no longer is."""
    made_up = "Shares of Widget Corp. Those gains faded by noon on the exchange."
    assert len(text.sentences(made_up)) == 2
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["sentence_openers"].remove("Those"))
    assert len(text.sentences(made_up)) == 1


def test_importing_the_readers_does_not_read_the_lexicon():
    """Import time of `workbook` stays flat: the file is read when a text is first cut."""
    code = (
        "from analysis.article import text\n"
        "from analysis.data import lexicon\n"
        "assert lexicon.load.cache_info().currsize == 0\n"
        "text.sentences('Mr. Li met Ms. Wu. They spoke.')\n"
        "assert lexicon.load.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
