"""A short form naming a body only as the subject of a verb (round 33, branch abs33):
"Commerce adds 34 firms", "Commerce said" name the US Department of Commerce, while
"Secretary of Commerce" and "Commerce Control List" do not. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article, dated_verdicts, verdict_about

from analysis.vocab import Label

COMMERCE = "US Department of Commerce"


def _orgs(tmp_path: Path, text: str) -> list[str]:
    art = dated_article(tmp_path, text, "2021-07-12")
    return [e.canonical for e in art.entities if e.canonical == COMMERCE]


def test_commerce_as_a_subject_is_the_department(tmp_path: Path) -> None:
    assert _orgs(tmp_path, "Commerce adds 34 firms to its trade blacklist.") == [COMMERCE]
    assert _orgs(tmp_path, "Commerce said most of the firms are in China.") == [COMMERCE]


def test_commerce_inside_another_name_is_not(tmp_path: Path) -> None:
    assert _orgs(tmp_path, "The Secretary of Commerce spoke in Beijing.") == []
    assert _orgs(tmp_path, "The items were put on the Commerce Control List.") == []


def test_the_department_as_subject_decides_a_listing_count(tmp_path: Path) -> None:
    """The US acts: the Entity List rule of that week (34 entities) decides the count,
    where China was read as the actor before (its Unreliable Entity List, no count)."""
    found = dated_verdicts(
        tmp_path,
        "Commerce adds 34 firms to trade blacklist for helping China's military.",
        "2021-07-09",
    )
    verdict = verdict_about(found, "34 firms")
    assert verdict.claim.frame.actor_country == "USA"
    assert verdict.verdict == Label.SUPPORTED
