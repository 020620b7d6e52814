"""Where a year or month of taking effect may match the announcement of a measure with no
effective day (`measure_details.undated_effect`, round 27 blind27), after round 27's
differential test (dt22): a measure's recorded days come first, so "took effect in 2025"
is the Section 301 step recorded for 2025, not a later measure of that year whose catalog
row has no effective day; and the match is made only when goods or a party single out the
claim's measures, so "since October 2022" on goods no measure names is not a listing
announced that month. Made-up sentences; the ids, days and titles come from the catalog."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.analyses import measures
from analysis.article.frames import When
from analysis.data import goods
from analysis.evidence import measure_dates, measure_details
from analysis.vocab import Label

# a listing of parties, on chips, that records no effective day
LISTING = "usa-2022-10-07-unverified-list-31-prc-entities"
# the four-year review's final notice, with its steps, and a later measure of the same
# programme that records no effective day
STEPS = "usa-2024-09-13-section-301-final-modifications"
LATER = "usa-2025-11-01-section-301-exclusions-extension"
AS_OF = "2025-12-01"


def _month_year(day: pd.Timestamp) -> str:
    return day.strftime("%B %Y")


def test_the_catalog_rows_are_as_the_tests_assume():
    listing, later = _measure(LISTING), _measure(LATER)
    assert measure_details.day_of(listing["effective"]) is None
    assert measure_details.day_of(later["effective"]) is None
    # no good of the listing is a critical mineral: the claim's goods do not single it out
    assert not set(listing["goods"]) & goods.held("critical_minerals")
    year = pd.Timestamp(later["announced"]).year
    steps = measure_details.effective_days(_measure(STEPS))
    assert any(d is not None and d.year == year for d in steps)


def test_a_month_on_goods_no_measure_names_matches_no_undated_listing(tmp_path):
    month = _month_year(pd.Timestamp(_measure(LISTING)["announced"]))
    text = (
        f"Since {month}, exports of critical minerals to the United States have been "
        "prohibited without authorization."
    )
    x = _only(tmp_path, text, AS_OF)
    assert x.verdict not in (Label.SUPPORTED, Label.PARTLY), x.rationale
    assert _measure(LISTING)["title"] not in x.rationale


def test_a_recorded_step_of_the_year_beats_a_later_undated_measure(tmp_path):
    year = pd.Timestamp(_measure(LATER)["announced"]).year
    text = f"The Section 301 tariff increases on Chinese semiconductors took effect in {year}."
    x = _only(tmp_path, text, AS_OF)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert _measure(LATER)["title"] not in x.rationale
    assert "no day it takes effect" not in x.rationale


def _effective_in(day: pd.Timestamp) -> When:
    """A claim's 'took effect in <month year>' (role effective, month granularity)."""
    start = day.replace(day=1)
    end = start + pd.offsets.MonthEnd(0)
    text = _month_year(day)
    return When(
        "d1", text, start.date().isoformat(), end.date().isoformat(), "month", "past", "effective"
    )


def test_recorded_hits_never_fall_back_on_an_undated_effect_and_date_hits_do_on_its_goods():
    table = measures.measures()
    listing = table.loc[table["measure_id"] == LISTING]
    dated = [_effective_in(pd.Timestamp(listing.iloc[0]["announced"]))]
    # its recorded days: no effective day, so a month of taking effect fits none of them
    assert measure_dates.recorded_hits(listing, dated).empty
    # the fallback: on any measure when the claim names no goods, on the listing's own goods
    assert list(measure_dates.date_hits(listing, dated)["measure_id"]) == [LISTING]
    own = frozenset(listing.iloc[0]["goods"])
    assert list(measure_dates.date_hits(listing, dated, own)["measure_id"]) == [LISTING]
    # ... and not on goods the listing does not name
    other = goods.held("critical_minerals")
    assert measure_dates.date_hits(listing, dated, other).empty
