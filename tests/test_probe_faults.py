"""General faults the round-23 probes showed (eval/probes/dev.yaml, p25-p90), each on a
made-up sentence: the probes changed one thing in a true sentence (goods, side, actor,
date, group of a rare earth) and the check did not see the change."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import checked_about as _verdict
from conftest import dated_verdicts, verdict_about

from analysis.data import datasets
from analysis.evidence import taxonomy_checks
from analysis.vocab import Label

# --- a mineral names its measure exactly -------------------------------------------------


MINERAL_MEASURES = [
    pytest.param(
        # 15 September 2024 is the antimony licensing's effective day; germanium's licensing
        # took effect a year before: the day must not carry the claim to the antimony measure
        "Beijing will require licences to export germanium from 15 September.",
        "2024-08-20",
        "germanium",
        Label.UNSUPPORTED,
        id="a_dated_control_on_a_mineral_is_not_another_measure_of_that_day",
    ),
    pytest.param(
        # China acted on 4 April 2025 (rare earths, listings), but no measure names cobalt
        "China imposed licence requirements on cobalt exports on 4 April 2025.",
        "2025-04-20",
        "cobalt",
        Label.NOT_CHECKABLE,
        id="a_control_on_a_mineral_no_measure_names_is_not_checkable",
    ),
    pytest.param(
        "China imposed licence requirements on dysprosium exports on 4 April 2025.",
        "2025-04-20",
        "dysprosium",
        Label.SUPPORTED,
        id="a_member_of_a_measure_s_goods_is_still_matched",
    ),
]


@pytest.mark.parametrize(("text", "published", "mineral", "label"), MINERAL_MEASURES)
def test_a_mineral_names_its_measure_exactly(tmp_path, text, published, mineral, label):
    x = _verdict(tmp_path, text, published, mineral)
    assert x.verdict == label


# --- talks in a third country list both delegations --------------------------------------


THIRD_COUNTRY_TALKS = [
    pytest.param(
        "Commerce Secretary Howard Lutnick met Vice Premier He Lifeng in Stockholm on 28 July.",
        "Lutnick",
        Label.UNSUPPORTED,
        id="an_official_not_among_the_delegations_of_third_country_talks_did_not_hold_them",
    ),
    pytest.param(
        "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Stockholm on 28 July.",
        "Bessent",
        Label.SUPPORTED,
        id="a_delegate_of_third_country_talks_held_them",
    ),
]


@pytest.mark.parametrize(("text", "official", "label"), THIRD_COUNTRY_TALKS)
def test_third_country_talks_were_held_by_their_delegations(tmp_path, text, official, label):
    assert _verdict(tmp_path, text, "2025-08-05", official).verdict == label


def test_a_visit_s_hosts_are_a_selection_so_an_unlisted_host_is_not_a_wrong_one(tmp_path):
    # the visits table lists only some of a visit's hosts: a premier it leaves out may
    # still have met the visitor
    text = "Premier Li Qiang met Commerce Secretary Gina Raimondo in Beijing on 29 August."
    assert _verdict(tmp_path, text, "2023-09-05", "Li Qiang").verdict != Label.UNSUPPORTED


# --- an ordinal visit dated by the claim ---------------------------------------------------


def test_the_day_an_ordinal_visit_began_names_the_visit_counted(tmp_path):
    # Blinken visited China in June 2023 and April 2024; the article is of May 2024
    first = "Secretary of State Antony Blinken's first visit to China began on 18 June 2023."
    assert _verdict(tmp_path, first, "2024-05-10", "Blinken").verdict == Label.SUPPORTED


def test_an_ordinal_visit_dated_on_an_earlier_visit_is_not_the_latest_one(tmp_path):
    second = "Secretary of State Antony Blinken's second visit to China began on 18 June 2023."
    assert _verdict(tmp_path, second, "2024-05-10", "Blinken").verdict != Label.SUPPORTED


# --- a count dated by a month or a short span ----------------------------------------------


def _month_rules(month: str) -> pd.DataFrame:
    """The Entity List rules published in a month ('2022-12'), in order."""
    rules = datasets.load("entity_list_rules")
    return rules.loc[rules["published"].dt.strftime("%Y-%m") == month].sort_values("published")


def test_a_count_dated_by_a_month_reads_the_rules_of_that_month(tmp_path):
    # the December 2022 rule came more than a week after 1 December: only the month's span
    # finds it (without it the measure checks answer, naming no rule)
    (rule,) = [r for _, r in _month_rules("2022-12").iterrows()]
    assert (rule["published"] - pd.Timestamp("2022-12-01")).days > 7
    china = int(rule["china_added"])
    text = f"In December 2022, Washington added {china} Chinese entities to the Entity List."
    x = _verdict(tmp_path, text, "2023-01-10", f"{china} Chinese")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "entity list count", x.rationale
    assert f"rule of {rule['published']:%Y-%m-%d}" in x.rationale, x.rationale


def test_a_count_dated_earlier_this_month_reads_every_rule_of_the_month(tmp_path):
    # two October 2023 rules (published the 11th and the 19th); the one nearest the
    # article's date is not the only one the claim may mean
    first, _ = (r for _, r in _month_rules("2023-10").iterrows())
    china = int(first["china_added"])
    text = f"Earlier this month, the US put {china} Chinese companies on the Entity List."
    x = _verdict(tmp_path, text, "2023-10-25", f"{china} Chinese")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert f"rule of {first['published']:%Y-%m-%d}" in x.rationale, x.rationale


def test_a_count_of_the_month_names_the_rule_that_gives_it(tmp_path):
    # review item 9: the rationale names the rule whose count fits (the later October 2023
    # rule), not the month's first rule
    first, later = (r for _, r in _month_rules("2023-10").iterrows())
    china = int(later["china_added"])
    assert china != int(first["china_added"])
    text = f"Earlier this month, the US put {china} Chinese companies on the Entity List."
    x = _verdict(tmp_path, text, "2023-10-25", f"{china} Chinese")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert f"rule of {later['published']:%Y-%m-%d}" in x.rationale, x.rationale


def test_a_count_no_rule_of_its_month_gives_is_unsupported(tmp_path):
    text = "Earlier this month, the US put 90 Chinese companies on the Entity List."
    assert _verdict(tmp_path, text, "2023-10-25", "90 Chinese").verdict == Label.UNSUPPORTED


# --- words of a share or a rank --------------------------------------------------------------


def test_a_miner_is_a_producer_at_the_mining_stage(tmp_path):
    # MCS 2024 (public in June 2024), rare earths 2023: China, United States, Burma
    third = "Burma was the third-largest miner of rare earths in 2023."
    assert _verdict(tmp_path, third, "2024-06-15", "Burma").verdict == Label.SUPPORTED
    first = "Australia was the largest miner of rare earths in 2023."
    assert _verdict(tmp_path, first, "2024-06-15", "Australia").verdict == Label.UNSUPPORTED


def test_a_grade_of_good_is_not_a_purity(tmp_path):
    # IEA (May 2025 release): China refined 91.3% of magnet rare earths in 2024
    text = "China refined more than 90% of the world's magnet-grade rare earths in 2024."
    assert _verdict(tmp_path, text, "2025-07-01", "magnet-grade").verdict == Label.SUPPORTED


def test_a_grade_after_a_figure_is_still_a_purity(tmp_path):
    text = "China produced graphite of 99.9% grade for the world's battery makers in 2023."
    x = _verdict(tmp_path, text, "2024-06-15", "99.9%")
    assert x.claim.frame.quantity is not None, x.claim.frame
    assert x.claim.frame.quantity.of == "purity", x.claim.frame


# --- the side a ban affects ------------------------------------------------------------------


def test_a_ban_on_exports_to_one_country_is_no_ban_on_exports_to_another(tmp_path):
    # China's December 2024 ban covers antimony to the United States only; antimony to
    # everyone else needs a licence (September 2024): the claim gives the ban a wrong
    # destination, unsupported (round 35, fx35d; misleading before, by the licence)
    text = "Beijing banned antimony exports to South Korea in December 2024."
    x = _verdict(tmp_path, text, "2024-12-20", "South Korea")
    assert x.verdict == Label.UNSUPPORTED and "United States only" in x.rationale


def test_a_ban_on_exports_to_the_country_it_names_holds(tmp_path):
    text = "Beijing banned antimony exports to the United States in December 2024."
    assert _verdict(tmp_path, text, "2024-12-20", "United States").verdict == Label.SUPPORTED


# --- light and heavy rare earths ---------------------------------------------------------------

# Each case: a sentence, a word of the claim, its verdict (the elements'
# groups are the commodities table's, USGS convention: Tb, Dy heavy; La, Nd, Pr light).
GROUP_CASES = [
    # the element put in the wrong group, then in its own
    ("Terbium, which magnet makers add to neodymium, is a light rare earth.", "Terbium", "u"),
    ("Terbium, which magnet makers add to neodymium, is a heavy rare earth.", "Terbium", "s"),
    # neodymium is named only to be set apart; it is put in no group
    ("Unlike neodymium, dysprosium is a heavy rare earth.", "dysprosium", "n"),
    ("Unlike neodymium, dysprosium is a light rare earth.", "dysprosium", "u"),
    # two groups in a sentence, each said of its own element
    (
        "Lanthanum is a light rare earth, unlike dysprosium, which is a heavy rare earth.",
        "Lanthanum",
        "s",
    ),
    (
        "Lanthanum is a heavy rare earth, unlike dysprosium, which is a light rare earth.",
        "Lanthanum",
        "u",
    ),
    # "U.S." ends no sentence a group is read from
    ("Dysprosium, which the U.S. imports from China, is a light rare earth.", "Dysprosium", "u"),
    ("Dysprosium, which the U.S. imports from China, is a heavy rare earth.", "Dysprosium", "s"),
    # a list of names before a group is its subject
    ("Neodymium, praseodymium and lanthanum are light rare earths.", "Neodymium", "s"),
    ("Neodymium, terbium and lanthanum are light rare earths.", "Neodymium", "u"),
    # a subject of several words ("the metal terbium") is still put in its group, never
    # falling back to "terbium is a rare earth"
    ("The metal terbium, used in magnets, is a light rare earth.", "terbium", "u"),
    (
        "Dysprosium oxide, one of the rare earths China licenses, is a light rare earth.",
        "Dysprosium",
        "u",
    ),
    ("The metal terbium, used in magnets, is a heavy rare earth.", "terbium", "s"),
    # rare earths named after the group phrase are not set against it
    (
        "Dysprosium is a heavy rare earth used alongside neodymium and praseodymium.",
        "Dysprosium",
        "s",
    ),
    (
        "Dysprosium is a light rare earth used alongside neodymium and praseodymium.",
        "Dysprosium",
        "u",
    ),
]
_LABELS = {"s": Label.SUPPORTED, "u": Label.UNSUPPORTED, "n": Label.NOT_CHECKABLE}


@pytest.mark.parametrize(("text", "words", "expected"), GROUP_CASES)
def test_a_group_of_rare_earths_is_said_of_its_own_subject(tmp_path, text, words, expected):
    x = _verdict(tmp_path, text, "2024-06-15", words)
    assert x.verdict == _LABELS[expected], (text, x.verdict, x.rationale)


def test_an_aside_comparing_the_subject_puts_its_element_in_no_group(tmp_path):
    # round 23's second review, item 9: ", unlike lanthanum," is no member of the subject's list
    text = "Dysprosium, unlike lanthanum, is a heavy rare earth."
    x = _verdict(tmp_path, text, "2024-06-15", "Dysprosium")
    assert x.verdict != Label.UNSUPPORTED, x.rationale
    assert taxonomy_checks._group_subjects(text)[0][1].strip() == "Dysprosium"
    # control: the subject itself put in the wrong group is still unsupported
    text = "Dysprosium, unlike lanthanum, is a light rare earth."
    assert _verdict(tmp_path, text, "2024-06-15", "Dysprosium").verdict == Label.UNSUPPORTED
    # a list joins only when it ends in and/or
    said = "Neodymium, praseodymium and lanthanum are light rare earths."
    assert "Neodymium" in taxonomy_checks._group_subjects(said)[0][1]


def test_a_rare_earth_the_table_puts_in_no_group_is_not_checkable(tmp_path):
    groups = datasets.load("commodities").set_index("commodity_id")["ree_group"]
    assert pd.isna(groups["scandium"])  # USGS: neither light nor heavy
    text = "Scandium is a heavy rare earth."
    assert _verdict(tmp_path, text, "2025-06-01", "Scandium").verdict == Label.NOT_CHECKABLE


def test_a_hedged_grade_is_a_purity_not_a_world_share(tmp_path):
    for text in (
        "China refines gallium to a grade of nearly 99.99%.",
        "China refines gallium of 99.99% battery grade.",
    ):
        found = dated_verdicts(tmp_path, text, "2025-07-01")
        x = verdict_about(found, "gallium")
        assert x.claim.frame.quantity is not None, text
        assert x.claim.frame.quantity.of == "purity", (text, x.claim.frame)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.verdict)


def test_goods_listed_as_medium_and_heavy_rare_earths_are_not_put_in_a_group(tmp_path):
    # a measure's list of goods names its groups loosely (samarium is light, USGS)
    text = (
        "China restricted exports of seven medium and heavy rare earths, including "
        "samarium and dysprosium, on 4 April 2025."
    )
    found = dated_verdicts(tmp_path, text, "2025-04-20")
    assert all(x.verdict != Label.UNSUPPORTED for x in found)


def test_an_element_is_named_as_a_word_not_inside_another():
    # round 23's second review, tests 16-22: "erbium" is in "terbium" only as letters
    assert not taxonomy_checks._names("erbium", "Terbium is a heavy rare earth.")
    assert not taxonomy_checks._names("erbium", "Non-erbium magnets are common.")
    assert taxonomy_checks._names("erbium", "Erbium is a heavy rare earth.")
