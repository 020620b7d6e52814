"""Readings the fcg6 batch (outlets of other regions) needed: a count of Chinese firms is
China's part of a listing, not its total; an undated "has blacklisted N" reads the latest
rule; a trailing "X said on <day>" dates the saying of a measure called earlier; a party
reacting to a measure does not impose it; what a measure "led" others to do is a claim of
its own. Made-up sentences, each on a date computed from the bundled tables."""

from __future__ import annotations

import re

import pandas as pd
from conftest import dated_verdicts as _verdicts
from conftest import measure_row as _measure
from conftest import verdict_about as _about

from analysis.article import quantities
from analysis.data import datasets
from analysis.evidence.frame_checks import frame_of
from analysis.vocab import Label

ISLANDS = "usa-2020-08-26-south-china-sea-entity-listing"
GALLIUM = "chn-2023-07-03-gallium-germanium-licensing"
GRAPHITE = "chn-2023-10-20-graphite-licensing"


def _day(measure_id: str, days: int) -> str:
    return (_measure(measure_id)["announced"] + pd.Timedelta(days=days)).date().isoformat()


def _chinese_in_title(measure_id: str) -> int:
    return int(re.search(r"(\d+) Chinese", _measure(measure_id)["title"]).group(1))


def _rule_total(measure_id: str) -> int:
    rules = datasets.load("entity_list_rules")
    day = _measure(measure_id)["announced"]
    nearest = (rules["published"] - day).abs().idxmin()
    return int(rules.loc[nearest, "entries_added_total"])


def test_a_count_of_chinese_firms_is_checked_against_the_chinese_count(tmp_path):
    chinese, total = _chinese_in_title(ISLANDS), _rule_total(ISLANDS)
    assert chinese != total  # the listing's total is not its Chinese count
    published = _day(ISLANDS, 5)
    text = f"Last week Washington blacklisted {chinese} Chinese firms over the reefs."
    assert _about(_verdicts(tmp_path, text, published), "blacklisted").verdict == Label.SUPPORTED
    wrong = f"Last week Washington blacklisted {total} Chinese firms over the reefs."
    assert _about(_verdicts(tmp_path, wrong, published), "blacklisted").verdict == (
        Label.UNSUPPORTED
    )
    # with no nationality the rule's total still counts
    whole = f"Last week Washington blacklisted {total} firms over the reefs."
    assert _about(_verdicts(tmp_path, whole, published), "blacklisted").verdict == Label.SUPPORTED


def test_an_undated_count_reads_the_latest_rule_before_the_article(tmp_path):
    chinese = _chinese_in_title(ISLANDS)
    text = f"The United States has blacklisted {chinese} Chinese firms over the reefs."
    soon = _verdicts(tmp_path, text, _day(ISLANDS, 12))
    assert _about(soon, "blacklisted").verdict == Label.SUPPORTED
    assert _about(soon, "blacklisted").rule == "entity list count"  # the rule's count
    # months later the count is not read as that rule's
    late = _verdicts(tmp_path, text, _day(ISLANDS, 120))
    assert _about(late, "blacklisted").verdict != Label.SUPPORTED


def test_a_hyphenated_word_may_stand_before_the_counted_noun():
    q = quantities.quantity("It listed 24 Chinese state-owned companies.", [])
    assert q is not None and q.value == 24 and q.unit == "companies"


def test_a_trailing_said_clause_dates_the_saying_of_an_earlier_measure(tmp_path):
    published = _day(GALLIUM, 16)  # a Wednesday: "on Tuesday" is two weeks after it
    text = (
        "Beijing's recently announced export controls on gallium are lawful, a commerce "
        "ministry spokesman said on Tuesday."
    )
    found = _about(_verdicts(tmp_path, text, published), "gallium")
    assert [w.role for w in frame_of(found.claim).when] == ["said"]
    assert found.verdict == Label.SUPPORTED
    # without a word putting the measure earlier, the day is the announcement's
    plain = "Beijing's export controls on gallium are lawful, a spokesman said on Tuesday."
    found = _about(_verdicts(tmp_path, plain, published), "gallium")
    assert [w.role for w in frame_of(found.claim).when] != ["said"]


def test_a_party_reacting_to_a_measure_does_not_impose_it(tmp_path):
    published = _day(GRAPHITE, 3)  # a Monday
    text = "South Korea expressed concern on Monday after China decided to curb graphite exports."
    found = _about(_verdicts(tmp_path, text, published), "graphite")
    frame = frame_of(found.claim)
    assert frame.actor_country == "CHN"
    assert [w.role for w in frame.when] == ["said"]
    assert found.verdict == Label.SUPPORTED


def test_what_a_measure_led_others_to_do_is_a_claim_of_its_own(tmp_path):
    published = _day(GRAPHITE, 3)
    text = (
        "Seoul protested after China decided to curb graphite exports that prompted "
        "Washington to threaten new duties on batteries."
    )
    found = _verdicts(tmp_path, text, published)
    assert _about(found, "curb graphite").verdict == Label.SUPPORTED
    threat = _about(found, "prompted Washington")
    assert "curb graphite" not in threat.claim.text
    assert threat.verdict == Label.NOT_CHECKABLE


VEU = "usa-2025-08-29-veu-revocation-prc-fabs"


def test_taking_back_a_waiver_is_a_restriction(tmp_path):
    published = _day(VEU, 1)
    text = "Washington will withdraw the end-user status of two chipmakers' plants in China."
    found = _about(_verdicts(tmp_path, text, published), "withdraw")
    assert frame_of(found.claim).action == "restriction"
    assert found.verdict == Label.SUPPORTED


def test_a_count_of_firms_targeted_is_a_listing(tmp_path):
    chinese = _chinese_in_title(ISLANDS)
    text = f"On Wednesday the US targeted {chinese} Chinese firms over island-building."
    found = _about(_verdicts(tmp_path, text, _day(ISLANDS, 1)), "targeted")
    assert frame_of(found.claim).action == "listing"
    assert found.verdict == Label.SUPPORTED
    # a tariff that targets goods is not a listing
    goods = "On Wednesday the US targeted Chinese steel with new tariffs."
    found = _about(_verdicts(tmp_path, goods, _day(ISLANDS, 1)), "targeted")
    assert frame_of(found.claim).action != "listing"


def test_goods_that_will_be_controlled_are_a_restriction(tmp_path):
    published = _day(GALLIUM, 1)
    text = "Exports of gallium items will be controlled from next month, the ministry announced."
    found = _about(_verdicts(tmp_path, text, published), "controlled")
    assert frame_of(found.claim).action == "restriction"
    assert found.verdict == Label.SUPPORTED


def test_visa_restrictions_are_not_in_the_catalog(tmp_path):
    published = _day(ISLANDS, 1)
    text = "The US Commerce Department said it would impose visa restrictions on island builders."
    found = _about(_verdicts(tmp_path, text, published), "visa")
    assert found.verdict == Label.NOT_CHECKABLE
    assert "entry" in found.rationale


def test_a_power_to_block_is_not_a_ban(tmp_path):
    published = _day(ISLANDS, 1)
    listed = "The US Commerce Department placed the Chinese firms on its entity list which "
    power = listed + "allows it to block exports of US goods to them."
    found = _about(_verdicts(tmp_path, power, published), "entity list")
    assert found.verdict == Label.SUPPORTED
    # a listing said to block exports outright is read as a ban, which it is not
    ban = listed + "blocks exports of US goods to them."
    found = _about(_verdicts(tmp_path, ban, published), "entity list")
    assert found.verdict == Label.PARTLY
