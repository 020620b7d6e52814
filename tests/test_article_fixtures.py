"""Entities, dates and claims on articles written for the tests in other outlets' styles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.article import document

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def load(name: str) -> document.Article:
    return document.load(FIXTURES / name)


def canon(art: document.Article, label: str) -> set[str]:
    return {e.canonical for e in art.entities if e.label == label}


def dates(art: document.Article) -> dict[str, tuple]:
    return {d.text: (d.start, d.end) for d in art.dates}


def claim_with(art: document.Article, words: str):
    (c,) = [c for c in art.claims if words in c.text]
    return c


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html")))
def test_spans_point_into_the_clean_text(path):
    art = document.load(path)
    assert art.entities and art.claims, path.name
    for e in art.entities:
        assert art.text[e.start : e.end] == e.text
    for d in art.dates:
        assert art.text[d.start_char : d.end_char] == d.text
    for c in art.claims:
        assert art.text[c.start : c.end] == c.text
    assert [c.id for c in art.claims] == [f"c{i}" for i in range(1, len(art.claims) + 1)]
    assert art.restore() == art.original


def test_wire_copy():
    art = load("wire-entity-list.txt")
    assert art.published.date == dt.date(2023, 10, 17)
    assert {"US Department of Commerce", "Bureau of Industry and Security", "Nvidia"} <= canon(
        art, "ORG"
    )
    assert "China's Ministry of Commerce (MOFCOM)" in canon(art, "ORG")
    assert {"Entity List", "export controls"} <= canon(art, "INSTRUMENT")
    raimando = next(e for e in art.entities if e.text == "Raimando")
    assert raimando.canonical == "Gina Raimondo"
    found = dates(art)
    # 17 October 2023, the stated date, was a Tuesday: "on Tuesday" is that day
    assert dt.date(2023, 10, 17).weekday() == 1
    assert found["Tuesday"] == (dt.date(2023, 10, 17),) * 2
    assert found["in 30 days"][0] == dt.date(2023, 10, 17) + dt.timedelta(days=30)
    assert found["October 2022"] == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    policy = claim_with(art, "tightened export controls")
    assert policy.type == "policy_action"
    # ", and added 13 Chinese companies to its Entity List": a second measure, a claim apart
    # (round 29, split22), its party carried over
    listing = claim_with(art, "added 13 Chinese companies")
    assert "count" in listing.types and listing.frame.actor_country == "USA"
    assert policy.actor == "US Department of Commerce" and policy.topic == "export controls"
    mofcom = claim_with(art, "firmly opposed")
    assert mofcom.type == "attribution"
    assert mofcom.attributed_to == mofcom.actor == "China's Ministry of Commerce (MOFCOM)"


def test_think_tank_brief_dates_itself():
    art = load("thinktank-mineral-controls.txt")
    assert art.published.date == dt.date(2024, 1, 12)
    assert "Published 12 January 2024" in art.published.basis
    assert {"gallium", "germanium", "graphite", "rare earths"} <= canon(art, "COMMODITY")
    found = dates(art)
    assert found["3 July 2023"][0] == dt.date(2023, 7, 3)
    assert found["the first half of 2023"] == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    share = claim_with(art, "69% of the world's rare earths")
    assert share.type == "quantity_share" and share.topic == "critical-mineral supply share"
    graphite = claim_with(art, "added graphite to the list")
    assert graphite.type == "policy_action" and graphite.actor == "China"
    assert not any("warning shot" in c.text for c in art.claims)
    assert any("warning shot" in n.text and n.reason.startswith("opinion") for n in art.non_claims)


def test_saved_web_page_keeps_only_the_article():
    art = load("antimony-page.html")
    assert art.source_format == "html"
    for boilerplate in ("cookies", "ADVERTISEMENT", "Read also", "newsletter", "All rights"):
        assert boilerplate not in art.text
    assert art.title == "China to restrict antimony exports from September 15"
    assert art.published.date == dt.date(2024, 8, 15)
    assert art.published.basis.startswith("stated in the metadata (the page's metadata)")
    found = dates(art)
    assert found["September 15"][0] == dt.date(2024, 9, 15)
    # "the Ministry of Commerce said on Thursday": the page is dated Thursday 15 August 2024
    assert dt.date(2024, 8, 15).weekday() == 3
    assert found["Thursday"][0] == dt.date(2024, 8, 15)
    policy = claim_with(art, "China will restrict exports of antimony")
    assert policy.type == "policy_action" and "antimony" in policy.commodities
    assert claim_with(art, "prices in Rotterdam").topic == "prices"


def test_machine_translation_with_odd_quotes():
    art = load("germanium-translation.txt")
    assert [r.kind for r in art.repairs].count("mismatched_quotes") == 2
    assert "“restrictions”" in art.text and "“warning”" in art.text
    kingdom = next(e for e in art.entities if e.text == "Middle Kingdom")
    assert kingdom.canonical == "China" and kingdom.country == "CHN"
    yellen = [e for e in art.entities if e.canonical == "Janet Yellen"]
    assert len(yellen) == 1 and yellen[0].role == "American Treasury Secretary"
    found = dates(art)
    assert found["Monday"][0] == dt.date(2023, 7, 3)
    assert found["from July 6 to July 9"] == (dt.date(2023, 7, 6), dt.date(2023, 7, 9))
    assert found["August 1"][0] == dt.date(2023, 8, 1)
    share = claim_with(art, "98% of the world's gallium")
    assert share.type == "quantity_share" and share.actor == "China"
    assert share.attributed_to == "European Commission"


def test_relative_dates_from_a_stated_date():
    art = load("dutch-rules-stated-date.txt")
    published = dt.date(2023, 7, 1)
    assert art.published.date == published
    found = dates(art)
    assert found["yesterday"][0] == published - dt.timedelta(days=1)
    assert found["next month"] == (dt.date(2023, 8, 1), dt.date(2023, 8, 31))
    assert found["last year"] == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert found["January"] == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    assert found["two weeks ago"][0] == published - dt.timedelta(days=14)
    the_hague = next(e for e in art.entities if e.canonical == "The Hague")
    assert the_hague.metonym_for == "Netherlands government"
    assert claim_with(art, "new export rules").type == "policy_action"


def test_undated_text_says_what_it_cannot_resolve():
    art = load("no-date-no-era.txt")
    assert not art.published.known and art.to_dict()["published"] is None
    friday = next(d for d in art.dates if d.text == "Friday, August 4")
    assert friday.start is None and "nothing in the text picks one" in friday.basis
    last_year = next(d for d in art.dates if d.text == "Last year")
    assert last_year.start is None and "unknown" in last_year.basis
    assert dates(art)["2027"] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
