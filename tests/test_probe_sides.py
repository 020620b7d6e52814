"""Classes of the failing measure probes (batch fcp14, eval/probes/dev.yaml), each on
made-up sentences: a relative clause that dates the measure a suspension names, and a
demonym as the side that acts or the side affected. Rules: docs/factcheck-log.md ("Probes of
round 24 (branch fcp14)")."""

from __future__ import annotations

import pytest
from conftest import claim_frame as _frame
from conftest import dated_verdicts, measure_row, verdict_about
from conftest import time_roles as _roles

from analysis.article import parties
from analysis.evidence import measure_details
from analysis.vocab import Label

# --- a relative clause dates the measure a change names ------------------------------------

# after a word of changing a measure, a restrictive relative clause whose verb imposes it
# ("that it introduced in", "the curbs Seoul imposed on") dates the measure changed
RELATIVE_DATES = [
    ("Seoul has paused the cobalt levies that it introduced in March.", "March"),
    ("Seoul lifted the cobalt curbs Korea imposed on 3 March.", "3 March"),
    ("Seoul rescinded the nickel rules which they had adopted in 2021.", "2021"),
]


@pytest.mark.parametrize(("text", "needle"), RELATIVE_DATES)
def test_a_relative_clause_dates_the_measure_a_change_names(tmp_path, text, needle):
    assert _roles(tmp_path, text, "2023-06-09", needle) == ["object"]


CLAUSES_OF_THEIR_OWN = [
    pytest.param(
        # nothing is suspended: the curbs "it introduced in March" are the claim's own measure
        "Seoul enforces the cobalt levies that it introduced in March.",
        "March",
        id="a_relative_clause_without_a_change_word_dates_the_measure_itself",
    ),
    pytest.param(
        # ", which it announced on Monday": the suspension's own announcement, or the levies'
        "Seoul has paused the cobalt levies, which it announced on 5 June.",
        "5 June",
        id="a_clause_after_a_comma_may_date_the_change",
    ),
]


@pytest.mark.parametrize(("text", "needle"), CLAUSES_OF_THEIR_OWN)
def test_a_clause_that_changes_nothing_does_not_date_the_object(tmp_path, text, needle):
    roles = _roles(tmp_path, text, "2023-06-09", needle)
    assert roles and "object" not in roles, roles


