"""False decisions by what the frame holds (docs/factcheck-log.md, round 27, branch fcf19): a
claim whose frame holds something the matched rows do not speak to is not checkable, and
its twin that asserts only what the rows hold stays decided. Made-up sentences; the days
come from the catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article import claim_words
from analysis.vocab import Label

# China's raise of the $60 bn list's rates to 25% (a change with a previous rate), and the
# US fentanyl duty raised to 20% and later cut from 20% to 10%.
_CHINA_RAISE = "chn-2019-05-13-tariff-increase-60bn-list"
_FENTANYL_20 = "usa-2025-03-03-ieepa-fentanyl-tariff-20"
_FENTANYL_CUT = "usa-2025-11-04-fentanyl-tariff-reduction"


def _day(measure_id: str, days: int) -> str:
    announced: dt.date = measure_row(measure_id)["announced"].date()
    return str(announced + dt.timedelta(days=days))


def _verdict(tmp_path: Path, text: str, published: str, words: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_a_raise_to_a_rate_before_any_raise_to_it_is_not_checkable(tmp_path):
    # the catalog has China's 25% tariffs (levels set in 2018), no raise to 25% yet
    text = "China raised its tariff on US goods to 25%."
    x = _verdict(tmp_path, text, _day(_CHINA_RAISE, -3), "raised")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "states a raise of a tariff" in x.rationale, x.rationale


def test_a_raise_to_a_rate_the_catalog_raises_to_stays_supported(tmp_path):
    text = "China raised its tariff on US goods to 25%."
    x = _verdict(tmp_path, text, _day(_CHINA_RAISE, 30), "raised")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_cut_of_a_rate_no_cut_starts_from_is_not_checkable(tmp_path):
    # the 20% duty was a raise; no cut from 20% by then
    text = "The United States is halving the 20% tariff on Chinese goods."
    x = _verdict(tmp_path, text, _day(_FENTANYL_20, 20), "halving")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "states a cut of a tariff" in x.rationale, x.rationale


def test_a_cut_of_a_rate_the_catalog_cuts_stays_decided(tmp_path):
    text = "The United States is halving the 20% tariff on Chinese goods."
    x = _verdict(tmp_path, text, _day(_FENTANYL_CUT, 10), "halving")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_change_stated_with_the_rate_replaced_is_left_to_the_rate_check(tmp_path):
    # "from 10%" names the rate replaced: the rate check compares it with the previous rate
    text = "China raised its tariff on US goods to 25% from 10%."
    x = _verdict(tmp_path, text, _day(_CHINA_RAISE, -3), "raised")
    assert "states a raise of a tariff" not in x.rationale, x.rationale


def test_tariff_cut_words_need_a_tariff_noun():
    cuts = claim_words.patterns()["tariff_cuts"]
    assert cuts.search("is halving the 20% tariff")
    assert cuts.search("tariffs on Chinese goods were cut")
    assert not cuts.search("the restrictions cut exports by half")
    assert claim_words.patterns()["tariff_raises"].search("vowed to boost tariffs to 25 percent")
