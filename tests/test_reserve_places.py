"""Places in a ranking of reserves stated without "largest" ("ranks second", "is third"),
reserves of the article's only mineral, and "one of the largest" holders (`AMONG_TOP`)."""

from __future__ import annotations

from conftest import dated_article, reserve_order

from analysis.evidence import factcheck
from analysis.evidence.figure_checks import AMONG_TOP
from analysis.vocab import Label

WHEN = "2024-06-01"  # MCS 2024 is the newest edition then


def _ranked(tmp_path, text: str):
    found = [x for x in factcheck.check(dated_article(tmp_path, text, WHEN))]
    return [x for x in found if x.rule == "rank of reserves"]


def test_a_place_stated_by_a_verb_of_ranking_is_checked(tmp_path):
    order = reserve_order()
    right = _ranked(tmp_path, f"{order[2]} ranks third in rare earth reserves.")
    assert right and right[0].verdict == Label.SUPPORTED, right
    wrong = _ranked(tmp_path, f"{order[2]} is second in rare earth reserves.")
    assert wrong and wrong[0].verdict == Label.UNSUPPORTED, wrong


def test_a_reserve_place_with_no_mineral_is_of_the_articles_only_mineral(tmp_path):
    order = reserve_order()
    text = (
        f"{order[0]} mines most of the world's rare earths. "
        f"{order[1]} sits second by reserves, holding large deposits."
    )
    ranked = _ranked(tmp_path, text)
    assert ranked and ranked[-1].verdict == Label.SUPPORTED, ranked


def test_one_of_the_largest_holders_is_a_place_among_the_first_few(tmp_path):
    order = reserve_order()
    inside = _ranked(tmp_path, f"{order[1]} has one of the biggest rare earth reserves on earth.")
    assert inside and inside[0].verdict == Label.SUPPORTED, inside
    assert "among the first" in inside[0].rationale
    if len(order) > AMONG_TOP:
        outside = _ranked(
            tmp_path, f"{order[AMONG_TOP]} has some of the largest rare earth reserves on earth."
        )
        assert outside and outside[0].verdict == Label.UNSUPPORTED, outside
