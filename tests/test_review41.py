"""Review of round 41 (branch rev41): three of the round's rules narrowed where made-up
sentences of other meanings showed them reaching too far (docs/factcheck-log.md, "Review of
round 41"). Made-up sentences; the catalog rows are the bundled ones.

- A firm's own act (cover41, `predicates.firm_conduct`): a verb of saying after the firm
  ("Chipmakers said China imposed ...") reports a measure, it is no conduct of the firm.
- A saying named by its noun before its day (user41, saying.yaml's `said_on` occasion): only
  as the source a report cites ("according to an announcement Monday", "in a statement on
  Monday"), not as the object of a verb or after "at", where the saying may be to come.
- "Highest" reserves as a rank (left41, `reserve_rank_words`): not a country's money or
  bullion ("the highest foreign exchange reserves", "the highest gold reserves")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import day_read, first_verdict_with

from analysis.article import measure_reading
from analysis.article.claim_words import patterns
from analysis.evidence.predicates import firm_conduct

# --- a firm's own act -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chipmakers said China imposed export controls on gallium in July 2023.",
        "US companies reported that China imposed export controls on gallium.",
        "Exporters warned the new export controls on gallium would bite.",
    ],
)
def test_a_firm_saying_is_no_conduct(text: str) -> None:
    assert firm_conduct(text, [], 0) is None


def test_a_firm_acting_is_still_conduct() -> None:
    text = "Chinese companies have avoided the export controls on gallium by shipping via Vietnam."
    assert firm_conduct(text, [], 0) == "Chinese companies have avoided"


def test_the_measure_a_firm_reports_is_checked(tmp_path: Path) -> None:
    text = "Chipmakers said China imposed export controls on gallium in July 2023."
    x = first_verdict_with(tmp_path, text, "2023-08-10", "imposed")
    assert x.verdict == "supported", x.rationale


# --- a saying named by its noun ---------------------------------------------------------

# 5 July 2023 was a Wednesday: the Monday before is 3 July, the Monday after 10 July.
_WED = "2023-07-05"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("China will issue a statement on Monday about export controls on gallium.", "Monday"),
        (
            "China will announce export controls on gallium at a press conference on Monday.",
            "Monday",
        ),
    ],
)
def test_a_saying_to_come_keeps_its_future_day(tmp_path: Path, text: str, words: str) -> None:
    assert day_read(tmp_path, text, _WED, words) == "2023-07-10"


def test_a_saying_cited_as_a_source_is_past(tmp_path: Path) -> None:
    text = "China will restrict exports of gallium, according to an announcement Monday."
    assert day_read(tmp_path, text, _WED, "Monday") == "2023-07-03"


# --- "highest" reserves -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China, which holds the highest foreign exchange reserves, mines rare earths.",
        "China has the highest gold reserves in Asia and leads rare earths output.",
        "Japan has the greatest currency reserves of the region.",
    ],
)
def test_money_and_bullion_reserves_rank_nothing(text: str) -> None:
    assert patterns()["reserve_rank"].search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "China has the highest reserves of rare earths in the world.",
        "Vietnam has the greatest proven reserves after China.",
        "China holds the highest rare earth reserves.",
    ],
)
def test_mineral_reserves_still_rank(text: str) -> None:
    assert patterns()["reserve_rank"].search(text)


# --- a count referring back to a listing --------------------------------------------------

_LISTING = "The US added 36 entities to the Entity List on December 15, 2022. "


@pytest.mark.parametrize(
    "text",
    [
        "The move targeted 4 companies in Hong Kong.",
        "It covered 6 firms from Singapore.",
    ],
)
def test_a_count_in_a_place_is_a_part_not_the_listings(tmp_path: Path, text: str) -> None:
    x = first_verdict_with(tmp_path, _LISTING + text, "2023-01-10", text[:12])
    assert x.verdict == "not checkable", x.rationale


def test_a_count_referring_back_is_still_the_listings(tmp_path: Path) -> None:
    text = "It encompassed 21 Chinese companies."
    x = first_verdict_with(tmp_path, _LISTING + text, "2023-01-10", "encompassed")
    assert x.rule == "entity list count", x.rationale
    assert x.verdict == "unsupported", x.rationale


# --- a relaxation of a measure named again --------------------------------------------------


def test_firms_pausing_their_orders_relax_no_measure() -> None:
    assert not measure_reading.relaxes_told("Chinese buyers have paused their orders")
    assert not measure_reading.relaxes_told("However, soybean importers suspended the orders")


def test_a_government_pausing_a_measure_named_again_still_relaxes_it() -> None:
    assert measure_reading.relaxes_told("That clause is now paused")
    assert measure_reading.relaxes_told("Washington suspended the tariffs")
