"""Scans kept per text and rows read as plain values (round 30, speed26): a clause's first
measure word (`claim_words.first_cue`), an article's date expressions (`date_patterns.scan`),
and the measures' statuses and suspensions on a day (`measures.status_on`,
`active_suspensions`). Each equals what the scan or the rows' Series give."""

from __future__ import annotations

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, date_patterns, name_spans
from analysis.article.text import Sentence
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
    claim_words.first_cue.cache_clear()
    for text in TEXTS:
        assert claim_words.first_cue(text) == claim_words.first_cue.__wrapped__(text)
    hits = claim_words.first_cue.cache_info().hits
    for text in TEXTS:
        assert claim_words.first_cue(text) == claim_words.first_cue.__wrapped__(text)
    assert claim_words.first_cue.cache_info().hits == hits + len(TEXTS)  # fails uncached
    assert claim_words.first_cue.cache_info().maxsize == claim_words.CUES_KEPT
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


def _status_by_rows(day, frame, rows):
    """`measures.status_on` as it read the table before round 30: one Series per row."""
    day = measures._date(day)
    status = pd.Series(MeasureStatus.IN_FORCE, index=rows.index, dtype="object")
    suspending = {
        mid: MeasureStatus.PARTLY_SUSPENDED
        if all(s["partial"] for s in by)
        else MeasureStatus.SUSPENDED
        for mid, by in _suspensions_by_rows(day, frame).items()
    }
    for i, m in rows.iterrows():
        if m["announced"] > day:
            status[i] = "not yet announced"
        elif pd.isna(m["effective"]):
            status[i] = MeasureStatus.EFFECTIVE_UNKNOWN
        elif day < m["effective"]:
            status[i] = MeasureStatus.NOT_YET_EFFECTIVE
        elif pd.notna(m["removed"]) and day >= m["removed"]:
            status[i] = "removed"
        elif m["measure_id"] in suspending:
            status[i] = suspending[m["measure_id"]]
    return status


def _suspensions_by_rows(day, frame):
    """`measures.active_suspensions` as it read the table before round 30."""
    day = measures._date(day)
    out = {}
    for _, s in frame.loc[frame["action"] == Action.SUSPENSION].iterrows():
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
    seen = set()
    for day in days[::2]:
        for rows in (None, some):
            got, want = (
                measures.status_on(day, frame, rows),
                _status_by_rows(day, frame, rows if rows is not None else frame),
            )
            pd.testing.assert_series_equal(got, want)
            seen.update(got)
        got, want = measures.active_suspensions(day, frame), _suspensions_by_rows(day, frame)
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
