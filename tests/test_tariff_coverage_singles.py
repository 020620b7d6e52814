"""The trade an undated tariff claim says the tariffs cover singles out its measure among
the actor's (round 36, branch fx36a; BusinessNorth, 21 May 2019: "China has already retaliated
by announcing plans to jack up tariffs on about $60 billion worth of American stuff"
abstained among China's tariff measures, two of which cover $60 bn, one raising its rates):
`rate_named.coverage_singled`, with "jack up" among the `tariff_raises` words of
data/lexicon/claims.yaml. Made-up sentences of the same shape."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

DAY = "2019-05-21"
RAISED = "China has already retaliated by jacking up tariffs on about ${bn} billion of US goods."


def test_the_raise_on_the_60_billion_list_is_singled_out(tmp_path: Path) -> None:
    x = verdict_about(dated_verdicts(tmp_path, RAISED.format(bn=60), DAY), "60 billion")
    assert x.verdict in (Label.SUPPORTED, Label.PARTLY), x.rationale
    assert "Rates on the $60 bn list raised" in x.rationale


def test_a_coverage_no_raise_has_is_left_unchecked(tmp_path: Path) -> None:
    x = verdict_about(dated_verdicts(tmp_path, RAISED.format(bn=34), DAY), "34 billion")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_without_a_raise_two_measures_of_that_coverage_single_out_none(tmp_path: Path) -> None:
    text = "China has already retaliated with tariffs on about $60 billion worth of US goods."
    x = verdict_about(dated_verdicts(tmp_path, text, DAY), "60 billion")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
