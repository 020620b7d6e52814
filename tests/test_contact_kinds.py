"""Kinds of contact and of measure wording the tables decide only in part: made-up
sentences in the genre's shapes (a minister's virtual meeting, officials named by their
rank, a ban qualified by a licence). Rules: docs/factcheck.md, "How a claim finds its
check" and "Contacts"."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _longest

from analysis.analyses import visits
from analysis.article import measure_reading
from analysis.article.claim_words import patterns
from analysis.vocab import Label


def _a_meeting_pair() -> tuple[str, str, pd.Timestamp]:
    """Two people of a recorded in-person contact, and its first day."""
    table = visits.official_contacts()
    met = table.loc[(table["kind"] != "call") & (table["people"].map(len) >= 2)]
    row = met.iloc[-1]
    return row["people"][0], row["people"][1], row["start"]


def test_a_contact_held_over_a_link_is_a_call():
    calls = patterns()["call_nouns"]
    for text in (
        "during their first virtual meeting",
        "the two ministers met virtually on Friday",
        "in a video conference with her counterpart",
        "held talks by video link",
    ):
        assert calls.search(text), text
    assert not calls.search("during their meeting in Beijing")


def test_a_virtual_meeting_on_a_day_without_a_recorded_call_is_not_checkable(tmp_path):
    """The timeline holds only some calls: a virtual meeting of two people it records
    meeting in person, on a day it has no call of theirs, is not a contradiction."""
    a, b, start = _a_meeting_pair()
    day = start + pd.Timedelta(days=40)
    calls = visits.official_contacts()
    calls = calls.loc[(calls["kind"] == "call") & (calls["start"] == day)]
    assert calls.empty
    text = f"{a} held a virtual meeting with {b} on {day:%B} {day.day}, {day.year}."
    x = _longest(tmp_path, text, f"{day:%Y-%m-%d}")
    assert x.rule == "event dates" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_officials_named_by_rank_make_no_checkable_contact(tmp_path):
    """A meeting of officials named by their rank, not by name, in the claim or earlier in
    its sentence, is not one the timeline of named senior officials can decide."""
    for text in (
        "Officials will meet at the vice minister level in Washington on March 3, 2024.",
        "The panel will convene twice a year at the assistant secretary level, with China "
        "hosting the first session in early 2024.",
        "Working-level talks were held in Geneva on 4 March 2024.",
    ):
        x = _longest(tmp_path, text, "2024-03-05")
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rule, x.rationale)


def test_a_ban_qualified_by_a_licence_is_checked_as_a_licence(tmp_path):
    """'A ban on exports ... without first obtaining a licence' requires a licence: the
    ban check ('a licence is not a ban') does not read it."""
    for text in (
        "The United States imposed a ban on the export to China of advanced chips without "
        "first obtaining an export license.",
        "Washington prohibited the sale of advanced chips to Chinese firms without a licence.",
    ):
        x = _longest(tmp_path, text, "2022-11-01")
        assert x.rule != "ban or licensing", (text, x.verdict, x.rationale)
        assert x.verdict != Label.MISLEADING, (text, x.rationale)


def test_a_hold_over_a_market_is_not_a_measure():
    """'Monopoly control over' a mineral is dominance; 'control over exports' stays a
    measure (`market_control` in data/lexicon/claims.yaml)."""

    for text in (
        "Tungsten is a metal over which Beijing has held monopoly control for decades.",
        "The country's control over the supply chain of batteries worries carmakers.",
    ):
        assert measure_reading.action(text) == "", text
    assert measure_reading.action("Beijing tightened its control over exports of tungsten.") != ""


def test_a_halt_to_exports_and_sales_to_be_halted_are_bans():
    """'Ordered a halt to exporting' and 'sales of X to Y would be halted' are bans of
    exports; a firm told to 'halt shipments' is not (`measure_cues` ban words)."""

    for text in (
        "Officials in Hanoi ordered a halt to exporting tin ore to Japan.",
        "Sales of tin, tungsten and so-called specialty alloys to buyers in Japan would be "
        "halted from Monday, the ministry said.",
    ):
        assert measure_reading.action(text) == "ban", text
    assert measure_reading.action("The firms were asked to halt shipments to two buyers.") != "ban"
