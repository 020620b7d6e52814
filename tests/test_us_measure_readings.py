"""Readings written for the US-measure batch (round 22, branch fcn8): made-up sentences in
the shapes law firms, trade press and wires use, each on a stated date, checked against the
catalog. Rules: docs/factcheck-log.md ("Readings for US measures") and docs/article.md."""

from __future__ import annotations

import pytest
from conftest import dated_article as _article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.vocab import Label

# --- a group of goods named with its members -----------------------------------------------


def test_a_group_with_its_members_in_parentheses_is_checked_on_the_members(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing hit back by banning exports of two critical metals to America (gallium and "
        "germanium).",
        "2025-01-10",
    )
    x = _about(found, "banning exports")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_group_with_members_after_including_is_checked_on_them(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals, including germanium and "
        "gallium, to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_group_named_alone_stays_the_group(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert x.claim.frame.goods == ("critical_minerals",), x.claim.frame
    # bans on its members bear it out only in part: no measure names the group itself
    assert x.verdict == Label.PARTLY, x.rationale


# --- an executive order named without what it does ------------------------------------------


def test_an_executive_order_signed_is_a_measure_of_any_type(tmp_path):
    found = _verdicts(
        tmp_path,
        "On Wednesday, US President Donald Trump signed an executive order declaring a "
        "national emergency over telecommunications technology from foreign adversaries.",
        "2019-05-17",  # a Friday: Wednesday is 15 May 2019
    )
    x = _about(found, "signed an executive order")
    assert x.claim.frame.action == "order", x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_an_executive_order_that_says_what_it_does_keeps_that_action(tmp_path):
    found = _verdicts(
        tmp_path,
        "President Joe Biden signed an executive order restricting investments in Chinese "
        "quantum and chip companies on Wednesday.",
        "2023-08-10",
    )
    x = _about(found, "signed an executive order")
    assert x.claim.frame.action == "investment", x.claim.frame


# --- a licence review policy -----------------------------------------------------------------


def test_a_presumption_of_denial_is_a_licensing_claim(tmp_path):
    found = _verdicts(
        tmp_path,
        "The Commerce Department put the chipmaker on its Entity List on Friday. Tools for "
        "making semiconductors at 10 nanometres or below will be subject to a presumption of "
        "denial.",
        "2020-12-20",
    )
    x = _about(found, "presumption of denial")
    assert x.claim.frame.action == "licence", x.claim.frame


# --- what a list does, and what a party is accused of ----------------------------------------


def test_a_list_as_the_subject_of_what_it_does_is_not_checkable(tmp_path):
    found = _verdicts(
        tmp_path,
        "The list bars exports of every item under the regulations to the parties named on "
        "it, Commerce officials said. The Entity List designation requires suppliers to seek "
        "a licence for each sale of chips to the firm.",
        "2020-12-20",
    )
    for words in ("The list bars exports", "designation requires suppliers"):
        x = _about(found, words)
        assert x.verdict == Label.NOT_CHECKABLE, (words, x.verdict, x.rationale)


LISTINGS_AND_ACCUSATIONS = [
    pytest.param(
        "The Commerce Department added Huawei and dozens of its affiliates to the Entity List "
        "on May 16, 2019.",
        "added Huawei",
        Label.SUPPORTED,
        id="a_listing_made_is_still_checked",
    ),
    pytest.param(
        "Washington accused the company of selling banned chips to Iran in breach of US sanctions.",
        "accused the company",
        Label.NOT_CHECKABLE,
        id="what_a_party_is_accused_of_is_not_a_measure",
    ),
    pytest.param(
        "The Commerce Department added Huawei to the Entity List on May 16, 2019, and "
        "accused it of dealings with Iran.",
        "added Huawei",
        Label.SUPPORTED,
        id="a_measure_named_before_an_accusation_is_checked",
    ),
]


@pytest.mark.parametrize(("text", "words", "label"), LISTINGS_AND_ACCUSATIONS)
def test_a_listing_is_checked_and_an_accusation_is_not(tmp_path, text, words, label):
    x = _about(_verdicts(tmp_path, text, "2019-05-20"), words)
    assert x.verdict == label, x.rationale


# --- a country joined to an aim by a hyphen ---------------------------------------------------


def test_a_country_hyphened_to_an_aim_is_the_target_not_the_actor(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing issued the notice on Sunday. The notice suspends U.S.-specific export "
        "restrictions on gallium, germanium and antimony.",
        "2025-11-11",
    )
    x = _about(found, "suspends U.S.-specific")
    # the actor is the one the notice came from; the hyphened country is where it lands
    assert x.claim.frame.actor_country == "CHN", x.claim.frame
    assert x.claim.frame.partner == "USA", x.claim.frame


# --- what a withdrawn measure would have done -----------------------------------------------


def test_what_a_withdrawn_rule_would_have_done_is_a_measure_claim(tmp_path):
    found = _verdicts(
        tmp_path,
        "The US Commerce Department scrapped the rule this week. The rule would have "
        "restricted exports of advanced AI chips.",
        "2025-05-20",
    )
    x = _about(found, "would have restricted")
    assert x.claim.frame.action == "restriction", x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_would_have_clause_is_not_dated_by_its_sentence(tmp_path):
    found = _verdicts(
        tmp_path,
        "On Nov. 7, Beijing put off its October rules, which would have tightened export "
        "licensing requirements for rare earths.",
        "2025-11-10",
    )
    x = _about(found, "would have tightened")
    assert x.claim.frame.when == (), x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_act_that_withdraws_a_rule_keeps_its_sentence_date(tmp_path):
    found = _verdicts(
        tmp_path,
        "On Nov. 7, Beijing issued a notice, suspending several October directives that would "
        "have tightened export licensing requirements for rare earths.",
        "2025-11-10",
    )
    x = _about(found, "suspending several October directives")
    assert [w.text for w in x.claim.frame.when] == ["Nov. 7"], x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_would_clause_is_still_a_forecast(tmp_path):
    art = _article(
        tmp_path,
        "Analysts say the rule would restrict exports of advanced AI chips to most countries.",
        "2025-05-20",
    )
    # read, and set aside as a forecast on its "would"
    forecasts = [n for n in art.non_claims if "would restrict" in n.text]
    assert forecasts and "'would'" in forecasts[0].reason, art.non_claims
    assert all("would restrict" not in c.text for c in art.claims), art.claims
