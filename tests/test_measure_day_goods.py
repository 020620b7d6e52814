"""A measure claim whose goods fit none of the actor's measures on its day, matched by the
day alone with a measure the catalog records on other goods: not checkable, not supported
(round 25, branch dtm16: made-up sentences keyed from `measures.csv` found the day carrying
tariffs on soybeans, cars and electric vehicles, and suspensions of controls on tungsten, to
measures on other goods). Rules: docs/factcheck.md ("When the checker abstains")."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, measure_row, verdict_about

from analysis.evidence import measure_details
from analysis.vocab import Label

# (sentence, article date, needle): each day holds a measure of the actor's kind on other
# goods only (China's tariffs of 4 February 2025 on coal, LNG, crude oil and cars; its farm
# tariffs of 4 March 2025; the US tariffs of 11 December 2024 on tungsten, polysilicon and
# wafers)
OTHER_GOODS = [
    ("China on 4 February 2025 imposed tariffs on American soybeans.", "2025-02-20", "soybeans"),
    ("China's tariffs on US cars took effect on 10 March 2025.", "2025-03-30", "cars"),
    (
        "Washington imposed tariffs on Chinese electric vehicles on 11 December 2024.",
        "2025-01-05",
        "electric vehicles",
    ),
]
# (China's suspension of 9 November 2025 on tungsten, a single mineral: since round 26,
# fca17, a relaxation on single minerals is matched by them; tests/test_measure_goods_alone.py)


@pytest.mark.parametrize(("text", "day", "needle"), OTHER_GOODS)
def test_a_day_on_other_goods_does_not_decide(tmp_path, text, day, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "other goods" in x.rationale


# the same days with goods the measure of the day is recorded on, a group holding them
# (dual-use items) or a technology of them: decided as before
SAME_GOODS = [
    ("China on 4 February 2025 imposed tariffs on US crude oil.", "2025-02-20", "crude oil"),
    ("China announced export controls on dual-use items on 3 July 2023.", "2023-07-20", "dual-use"),
    (
        "Beijing on 9 October 2025 tightened controls on rare earth technology.",
        "2025-10-20",
        "rare earth technology",
    ),
]


@pytest.mark.parametrize(("text", "day", "needle"), SAME_GOODS)
def test_a_day_on_the_claims_goods_still_decides(tmp_path, text, day, needle):
    x = verdict_about(dated_verdicts(tmp_path, text, day), needle)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_goods_near_enough_keep_the_days_match():
    row = measure_row("chn-2025-02-04-tariffs-coal-lng-crude-machinery")
    table = row.to_frame().T
    assert measure_details.day_only(table, {"agriculture"}) is not None
    assert measure_details.day_only(table, {"energy"}) is None  # its own goods
    assert measure_details.day_only(table, {"dual_use_items"}) is None  # an umbrella class
    assert measure_details.day_only(table, set()) is None  # goods no measure names
    every = measure_row("chn-2025-04-04-tariff-34pct-all-us-goods").to_frame().T
    assert measure_details.day_only(every, {"agriculture"}) is None  # on all goods
