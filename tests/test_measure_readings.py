"""Measure claims as official and wire texts word them: made-up sentences. Rules:
docs/factcheck.md ("measure not taken", "measure taken as given") and docs/article.md
(datelines, the tense of a date, weekdays)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_article, read_rows
from conftest import dated_verdicts as _verdicts

from analysis.article import measure_reading
from analysis.article import text as article_text
from analysis.vocab import Label


def _dates(tmp_path, text, published):
    art = dated_article(tmp_path, text, published)
    return {d.text: d.date for d in art.dates}


def test_a_dateline_with_two_hyphens_is_cut_from_the_sentence():
    sents = article_text.sentences(
        "SHANGHAI, Mar. 3 (Newswire) -- The ministry on Monday barred exports of tin."
    )
    assert sents[-1].text == "The ministry on Monday barred exports of tin.", sents


WEEKDAYS = [
    pytest.param(
        "The assembly on Tuesday adopted a customs law, which will go into effect on January 1.",
        "2021-06-10",  # a Thursday
        "Tuesday",
        "2021-06-08",
        id="a_past_clause_keeps_its_weekday_when_a_later_clause_looks_ahead",
    ),
    pytest.param(
        "The assembly will vote on the law on Tuesday.",
        "2021-06-10",
        "Tuesday",
        "2021-06-15",
        id="a_weekday_in_its_own_future_clause_is_still_ahead",
    ),
    pytest.param(
        "The agency spoke on Friday (June 11). The pause applies from Friday until "
        "December 31, 2021.",
        "2021-06-11",  # a Friday
        "Friday",
        "2021-06-11",
        id="a_weekday_that_is_the_day_just_mentioned_is_that_day",
    ),
]


@pytest.mark.parametrize(("text", "published", "weekday", "day"), WEEKDAYS)
def test_a_weekday_is_read_by_its_clause_s_tense(tmp_path, text, published, weekday, day):
    found = _dates(tmp_path, text, published)
    assert str(found[weekday]) == day, found


def test_a_measure_that_may_be_taken_is_not_checkable(tmp_path):
    found = _verdicts(
        tmp_path,
        "Under the provisions, the United States can restrict the exports of any firm that "
        "evades the rules.",
        "2024-01-10",
    )
    assert found and all(x.verdict == Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]


A_LAW_AND_ITS_START = [
    pytest.param(
        "China adopted a new export control law in 2020. The law further stipulates that "
        "software for controlled items needs an export licence.",
        "2021-01-05",
        "The law",
        Label.NOT_CHECKABLE,
        id="what_a_law_provides_is_not_checkable",
    ),
    pytest.param(
        "China announced export licensing for gallium and germanium on July 3. The "
        "restrictions will start August 1.",
        "2023-07-04",
        "The restrictions",
        Label.SUPPORTED,
        id="restrictions_that_will_start_on_a_day_are_checked",
    ),
]


@pytest.mark.parametrize(("text", "published", "opening", "label"), A_LAW_AND_ITS_START)
def test_what_a_law_provides_and_when_restrictions_start(tmp_path, text, published, opening, label):
    found = _verdicts(tmp_path, text, published)
    (x,) = [x for x in found if x.claim.text.startswith(opening)]
    assert x.verdict == label, x.rationale


def test_the_chinese_legislature_is_a_chinese_body(tmp_path):
    art = dated_article(
        tmp_path,
        "The Standing Committee of the National People's Congress passed an export control "
        "law in October 2020.",
        "2020-11-01",
    )
    (claim,) = art.claims
    assert claim.frame.actor_country == "CHN", claim.frame


def test_a_removal_from_a_list_is_not_matched_to_a_tariff_cut(tmp_path):
    found = _verdicts(
        tmp_path,
        "Washington said five Chinese firms were removed from the unverified list.",
        "2022-10-20",
    )
    (x,) = found
    assert x.claim.frame.action == "relaxation", x.claim.frame
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_lawsuit_against_a_measure_is_not_the_measure(tmp_path):
    (x,) = _verdicts(
        tmp_path,
        "China filed a lawsuit against the United States at the WTO for restricting trade.",
        "2022-12-20",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_this_regulation_taking_effect_refers_to_the_one_before(tmp_path):
    found = _verdicts(
        tmp_path,
        "China's Ministry of Commerce published the Provisions on the Unreliable Entity List "
        "on September 19, 2020. This regulation is effective immediately.",
        "2020-09-25",
    )
    assert any(x.claim.text.startswith("This regulation") for x in found), [
        x.claim.text for x in found
    ]


def _suspension():
    """A suspension in the catalog with a scheduled last day, and the measure it suspends."""
    rows = read_rows("sources/measures.csv")
    by_id = {r["measure_id"]: r for r in rows}
    s = next(
        r
        for r in rows
        if r["measure_type"] == "suspension"
        and r["ended"]
        and r["implementing_jurisdiction"] == "CHN"
        and len(r["suspends"].split(";")) == 1
        and r["suspends"] in by_id
    )
    return s, by_id[s["suspends"]]


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def test_the_day_a_suspension_runs_until_is_its_last_day(tmp_path):
    s, _ = _suspension()
    text = f"China suspended the ban from {_day(s['announced'])} until {_day(s['ended'])}."
    (x,) = _verdicts(tmp_path, text, s["announced"])
    assert x.claim.text.endswith(str(dt.date.fromisoformat(s["ended"]).year)), x.claim.text
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = (dt.date.fromisoformat(s["ended"]) + dt.timedelta(days=40)).isoformat()
    text = f"China suspended the ban from {_day(s['announced'])} until {_day(wrong)}."
    (y,) = _verdicts(tmp_path, text, s["announced"])
    assert y.verdict != Label.SUPPORTED, y.rationale


def test_the_date_of_the_controls_a_suspension_lifts_dates_those_controls(tmp_path):
    s, target = _suspension()
    text = (
        f"China on {_day(s['announced'])} announced the suspension of the export controls "
        f"imposed on {_day(target['announced'])}."
    )
    (x,) = _verdicts(tmp_path, text, s["announced"])
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_dateline_with_two_hyphens_gives_the_place_and_the_outlet(tmp_path):
    art = dated_article(
        tmp_path,
        "SHANGHAI, Mar. 3 (Newswire) -- The ministry on Monday barred exports of tin.",
        "2021-03-03",
    )
    kinds = {(e.canonical, e.label) for e in art.entities}
    assert ("Shanghai", "PLACE") in kinds and ("Newswire", "ORG") in kinds, kinds


def test_a_law_a_claim_is_said_to_follow_is_not_a_measure_claim(tmp_path):
    art = dated_article(
        tmp_path,
        "Beijing may retaliate against any state that misuses sanctions, according to the "
        "statute law.",
        "2021-03-03",
    )
    assert not any(c.text.startswith("according to") for c in art.claims), [
        c.text for c in art.claims
    ]


def test_the_two_metals_are_the_last_two_minerals_named_before(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing put licences on gallium and germanium exports. The rules apply from August. "
        "China is the biggest producer of the two metals, which go into chips.",
        "2023-07-10",
    )
    (x,) = [x for x in found if "biggest producer" in x.claim.text]
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_general_licence_issued_is_a_relaxation_of_export_controls(tmp_path):
    (x,) = _verdicts(
        tmp_path,
        "Washington issued a general license allowing sales of spare parts to listed telecom "
        "firms for 60 days.",
        "2021-01-10",
    )
    assert x.claim.frame.action == "relaxation", x.claim.frame
    # the catalog's US relaxations before 2021 are tariff cuts: none of them is it
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_general_licence_removed_is_no_relaxation():

    assert measure_reading.action("The rule removes the general license for these exports.") != (
        "relaxation"
    )


def test_measures_listed_after_a_clause_of_possibility_are_not_taken(tmp_path):
    found = _verdicts(
        tmp_path,
        "Under the new rules, the penalties that could be imposed include: banning a listed "
        "company's exports from China; restricting its investment in China.",
        "2020-10-01",
    )
    listed = [x for x in found if x.claim.text.lower().startswith(("banning", "restricting"))]
    assert listed and all(x.verdict == Label.NOT_CHECKABLE for x in listed), [
        (x.claim.text, x.verdict) for x in found
    ]
