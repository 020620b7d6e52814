"""What being put on a list does, said with the inclusion as subject (round 31, fcf31):
"Inclusion on the list will restrict or prohibit the firms from engaging in ..." tells what a
listing entails for the listed parties, as "The list restricts ..." and "They will be barred
from ..." already did (`listing_description`'s third pattern): the catalog records the
listing, not its consequences, so the clause is not checkable; the listing told before it
stays decided. Made-up sentences; the listing's day comes from the measures table."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_verdicts, read_rows, verdict_about

from analysis.article.claim_words import patterns
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "Inclusion on the list will restrict or prohibit the firms from engaging in trade",
        "Placement on its export control list will bar the firms from buying dual-use items",
        "Being listed on the unreliable entity list also means a ban on new investment",
    ],
)
def test_what_inclusion_on_a_list_does_describes_the_list(text):
    assert patterns()["listing_description"].match(text)


@pytest.mark.parametrize(
    "text",
    [
        "China added 11 companies to the list on Friday",
        "Inclusion of gallium on the control list took effect in August",
    ],
)
def test_a_listing_made_is_no_description(text):
    assert not patterns()["listing_description"].match(text)


def _eleven_firms() -> dt.date:
    """The day China put eleven US defence firms on its unreliable entity list."""
    rows = read_rows("sources/measures.csv")
    row = next(
        r
        for r in rows
        if r["measure_type"] == "unreliable_entity_listing" and r["title"].startswith("Eleven")
    )
    return dt.date.fromisoformat(row["announced"])


def test_inclusion_consequences_are_not_checkable_and_the_listing_is(tmp_path):
    day = _eleven_firms()
    text = (
        f"China added 11 US defence firms to its unreliable entity list on {day:%d %B %Y}. "
        "Inclusion on the list will restrict or prohibit the firms from engaging in "
        "China-related import or export activities."
    )
    found = dated_verdicts(tmp_path, text, (day + dt.timedelta(days=2)).isoformat())
    told = verdict_about(found, "Inclusion on the list")
    assert told.verdict == Label.NOT_CHECKABLE, told.rationale
    listed = verdict_about(found, "China added")
    assert listed.verdict == Label.SUPPORTED, listed.rationale
