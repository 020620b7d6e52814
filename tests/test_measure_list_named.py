"""A listing claim naming China's export control list or its Unreliable Entity List is
about that list's listings only: on days when China added firms to both ("28 entities to
its export control list" on 2 January 2025, with ten defence firms put on the Unreliable
Entity List that day), the other list's listing neither decides it nor gives its count
(round 25, branch dtm16: made-up sentences keyed from `measures.csv`). Rules:
docs/factcheck.md ("measure in the catalog")."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

# (sentence, article date, words of the catalog title of the list it names)
NAMED = [
    (
        "China on 9 April 2025 added 12 firms to its export control list.",
        "2025-04-20",
        "12 US entities",
    ),
    (
        "China on 4 March 2025 added 15 entities to its export control list.",
        "2025-03-20",
        "15 US entities",
    ),
    (
        "China on 25 September 2025 added three entities to its export control list.",
        "2025-10-01",
        "export-control control list",
    ),
    (
        "China on 9 April 2025 added six firms to its unreliable entity list.",
        "2025-04-20",
        "Six US firms",
    ),
]


@pytest.mark.parametrize(("text", "day", "title"), NAMED)
def test_the_list_named_chooses_among_listings_of_a_day(tmp_path, text, day, title):
    x = verdict_about(dated_verdicts(tmp_path, text, day), "added")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert title in x.rationale


def test_a_blacklist_word_names_no_list(tmp_path):
    # "blacklists" is read as an entity listing of any side: it does not narrow China's
    # listings to the US Entity List (Global Neighbours' headline of 4 April 2025)
    text = "China on 4 April 2025 blacklisted eleven US drone firms."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-20"), "blacklisted")
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale
