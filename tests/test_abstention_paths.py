"""Measure claims matched by their day alone (docs/factcheck.md, "When the checker abstains",
round 28, branch fcp20): a claim naming no goods whose day fits no measure of its kind, far
from the nearest (more than `measure_dates.NEAR_DAYS`), names nothing that makes that
measure its own, so it is not checkable rather than a misdating; its twins naming goods, or
dated near the measure, stay decided. Made-up sentences; the days come from the catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article.frames import Frame
from analysis.evidence import measure_dates
from analysis.evidence.model import Verdict
from analysis.vocab import Label

# the catalog's listing whose title names the Temporary General License (no goods tagged)
_TGL = "usa-2019-08-19-huawei-affiliates-entity-listing"
_JAPAN = "jpn-2023-03-31-chip-equipment-23-items"


def _announced(measure_id: str) -> dt.date:
    return measure_row(measure_id)["announced"].date()


def _licence_claim(tmp_path: Path, day: dt.date) -> Verdict:
    """'The Commerce Department let its Temporary General License lapse on <day>': no goods,
    a licence the catalog's title names, in an article the year after."""
    text = f"The Commerce Department let its Temporary General License lapse on {day:%d %B %Y}."
    published = f"{_announced(_TGL).year + 1}-06-01"
    return verdict_about(dated_verdicts(tmp_path, text, published), "Temporary General")


def test_a_claim_without_goods_dated_far_from_every_measure_is_not_checkable(tmp_path):
    day = _announced(_TGL) + dt.timedelta(days=measure_dates.NEAR_DAYS + 8)
    x = _licence_claim(tmp_path, day)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "names no goods" in x.rationale, x.rationale


def test_its_twin_dated_near_the_measure_is_still_partly_supported(tmp_path):
    x = _licence_claim(tmp_path, _announced(_TGL) + dt.timedelta(days=measure_dates.NEAR_DAYS - 1))
    assert x.verdict == Label.PARTLY, x.rationale


def test_its_twin_naming_goods_far_from_the_measure_is_still_refuted(tmp_path):
    """Goods the catalog names make the measure the claim's own: a far day misdates it."""
    day = _announced(_JAPAN) - dt.timedelta(days=measure_dates.NEAR_DAYS + 8)
    text = f"Japan imposed export restrictions on chipmaking equipment on {day:%d %B %Y}."
    found = dated_verdicts(tmp_path, text, f"{_announced(_JAPAN).year + 1}-06-01")
    x = verdict_about(found, "chipmaking")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_unnamed_day_holds_only_on_the_day_path_without_goods_far_off():
    bare = Frame(kind="measure", action="licence", actor_country="USA")
    far = measure_dates.NEAR_DAYS + 1
    assert measure_dates.unnamed_day(bare, True, far, "'x'", "'y'") is not None
    assert measure_dates.unnamed_day(bare, False, far, "'x'", "'y'") is None
    assert measure_dates.unnamed_day(bare, True, measure_dates.NEAR_DAYS, "'x'", "'y'") is None
    goods = Frame(kind="measure", action="licence", actor_country="USA", goods=("gallium",))
    assert measure_dates.unnamed_day(goods, True, far, "'x'", "'y'") is None
    law = Frame(kind="measure", action="law", actor_country="CHN")
    assert measure_dates.unnamed_day(law, True, far, "'x'", "'y'") is None
