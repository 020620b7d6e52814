"""A count of a listing's parties against the count its catalog title opens with (round 27,
branch dtm19: made-up measure sentences keyed from `measures.csv`). A count whose noun
follows an abbreviation with stops ("28 U.S. entities") is a count like "28 US entities";
a count the one singled-out listing's title contradicts ("33 U.S. entities" of "28 US
entities put on China's export-control control list") is unsupported, unless hedged or a
part of the additions. Rules: docs/factcheck.md ("measure in the catalog") and
docs/factcheck-log.md ("Made-up measure sentences in news shapes")."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article import claim_words
from analysis.evidence import measure_details
from analysis.vocab import Label

# (sentence, article date): a wrong count of one listing, its list and day named
WRONG = [
    ("China added 33 U.S. entities to its export control list on January 2, 2025.", "2025-01-22"),
    ("MOFCOM on March 4 added 20 U.S. entities to China's export control list.", "2025-03-24"),
    ("China added 9 U.S. firms to its unreliable entity list on April 9, 2025.", "2025-04-29"),
    ("MOFCOM on January 14 added ten U.S. firms to China's unreliable entity list.", "2025-02-03"),
    ("China added 18 US firms to its unreliable entity list on October 9, 2025.", "2025-10-29"),
]
JAN, OCT = "2025-02-03", "2025-10-29"
# the same with the count the title gives
RIGHT = [
    ("China added 28 U.S. entities to its export control list on January 2, 2025.", "2025-01-22"),
    ("MOFCOM on January 14 added seven U.S. firms to China's unreliable entity list.", JAN),
    ("China added 14 foreign entities to its unreliable entity list on October 9, 2025.", OCT),
]


@pytest.mark.parametrize(("text", "day"), WRONG)
def test_a_count_the_title_contradicts_is_unsupported(tmp_path, text, day):
    x = verdict_about(dated_verdicts(tmp_path, text, day), "added")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


@pytest.mark.parametrize(("text", "day"), RIGHT)
def test_the_title_count_is_supported(tmp_path, text, day):
    x = verdict_about(dated_verdicts(tmp_path, text, day), "added")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_hedged_count_is_not_contradicted(tmp_path):
    text = "China added more than 20 U.S. entities to its export control list on January 2, 2025."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-01-22"), "added")
    assert x.verdict != Label.UNSUPPORTED, x.rationale


def test_a_part_of_the_additions_is_not_contradicted(tmp_path):
    text = (
        "China added 28 U.S. entities to its export control list on January 2, 2025, "
        "including 10 defence firms."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-01-22"), "added")
    assert x.verdict != Label.UNSUPPORTED, x.rationale


@pytest.mark.parametrize("abbrev", ["U.S.", "U.K.", "P.R.C."])
def test_a_stopped_abbreviation_before_the_noun_keeps_the_count(abbrev):
    told = claim_words.counted_parties(f"China added 33 {abbrev} entities to its list")
    assert told is not None and told.group("num") == "33"


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("28 US entities put on China's export-control control list", 28),
        ("Fourteen foreign entities (incl. TechInsights) put on the list", 14),
        ("Eleven US drone and defence firms put on the list", 11),
        ("Lockheed Martin and Raytheon put on the list", None),
        ("Ninety widget makers put on the list", 90),
        ("One widget maker put on the list", None),
        ("A widget maker put on the list", None),
    ],
)
def test_the_count_a_title_opens_with(title, count):
    assert measure_details.opening_count(title) == count


def test_an_undated_count_singles_out_no_listing(tmp_path):
    # the latest listing stands in for an undated claim: its count decides nothing
    text = (
        "China announced new blacklistings. "
        "The move added 21 U.S. entities to its export control list."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-24"), "The move")
    assert x.verdict != Label.UNSUPPORTED, x.rationale


# China's control listing of 2 January 2025: the one export-control measure of China's that
# day, its title opening with the count of its parties
CONTROL_LISTING = "chn-2025-01-02-export-control-list-28-us-entities"


def _listing_count_and_day() -> tuple[int, str]:
    row = measure_row(CONTROL_LISTING)
    count = measure_details.opening_count(row["title"])
    assert count is not None
    return count, pd.Timestamp(row["announced"]).strftime("%B %-d, %Y")


# "China has sanctioned N US entities" is a sanction told as an act (round 42, sanc42): its
# frame is a measure whose candidates are the side's listings and sanctions, checked in the
# catalog as a listing's count is ("China has blacklisted N US entities"), no longer by the
# existence of a side's measures of the kind (`check_policy`). Dated, the day's listing
# giving the count decides; undated or with a count no title of the day gives, the reading
# is the listing's.
@pytest.mark.parametrize("dated", [False, True])
def test_a_side_s_sanction_count_is_checked_as_a_listing_s(tmp_path, dated):
    count, day = _listing_count_and_day()
    for told in (count, count + 5):
        lead = f"On {day}, China" if dated else "China has"
        said = {
            verb: verdict_about(
                dated_verdicts(tmp_path, f"{lead} {verb} {told} US entities.", "2025-01-10"),
                verb,
            )
            for verb in ("sanctioned", "blacklisted")
        }
        x, listed = said["sanctioned"], said["blacklisted"]
        assert x.claim.frame.action == "sanction"
        assert x.rule == listed.rule == "measure in the catalog", x.rule
        assert x.verdict == listed.verdict, (told, x.rationale, listed.rationale)
        if dated and told == count:
            assert x.verdict == Label.SUPPORTED, x.rationale
