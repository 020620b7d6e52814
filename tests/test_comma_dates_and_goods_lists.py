"""Commas that cut a measure claim apart: a date set off by commas between the acting party
and its verb ("Beijing on December 3, 2024, banned ...", "China, on 3 December 2024,
banned ..."), where the claim opened at the verb and lost its party; and a list of goods
not all known by name ("tungsten, polysilicon and wafers"), cut at its first comma, the
date falling outside the claim (round 25, branch dtm17: made-up sentences keyed from
`measures.csv`). Rules: docs/article.md (claims)."""

from __future__ import annotations

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.vocab import Label

PARTY_DATE_VERB = [
    ("Washington on October 7, 2022, restricted exports of chipmaking equipment.", "USA"),
    ("China, on August 15, 2024, tightened export controls on antimony.", "CHN"),
    ("The Commerce Department, on 7 October 2022, restricted chipmaking equipment.", "USA"),
]


@pytest.mark.parametrize(("text", "country"), PARTY_DATE_VERB)
def test_a_date_set_off_by_commas_keeps_the_party(tmp_path, text, country):
    art = dated_article(tmp_path, text, "2024-12-01")
    (claim,) = art.claims
    assert claim.text == text.rstrip("."), claim.text
    assert claim.frame.actor_country == country and claim.dates


def test_the_party_and_its_wrong_date_decide(tmp_path):
    # China's antimony licensing was announced on 15 August 2024; nothing of China's on 15 May
    text = "Beijing, on May 15, 2024, tightened export controls on antimony."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-12-01"), "antimony")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


GOODS_LISTS = [
    (
        "MOFCOM restricted exports of graphite, anode materials and spherical flakes on"
        " October 20, 2023.",
        "2023-11-20",
        "graphite",
    ),
    (
        "The Commerce Department restricted exports of high-bandwidth memory, chipmaking"
        " tools and design software on December 2, 2024.",
        "2024-12-20",
        "high-bandwidth memory",
    ),
]


@pytest.mark.parametrize(("text", "day", "good"), GOODS_LISTS)
def test_a_list_of_goods_keeps_its_date(tmp_path, text, day, good):
    art = dated_article(tmp_path, text, day)
    (claim,) = [c for c in art.claims if good in c.text]
    assert claim.text == text.rstrip(".") and claim.dates, claim.text


def test_a_participle_after_a_good_is_no_item(tmp_path):
    art = dated_article(
        tmp_path,
        "China restricted exports of gallium, raising prices and costs, and the US responded.",
        "2023-08-20",
    )
    (claim,) = [c for c in art.claims if "gallium" in c.text]
    assert "raising" not in claim.text


def test_a_capital_before_a_date_set_off_by_commas_is_its_government(tmp_path):
    art = dated_article(
        tmp_path, "Washington, on October 7, 2022, restricted exports of chips.", "2022-11-01"
    )
    (place,) = [e for e in art.entities if e.text == "Washington"]
    assert place.metonym_for, place
