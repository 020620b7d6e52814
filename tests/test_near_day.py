"""A dated measure claim that names no goods or party, whose day fits no measure of its
kind, is singled out by the one measure a day or two from it (docs/factcheck-log.md, "Decidable
measure claims that abstained, round 31", branch fcm31): partly supported, the day off.
Further off, with several such measures, or counting parties, it still singles out none.
Made-up sentences."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article, dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence import measure_dates
from analysis.vocab import Label

_LISTING = "Washington put dozens of firms on its trade blacklist on {day} 2025."


def _listing(tmp_path, day: str):
    found = dated_verdicts(tmp_path, _LISTING.format(day=day), "2025-04-01")
    return verdict_about(found, "blacklist")


def test_a_day_off_by_one_singles_out_the_one_near_measure(tmp_path):
    x = _listing(tmp_path, "26 March")
    assert x.verdict == Label.PARTLY, x.rationale
    assert "1 day off" in x.rationale, x.rationale


def test_its_twin_far_from_every_measure_stays_not_checkable(tmp_path):
    x = _listing(tmp_path, "12 March")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_mineral_left_unnamed_is_singled_out_by_a_near_day(tmp_path):
    text = "Beijing restricted exports of a metal used in batteries on 17 August 2024."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-09-01"), "metal")
    assert x.verdict == Label.PARTLY, x.rationale
    assert "2 days off" in x.rationale, x.rationale


def _dated(tmp_path, text: str, published: str):
    art = dated_article(tmp_path, text, published)
    frame = next(c.frame for c in art.claims if c.frame and c.frame.when)
    return measure_dates.dated_of(frame, dt.date.fromisoformat(published))


def test_near_one_needs_exactly_one_near_measure_and_no_count(tmp_path):
    table = measures.measures()
    listings = table.loc[table["measure_type"] == "entity_listing"]
    text = _LISTING.format(day="26 March")
    dated = _dated(tmp_path, text, "2025-04-01")
    assert len(measure_dates.near_one(listings, dated, text)) == 1
    counted = "Washington put 80 firms on its trade blacklist on 26 March 2025."
    assert measure_dates.near_one(listings, dated, counted).empty
    near = listings.loc[
        [
            measure_dates.days_off(m, dated) <= measure_dates.NEAR_DAYS
            for _, m in listings.iterrows()
        ]
    ]
    assert len(near) == 1, near
    assert measure_dates.near_one(near.loc[near.index.repeat(2)], dated, text).empty
