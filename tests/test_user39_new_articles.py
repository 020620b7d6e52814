"""Faults found reading four new articles as a user would (round 39, branch user39), on
made-up sentences dated as an article of that day would be: an amount right after a growth
verb with a level after it is the change, not a level ("shrank $73.9 billion to $345.6
billion"); a clause that shares a total's sentence ("Total US exports dropped ..., while
imports fell ...") is of the total too; the brief's trade years end with the last one out
by the article's date."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, first_verdict_with

from analysis.article import quantities
from analysis.evidence import trade_checks
from analysis.findings import verdicts
from analysis.vocab import Label

# Census, as the bundled table has them: 2018 balance -$418.2 bn, 2019 -$342.6 bn (a fall
# of $75.6 bn); 2019 imports $449.1 bn.


def _of(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.of) for _, q in quantities.figures(text, [])]


def test_an_amount_between_a_growth_verb_and_a_level_is_the_change():
    change = quantities.CHANGE
    assert _of("imports fell $12.5 billion to $3.1 trillion") == [
        ("$12.5 billion", change),
        ("$3.1 trillion", "value"),
    ]
    assert _of("the deficit shrank nearly $74 billion to $345.6 billion")[0][1] == change
    # controls: no level after it, a level after "to" alone, a growth noun, "by" as before
    assert _of("exports rose $5 billion last year") == [("$5 billion", "value")]
    assert _of("exports rose to $150 billion in 2019") == [("$150 billion", "value")]
    assert _of("tariffs on $200 billion to $250 billion of goods")[0][1] == "value"
    assert _of("exports fell by $14 billion to $106 billion")[0][1] == change


def test_a_change_told_without_by_is_checked_as_the_change(tmp_path):
    text = "The trade deficit in goods with China shrank $75.6 billion to $342.6 billion in 2019."
    x = first_verdict_with(tmp_path, text, "2020-02-05", "$75.6 billion")
    assert x.verdict == Label.SUPPORTED
    assert "the claim: -75.6 bn" in x.rationale
    assert "$75.6 bn (" not in x.rationale  # not measured as the year's level


def test_a_wrong_change_told_without_by_is_caught(tmp_path):
    # control: the change is checked, not waved through: $30 bn against a $75.6 bn fall
    text = "The trade deficit in goods with China shrank $30 billion to $342.6 billion in 2019."
    x = first_verdict_with(tmp_path, text, "2020-02-05", "$30 billion")
    assert x.verdict != Label.SUPPORTED


def test_a_clause_sharing_a_totals_sentence_is_of_the_total(tmp_path):
    text = (
        "Businesses felt the tariffs imposed on China. Total US exports dropped $1.5 billion "
        "to roughly $2.5 trillion in 2019, while imports fell $12.5 billion to $3.1 trillion."
    )
    x = first_verdict_with(tmp_path, text, "2020-02-05", "imports fell")
    assert x.verdict == Label.NOT_CHECKABLE
    assert "every partner" in x.rationale


def test_a_partner_named_or_another_sentence_keeps_china(tmp_path):
    # controls: China named in the sentence; the total told in the sentence before
    named = (
        "Total US exports fell in 2019, while imports from China fell $89.4 billion to "
        "$449.1 billion."
    )
    x = first_verdict_with(tmp_path, named, "2020-02-05", "$449.1 billion")
    assert x.verdict == Label.SUPPORTED
    apart = "Total US exports fell in 2019. US imports from China fell to $449.1 billion in 2019."
    x = first_verdict_with(tmp_path, apart, "2020-02-05", "$449.1 billion")
    assert x.verdict == Label.SUPPORTED
    assert "every partner" not in x.rationale


def test_the_last_trade_year_is_the_one_out_by_the_day():
    # annual figures come out in February of the next year
    assert trade_checks.last_year_out(dt.date(2023, 10, 20)) == 2022
    assert trade_checks.last_year_out(dt.date(2023, 1, 15)) == 2021
    assert trade_checks.last_year_out(dt.date(2020, 2, 5)) == 2019


def test_a_finding_does_not_double_the_quote_a_claim_opens_with(tmp_path):
    text = (
        "China will require licences to export graphite from December 1, 2023. "
        "“China will require licences to export graphite from December 1,” the ministry said."
    )
    found = [x for x in dated_verdicts(tmp_path, text, "2023-10-20") if x.evidence]
    texts = [f.text for f in verdicts.verdict_findings(found)]
    assert texts and not any("““" in t or "””" in t for t in texts)
    assert all(t.startswith("“China will require") for t in texts)  # control: one quote kept


def test_a_measure_named_as_a_practice_is_not_asserted(tmp_path):
    said = (
        "China will require licences to export graphite from December 1, 2023. "
        "It is a common international practice to impose export controls on specific "
        "graphite items, the ministry said."
    )
    x = first_verdict_with(tmp_path, said, "2023-10-20", "common international practice")
    assert x.verdict == Label.NOT_CHECKABLE
    # control: the measure told before it is still checked (the licences from 1 December)
    x = first_verdict_with(tmp_path, said, "2023-10-20", "require licences")
    assert x.verdict == Label.SUPPORTED


def test_a_measure_taken_beside_a_practice_is_checked(tmp_path):
    # control: a measure asserted in its own clause, the practice only named after it
    said = (
        "In October 2023 China imposed export controls on graphite, in line with the "
        "practice of other producers."
    )
    x = first_verdict_with(tmp_path, said, "2023-10-25", "imposed export controls")
    assert x.verdict == Label.SUPPORTED
