"""Scans of a text kept per text (round 30, speed26): a clause's first measure word
(`claim_words.first_cue`) and an article's date expressions (`date_patterns.scan`). Each
kept answer equals the scan done again, and a scan's list is the caller's own."""

from __future__ import annotations

from analysis.article import claim_words, date_patterns

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
