"""A policy clause whose frame reads no measure word ("sanctions ... on seven U.S.
companies", "added ... firms from the United States to their list of unreliable
organizations") does not take the countries it names as targets for its actor: the claim's
actor leaves them out, and with no actor of its own the clause takes its frame's, borrowed
from before (round 32, fcm32: Kenyan Post, TASS). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about


def test_sanctions_on_a_country_s_firms_are_not_that_country_s(tmp_path: Path) -> None:
    """The firms' country is where the sanctions land, and the clause takes the actor named
    before it: China's countermeasures of Friday 27 December 2024 bear out "last Friday"
    (the article of Friday 3 January 2025)."""
    x = checked_about(
        tmp_path,
        "China's commerce ministry added ten firms to its list. This follows sanctions "
        "announced last Friday on seven U.S. defense companies.",
        "2025-01-03",
        "sanctions announced",
    )
    assert (x.verdict, x.rule) == ("supported", "measure dates")


def test_sanctions_by_the_country_named_stay_its_own(tmp_path: Path) -> None:
    """Twin: a country that imposes the sanctions is their actor; the United States took
    no such measure that Friday. The sanctions are an act (round 42, sanc42), checked in the
    catalog among the US listings and sanctions, none of that Friday: not supported."""
    x = checked_about(
        tmp_path,
        "Beijing protested the arms sales. Washington announced sanctions last Friday on "
        "seven Chinese companies.",
        "2025-01-03",
        "Washington announced",
    )
    assert x.claim.frame.actor_country == "USA"
    assert x.rule == "measure in the catalog"
    assert x.verdict in ("unsupported", "not checkable"), x.rationale


def test_firms_from_a_country_added_to_a_list_are_not_its_actor(tmp_path: Path) -> None:
    """A list named in words the listing cues lack: the firms' country is the target, and
    China, whose ministry announced it, keeps the Unreliable Entity List."""
    x = checked_about(
        tmp_path,
        "Chinese authorities have added 14 defense industry firms from the United States "
        "and several other Western countries to their list of unreliable organizations, "
        "the Ministry of Commerce announced.",
        "2025-10-10",
        "added 14 defense",
    )
    # round 32, fck32: "added 14 ... firms" is now a listing cue, so the catalog's own row
    # (China's listing of the fourteen) decides it rather than the list's existence
    assert x.verdict == "supported"
    assert x.rule in ("measure exists", "measure in the catalog")
    chinese = [k for e in x.evidence for k in e.values if str(k).startswith("chn-")]
    assert "China" in x.rationale or chinese
