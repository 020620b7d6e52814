"""A licence named in a clause with a subject of its own does not qualify a ban told before
it (round 34, fx34m): "After banning X in December, China now restricts Y by requiring
licences" tells a ban, then another act; the ban is no longer read as a licence and so no
longer "misleading" against the catalog's ban. A licence in the ban's own clause ("banned
... without a licence", "..., when it introduced a licensing system") still qualifies it.
Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import checked_about

from analysis.article import measure_reading
from analysis.vocab import Label


def test_a_licence_of_another_clause_leaves_the_ban_a_ban() -> None:
    text = (
        "Having banned exports of gallium and germanium to the US in December, "
        "shipments had already dried up as traders failed to obtain licences."
    )
    assert measure_reading.action(text) == "ban"
    assert measure_reading.forbids(text)


def test_a_licence_of_the_ban_clause_still_qualifies_it() -> None:
    assert measure_reading.action("Beijing banned exports of gallium without a licence.") == (
        "licence"
    )
    text = "China has blocked exports of magnets since May, when it set up a licensing system."
    assert measure_reading.action(text) == "licence"
    assert not measure_reading.forbids(text)


def test_the_ban_is_not_called_a_licence_against_the_catalog(tmp_path: Path) -> None:
    text = (
        "While China banned exports of gallium and germanium to the United States in "
        "December 2024, deliveries had already slowed as buyers struggled to get licences."
    )
    found = checked_about(tmp_path, text, "2025-01-10", "banned exports of gallium")
    assert found.verdict == Label.SUPPORTED
    assert found.rule == "ban or licensing"
    assert "a ban covered gallium" in found.rationale
