"""A published stage share whose source's page gives the day it came out (`published` in
`processing_shares`: MacroPolo's roughly 90% of high-performance NdFeB magnets in 2021, in an
update of 23 May 2024) is evidence from that day: an article before it cannot be held to it,
so the share does not decide its claim there (`factcheck.as_of_the_article`); after it, it
does. A row with no day recorded is public from the year after its year, as before (round 38,
fx38c: a 2022 article was supported on the 2024 update)."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, verdict_about

from analysis.analyses import stages
from analysis.data import datasets
from analysis.evidence import figure_checks
from analysis.fmt import is_missing
from analysis.vocab import Label

CLAIM = "In 2021, China made about 90% of high-performance rare earth magnets."


def _dated_row():
    table = datasets.load("processing_shares")
    (row,) = [r for _, r in table.iterrows() if not is_missing(r["published"])]
    return row


def test_a_recorded_day_is_when_the_share_became_public():
    row = _dated_row()
    rows = stages.stage_rows("rare earths", year=int(row["year"]))
    (mine,) = [r for _, r in rows.iterrows() if r["source_title"].startswith("MacroPolo")]
    assert figure_checks.share_published("rare earths", mine) == row["published"].date()
    undated = mine.copy()
    undated["released"] = None  # no day recorded: public once its year ended
    assert figure_checks.share_published("rare earths", undated) == dt.date(
        int(row["year"]) + 1, 1, 1
    )


def test_an_article_before_that_day_is_not_decided_by_it(tmp_path):
    before = (_dated_row()["published"] - dt.timedelta(days=30)).date().isoformat()
    x = verdict_about(dated_verdicts(tmp_path, CLAIM, before), "about 90%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert x.rule.startswith("share by stage") and "after the article" in x.rule
    assert x.later and not x.evidence


def test_an_article_after_that_day_is_decided_by_it(tmp_path):
    after = (_dated_row()["published"] + dt.timedelta(days=30)).date().isoformat()
    x = verdict_about(dated_verdicts(tmp_path, CLAIM, after), "about 90%")
    assert (x.rule, x.verdict) == ("share by stage", Label.SUPPORTED), x.rationale
