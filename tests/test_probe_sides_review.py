"""The regressions a differential test on made-up sentences found in fcp14's rules (a
demonym, a relative clause's date, an object date, framework laws, the technology of
goods) and a third country's ban, each fixed in frames or lexicon words and tested here on
made-up sentences. Rules: docs/factcheck-log.md ("Probes of round 23", the review of fcp14)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import checked_about as _verdict
from conftest import claim_frame as _frame
from conftest import measure_row
from conftest import time_roles as _roles

from analysis.evidence import measure_details
from analysis.vocab import Label

# --- 1. a demonym is the side affected only when it is the frame's partner -----------------

# the US rules of 17 October 2023 on chips fall on China, which each claim names; the
# demonym after "from" is someone else's (allies, rivals), not the side affected
NAMED_PARTNER = [
    "The US curbed chip exports to China on 17 October 2023 under pressure from Dutch and "
    "Japanese allies.",
    "Washington tightened its limits on exports of chips to China on 17 October 2023 despite "
    "objections from Korean chipmakers.",
]


@pytest.mark.parametrize("text", NAMED_PARTNER)
def test_a_demonym_beside_a_named_partner_is_not_the_side_affected(tmp_path, text):
    x = _verdict(tmp_path, text, "2023-11-01", "17 October")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_other_side_is_read_only_for_the_frames_partner():
    # China's 10% tariff on US crude oil of 10 February 2025 falls on the United States
    row = measure_row("chn-2025-02-04-tariffs-coal-lng-crude-machinery")
    text = "a 10% duty on US crude oil from 10 February despite protests from Mexican refiners"
    assert measure_details.other_side(row, text, "USA") is None
    assert measure_details.other_side(row, "a 10% duty on Mexican crude oil", "MEX") is not None


# --- 2. a relative clause on the noun of "in a notice" dates the change --------------------


def test_a_relative_clause_on_a_notice_dates_the_change_itself(tmp_path):
    text = "Seoul has paused the cobalt levies in a notice that it issued in March."
    roles = _roles(tmp_path, text, "2023-06-09", "March")
    assert roles and "object" not in roles, roles
    text = "Seoul has paused the cobalt levies with the decree which they adopted in March."
    roles = _roles(tmp_path, text, "2023-06-09", "March")
    assert roles and "object" not in roles, roles


# China announced on 7 November 2025 the suspension of its 9 October 2025 controls
NOTICE_DAYS = [
    ("China suspended the controls on rare earths in a notice that it issued on 7 November.",
     Label.SUPPORTED),
    ("Beijing paused its curbs on rare earths under a decision that MOFCOM announced on 7 "
     "November.", Label.SUPPORTED),
    ("China suspended its rare earth controls in a statement that it issued on 9 October.",
     Label.UNSUPPORTED),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), NOTICE_DAYS)
def test_the_day_of_a_notice_is_the_suspensions(tmp_path, text, label):
    x = _verdict(tmp_path, text, "2025-11-20", "rare earth")
    assert x.verdict == label, x.rationale


# --- 3. an object date does not let a change on other goods match by days alone -----------

# no suspension in the catalog covers China's April 2025 rare-earth licences; the one of 5
# November (Busan) suspends April measures on military items and listed firms
OTHER_GOODS_DAY = [
    "China has suspended the export controls on rare earths that it imposed in April.",
    "Beijing paused the rare earth curbs it introduced in April.",
]


@pytest.mark.parametrize("text", OTHER_GOODS_DAY)
def test_a_suspension_of_a_measure_of_that_day_on_other_goods_is_not_it(tmp_path, text):
    x = _verdict(tmp_path, text, "2025-11-20", "April")
    assert x.verdict != Label.SUPPORTED, x.rationale
    assert "Busan" not in x.rationale and "Unreliable" not in x.rationale, x.rationale


def test_goods_decide_only_object_dates_of_minerals():
    def when(role):
        return SimpleNamespace(role=role)

    minerals, chips = (
        SimpleNamespace(goods=("rare_earths",)),
        SimpleNamespace(goods=("semiconductors",)),
    )
    assert measure_details.goods_decide(minerals, [when("object")])
    assert not measure_details.goods_decide(minerals, [when("acted")])
    assert not measure_details.goods_decide(minerals, [when("object"), when("effective")])
    assert not measure_details.goods_decide(chips, [when("object")])
    assert not measure_details.goods_decide(minerals, [])


# --- 4. a framework law is a dated restriction on its own goods only -----------------------

# the Export Control Law (1 December 2020), the dual-use regulations (1 December 2024) and
# ECRA (13 August 2018) cover dual-use (and military) items, not the goods named here
LAW_DAYS = [
    ("China restricted exports of rare earths on 1 December 2020.", "2021-01-01"),
    ("Washington curbed shipments of semiconductors to China on 13 August 2018.", "2018-09-01"),
    ("Beijing's export restrictions on batteries took effect on 1 December 2024.", "2025-01-01"),
]


@pytest.mark.parametrize(("text", "published"), LAW_DAYS)
def test_a_law_on_other_goods_does_not_support_a_dated_restriction(tmp_path, text, published):
    x = _verdict(tmp_path, text, published, "20")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_law_on_the_goods_named_still_decides(tmp_path):
    text = "Beijing's export controls on dual-use items took effect on 1 December 2024."
    x = _verdict(tmp_path, text, "2025-01-01", "dual-use")
    assert x.verdict == Label.SUPPORTED, x.rationale


# --- 5. a date, a place or a list opener after "technology" is no purpose ------------------


NOT_A_PURPOSE = [
    ("China banned exports of rare earth technology in 2023 and rare earth magnets in 2025.",
     "rare_earth_magnets"),
    ("Beijing prohibited exports of battery technology in 2023 and of lithium batteries.",
     "batteries"),
    ("China restricted exports of key technology to the US including rare earth magnets.",
     "rare_earth_magnets"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "good"), NOT_A_PURPOSE)
def test_a_date_or_a_place_after_technology_is_not_what_it_is_for(tmp_path, text, good):
    assert good in _frame(tmp_path, text, "2025-11-01", "exports").goods


def test_a_magnet_ban_is_not_read_as_a_technology_ban(tmp_path):
    # magnets needed a licence from April 2025; only the technology was banned (2023)
    text = "China banned exports of rare earth technology in 2023 and rare earth magnets in 2025."
    x = _verdict(tmp_path, text, "2025-11-01", "banned")
    assert x.verdict != Label.SUPPORTED, x.rationale


# --- a third country's ban: the catalog holds its measures only where they bear on the two --


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Canadian ban on graphite exports took effect on 1 December 2023.", "2024-01-01"),
        ("Australia banned exports of lithium on 1 March 2024.", "2024-04-01"),
    ],
)
def test_no_ban_of_a_third_country_in_the_catalog_proves_nothing(tmp_path, text, published):
    x = _verdict(tmp_path, text, published, "20")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
