"""Structural readings of export-ban claims (round 35, branch fx35d; docs/factcheck.md,
"Export bans"): a listing said to forbid is checked as a listing; a ban limited to another
destination than the one the claim names, or a ban on the goods that came only after the
claim's date, makes the claim unsupported, not misleading; a country the sentence names in
another role is no destination; the measure a claim answers ("in retaliation for U.S.
export controls on ... chips") lends it neither actor nor goods; the country a hyphen joins to
where goods come from ("U.S.-grown chicken") is the side a tariff falls on. Made-up
sentences and facts; each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import checked_about

from analysis.evidence import verdicts as v
from analysis.vocab import Label

DAY = dt.date(2024, 12, 10)


def _fact(kind: str, goods: str, start: dt.date, affected: str | None = None) -> v.MeasureFact:
    return v.MeasureFact(f"{kind} on {goods}", kind, start, (goods,), True, affected=affected)


def test_a_ban_on_exports_to_another_country_only_is_unsupported() -> None:
    ban = _fact("ban", "gallium", dt.date(2024, 12, 3), affected="United States")
    licence = _fact("licence", "gallium", dt.date(2023, 8, 1))
    d = v.decide_export_ban("gallium", DAY, [ban, licence], partner="Japan")
    assert d.label == Label.UNSUPPORTED
    assert "United States only, not to Japan" in d.rationale


def test_a_ban_that_came_after_the_claimed_date_is_unsupported() -> None:
    other = v.MeasureFact(
        "licence on graphite", "licence", dt.date(2023, 12, 1), ("graphite",), False
    )
    later = [_fact("ban", "rare-earth technology", dt.date(2023, 12, 21))]
    d = v.decide_export_ban("rare-earth technology", dt.date(2023, 10, 31), [other], later)
    assert d.label == Label.UNSUPPORTED and "2023-12-21" in d.rationale


def test_a_later_licence_on_the_goods_keeps_other_goods_misleading() -> None:
    other = v.MeasureFact("ban on gallium", "ban", dt.date(2024, 12, 3), ("gallium",), False)
    later = [_fact("licence", "rare earths", dt.date(2025, 4, 4))]
    d = v.decide_export_ban("rare earths", DAY, [other], later)
    assert d.label == Label.MISLEADING


def test_a_listing_said_to_forbid_is_checked_as_a_listing(tmp_path: Path) -> None:
    x = checked_about(
        tmp_path,
        "China expanded the list of restricted elements and banned its citizens from "
        "joining overseas rare-earth projects without permission.",
        "2025-10-13",
        "expanded the list",
    )
    assert x.rule != "ban or licensing"


def test_a_country_named_in_another_role_is_no_destination(tmp_path: Path) -> None:
    x = checked_about(
        tmp_path,
        "China's recent export ban on gallium, germanium and antimony has sparked talk of "
        "opportunities for Australia.",
        "2024-12-09",
        "export ban",
    )
    assert x.rule == "ban or licensing"
    assert x.verdict == Label.PARTLY  # the ban is on exports to the US only


def test_the_measure_answered_lends_neither_actor_nor_goods(tmp_path: Path) -> None:
    text = (
        "China has lifted its ban on exports of gallium, germanium and antimony to the "
        "United States. The ban was first imposed in December 2024 in retaliation for U.S. "
        "export controls on high-bandwidth memory chips into China."
    )
    x = checked_about(tmp_path, text, "2025-11-10", "first imposed")
    assert x.claim.frame.actor_country == "CHN"
    assert "high_bandwidth_memory" not in x.claim.frame.goods
    assert x.verdict == Label.SUPPORTED


def test_the_country_goods_are_grown_in_does_not_impose_the_tariff(tmp_path: Path) -> None:
    text = (
        "China will impose additional tariffs on key US farm products from March 10. "
        "Imports of U.S.-grown chicken, wheat, corn and cotton will be subject to an "
        "additional 15 percent tariff."
    )
    x = checked_about(tmp_path, text, "2025-03-04", "U.S.-grown")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_a_ban_on_the_named_destination_still_decides_in_full() -> None:
    ban = _fact("ban", "gallium", dt.date(2024, 12, 3), affected="United States")
    d = v.decide_export_ban(
        "gallium", DAY, [ban], destinations=["United States"], partner="United States"
    )
    assert d.label == Label.SUPPORTED


def test_a_ban_announced_after_the_article_is_told_not_weighed() -> None:
    # `since`: measures out after the article (round 36, later36): named, never deciding
    other = v.MeasureFact(
        "licence on graphite", "licence", dt.date(2023, 12, 1), ("graphite",), False
    )
    since = [_fact("ban", "rare-earth technology", dt.date(2023, 12, 21))]
    d = v.decide_export_ban("rare-earth technology", dt.date(2023, 10, 31), [other], since=since)
    assert d.label == Label.MISLEADING and "Later:" in d.rationale and "2023-12-21" in d.rationale
