"""A trade flow with China said to rise or fall, with no figure (analysis/evidence/
trade_direction.py), and the claims it is read from (analysis/article/claims.py). Made-up
one-paragraph articles of a stated date; the direction expected is read from the table."""

from __future__ import annotations

import pytest
from conftest import dated_article
from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.vocab import Label


def _rose(flow: str, year: int) -> bool:
    table = trade.goods_trade().set_index("year")
    return abs(float(table.at[year, flow])) > abs(float(table.at[year - 1, flow]))


@pytest.mark.parametrize(
    ("flow", "template"),
    [
        ("imports", "Purchases slowed as US imports from China {verb} in {year}."),
        ("exports", "Farm sales helped: US exports to China {verb} in {year}."),
        ("balance", "Officials noted that the goods deficit with China {verb} in {year}."),
    ],
)
def test_a_direction_of_trade_with_china_is_checked_against_the_year_before(
    tmp_path, flow, template
):
    year = 2023
    up = _rose(flow, year)
    right = "widened" if flow == "balance" and up else "narrowed" if flow == "balance" else ""
    right = right or ("climbed" if up else "slumped")
    wrong = {"widened": "narrowed", "narrowed": "widened", "climbed": "slumped"}.get(
        right, "climbed"
    )
    for verb, label in ((right, Label.SUPPORTED), (wrong, Label.UNSUPPORTED)):
        (tmp_path / verb).mkdir()
        text = template.format(verb=verb, year=year)
        x = _of(tmp_path / verb, text, "2024-06-01", verb)
        assert x.verdict == label, (text, x.rationale)


def test_a_direction_for_a_year_not_yet_published_is_not_checkable(tmp_path):
    x = _of(tmp_path, "US imports from China slumped in 2023.", "2024-01-10", "slumped")
    assert x.verdict == Label.NOT_CHECKABLE and "published after" in x.rationale, x.rationale


def test_a_direction_for_a_month_is_not_checkable(tmp_path):
    x = _of(tmp_path, "US imports from China slumped in May.", "2024-07-10", "slumped")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_widening_export_controls_is_no_trade_direction(tmp_path):
    """The words "export controls" name a measure, not a flow: the clause is a measure only."""
    art = dated_article(
        tmp_path, "In March 2023, the US expanded export controls on chips to China.", "2023-06-01"
    )
    (claim,) = art.claims
    assert claim.types == ("policy_action",), claim.types


def test_trade_in_goods_between_two_countries_is_two_way_trade(tmp_path):
    table = trade.goods_trade().set_index("year")
    highest = int((table["exports"] + table["imports"]).idxmax())
    text = f"Trade in goods between the US and China reached a record in {highest}."
    x = _of(tmp_path, text, f"{highest + 1}-06-01", "record")
    assert x.verdict == Label.SUPPORTED, x.rationale
