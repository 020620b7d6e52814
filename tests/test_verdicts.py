"""Each verdict rule on small hand-made cases, including those that must not be forced."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.evidence import verdicts as v
from analysis.vocab import Label, MeasureStatus


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("it controls the vast majority of the rare earths", 80, None),
        ("China mines most of the world's graphite", 50.01, None),
        ("China refines 90% of rare earths", 87.5, 92.5),
        ("about 70 percent of output", 65, 75),
        ("more than 60% of supply", 60, None),
        ("nearly 95 per cent", 90, 95),
    ],
)
def test_share_phrases(text, low, high):
    got = v.share_range(text)
    assert got is not None and (got.low, got.high) == (low, high)


def test_no_share_phrase_means_no_share_claim():
    assert v.share_range("Beijing has also banned the export of several of them") is None


MINING = v.StageShare("mining", 68.0, 2023, "USGS")
REFINING = v.StageShare("refining", 92.0, 2023, "IEA")


def test_share_depends_on_stage():
    d = v.decide_share(v.share_range("the vast majority"), [MINING, REFINING])
    assert d.label == Label.PARTLY
    assert "depends on the stage" in d.rationale
    assert "true of refining, not of mining" in d.rationale
    assert "68%" in d.rationale and "92%" in d.rationale


def test_share_supported_everywhere_and_overstated_everywhere():
    assert v.decide_share(v.share_range("most"), [MINING, REFINING]).label == Label.SUPPORTED
    d = v.decide_share(
        v.share_range("nearly all"), [MINING, v.StageShare("refining", 85, 2023, "X")]
    )
    assert d.label == Label.MISLEADING
    low = v.decide_share(
        v.share_range("the vast majority"), [v.StageShare("mining", 30, 2023, "X")]
    )
    assert low.label == Label.UNSUPPORTED


def test_share_without_data_is_not_forced():
    assert v.decide_share(v.share_range("most"), []).label == Label.NOT_CHECKABLE


def test_understated_share_is_not_called_overstated():
    # 'about half' (45-55%) against 68% and 92%: the claim says less than the data.
    d = v.decide_share(v.share_range("about half"), [MINING, REFINING])
    assert d.label == Label.UNSUPPORTED
    assert "understates" in d.rationale and "less than claimed" not in d.rationale
    # Above the range at one stage, inside it at the other: depends on the stage.
    d = v.decide_share(
        v.share_range("about 70%"), [MINING, v.StageShare("refining", 92, 2023, "IEA")]
    )
    assert d.label == Label.PARTLY and "true of mining, not of refining" in d.rationale


def test_overstated_minority_is_unsupported_not_misleading():
    d = v.decide_share(v.share_range("most"), [v.StageShare("mining", 40, 2023, "X")])
    assert d.label == Label.UNSUPPORTED and "understates" not in d.rationale


DAY = dt.date(2023, 8, 27)


def _fact(
    kind, goods, covers, status=MeasureStatus.IN_FORCE, start=dt.date(2023, 8, 1), affected=None
):
    return v.MeasureFact(f"{kind} on {goods}", kind, start, (goods,), covers, status, affected)


def test_ban_claim_when_only_licensing_exists():
    d = v.decide_export_ban("rare earths", DAY, [_fact("licence", "rare earths", True)])
    assert d.label == Label.MISLEADING and "licence, which is not a ban" in d.rationale


def test_ban_claim_when_licensing_is_only_announced():
    fact = _fact("licence", "gallium", True, status=MeasureStatus.ANNOUNCED)
    d = v.decide_export_ban("gallium", DAY, [fact])
    assert d.label == Label.MISLEADING
    assert "announced, not yet in force" in d.rationale and "not a ban" in d.rationale


def test_ban_claim_when_other_goods_are_covered():
    d = v.decide_export_ban(
        "rare earths",
        DAY,
        [_fact("licence", "gallium", False)],
        later=[_fact("licence", "rare earths", True, start=dt.date(2025, 4, 4))],
    )
    assert d.label == Label.MISLEADING
    assert "covered other goods (gallium)" in d.rationale
    assert "Later:" in d.rationale and "2025-04-04" in d.rationale


def test_ban_claim_supported_and_unsupported():
    assert v.decide_export_ban("gallium", DAY, [_fact("ban", "gallium", True)]).label == (
        Label.SUPPORTED
    )
    assert v.decide_export_ban("tungsten", DAY, []).label == Label.UNSUPPORTED


@pytest.mark.parametrize(
    ("status", "affected", "destinations", "label", "says"),
    [
        (MeasureStatus.PARTLY_SUSPENDED, None, (), Label.PARTLY, "partly suspended"),
        (
            MeasureStatus.IN_FORCE,
            "United States",
            (),
            Label.PARTLY,
            "exports to United States only",
        ),
        (
            MeasureStatus.IN_FORCE,
            "United States",
            ("United States",),
            Label.SUPPORTED,
            "a ban covered",
        ),
        (MeasureStatus.ANNOUNCED, None, (), Label.PARTLY, "announced, not yet in force"),
    ],
)
def test_a_ban_that_falls_short_is_partly_supported(status, affected, destinations, label, says):
    fact = _fact("ban", "gallium", True, status=status, affected=affected)
    d = v.decide_export_ban("gallium", DAY, [fact], destinations=destinations)
    assert d.label == label and says in d.rationale


def test_policy_claims():
    licence = _fact("listing", "semiconductors", True)
    ban = _fact("ban", "gallium", True)
    assert v.decide_policy("China", [], forbids=False, as_of=DAY).label == Label.NOT_CHECKABLE
    d = v.decide_policy("United States", [licence], forbids=True, as_of=DAY)
    assert d.label == Label.PARTLY and "require licences" in d.rationale
    d = v.decide_policy("China", [ban, licence], forbids=True, as_of=DAY)
    assert d.label == Label.SUPPORTED and "2 such measures by 2023-08-27" in d.rationale
    d = v.decide_policy("China", [ban], forbids=False, as_of=None)
    assert "1 such measure in the bundled timeline" in d.rationale


def test_ordinals():
    assert v.ordinal("the fourth visit in recent months") == 4
    assert v.ordinal("her 3rd trip") == 3
    assert v.ordinal("a visit") is None
    events = ["Blinken", "Yellen", "Kerry", "Raimondo"]
    assert v.decide_ordinal(4, events, "Raimondo").label == Label.SUPPORTED
    assert v.decide_ordinal(3, events, "Raimondo").label == Label.PARTLY
    assert v.decide_ordinal(1, events, "Raimondo").label == Label.UNSUPPORTED
    assert v.decide_ordinal(4, events, "Austin").label == Label.NOT_CHECKABLE
    assert v.decide_ordinal(4, [], None).label == Label.NOT_CHECKABLE


def test_event_dates():
    a, b = dt.date(2023, 8, 27), dt.date(2023, 8, 30)
    assert v.decide_event_dates((a, b), (a, b), "the visit").label == Label.SUPPORTED
    # a day of the visit is during it; days running past it only overlap
    assert v.decide_event_dates((a, a), (a, b), "the visit").label == Label.SUPPORTED
    past = (dt.date(2023, 8, 29), dt.date(2023, 9, 2))
    assert v.decide_event_dates(past, (a, b), "the visit").label == Label.PARTLY
    later = (dt.date(2023, 9, 5), dt.date(2023, 9, 6))
    assert v.decide_event_dates((a, b), later, "the visit").label == Label.UNSUPPORTED
    assert v.decide_event_dates((a, b), None, "the visit").label == Label.NOT_CHECKABLE


def test_combining_per_good_decisions():
    yes = v.Decision(Label.SUPPORTED, "ban")
    licence = v.Decision(Label.MISLEADING, "licence")
    nothing = v.Decision(Label.UNSUPPORTED, "nothing")
    assert v.combine([("gallium", licence)]) is licence
    mixed = v.combine([("gallium", yes), ("rare earths", licence)])
    assert mixed.label == Label.PARTLY and mixed.rationale.startswith(
        "True of gallium, not of rare earths."
    )
    assert "gallium: ban" in mixed.rationale and "rare earths: licence" in mixed.rationale
    assert v.combine([("a", licence), ("b", nothing)]).label == Label.MISLEADING
    assert v.combine([("a", nothing), ("b", nothing)]).label == Label.UNSUPPORTED
    unknown = v.Decision(Label.NOT_CHECKABLE, "?")
    assert v.combine([("a", unknown), ("b", unknown)]).label == Label.NOT_CHECKABLE


def test_a_ban_only_announced_is_not_said_to_cover_the_goods():
    for status in (MeasureStatus.ANNOUNCED, MeasureStatus.EFFECTIVE_UNKNOWN):
        fact = _fact("ban", "gallium", True, status=status)
        d = v.decide_export_ban("gallium", DAY, [fact])
        assert d.label == Label.PARTLY and "announced but was not yet in force" in d.rationale
        assert "a ban covered" not in d.rationale
