"""A rank dated before the tables is not checked against today's (review of round 37, fixed
in round 38, fx38e): a rank the claim itself dates to a year the production tables give no
countries' output for ("In 1985, the United States was the world's top producer of rare
earths", "in the 1980s") was checked against the newest edition's ranking; it is not
checkable. A rank dated within the tables is checked in that year's figures, and an undated
rank as today's; a date its sentence gives elsewhere does not date it. Made-up sentences;
the years come from the production table."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.analyses import concentration
from analysis.data import datasets
from analysis.vocab import Label

_DAY = "2025-06-01"


def _first_year(commodity: str) -> int:
    """The first year any edition of the commodity's main table gives countries' shares."""
    table = concentration.series_for(commodity, concentration.MAIN)["table"]
    years = []
    for e in datasets.editions(table):
        s = concentration.country_shares(commodity, concentration.MAIN, e["id"])
        s = s.loc[(s["country"] != "Other countries") & s["share_pct"].notna()]
        years += [int(y) for y in s["year"]]
    return min(years)


def _verdict(tmp_path, text: str):
    return verdict_about(dated_verdicts(tmp_path, text, _DAY), "producer")


@pytest.mark.parametrize(
    "text",
    [
        "In {y}, the United States was the world's top producer of rare earths.",
        "The United States was the largest producer of rare earths in {y}.",
        "In {y}, China was the world's largest producer of rare earths.",
    ],
)
def test_a_rank_dated_before_the_tables_is_not_checkable(tmp_path, text):
    x = _verdict(tmp_path, text.format(y=_first_year("rare earths") - 5))
    assert x.rule == "rank of producers" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_decade_before_the_tables_is_not_checkable(tmp_path):
    x = _verdict(
        tmp_path, "The United States was the largest producer of rare earths in the 1980s."
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_rank_dated_within_the_tables_is_read_in_that_year(tmp_path):
    year = _first_year("rare earths")
    x = _verdict(tmp_path, f"In {year}, China was the largest producer of rare earths.")
    assert x.verdict == Label.SUPPORTED and f"in {year}" in x.rationale, x.rationale
    x = _verdict(tmp_path, f"In {year}, the United States was the largest producer of rare earths.")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_an_undated_rank_and_one_dated_elsewhere_in_its_sentence_stay_checked(tmp_path):
    x = _verdict(tmp_path, "The United States is the largest producer of rare earths.")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    text = "The U.S. has not mined tungsten since 1990, and China dominates global tungsten supply."
    x = verdict_about(dated_verdicts(tmp_path, text, _DAY), "dominates")
    assert x.rule == "rank of producers" and x.verdict == Label.SUPPORTED, x.rationale
