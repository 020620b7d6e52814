"""Trade multiples the all-goods table cannot decide, and hedges on a fall (fixf14, after
the differential test dt14b): a multiple of one product's, services' or a share's trade is
not checkable (the trade check's own guards); "more than halved" leaves at most half,
"nearly halved" from half up; a second flow with another partner or of a product is not
the table's; a multiple of growth rates is no multiple of levels; a bare multiple a little
off its factor is partly supported. Sentences made up; figures from the bundled Census
table (us_china_goods_trade_annual, $ million)."""

from __future__ import annotations

import pytest
from conftest import checked_about as _verdict

from analysis.article import quantities
from analysis.evidence import multiple_checks
from analysis.vocab import Label

# --- a multiple of a product's, services' or a share's trade --------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("US soybean exports to China fell by half from 2022 to 2025.", "2026-07-01"),
        (
            "American wheat exports to China fell by half between 2022 and 2025.",
            "2026-07-01",
        ),
        ("US chip exports to China halved from 2022 to 2025.", "2026-07-01"),
        ("Exports of American semiconductors to China tripled from 2001 to 2010.", "2011-03-15"),
        ("US services exports to China halved between 2019 and 2025.", "2026-07-01"),
        ("Exports of US services to China more than doubled between 2004 and 2010.", "2011-03-15"),
        ("US agricultural exports to China tripled from 2003 to 2010.", "2011-03-15"),
        (
            "US imports from China halved as a share of total imports between 2017 and 2025.",
            "2026-07-01",
        ),
        (
            "As a proportion of all US imports, imports from China fell by half from 2017 to 2025.",
            "2026-07-01",
        ),
    ],
)
def test_a_change_multiple_of_part_of_the_trade_is_not_checkable(tmp_path, text, day):
    x = _verdict(tmp_path, text, day, "China")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


# --- hedges on a fall -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("imports more than halved", None, 0.5),
        ("the deficit was cut by more than half", None, 0.5),
        ("exports fell by well over half", None, 0.5),
        ("imports nearly halved", 0.5, 0.575),
        ("the surplus fell by almost half", 0.5, 0.575),
        ("exports less than halved", 0.5, None),
        # a rise keeps its bounds
        ("exports more than doubled", 2, None),
        ("exports nearly doubled", 1.7, 2),
    ],
)
def test_the_hedge_on_a_fall_points_down(text, low, high):
    q = quantities.quantity(text, [])
    assert q is not None and q.unit == quantities.TIMES and q.value in (0.5, 2)
    assert (q.low, q.high) == (pytest.approx(low) if low else None, high and pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # balance 2022 382,3xx $m, 2025 202,7xx $m: 0.53 times, a fall of 47%
        ("America's goods trade deficit with China more than halved from 2022 to 2025.", "u"),
        ("America's goods trade deficit with China nearly halved from 2022 to 2025.", "s"),
        # balance 2018 418,2xx $m, 2025: 0.48 times, a fall of 52%
        ("The US goods deficit with China more than halved between 2018 and 2025.", "s"),
        ("The US goods trade deficit with China fell by almost half from 2018 to 2025.", "u"),
        # imports 2018 538,5xx $m, 2025 308,7xx $m: 0.57 times, a fall of 43%
        ("US goods imports from China were cut by more than half from 2018 to 2025.", "u"),
        ("US goods imports from China were almost halved between 2018 and 2025.", "s"),
        ("US goods imports from China fell by close to half between 2018 and 2025.", "s"),
    ],
)
def test_a_hedged_fall_against_the_table(tmp_path, text, expected):
    want = {"s": Label.SUPPORTED, "u": Label.UNSUPPORTED}[expected]
    x = _verdict(tmp_path, text, "2026-07-01", "China")
    assert x.verdict == want, x.rationale


# --- one flow over another: the second flow must be the table's too ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2010, US imports from China were three times its exports to Canada.",
        "In 2010 US imports from China were about four times as large as its exports to Japan.",
        "In 2010, US imports of chips from China were three times its exports of chips there.",
        "In 2010 US imports from China were about four times as large as its exports of soybeans.",
        "In 2010, US services exports to China were three times its services imports.",
        "In 2010 US imports from China were four times as large as its exports of services there.",
    ],
)
def test_a_second_flow_beyond_the_table_is_not_checkable(tmp_path, text):
    x = _verdict(tmp_path, text, "2011-03-15", "times")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_second_flow_with_china_is_still_decided(tmp_path):
    # 2010: imports 364,9xx $m, exports 91,9xx $m: 3.97 times
    text = "In 2010 US imports from China were about four times as large as its exports there."
    assert _verdict(tmp_path, text, "2011-03-15", "times").verdict == Label.SUPPORTED


# --- a multiple of growth rates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2010, US exports to China grew at three times the pace of its imports.",
        "US exports to China rose three times as fast as imports from China in 2010.",
    ],
)
def test_a_multiple_of_growth_rates_is_not_a_level_ratio(tmp_path, text):
    assert quantities.quantity(text, []).of == quantities.RATE
    x = _verdict(tmp_path, text, "2011-03-15", "China")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    # the multiple check says why, not a check that found no data
    assert x.rule == "trade figure" and "rates of growth" in x.rationale, x.rationale


# --- a bare multiple a little off its factor ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exports 2003 28,4xx $m, 2007 62,9xx $m: 2.22 times
        ("US goods exports to China doubled between 2003 and 2007.", Label.PARTLY),
        # imports 2002 125,1xx $m, 2006 287,7xx $m: 2.30 times
        ("Goods imports from China into the US doubled from 2002 to 2006.", Label.PARTLY),
        # exports 2001 19,1xx $m, 2010 91,9xx $m: 4.79 times, 20% off "quadrupled"
        ("US goods exports to China quadrupled between 2001 and 2010.", Label.UNSUPPORTED),
        # hedged: its bounds alone ("roughly doubled" 2.22 times is inside 1.7-2.3)
        ("US goods exports to China roughly doubled between 2003 and 2007.", Label.SUPPORTED),
    ],
)
def test_a_bare_multiple_near_its_factor_is_partly_supported(tmp_path, text, expected):
    x = _verdict(tmp_path, text, "2011-03-15", "China")
    assert x.verdict == expected, x.rationale
    assert multiple_checks.MULTIPLE_NEAR > quantities.MULTIPLE_POINT
