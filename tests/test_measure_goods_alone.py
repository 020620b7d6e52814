"""Measure claims matched on their goods alone (round 26, branch fca17): a firm or a product
the claim names that no measure of its kind on its goods names, and a relaxation of
controls on single minerals matched by a day's suspension on a class that holds them
(round 25's dt19: "Nvidia was barred from selling H20 GPUs", "China told companies to stop
buying H20 GPUs", "On Monday, China lifted its ban on gallium exports"). Made-up sentences
keyed by hand from `data/sources/measures.csv`. Rules: docs/factcheck.md ("When the checker
abstains")."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

# (sentence, article date, needle): the firm or product is named by no measure of the
# claim's kind on its goods by then; those on its goods cover chips as a group, or name
# other firms (Micron's products, the Unreliable Entity List's listed firms)
UNNAMED = [
    ("Qualcomm was barred from selling chips to Chinese buyers last year.", "2024-02-01", "Qual"),
    ("Beijing ordered firms to stop buying B30 chips in 2023.", "2024-03-01", "B30"),
    ("Intel was barred from selling processors to China last year.", "2026-01-15", "Intel"),
    ("Nvidia was prohibited from selling H20 chips to China last year.", "2025-03-01", "H20"),
    # a measure naming the firm (AMD's MI308) is not one on another of its models
    ("AMD was barred from selling MI400 chips to China in April 2025.", "2025-06-01", "MI400"),
]


@pytest.mark.parametrize(("text", "day", "needle"), UNNAMED)
def test_a_firm_or_product_no_measure_names_is_not_checkable(tmp_path, text, day, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "as the firm or product the measure affects" in x.rationale


# twins: a firm or product a measure of the kind names, decided by that measure (its id in
# data/sources/measures.csv; a licence requirement is no bar: misleading)
NAMED = [
    (
        "AMD was barred from selling MI308 chips to China in April 2025.",
        "2025-06-01",
        "MI308",
        Label.MISLEADING,
        "usa-2025-04-09-h20-licence-requirement",
    ),
    (
        "Beijing ordered firms to stop buying Micron chips in May 2023.",
        "2023-08-01",
        "Micron",
        Label.SUPPORTED,
        "chn-2023-05-21-micron-cii-purchase-ban",
    ),
    (
        "Huawei was put on the Entity List in May 2019.",
        "2019-07-01",
        "Huawei",
        Label.SUPPORTED,
        "usa-2019-05-16-huawei-entity-listing",
    ),
]


@pytest.mark.parametrize(("text", "day", "needle", "label", "measure"), NAMED)
def test_a_firm_or_product_a_measure_names_is_decided(tmp_path, text, day, needle, label, measure):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict == label, x.rationale
    assert {k for e in x.evidence for k in e.values} == {measure}, x.evidence


def test_a_governments_measure_on_the_group_stays_decided(tmp_path):
    """The twin of the rule's other half: a claim that names the acting government and a
    firm no title names is decided by that government's measures on the group of goods
    (October 2022: the US controls on advanced chips), not left not checkable."""
    text = (
        "In October 2022 the United States restricted the sale to China of advanced chips "
        "that Nvidia designed."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2022-11-01"), "Nvidia")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_listing_of_other_parties_by_a_named_government_is_not_the_firms(tmp_path):
    """A listing names its parties, whatever its title says of companies: China's
    Unreliable Entity List listing of February 2023 (Lockheed Martin, Raytheon) says
    nothing of Qualcomm, so the claim that names China is not checkable, not supported."""
    text = "China added Qualcomm to its unreliable entity list in February 2023."
    x = verdict_about(dated_verdicts(tmp_path, text, "2023-03-01"), "Qualcomm")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "as the firm or product the measure affects" in x.rationale


# a relaxation of controls on a single mineral: the suspension naming it decides, not a
# suspension of that day on dual-use items (China's Busan follow-up of 5 November 2025, in
# force on the 10th; its suspension on gallium, germanium and antimony of 9 November 2025)
RELAXED = [
    (
        "China eased its germanium export ban for American buyers on 10 November 2025.",
        "2025-11-20",
        "germanium",
        Label.PARTLY,  # a day off the 9th
    ),
    (
        "On 5 November 2025 Beijing suspended the gallium export ban on the United States.",
        "2025-11-20",
        "gallium",
        Label.UNSUPPORTED,  # four days off the 9th
    ),
    ("On 14 May 2025 China lifted its curbs on antimony exports.", "2025-06-01", "antimony", None),
    (
        "China suspended its export controls on tungsten on 9 November 2025.",
        "2025-11-20",
        "tungsten",
        None,
    ),
]


@pytest.mark.parametrize(("text", "day", "needle", "label"), RELAXED)
def test_a_relaxation_on_a_mineral_is_matched_by_it(tmp_path, text, day, needle, label):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    if label is None:  # no relaxation on it by then: another suspension of the day is not it
        assert x.verdict == Label.NOT_CHECKABLE, x.rationale
        assert "no relaxation measure" in x.rationale
    else:
        assert x.verdict == label, x.rationale
        assert "Announcement No. 46" in x.rationale


def test_the_suspension_naming_the_mineral_still_decides(tmp_path):
    text = "China suspended its ban on antimony exports to the US on 9 November 2025."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-11-20"), "antimony")
    assert x.verdict == Label.SUPPORTED, x.rationale


# no one restricting is named, and the goods go to the country whose export controls
# match: a control on goods leaving that country is not a restriction of goods sent to it
# (China's licensing of germanium, July 2023; of graphite, in force December 2023; of
# seven rare earths and magnets, April 2025)
SENT_TO_ISSUER = [
    ("Deliveries of germanium to China were curbed in July 2023.", "2023-09-01", "germanium"),
    (
        "Western traders were required to obtain licences to ship graphite to China from "
        "December 2023.",
        "2024-01-10",
        "graphite",
    ),
    (
        "Sales of rare earth magnets to China were restricted in April 2025.",
        "2025-06-01",
        "magnets",
    ),
]


@pytest.mark.parametrize(("text", "day", "needle"), SENT_TO_ISSUER)
def test_goods_sent_to_the_issuer_of_an_export_control_are_not_its(tmp_path, text, day, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "controls on its own exports" in x.rationale


def test_the_issuers_own_controls_drop_out_among_others(tmp_path):
    """Goods sent to China that both China's controls on its own exports (germanium
    licensing, July 2023) and another country's controls on exports to it (Japan's list
    controls of January 2025) match: China's are dropped, so the claim's July 2023 is set
    against Japan's measure (unsupported), not supported by China's own licensing."""
    text = "Exports of germanium to China were restricted in July 2023."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-03-01"), "germanium")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    ids = {k for e in x.evidence for k in e.values}
    assert ids and not any(i.startswith("chn-") for i in ids), ids


# twins: goods leaving the issuer, or sent elsewhere, decided as before
SENT_ELSEWHERE = [
    ("Deliveries of germanium from China were curbed in July 2023.", "2023-09-01", "germanium"),
    (
        "Sales of rare earths to the United States were restricted in April 2025.",
        "2025-06-01",
        "rare",
    ),
    ("Exports of advanced chips to China were restricted in October 2022.", "2023-01-10", "chips"),
]


@pytest.mark.parametrize(("text", "day", "needle"), SENT_ELSEWHERE)
def test_goods_sent_elsewhere_are_decided(tmp_path, text, day, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


def test_a_firm_at_the_head_of_the_sentence_singles_out_its_measure(tmp_path):
    # SMIC's listing is of December 2020; that of December 2022 names YMTC and others: the
    # firm's own listing is the claim's, not a listing of the claim's month
    text = "SMIC was put on the Entity List in December 2022."
    x = verdict_about(dated_verdicts(tmp_path, text, "2023-01-10"), "SMIC")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale  # two years off its own listing
    assert {k for e in x.evidence for k in e.values} == {"usa-2020-12-18-smic-entity-listing"}


def test_a_firm_at_the_head_of_the_sentence_on_its_own_day_is_decided(tmp_path):
    text = "SMIC was put on the Entity List in December 2020."
    x = verdict_about(dated_verdicts(tmp_path, text, "2021-01-10"), "SMIC")
    assert x.verdict == Label.SUPPORTED, x.rationale
