"""A measure claim naming a mineral the matched measure does not cover, beside goods it does
cover, is partly supported; the goods a list after the claim's colon enumerates count as
named (round 38, fx38d)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import dated_verdicts, verdict_about

ANTIMONY = (
    "On August 15, 2024, China's Ministry of Commerce announced it will control the export of"
)
SEVEN = (
    "On April 4, 2025, China's Ministry of Commerce introduced a new export licensing system "
    "for seven rare earth elements: samarium, {}, terbium, dysprosium, lutetium, scandium, "
    "and yttrium."
)


def _one(tmp_path: Path, text: str, day: str, words: str) -> object:
    return verdict_about(dated_verdicts(tmp_path, text, day), words)


def test_a_mineral_the_measure_does_not_cover_is_partly_supported(tmp_path: Path) -> None:
    got = _one(tmp_path, f"{ANTIMONY} antimony and rare earth materials.", "2024-08-16", "antimony")
    assert got.verdict == "partly supported"
    assert got.rule == "measure in the catalog"
    assert "does not cover rare earths" in got.rationale


def test_the_goods_the_measure_covers_stay_supported(tmp_path: Path) -> None:
    for goods in ("antimony", "antimony and superhard materials"):
        got = _one(tmp_path, f"{ANTIMONY} {goods}.", "2024-08-16", "antimony")
        assert got.verdict == "supported", goods
        assert "does not cover" not in got.rationale


def test_goods_several_measures_share_out_are_each_some_measures(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "China has restricted exports of gallium, germanium and graphite.",
        "2024-01-10",
        "gallium",
    )
    assert "does not cover" not in got.rationale


def test_a_list_after_the_claims_colon_names_its_goods(tmp_path: Path) -> None:
    wrong = _one(tmp_path, SEVEN.format("gallium"), "2025-04-10", "seven rare earth")
    assert wrong.verdict == "partly supported"
    assert "does not cover gallium" in wrong.rationale
    right = _one(tmp_path, SEVEN.format("gadolinium"), "2025-04-10", "seven rare earth")
    assert right.verdict == "supported"


def test_a_clause_after_the_colon_lists_no_goods(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "On April 4, 2025, China introduced export licensing for rare earths: the move hit "
        "gallium buyers hard.",
        "2025-04-10",
        "export licensing for rare earths",
    )
    assert got.verdict == "supported"


def test_a_claim_with_several_dates_may_date_several_measures(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "The export of gallium and germanium has been restricted, followed by similar "
        "restrictions on graphite since December 2023 and antimony since September 2024.",
        "2025-01-20",
        "gallium and germanium",
    )
    assert "does not cover" not in got.rationale


def test_goods_only_the_rest_of_the_sentence_names_are_not_the_claims(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "In August, the Chinese Commerce Ministry said it would restrict exports of antimony, "
        "a metal used with graphite in batteries.",
        "2024-12-14",
        "restrict exports of antimony",
    )
    assert "does not cover" not in got.rationale


def test_goods_of_a_clause_before_the_measure_are_not_its(tmp_path: Path) -> None:
    got = _one(
        tmp_path,
        "Antimony is used in ammunition, and in July 2023 China restricted exports of gallium "
        "and germanium.",
        "2023-10-20",
        "China restricted",
    )
    assert "does not cover" not in got.rationale
