"""A rank among the first few producers or holders ("one of the top three producers of
antimony", "among the top five producers", "one of the world's largest producers"): the
claim gives the last place that fits (`figure_checks.among_limit`, `rank_top_n` words in
`data/lexicon/claims.yaml`), not first place (round 26, branch dtm18: 86 made-up sentences
over five minerals and five USGS editions were judged as claims of first place)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, read_rows, reserve_order

from analysis.evidence.figure_checks import AMONG_TOP, among_limit
from analysis.vocab import Label

WHEN = "2024-06-15"  # MCS 2024 is the newest edition then
EDITION = "MCS 2024"


def producer_order(commodity: str, table: str) -> list[str]:
    """Countries by output in the edition's latest year, largest first (from the vendored
    table: no figure typed by hand); ties end the list, as no place is theirs alone."""
    rows = [
        r
        for r in read_rows(f"sources/{table}.csv")
        if r["commodity"] == commodity
        and r["source_edition"] == EDITION
        and r["value"]
        and "capacity" not in r["measure"]
    ]
    year = max(int(r["year"]) for r in rows)
    made = sorted(
        (
            (float(r["value"]), r["country"])
            for r in rows
            if int(r["year"]) == year and "World" not in r["country"]
        ),
        reverse=True,
    )
    made = [(v, c) for v, c in made if "Other" not in c]
    out = []
    for i, (v, c) in enumerate(made):
        if (i and made[i - 1][0] == v) or (i + 1 < len(made) and made[i + 1][0] == v):
            break
        out.append(c)
    return out


def _rank(tmp_path, text: str, rule: str = "rank of producers"):
    found = [x for x in dated_verdicts(tmp_path, text, WHEN) if x.rule == rule]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("commodity", "table", "noun"),
    [
        ("antimony", "critical_minerals_mine_production", "antimony"),
        ("rare earths", "rare_earths_mine_production", "rare earths"),
    ],
)
def test_the_top_three_producers_are_the_first_three_places(tmp_path, commodity, table, noun):
    order = producer_order(commodity, table)
    assert len(order) > 4, order
    third = _rank(tmp_path, f"{order[2]} is one of the top three producers of {noun}.")
    assert third.verdict == Label.SUPPORTED, third.rationale
    assert "among the first 3" in third.rationale
    fifth = _rank(tmp_path, f"{order[4]} is among the top three producers of {noun}.")
    assert fifth.verdict == Label.UNSUPPORTED, fifth.rationale


def test_one_of_the_largest_producers_is_a_place_among_the_first_few(tmp_path):
    order = producer_order("graphite (natural)", "critical_minerals_mine_production")
    second = _rank(tmp_path, f"{order[1]} is one of the world's largest producers of graphite.")
    assert second.verdict == Label.SUPPORTED, second.rationale


def test_a_single_place_is_still_that_place(tmp_path):
    """The twin that stays decided: no count, no "one of", one place."""
    order = producer_order("antimony", "critical_minerals_mine_production")
    second = _rank(tmp_path, f"{order[1]} is the world's largest producer of antimony.")
    assert second.verdict == Label.UNSUPPORTED, second.rationale
    top = _rank(tmp_path, f"{order[0]} is the world's top producer of antimony.")
    assert top.verdict == Label.SUPPORTED, top.rationale


def test_the_top_n_of_reserves_is_read_as_well(tmp_path):
    order = reserve_order(EDITION)
    said = "holds one of the top three largest rare earth reserves."
    inside = _rank(tmp_path, f"{order[2]} {said}", "rank of reserves")
    assert inside.verdict == Label.SUPPORTED, inside.rationale
    outside = _rank(tmp_path, f"{order[3]} {said}", "rank of reserves")
    assert outside.verdict == Label.UNSUPPORTED, outside.rationale


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("one of the top three producers", 3),
        ("among the top 10 holders", 10),
        ("a top-five producer", 5),
        ("one of the biggest producers", AMONG_TOP),
        ("the top producer", None),
        ("the second-largest producer", None),
    ],
)
def test_the_last_place_a_claim_allows(text, limit):
    assert among_limit(text) == limit
