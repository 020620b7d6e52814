"""A measure named only as what a clause answers or is blamed on (round 30, fcf30): "It is
a response to Dutch restrictions on ...", "the slump can be attributed to the multiple rounds
of tariffs imposed by ..." say that something responded to, or followed from, a measure —
a claim about motive or cause the catalog cannot decide — not that the measure was taken
(`presupposed.answers_measure`: the noun "response to", `caused_by`'s "attributed to", a
batch word such as "rounds of" not counted among the words before the measure answered,
and a participle of imposing right after it, "imposed by", describing it). A clause that
takes a measure of its own is still decided. Made-up sentences; the decided twin's day and
rate come from the measures table."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import checked_about, dated_verdicts, read_rows

from analysis.article import date_roles, presupposed
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "It is a response to Dutch restrictions on lithography sales to China",
        "The slump in Korean chip sales can be attributed to the multiple rounds of curbs "
        "imposed by Japan on fluorine gases",
        "The move was the sharpest response yet to the latest wave of Japanese tariffs",
        # a move told before, its subject, even in words of retaliating (round 38, fx38c)
        "This bold retaliatory step marks the fiercest response yet to the latest round of "
        "Japanese tariffs imposed by Tokyo",
        "Seoul's retaliatory move is a response to curbs on fluorine exports",
    ],
)
def test_a_measure_only_answered_or_blamed_is_not_asserted(text):
    assert presupposed.answers_measure(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul imposed tariffs on Japanese steel in response to curbs imposed by Tokyo",
        "It is a response to Dutch restrictions, and Seoul banned exports of steel",
        "in response to a media inquiry about a long series of questions on export controls",
        # the subject imposes a measure of its own after the noun of a move
        "The decision to impose tariffs on steel is a response to curbs by Tokyo",
        "This move imposes tariffs of 34% in response to tariffs by Tokyo",
        "Seoul retaliated with tariffs in response to curbs by Tokyo",
    ],
)
def test_a_clause_with_its_own_measure_or_far_words_is_no_mere_answer(text):
    assert not presupposed.answers_measure(text)


def _chinas_all_goods_tariff() -> dict[str, str]:
    """China's first additional tariff on all US goods of 2025 (a row of the catalog)."""
    rows = read_rows("sources/measures.csv")
    return next(
        r
        for r in rows
        if r["measure_id"].startswith("chn-2025")
        and r["measure_type"] == "tariff"
        and "all US-origin goods" in r["title"]
    )


def test_a_cause_named_by_a_measure_is_not_checkable(tmp_path):
    row = _chinas_all_goods_tariff()
    day = dt.date.fromisoformat(row["announced"])
    text = (
        "The fall in US farm exports can be attributed to the multiple rounds of tariffs "
        f"imposed by China on US goods since {day:%B} {day.year}."
    )
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=30)).isoformat(), "attributed")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_the_measure_itself_answering_another_stays_decided(tmp_path):
    row = _chinas_all_goods_tariff()
    day = dt.date.fromisoformat(row["announced"])
    text = (
        f"China imposed additional tariffs on all US goods on {day:%B} {day.day}, {day.year}, "
        "in response to tariffs imposed by Washington."
    )
    x = checked_about(tmp_path, text, (day + dt.timedelta(days=30)).isoformat(), "China imposed")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_claim_cut_after_the_words_of_answering_is_the_measure_answered():
    sentence = "The step is the latest response to Dutch curbs on chip-tool sales to China."
    assert presupposed.answered_in("Dutch curbs on chip-tool sales to China", sentence)
    cut = "In response to Dutch curbs, Seoul banned exports of steel to the Netherlands."
    assert not presupposed.answered_in("Seoul banned exports of steel to the Netherlands", cut)
    both = "Seoul hit back at Dutch curbs and imposed tariffs on Dutch tulips."
    assert not presupposed.answered_in("imposed tariffs on Dutch tulips", both)


def test_a_measure_answered_after_a_cut_is_not_checkable(tmp_path):
    row = next(
        r for r in read_rows("sources/measures.csv") if r["measure_id"].startswith("usa-2024-12")
    )
    day = dt.date.fromisoformat(row["announced"])
    text = (
        "Beijing restricted germanium sales to American buyers this week. "
        "Analysts called it a response to US restrictions on technology sales to China."
    )
    found = [
        x
        for x in dated_verdicts(tmp_path, text, (day + dt.timedelta(days=3)).isoformat())
        if "restrictions on technology" in x.claim.text
    ]
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found), found


def test_one_list_describes_a_measure_before_its_date_and_before_its_agent():
    # review of round 30: `imposed_on` of the lexicon is the one list of a measure noun and
    # a participle of imposing it, read before a date (the other measure's day: role
    # object) and before its agent or target (the measure answered, `measure_described`),
    # singular nouns and "levied" included
    text = "Tokyo suspended the tariff levied on 4 March 2024"
    assert date_roles._role(text, text.index("4 March"), len("4 March 2024")) == "object"
    assert presupposed.answers_measure(
        "Seoul said the move was a response to the duty levied by Tokyo on tin"
    )
    assert not presupposed.answers_measure(
        "Seoul said the move was a response to the duty levied by Tokyo, and banned tin exports"
    )


def test_a_move_told_before_and_ranked_as_a_response_is_not_checkable(tmp_path):
    """Without the rule, "retaliatory" in the subject reads as a measure imposed, and the US's
    latest tariff bears the clause out."""
    text = (
        "China announced new tariffs on American goods on Tuesday. This swift retaliatory step "
        "marks the sharpest response yet to the newest wave of American tariffs imposed by the "
        "White House."
    )
    x = checked_about(tmp_path, text, "2025-03-06", "swift retaliatory step")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale
