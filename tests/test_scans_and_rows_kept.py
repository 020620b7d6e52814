"""Scans kept per text and rows read as plain values (round 30, speed26): a clause's first
measure word (`claim_words.first_cue`), an article's date expressions (`date_patterns.scan`),
and the measures' statuses and suspensions on a day (`measures.status_on`,
`active_suspensions`). Each equals what the scan or the rows' Series give. A kept scan
follows the lexicon it was made with (review of round 30): the first measure word is found
anew once `claim_words.patterns` is cleared, the runs of capitalised words once
`name_cues.cues` is; and what callers share of a kept scan is read-only."""

from __future__ import annotations

import dataclasses
import shutil

import pandas as pd
import pytest
from conftest import read_yaml, write_yaml

from analysis.analyses import measures
from analysis.article import claim_words, date_patterns, name_cues, name_spans
from analysis.article.text import Sentence
from analysis.data import cache, lexicon
from analysis.vocab import Action, MeasureStatus

# Made-up texts: measure words early, late and absent; dates of several kinds.
TEXTS = (
    "The ministry imposed export controls on gallium last week.",
    "Officials met on Tuesday and later announced a tariff on steel.",
    "The weather was mild and the river ran high.",
    "A ban on drones took effect on 3 March 2031, after talks in May 2030.",
    "",
)


def test_a_first_measure_word_is_kept_per_text_and_equals_the_scan_done_again():
    kept = claim_words._first_cue
    kept.cache_clear()
    for text in TEXTS:
        assert claim_words.first_cue(text) == kept.__wrapped__(text)
    hits = kept.cache_info().hits
    for text in TEXTS:
        assert claim_words.first_cue(text) == kept.__wrapped__(text)
    assert kept.cache_info().hits == hits + len(TEXTS)  # fails uncached
    assert kept.cache_info().maxsize == claim_words.CUES_KEPT
    assert claim_words.first_cue(TEXTS[2]) == len(TEXTS[2])
    assert claim_words.first_cue(TEXTS[0]) < len(TEXTS[0])


def test_a_texts_dates_are_scanned_once_and_each_caller_gets_a_list_of_its_own():
    date_patterns._scan.cache_clear()
    text = TEXTS[3]
    first = date_patterns.scan(text)
    assert first == list(date_patterns._scan.__wrapped__(text))
    assert {r.kind for r in first} >= {"month_year"}
    first.clear()  # a caller's change stays its own
    again = date_patterns.scan(text)
    assert again == list(date_patterns._scan.__wrapped__(text)) and again
    assert again is not first
    assert date_patterns._scan.cache_info().hits == 1  # fails when each call scans again
    assert date_patterns._scan.cache_info().maxsize == date_patterns.SCANS_KEPT
    # the kept expressions are shared: their groups cannot be changed through a caller
    with pytest.raises(TypeError):
        again[0].groups["year"] = "1999"  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        again[0].groups = {}  # type: ignore[misc]
    assert date_patterns.scan(text) == list(date_patterns._scan.__wrapped__(text))


def test_an_expressions_groups_are_a_copy_of_those_given():
    given = {"day": "3", "month": "March", "year": None}
    raw = date_patterns.Raw(0, 7, "dm", given)
    given["day"] = "4"  # the giver's dict changed afterwards
    assert raw.groups["day"] == "3" and dict(raw.groups) == {**given, "day": "3"}


def _series_by_row(rows):
    """Each row's Series, as `DataFrame.iterrows` makes them: made once per selection of the
    table, since every day of the test reads the same rows (round 32: made again for each of
    the 180-odd days, they were about three fifths of the test's CPU)."""
    return rows.index, [m for _, m in rows.iterrows()]


def _status_by_rows(day, by_row, suspensions):
    """`measures.status_on` as it read the table before round 30: one Series per row
    (`by_row`, of the rows asked about; `suspensions`, of the table's suspension rows)."""
    day = measures._date(day)
    suspending = {
        mid: MeasureStatus.PARTLY_SUSPENDED
        if all(s["partial"] for s in by)
        else MeasureStatus.SUSPENDED
        for mid, by in _suspensions_by_rows(day, suspensions).items()
    }
    index, series = by_row
    status = []
    for m in series:
        if m["announced"] > day:
            status.append("not yet announced")
        elif pd.isna(m["effective"]):
            status.append(MeasureStatus.EFFECTIVE_UNKNOWN)
        elif day < m["effective"]:
            status.append(MeasureStatus.NOT_YET_EFFECTIVE)
        elif pd.notna(m["removed"]) and day >= m["removed"]:
            status.append("removed")
        elif m["measure_id"] in suspending:
            status.append(suspending[m["measure_id"]])
        else:
            status.append(MeasureStatus.IN_FORCE)
    return pd.Series(status, index=index, dtype="object")


def _suspensions_by_rows(day, suspensions):
    """`measures.active_suspensions` as it read the table before round 30 (`suspensions`:
    `_series_by_row` of the table's suspension rows)."""
    day = measures._date(day)
    out = {}
    for s in suspensions[1]:
        if measures._applies(s, day) and s["suspends"]:
            for mid in str(s["suspends"]).split(";"):
                out.setdefault(mid, []).append(s)
    return out


