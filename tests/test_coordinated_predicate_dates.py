"""A date's role is read from its own predicate, not from one joined after it: in "imposed
curbs on gallium in August 2023 and further announced graphite restrictions on October 20",
August dates what was done (the announcement or the effect), not an announcement, and the
two dates may each date a measure of its own (round 32, fcm32: Dr & Aju). Made-up
sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about


def test_an_act_and_a_later_announcement_date_two_measures(tmp_path: Path) -> None:
    """Gallium's licensing took effect on 1 August 2023; graphite's was announced on 20
    October 2023."""
    x = checked_about(
        tmp_path,
        "Beijing restricted exports of gallium in August 2023 and then announced graphite "
        "controls on October 20, 2023.",
        "2023-12-05",
        "restricted exports of gallium",
    )
    assert (x.verdict, x.rule) == ("supported", "measure in the catalog")
    assert "Graphite" in x.rationale


def test_the_later_day_must_still_fit(tmp_path: Path) -> None:
    """Twin: a wrong day for the second measure is still refuted."""
    x = checked_about(
        tmp_path,
        "Beijing restricted exports of gallium in August 2023 and then announced graphite "
        "controls on October 26, 2023.",
        "2023-12-05",
        "restricted exports of gallium",
    )
    assert x.verdict == "unsupported"


def test_an_announcement_before_the_date_still_makes_it_one(tmp_path: Path) -> None:
    """Twin: an announcing word of the date's own predicate still makes it an announcement
    (gallium's controls were announced on 3 July, not in August)."""
    x = checked_about(
        tmp_path,
        "Beijing announced restrictions on exports of gallium in August 2023.",
        "2023-12-05",
        "restrictions on exports of gallium",
    )
    assert x.verdict != "supported"
    assert "'August 2023' (announced)" in x.rationale