def test_a_suspension_named_by_the_day_of_what_it_suspends(tmp_path):
    # China suspended on 9 November 2025 the clause of its 3 December 2024 ban on gallium,
    # germanium and antimony to US users; the claim dates the ban, not the suspension
    text = (
        "Beijing has paused the ban on shipping gallium and germanium to American buyers "
        "that it put in place in December 2024."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-11-25"), "paused")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # and the day of the suspension itself read as the ban's would not fit
    assert _roles(tmp_path, text, "2025-11-25", "December 2024") == ["object"]


# --- a demonym names the side that acts ----------------------------------------------------


def test_a_demonym_before_the_measure_word_is_who_acts():
    assert parties.demonym_actor("The Korean chip tool curbs began on Monday.") == "KOR"
    assert parties.demonym_actor("New Swiss export licences apply from May.") == "CHE"


def test_a_demonym_named_in_passing_or_before_another_noun_does_not_act():
    # after "by": the measure is named in passing; before "officials said": not its word
    assert parties.demonym_actor("Shortages were caused by Korean export curbs.") is None
    assert parties.demonym_actor("Korean officials said the curbs would stay.") is None
    # a country's own name or possessive is the entity reader's, not a demonym
    assert parties.demonym_actor("China's curbs began on Monday.") is None


def test_a_measure_of_a_demonyms_country_on_another_day_is_unsupported(tmp_path):
    # Japan's licences for 23 kinds of chipmaking tools took effect on 23 July 2023; the
    # Dutch rules on 1 September: read as Japan's, the day is not Japan's measure's
    text = "Japanese curbs on exports of semiconductor equipment entered into force on 1 September."
    frame = _frame(tmp_path, text, "2023-09-20", "curbs")
    assert frame.actor_country == "JPN"
    x = verdict_about(dated_verdicts(tmp_path, text, "2023-09-20"), "curbs")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    right = text.replace("1 September", "23 July")
    x = verdict_about(dated_verdicts(tmp_path, right, "2023-09-20"), "curbs")
    assert x.verdict == Label.SUPPORTED, x.rationale


# --- a demonym names the side affected -----------------------------------------------------


def test_a_demonym_after_on_is_the_side_affected():
    assert parties.demonym_affected("a levy of 15% on Mexican coal") == "MEX"
    assert (
        parties.demonym_affected("curbs imposed by Swiss makers") is None
    )  # no on/to/against/from before it
    assert parties.demonym_affected("licences for shipments to Swiss buyers") == "CHE"


def test_a_tariff_of_the_day_on_another_side_is_unsupported(tmp_path):
    # China's 10% tariff on US crude oil applied from 10 February 2025; it fell on the US
    text = "Beijing put a 10% duty on Mexican crude oil from 10 February."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-02-25"), "crude")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "Mexico" in x.rationale
    right = text.replace("Mexican", "American")
    x = verdict_about(dated_verdicts(tmp_path, right, "2025-02-25"), "crude")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_side_that_is_the_measures_own_country_decides_nothing_new(tmp_path):
    # "duties on all Chinese goods" matched with one of China's own measures: the actor
    # was misread, so the side is not held against the measure
    row = measure_row("chn-2025-02-04-tariffs-coal-lng-crude-machinery")
    assert measure_details.other_side(row, "duties on all Chinese goods", "CHN") is None
    assert measure_details.other_side(row, "duties on all Mexican goods", "MEX") is not None


# --- the technology of goods ---------------------------------------------------------------


def test_goods_named_as_what_a_technology_is_for_are_the_technology(tmp_path):
    text = "Last month Beijing prohibited exports of know-how for refining rare earths."
    assert _frame(tmp_path, text, "2024-01-15", "know-how").goods == ("rare_earth_technology",)
    text = "Beijing will require licences for exports of know-how to assemble batteries."
    assert _frame(tmp_path, text, "2025-10-20", "know-how").goods == ("battery_technology",)


def test_goods_named_beside_a_technology_stay_goods(tmp_path):
    # no purpose word after "technology", or the goods before it: the goods themselves
    text = "Beijing curbed exports of rare earths and of their technology last month."
    assert _frame(tmp_path, text, "2024-01-15", "curbed").goods == ("rare_earths",)
    # a good with no technology of its own in the goods lexicon stays itself (chips have one
    # since round 36: "technology for chips" is chip technology, tests/test_technology_heads.py)
    text = "Beijing curbed exports of rare earths and technology for drones last month."
    assert _frame(tmp_path, text, "2024-01-15", "curbed").goods == ("rare_earths", "drones")


def test_a_ban_on_a_technology_is_checked_against_the_technology(tmp_path):
    # China's December 2023 catalogue prohibits exporting rare-earth separation and magnet
    # technology; no ban covered rare earths themselves then
    text = "Last month Beijing prohibited exports of know-how for refining rare earths."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-01-15"), "know-how")
    assert x.verdict == Label.SUPPORTED, x.rationale


# --- framework regulations said to take effect ---------------------------------------------

_RULES = "Beijing's updated rules on the export control of dual-use goods {}."


def test_a_dated_restriction_may_be_the_framework_regulations(tmp_path):
    # China's dual-use export control regulations (an export control law in the catalog)
    # were issued on 19 October 2024 and applied from 1 December 2024
    x = verdict_about(
        dated_verdicts(tmp_path, _RULES.format("come into force on 1 December"), "2024-11-01"),
        "updated rules",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    x = verdict_about(
        dated_verdicts(tmp_path, _RULES.format("come into force on 1 January"), "2024-11-01"),
        "updated rules",
    )
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_an_undated_restriction_is_not_matched_with_a_framework_law(tmp_path):
    # nothing dates it: a framework law singles out no control, so it stays unmatched
    x = verdict_about(
        dated_verdicts(tmp_path, _RULES.format("tighten oversight"), "2024-11-01"),
        "updated rules",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