def test_statuses_and_suspensions_from_column_values_equal_those_read_row_by_row():
    """(speed26) `status_on` and `active_suspensions` read the columns once as plain values:
    on every day a measure is announced, takes effect or ends, and the days around them,
    each status and each suspension row equals what the rows' Series gave."""
    frame = measures.measures()
    days = sorted(
        {
            d + pd.Timedelta(days=k)
            for c in ("announced", "effective", "removed")
            for d in frame[c].dropna()
            for k in (-1, 0, 1)
        }
    )
    assert len(days) > 100 and (frame["action"] == Action.SUSPENSION).any()
    some = frame.iloc[::3]
    whole, third = _series_by_row(frame), _series_by_row(some)
    suspensions = _series_by_row(frame.loc[frame["action"] == Action.SUSPENSION])
    seen = set()
    for day in days[::2]:
        for rows, by_row in ((None, whole), (some, third)):
            got, want = (
                measures.status_on(day, frame, rows),
                _status_by_rows(day, by_row, suspensions),
            )
            pd.testing.assert_series_equal(got, want)
            seen.update(got)
        got, want = measures.active_suspensions(day, frame), _suspensions_by_rows(day, suspensions)
        assert got.keys() == want.keys()
        for mid in want:
            assert len(got[mid]) == len(want[mid])
            for a, b in zip(got[mid], want[mid], strict=True):
                pd.testing.assert_series_equal(a, b)
    assert {"not yet announced", MeasureStatus.IN_FORCE, MeasureStatus.SUSPENDED} <= seen


def test_a_sentences_runs_of_capitalised_words_are_kept_and_each_caller_gets_its_own_list():
    """(speed26) `name_spans.spans` is read by the names and again by the lists of names."""
    text = "Officials at Borealis Lithium and the Ministry of Made-Up Affairs met on Monday."
    sent = Sentence(0, len(text), text, 0)
    name_spans._spans.cache_clear()
    first = name_spans.spans(text, sent)
    assert first == list(name_spans._spans.__wrapped__(text, sent))
    assert "Borealis Lithium" in [text[s.start : s.end] for s in first]
    first.clear()
    again = name_spans.spans(text, sent)
    assert again and again == list(name_spans._spans.__wrapped__(text, sent))
    assert name_spans._spans.cache_info().hits == 1  # fails when each call reads again
    assert name_spans._spans.cache_info().maxsize == name_spans.SPANS_KEPT


def _edited_lexicon(tmp_path, monkeypatch, name, edit) -> None:
    """The lexicon read from a copy of data/lexicon/ whose `name` file `edit` changed."""
    raw = read_yaml(lexicon.path_of(name))
    edit(raw)
    for other in lexicon.LEXICON_DIR.glob("*.yaml"):
        shutil.copy(other, tmp_path / other.name)
    write_yaml(tmp_path / f"{name}.yaml", raw)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.clear_cache()


@pytest.fixture
def lexicon_restored():
    yield
    lexicon.clear_cache()
    claim_words.words.cache_clear()
    claim_words.patterns.cache_clear()
    name_cues.cues.cache_clear()


def test_a_new_measure_word_is_found_in_a_text_already_scanned(
    tmp_path, monkeypatch, lexicon_restored
):
    """(review of round 30) A kernel or test that edits the lexicon and clears the claim
    words' patterns, not `first_cue`, gets the new word found in a text asked about before."""
    text = "Next spring the ministry will florbinate shipments of made-up ore."
    assert claim_words.first_cue(text) == len(text)  # kept: no measure word
    _edited_lexicon(
        tmp_path,
        monkeypatch,
        "claims",
        lambda raw: raw["measure_cues"]["ban"].append("florbinat\\w*"),
    )
    claim_words.words.cache_clear()
    claim_words.patterns.cache_clear()
    assert claim_words.first_cue(text) == text.index("florbinate")  # fails on the kept answer


def test_a_new_opener_is_trimmed_from_a_sentence_already_read(
    tmp_path, monkeypatch, lexicon_restored
):
    """(review of round 30) The runs of capitalised words follow `name_cues.cues`: a word
    made an opener after the sentence was read is trimmed from its run."""
    text = "Officials said Glimmerly Borealis Lithium would expand."
    sent = Sentence(0, len(text), text, 0)

    def names() -> list[str]:
        return [text[s.start : s.end] for s in name_spans.spans(text, sent)]

    assert "Glimmerly Borealis Lithium" in names()  # kept
    _edited_lexicon(
        tmp_path, monkeypatch, "name_cues", lambda raw: raw["openers"].append("Glimmerly")
    )
    name_cues.cues.cache_clear()
    assert "Borealis Lithium" in names() and "Glimmerly Borealis Lithium" not in names()


def test_a_tied_cache_keeps_results_while_its_source_is_the_same_object():
    """(review of round 31) `cache.tied`, the one tie of a per-text cache to the forms it
    was read with (`first_cue`, `name_spans.spans`, the tariff sides' two scans): a second
    call is a hit; the source made anew drops every kept result; the bound is kept."""
    made = [["form-a"]]
    calls: list[str] = []

    @cache.tied(lambda: made[0], 2)
    def scan(text: str) -> tuple[str, ...]:
        calls.append(text)
        return (*made[0], text)

    assert scan("x") == ("form-a", "x") and scan("x") == ("form-a", "x")
    assert calls == ["x"] and scan.cache_info().hits == 1
    made[0] = ["form-a"]  # equal, but made anew: another object
    assert scan("x") == ("form-a", "x") and calls == ["x", "x"]
    made[0] = ["form-b"]
    assert scan("x") == ("form-b", "x")
    assert scan.cache_info().maxsize == 2 and scan.__wrapped__("y") == ("form-b", "y")
    for module, name in ((claim_words, "_first_cue"), (name_spans, "_spans")):
        assert getattr(module, name).cache_info().maxsize  # each is a tied cache
