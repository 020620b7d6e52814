"""Readings of round 31 (branch fcw31): wrong verdicts on decidable claims whose class two
outlets or more showed. Made-up sentences, each on a stated date, checked against the
catalog; each rule has a twin that must stay as it was. Rules: docs/factcheck.md ("Wrong
verdicts and undetected decidable claims, round 31")."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.vocab import Label

# --- a group of goods with its members in apposition ---------------------------------------


def test_members_in_apposition_to_their_group_are_the_goods(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing has banned exports to the United States of the strategic minerals germanium "
        "and gallium.",
        "2025-01-10",
    )
    x = _about(found, "banned exports")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_members_after_a_dash_and_including_are_the_goods(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals – including germanium and "
        "gallium – to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_good_after_and_is_not_a_member_of_the_group(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals and gallium to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert "critical_minerals" in x.claim.frame.goods, x.claim.frame
    assert x.verdict == Label.PARTLY, x.rationale
