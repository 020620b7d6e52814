"""A share claim that states its own year (analysis/evidence/factcheck.py, `stated_year`):
a year later than the bundled shares by more than `factcheck.STALE_YEARS`, the article's
own year included, is not decided by the nearest edition's figure; the year the data
holds still is. One-sentence made-up articles; years and shares come from the tables."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import first_verdict_with as _checked

from analysis.analyses import concentration, stages
from analysis.evidence import factcheck
from analysis.vocab import Label


def _latest(commodity: str, stage: str, day: dt.date) -> tuple[int, float]:
    """The latest year and China's share at `stage` public on `day`."""
    name = next(c for c in concentration.commodities() if c.startswith(commodity))
    edition = concentration.edition_as_of(name, day, day.year - 1)
    rows = stages.stage_rows(
        name, country="China", year=day.year - 1, edition=edition or concentration.LATEST
    )
    row = rows.loc[rows["stage"] == stage].iloc[0]
    return int(row["year"]), float(row["share_pct"])


@pytest.mark.parametrize(
    ("commodity", "stage", "text"),
    [
        ("gallium", "refining", "China refined about {share}% of world gallium in {year}."),
        ("rare earths", "mining", "China mined about {share}% of world rare earths in {year}."),
    ],
)
def test_a_share_of_a_year_past_the_data_is_not_checkable(tmp_path, commodity, stage, text):
    data_year, share = _latest(commodity, stage, dt.date(2030, 1, 1))
    # published the year after the data's next: the claim's own year is too far ahead
    ahead = data_year + factcheck.STALE_YEARS + 1
    day = f"{ahead}-11-10"
    x = _checked(tmp_path, text.format(share=round(share), year=ahead), day, "%")
    assert x.verdict == Label.NOT_CHECKABLE and "too old" in x.rationale, x.rationale
    # the decidable twin: the year the data holds, in the same article's time
    y = _checked(tmp_path, text.format(share=round(share), year=data_year), day, "%")
    assert y.verdict == Label.SUPPORTED, y.rationale


def test_a_day_in_the_articles_year_states_no_year_of_the_figure(tmp_path):
    data_year, share = _latest("rare earths", "mining", dt.date(2030, 1, 1))
    day = dt.date(data_year + factcheck.STALE_YEARS + 1, 3, 12)
    text = (
        f"China, which mines about {round(share)}% of the world's rare earths, said on "
        f"{day:%B} {day.day}, {day.year} that it would talk."
    )
    x = _checked(tmp_path, text, day.isoformat(), "%")
    assert "too old" not in x.rationale, x.rationale


def test_a_claim_naming_no_stage_is_not_decided_by_an_old_share_alone(tmp_path):
    # germanium as of December 2024: the edition then current has no figure, and the only
    # share bundled is an older edition's refinery share, more than STALE_YEARS before the
    # claim's year (round 35, fx35c; the conversation's "91% of primary germanium")
    day = dt.date(2024, 12, 23)
    data_year, share = _latest("germanium", "refining", day)
    assert data_year < day.year - 1 - factcheck.STALE_YEARS  # the table's premise
    far = round(share) + 20  # a figure the old share would call unsupported
    text = f"China accounts for {far}% of primary germanium."
    x = _checked(tmp_path, text, day.isoformat(), "%")
    assert x.rule == "share by stage"
    assert x.verdict == Label.NOT_CHECKABLE and "too old" in x.rationale, x.rationale
