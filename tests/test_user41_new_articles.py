"""Faults found reading four new articles as a user would (round 41, branch user41), on
made-up sentences dated as an article of that day would be: a weekday right after a saying
named by its noun ("according to an announcement Thursday") is the day of that saying,
before the article, even in a clause told in the future."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article, first_verdict_with

from analysis.article import claim_words, document
from analysis.findings import brief
from analysis.vocab import Label

# 15 August 2024 was a Thursday; the article is of that day.
_THURSDAY = "2024-08-15"


def _day(sentence: str, words: str) -> dt.date | None:
    """The day the reader resolves for the date `words` of `sentence`, in an article of
    `_THURSDAY`."""
    doc = document.from_text(sentence, {"headline": "", "published": _THURSDAY})
    return next(d.start for d in doc.dates if d.text == words)


def test_a_weekday_after_a_named_saying_is_the_sayings_day():
    told = "China will restrict exports of gallium from October 1, according to an announcement"
    assert _day(f"{told} Thursday.", "Thursday") == dt.date(2024, 8, 15)
    assert _day(f"{told} on Monday.", "Monday") == dt.date(2024, 8, 12)
    stated = "China will impose controls on gallium, the ministry said in a statement on Monday."
    assert _day(stated, "Monday") == dt.date(2024, 8, 12)


def test_a_weekday_of_the_measure_itself_keeps_the_clauses_tense():
    # controls: the day a measure starts, a future meeting, a future saying not yet given
    assert _day("China will restrict exports of gallium from Monday.", "Monday") == dt.date(
        2024, 8, 19
    )
    vote = "The committee will vote on the export controls on gallium on Monday."
    assert _day(vote, "Monday") == dt.date(2024, 8, 19)
    ahead = "The ministry will publish the list of controlled items on Monday."
    assert _day(ahead, "Monday") == dt.date(2024, 8, 19)


def test_a_measure_announced_that_day_is_supported_not_refuted(tmp_path):
    text = (
        "China will restrict the exports of antimony starting from September 15, according "
        "to an announcement Thursday."
    )
    x = first_verdict_with(tmp_path, text, _THURSDAY, "antimony")
    assert x.verdict == Label.SUPPORTED


def _practice(text: str) -> str:
    m = claim_words.patterns()["measure_practice"].search(text)
    return m.group(0) if m else ""


def test_a_measure_said_to_conform_to_a_practice_is_a_practice():
    spokesman = "imposing export controls on them aligns with international common practice"
    assert _practice(spokesman).endswith("aligns with international common practice")
    assert _practice("Tariffs are in line with global practice")
    # controls: conforming to a rule or a law is not a practice; a clause after a comma
    # leaves the measure the main clause imposes
    assert not _practice("The export controls comply with WTO rules")
    assert not _practice("The restrictions are in line with the Export Control Law")
    assert not _practice("China imposed export controls on gallium, in line with practice")


def test_a_practice_of_a_spokesman_is_not_checked_but_an_imposition_is(tmp_path):
    said = (
        "A spokesman said that imposing export controls on antimony aligns with "
        "international common practice."
    )
    x = first_verdict_with(tmp_path, said, "2025-07-10", "practice")
    assert x.verdict == Label.NOT_CHECKABLE
    imposed = "China imposed export controls on antimony on August 15, 2024."
    y = first_verdict_with(tmp_path, imposed, "2025-07-10", "antimony")
    assert y.verdict == Label.SUPPORTED


def _reply(text: str) -> str:
    m = claim_words.patterns()["press_replies"].search(text)
    return m.group(0) if m else ""


def test_an_answer_to_the_press_is_read():
    assert _reply("The ministry did not respond to a faxed request for comment from Reuters")
    assert _reply("Nvidia declined to comment on the export restrictions")
    assert _reply("BIS did not immediately respond to emails seeking comment")
    # controls: not answering a measure, declining a licence, responding with tariffs
    assert not _reply("China did not respond to the US tariffs with its own")
    assert not _reply("The ministry declined to grant the export licences")
    assert not _reply("Beijing responded to the request by imposing export controls")


def test_a_silence_to_the_press_is_not_checked_as_a_measure(tmp_path):
    silent = (
        "China's Ministry of Commerce did not respond to a faxed request for comment from "
        "Reuters regarding the export license approvals for gallium."
    )
    x = first_verdict_with(tmp_path, silent, "2025-10-14", "request for comment")
    assert x.verdict == Label.NOT_CHECKABLE
    assert "answer to the press" in x.rationale
    # control: a measure told by the same ministry is still checked
    told = "China's Ministry of Commerce imposed export licences on gallium on July 3, 2023."
    y = first_verdict_with(tmp_path, told, "2025-10-14", "gallium")
    assert y.verdict == Label.SUPPORTED


def test_how_fast_licences_are_got_takes_the_licensing_as_given(tmp_path):
    text = (
        "The process of applying for export permits for gallium became significantly more "
        "difficult starting in September. Prolonged waits for licenses led to shortages of "
        "gallium."
    )
    for words in ("process of applying", "waits for licenses"):
        x = first_verdict_with(tmp_path, text, "2025-10-14", words)
        assert x.verdict == Label.NOT_CHECKABLE, words
    # control: a licence requirement imposed, with its date, is still checked
    imposed = "China required export licences for gallium from August 1, 2023."
    y = first_verdict_with(tmp_path, imposed, "2025-10-14", "gallium")
    assert y.verdict == Label.SUPPORTED


def test_a_brief_without_stage_charts_says_why(tmp_path):
    none = brief.build(dated_article(tmp_path, "Nvidia halted sales of chips to China.", _THURSDAY))
    assert brief.stage_charts(none) == []
    assert "no mineral" in brief.no_stage_note(brief.stage_charts(none))
    # control: an article naming a mineral has its chart and no note
    named = "China restricted exports of rare earths on April 4, 2025."
    some = brief.build(dated_article(tmp_path, named, "2025-04-10"))
    assert brief.stage_charts(some) and not brief.no_stage_note(brief.stage_charts(some))
