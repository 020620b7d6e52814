"""A tonnage in a list cut after its verb is of what that verb says (round 32, fcf32):
"In 2024, China exported about 8,900 tons of metals, 23,000 tons of oxide and ..." (MRC
Hub) was cut after the first item, and the rest, naming no verb, was checked as China's
mine production. A clause that names no stage of its own now takes a trade, reserves or
capacity word of its sentence before it (`amount_checks._not_output`); a list after a verb
of output is still checked. Made-up sentences; the 2024 figure is MCS 2025's."""

from __future__ import annotations

from conftest import dated_verdicts

from analysis.vocab import Label


def test_the_rest_of_an_export_list_is_no_production(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "In 2024, China exported about 7,500 metric tons of rare earth metals, 21,000 metric "
        "tons of rare earth oxide and 19,000 metric tons of rare earth compounds, traders said.",
        "2025-06-12",
    )
    amounts = [x for x in found if x.rule == "production amount"]
    assert amounts and all(x.verdict == Label.NOT_CHECKABLE for x in amounts)
    assert any("21,000" in x.claim.text for x in amounts)


def test_a_production_figure_after_an_export_word_is_still_checked(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "As exports slowed, China mined 270,000 tons of rare earths in 2024.",
        "2025-06-12",
    )
    amounts = [x for x in found if x.rule == "production amount"]
    assert [x.verdict for x in amounts] == [Label.SUPPORTED]


def test_an_export_clause_of_its_own_lends_no_stage(tmp_path):
    """Review of round 32: a concessive clause with its own subject and verb, naming exports,
    voided the production tonnage after it; only a list of tonnages lends its stage."""
    found = dated_verdicts(
        tmp_path,
        "Although rare earth exports slowed, China accounted for 270,000 tonnes of rare earths "
        "in 2024.",
        "2025-03-01",
    )
    amounts = [x for x in found if x.rule == "production amount"]
    assert [x.verdict for x in amounts] == [Label.SUPPORTED]
    assert "270,000" in amounts[0].rationale
