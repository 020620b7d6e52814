"""A ban claimed of the side whose measures do not cover the goods, where the other side's
do ("US bans gallium exports to China": gallium's controls are China's): the claim gives
one side's measure to the other, unsupported, not misleading as a ban claim on goods the
side does not control would be (`verdicts.decide_export_ban`, `swapped`). And a capital
before a measure verb in the news present ("Washington bans ...", "Beijing curbs ...")
is its government, as before a past tense (`present_noun_verbs`, `headline_present`).
Round 25, branch dtm17: made-up sentences keyed from `measures.csv`, 30 swapped-side bans
all misleading or supported before. Rules: docs/factcheck.md (ban or licensing)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.evidence import verdicts as v
from analysis.vocab import Label

SWAPPED = [
    ("The United States has banned exports of germanium to China.", "2024-01-10", "germanium"),
    ("Washington on 20 October 2023 banned graphite exports to China.", "2023-11-10", "graphite"),
    ("China bans exports of high-bandwidth memory to the US", "2025-01-10", "memory"),
    ("Beijing has banned chipmaking equipment exports to the United States.", "2023-03-01", "chip"),
]


@pytest.mark.parametrize(("text", "day", "words"), SWAPPED)
def test_a_ban_of_the_other_sides_goods_is_unsupported(tmp_path, text, day, words):
    x = verdict_about(dated_verdicts(tmp_path, text, day), words)
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "other side" in x.rationale


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Washington bans antimony exports to China", "Washington", "USA"),
        ("Beijing curbs exports of tungsten", "Beijing", "CHN"),
        ("Washington slaps tariffs on Chinese steel", "Washington", "USA"),
    ],
)
def test_a_capital_before_a_present_measure_verb_acts(tmp_path, text, capital, country):
    art = dated_article(tmp_path, text, "2025-03-01")
    (place,) = [e for e in art.entities if e.text == capital]
    assert place.metonym_for, place
    (claim,) = art.claims
    assert claim.frame.actor_country == country


def _fact(goods: tuple[str, ...], kind: str = "ban") -> v.MeasureFact:
    return v.MeasureFact("a control", kind, dt.date(2024, 1, 1), goods, covers_claimed_goods=False)


def test_measures_on_other_goods_alone_stay_misleading():
    mine = [_fact(("semiconductors",), "licence")]
    got = v.decide_export_ban("gallium", dt.date(2024, 6, 1), mine)
    assert got.label == Label.MISLEADING
    theirs = [_fact(("gallium",), "licence")]
    got = v.decide_export_ban("gallium", dt.date(2024, 6, 1), mine, swapped=theirs)
    assert got.label == Label.UNSUPPORTED
