"""A tonnage of reserves ("Vietnam has 22 million tonnes of rare-earth reserves") checked
against the holder's reserves in the newest USGS edition out by the article's date
(`reserve_checks.check_reserve_amount`; round 40, branch rsv40). Made-up sentences; the
figures are read from the vendored table, never typed by hand."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, read_rows, reserve_order, verdict_about

from analysis.vocab import Label

EDITION, WHEN = "MCS 2024", "2024-06-01"  # MCS 2024 is the newest edition then


def _reserves(country: str) -> float:
    """The country's rare-earth reserves in tonnes in `EDITION`."""
    row = next(
        r
        for r in read_rows("sources/rare_earths_reserves.csv")
        if r["source_edition"] == EDITION and r["country"] == country and r["value"]
    )
    return float(row["value"])


def _millions(tonnes: float) -> str:
    return f"{tonnes / 1e6:.1f} million tonnes"


@pytest.mark.parametrize(
    ("factor", "label"),
    [(1.0, Label.SUPPORTED), (1.08, Label.PARTLY), (1.5, Label.UNSUPPORTED)],
)
def test_a_tonnage_of_reserves_is_checked_against_the_holders_reserves(tmp_path, factor, label):
    holder = reserve_order(EDITION)[1]
    said = _millions(_reserves(holder) * factor)
    text = f"{holder} has {said} of rare earth reserves."
    x = verdict_about(dated_verdicts(tmp_path, text, WHEN), said)
    assert (x.verdict, x.rule) == (label, "reserves amount"), x.rationale
    assert EDITION in x.rationale and x.evidence, x.rationale


def test_no_edition_out_by_the_articles_date_is_not_checkable(tmp_path):
    holder = reserve_order(EDITION)[0]
    said = _millions(_reserves(holder))
    text = f"{holder} has {said} of rare earth reserves."
    x = verdict_about(dated_verdicts(tmp_path, text, "2019-06-01"), said)
    assert (x.verdict, x.rule) == (Label.NOT_CHECKABLE, "reserves amount"), x.rationale


def test_a_country_the_edition_gives_no_figure_for_is_not_checkable(tmp_path):
    listed = {r["country"] for r in read_rows("sources/rare_earths_reserves.csv")}
    assert "Germany" not in listed
    x = verdict_about(
        dated_verdicts(tmp_path, "Germany has 2 million tonnes of rare earth reserves.", WHEN),
        "2 million",
    )
    assert (x.verdict, x.rule) == (Label.NOT_CHECKABLE, "reserves amount"), x.rationale


def test_a_rank_and_a_tonnage_of_reserves_are_decided_together(tmp_path):
    order = reserve_order(EDITION)
    right = _millions(_reserves(order[2]))
    wrong = _millions(_reserves(order[2]) * 1.5)
    found = dated_verdicts(
        tmp_path, f"{order[2]}'s reserves of {right} of rare earths are the third largest.", WHEN
    )
    assert verdict_about(found, right).verdict == Label.SUPPORTED
    found = dated_verdicts(
        tmp_path, f"{order[2]}'s reserves of {wrong} of rare earths are the third largest.", WHEN
    )
    x = verdict_about(found, wrong)
    assert x.verdict == Label.PARTLY, x.rationale  # the place holds, the tonnage does not


def test_a_tonnage_split_from_its_reserves_sentence_is_of_reserves(tmp_path):
    holder = reserve_order(EDITION)[0]
    said = _millions(_reserves(holder) * 1.5)
    text = f"{holder} holds rare earth reserves, at {said}, and mines 240,000 tonnes a year."
    found = dated_verdicts(tmp_path, text, WHEN)
    x = verdict_about(found, said)
    assert (x.verdict, x.rule) == (Label.UNSUPPORTED, "reserves amount"), x.rationale
    assert verdict_about(found, "mines 240,000").rule == "production amount"


def test_controls_a_production_tonnage_and_resources_are_no_reserves_amount(tmp_path):
    holder = reserve_order(EDITION)[0]
    mined = verdict_about(
        dated_verdicts(tmp_path, f"{holder} mined 240,000 tonnes of rare earths in 2023.", WHEN),
        "240,000",
    )
    assert mined.rule == "production amount", mined.rationale
    said = _millions(_reserves(holder))
    held = verdict_about(
        dated_verdicts(tmp_path, f"{holder} has {said} of rare earth resources.", WHEN), said
    )
    assert held.rule != "reserves amount", held.rationale


@pytest.mark.parametrize(
    "text",
    [
        "The US Strategic Reserve holds 2,000 tonnes of antimony.",
        "China drew on its rare earth reserves to export 50,000 tonnes last year.",
        "From its reserves, China exported 50,000 tonnes of rare earths.",
    ],
)
def test_controls_a_stock_held_and_a_flow_beside_reserves_are_no_reserves_amount(tmp_path, text):
    x = verdict_about(dated_verdicts(tmp_path, text, WHEN), "tonnes")
    assert x.rule != "reserves amount", x.rationale


def test_a_world_tonnage_of_reserves_is_the_world_totals(tmp_path):
    said = _millions(_reserves("World total"))
    text = f"Global rare earth reserves total {said}."
    x = verdict_about(dated_verdicts(tmp_path, text, WHEN), said)
    assert (x.verdict, x.rule) == (Label.SUPPORTED, "reserves amount"), x.rationale
    assert "the world holds" in x.rationale
