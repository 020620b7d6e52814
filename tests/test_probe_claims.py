"""An investigation named before any measure word ("was investigating a US seed company
for allegedly breaking the anti-monopoly law", "Investigations of U.S. companies ...") is
not a measure the catalog records: not checkable, where before the law named as broken was
read as a law enacted and checked against the catalog's export-control laws. An
investigation under a numbered statute ("a Section 301 investigation") is left to the
measure check (docs/factcheck-log.md, "Blind batch of round 26 (branch blind22)"). Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.vocab import Label


def _verdict(tmp_path, sentence: str, day: str, about: str):
    return verdict_about(dated_verdicts(tmp_path, sentence, day), about)


def test_an_antitrust_probe_of_a_firm_is_not_checkable(tmp_path):
    x = _verdict(
        tmp_path,
        "Beijing said on Monday it was investigating a US seed company for allegedly "
        "breaking the country's anti-monopoly law.",
        "2025-04-08",
        "investigating",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "investigation" in x.rationale, x.rationale


def test_a_listing_told_the_same_way_stays_decided(tmp_path):
    # control: a catalogued measure, no investigation word
    x = _verdict(
        tmp_path,
        "China added 11 US drone firms to its unreliable entity list on April 4, 2025.",
        "2025-04-08",
        "unreliable entity list",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_an_investigation_under_a_numbered_statute_is_not_a_probe():
    probes = claim_words.patterns()["probes"]
    assert probes.search("the agency is probing a chipmaker")
    assert probes.search("opened investigations of US firms")
    assert not probes.search("after a Section 301 investigation, tariffs of 25% followed")
    assert not probes.search("five Section 232 investigations")


# Round 26, dt20: the measure said as a statement of its own after the investigation (a
# second predicate, what the investigation found, a measure dated against it) is checked as
# before the probes rule; the catalog holds it (China's listing of 4 February 2025; its ban
# of 3 December 2024 on gallium exports to the US).
MEASURE_AFTER_PROBE = [
    "Beijing investigated Illumina and put it on its unreliable entity list in February 2025.",
    "A probe concluded that China banned gallium sales to the US in December 2024.",
    "Probes of American firms followed Beijing's ban on gallium sales in December 2024.",
]


@pytest.mark.parametrize("sentence", MEASURE_AFTER_PROBE)
def test_a_measure_said_on_its_own_after_a_probe_is_checked(tmp_path, sentence):
    x = _verdict(tmp_path, sentence, "2025-06-01", "2024" if "2024" in sentence else "2025")
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


def test_a_probe_joined_to_a_noun_stays_not_checkable(tmp_path):
    # twin: "and" before a noun phrase, not a second predicate
    x = _verdict(
        tmp_path, "Investigations of chip firms and new export controls.", "2025-06-01", "Investig"
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
