"""A visitor ranked among every visitor over a span ("the highest-ranking US official to
visit China in five years") is a record the timeline, a selection of contacts, cannot
decide (round 25, branch blind18: DW's predicate and Amu TV's appositive were both decided
by the person's visit). Made-up sentences; rules: docs/factcheck-log.md, "Blind batch of round
25 (branch blind18)"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from conftest import dated_article

from analysis.analyses import visits
from analysis.article import gazetteer as gz
from analysis.article import visitor_ranks
from analysis.evidence import factcheck
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _verdicts(tmp_path: Path, text: str, day: str) -> list[Verdict]:
    return factcheck.check(dated_article(tmp_path, text, day))


def test_a_rank_of_visitors_as_the_predicate_is_not_decided(tmp_path):
    for text in (
        "Back then, Yellen was the most senior American official to visit China in four years.",
        "Blinken became the top-ranking US envoy ever to travel to Beijing since 2018.",
    ):
        found = _verdicts(tmp_path, text, "2024-04-10")
        ranked = [v for v in found if "to visit" in v.claim.text or "to travel" in v.claim.text]
        assert ranked, text
        assert all(v.verdict == Label.NOT_CHECKABLE for v in ranked), [
            (v.verdict, v.rationale) for v in ranked
        ]
        assert any(v.rule == "visitor rank" for v in ranked), text


def test_an_appositive_rank_is_a_claim_of_its_own_and_the_visit_keeps_its_verdict(tmp_path):
    text = (
        "U.S. Treasury Secretary Janet Yellen arrived for a meeting with Premier Li Qiang on "
        "Friday, the first top American economic official to visit China in four years, amid "
        "tense ties and slim hopes for progress on the many disputes between the world's two "
        "largest economies."
    )
    found = _verdicts(tmp_path, text, "2023-07-07")
    (ranked,) = [v for v in found if v.claim.text.startswith("the first top")]
    assert ranked.claim.text.endswith("in four years")
    assert visitor_ranks.RANK_NOTE in ranked.claim.notes
    assert ranked.verdict == Label.NOT_CHECKABLE
    (visit,) = [v for v in found if "arrived for a meeting" in v.claim.text]
    assert visit.verdict == Label.SUPPORTED, visit.rationale


def test_a_persons_own_ordinal_is_no_rank_of_visitors():
    for text in (
        "The trip is her first visit to China as treasury secretary.",
        "It was the first meeting to take place in Geneva.",
        "Blinken, who was the first to arrive, met Wang Yi.",
    ):
        assert not visitor_ranks.ranks_visitors(text), text
    assert visitor_ranks.ranks_visitors(
        "He was the highest-level Chinese leader to go to Washington."
    )
    assert not visitor_ranks.ranks_visitors(
        "He met Wang on Friday, the first senior diplomat to visit since June."
    )


def test_an_ordinal_among_one_offices_holders_is_not_counted_over_every_visitor(tmp_path):
    # "the first secretary of state to visit China in five years": the count of visits is
    # of every US official's visits, so it cannot rank one office's holders (dt17, round 25)
    trips = visits.official_contacts()
    trips = trips.loc[(trips["kind"] == visits.VISIT) & (trips["jurisdiction"] == "United States")]
    named = trips["role"].map(lambda r: bool(gz.offices_named(set(r.lower().split()), "USA")))
    later = trips.loc[named].iloc[-1]  # a visitor whose role the officials table names
    name, role = later["official"], later["role"]
    day = (later["start"] + pd.Timedelta(days=1)).date().isoformat()
    text = f"{name}, the first {role.lower()} to visit China in five years, met officials."
    ranked = [v for v in _verdicts(tmp_path, text, day) if "to visit" in v.claim.text]
    assert ranked and all(v.verdict == Label.NOT_CHECKABLE for v in ranked), ranked
    assert any("holding one office" in v.rationale for v in ranked), ranked
    # an ordinal of officials in general is still counted
    text = f"{name}, the second senior US official to visit China in recent months, met officials."
    counted = [v for v in _verdicts(tmp_path, text, day) if "to visit" in v.claim.text]
    assert counted and not any("holding one office" in v.rationale for v in counted), counted


def test_a_visitor_ranked_by_whom_he_met_is_a_rank_too(tmp_path):
    # "the highest-ranking military official to have sat down with the Biden
    # administration": the perfect infinitive and a verb of meeting rank the visitor as "to
    # visit" does (round 38, fx38c); the meeting the clause tells keeps its verdict
    # (commas without a space keep the appositive inside the clause's claim)
    text = (
        "Sullivan also held talks with the foreign minister,Wang Yi,the highest-ranking "
        "Chinese diplomat to have sat down with the national security adviser this year."
    )
    found = _verdicts(tmp_path, text, "2024-08-29")
    (ranked,) = [v for v in found if v.claim.text.startswith("the highest-ranking")]
    assert ranked.claim.text.endswith("this year")
    assert ranked.verdict == Label.NOT_CHECKABLE
    assert ranked.rule == "visitor rank"
    (visit,) = [v for v in found if v.claim.text.startswith("Sullivan also held talks")]
    assert visit.verdict == Label.SUPPORTED, visit.rationale
    for text in (
        "He was the highest-ranking Chinese minister to meet Biden in a year.",
        "Wang became the first foreign minister to have visited the White House since 2018.",
        "She is the most senior official to hold talks with Xi this year.",
    ):
        assert visitor_ranks.ranks_visitors(text), text
    for text in (
        "It was the first meeting to have taken place in Geneva.",
        "The first round of talks to meet expectations was held in London.",
        "Officials met on Friday, the first time to meet in person since June.",
    ):
        assert not visitor_ranks.ranks_visitors(text), text
