"""The words of sentence cutting and of dates' tense live in data/lexicon/text_words.yaml:
checked when loaded (a bad entry is refused naming the file and the key), read once, only
when first used, and they decide what the code does."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import read_yaml, write_yaml

from analysis.article import date_patterns, text
from analysis.data import lexicon
from analysis.errors import ProblemsError


def _load_edited(tmp_path, monkeypatch, edit, name="text_words"):
    raw = read_yaml(lexicon.path_of(name))
    edit(raw)
    for other in lexicon.LEXICON_DIR.glob("*.yaml"):  # the others as they are
        shutil.copy(other, tmp_path / other.name)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    write_yaml(tmp_path / f"{name}.yaml", raw)
    lexicon.clear_cache()
    text._word_lists.cache_clear()
    text.word_list.cache_clear()
    text.any_of.cache_clear()
    date_patterns._compiled.cache_clear()


@pytest.fixture
def restore():
    yield
    lexicon.clear_cache()
    text._word_lists.cache_clear()
    text.word_list.cache_clear()
    text.any_of.cache_clear()
    date_patterns._compiled.cache_clear()


@pytest.mark.parametrize(
    ("key", "entry", "says"),
    [
        ("past_words", "sign(?:ed", "is not a regular expression"),
        ("future_words", " ", "empty pattern"),
        ("sentence_openers", "The Those", "should match pattern"),
        ("before_names", "mx", "not listed in abbreviations"),
        ("past_words", "was", "more than once"),
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
    _load_edited(tmp_path, monkeypatch, lambda raw: raw.pop("span_ends"))
    with pytest.raises(ProblemsError) as err:
        lexicon.load("text_words")
    assert "span_ends" in " ".join(str(p) for p in err.value.problems)


def test_the_sentence_openers_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    """A text is cut after "Corp." before "Those" because "Those" opens sentences; taken
    off the list, it no longer is."""
    made_up = "Shares of Widget Corp. Those gains faded by noon on the exchange."
    assert len(text.sentences(made_up)) == 2
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["sentence_openers"].remove("Those"))
    assert len(text.sentences(made_up)) == 1


def test_the_tense_words_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    made_up = "The ministry mooted a levy on Tuesday."
    assert date_patterns.tense_of(made_up) == ""
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["past_words"].append("mooted"))
    assert date_patterns.tense_of(made_up) == "past"
    assert date_patterns.PAST.search(made_up)


def test_the_took_effect_words_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    assert date_patterns.TOOK_EFFECT_ON.search("The curbs came into force on ")
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["in_effect_nouns"].remove("force"))
    assert not date_patterns.TOOK_EFFECT_ON.search("The curbs came into force on ")


def test_an_unknown_pattern_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="NOT_A_PATTERN"):
        date_patterns.NOT_A_PATTERN  # noqa: B018


def test_importing_the_readers_does_not_read_the_lexicon():
    """Import time of `workbook check` stays flat: the file is read when a text is first
    cut, not when the fact-check is imported (a `from date_patterns import ...` asks the
    module for `__path__`, which must not compile the patterns)."""
    code = (
        "from analysis.evidence import factcheck, render\n"
        "from analysis.article import claim_words, date_patterns, text\n"
        "from analysis.data import lexicon\n"
        "before = lexicon.load.cache_info().currsize\n"
        "lexicon.load('text_words')\n"
        "assert lexicon.load.cache_info().currsize == before + 1, 'read at import'\n"
        "text.sentences('Mr. Li met Ms. Wu. They spoke.')\n"
        "assert date_patterns.tense_of('They met.') == 'past'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_english_function_words_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    from analysis.article import document

    made_up = " ".join(["the tariff of the year and the mine"] * 4)
    share = document.english_share(made_up)
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["english_function_words"].remove("the"))
    assert document.english_share(made_up) < share


def test_the_role_stop_words_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    from analysis.article import entity_roles

    assert entity_roles.role_keys("the acting trade minister")[0] == {"trade", "minister"}
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["role_stop_words"].remove("acting"))
    assert entity_roles.role_keys("the acting trade minister")[0] == {"acting", "trade", "minister"}


def test_the_claim_cues_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    """`any_of` compiles a pattern list of the file: a made-up opinion word added to
    `opinion_words` becomes a cue; "may" stays lower case only."""
    assert not text.any_of("opinion_words").search("Tariffs are surely here to stay.")
    assert not text.any_of("opinion_words").search("May 2 was the day.")
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["opinion_words"].append("surely"))
    assert text.any_of("opinion_words").search("Tariffs are surely here to stay.")


def test_the_anaphora_heads_come_from_the_lexicon(tmp_path, monkeypatch, restore):
    """After a named list, "These restrictions" take its name while "restrictions" is an
    `anaphora_heads` word; taken off the list, they stay generic."""
    from analysis.article import entities

    made_up = "Ruritania put the firm on the Entity List on Monday. These restrictions bite."

    def restrictions() -> str:
        found, _, _ = entities.find(made_up, text.sentences(made_up))
        return next(e.canonical for e in found if made_up[e.start : e.end] == "restrictions")

    assert restrictions() == "Entity List"
    _load_edited(tmp_path, monkeypatch, lambda raw: raw["anaphora_heads"].remove("restrictions"))
    assert restrictions() != "Entity List"


# Keys of every age: "probes" was in the old explicit list of checked keys, the other three
# were missing from it (every list of claims.yaml is now checked).
@pytest.mark.parametrize(
    "key", ["probes", "given_measure_subject", "presupposed_measure", "imposition_verbs"]
)
def test_a_bad_claim_words_pattern_is_refused_naming_the_file_and_the_key(
    tmp_path, monkeypatch, restore, key
):
    """claims.yaml's word and pattern lists are checked as text_words.yaml's are (one
    check, `text_words.patterns_compile`): a pattern that does not compile is a refusal
    naming the file and the key, not a bare regular-expression error at its first use."""
    _load_edited(tmp_path, monkeypatch, lambda raw: raw[key].append("inv(?:ed"), "claims")
    with pytest.raises(ProblemsError) as err:
        lexicon.load("claims")
    message = str(err.value) + " ".join(str(p) for p in err.value.problems)
    assert "claims.yaml" in message and key in message, message
    assert "is not a regular expression" in message, message
