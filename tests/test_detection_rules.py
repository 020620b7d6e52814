"""Readings found on straight news (branch fcd7): new rules announced by a verb of issuing
them, a list expanded (a listing), and a ban whose object is investment (an investment
rule, which may prohibit outright). Made-up sentences, each on a stated date; dates come
from the bundled catalog, never typed."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from conftest import dated_verdicts as _verdicts
from conftest import measure_row as _measure
from conftest import verdict_about as _about

from analysis.article import frames, measure_reading
from analysis.data import datasets
from analysis.evidence import import_checks
from analysis.vocab import Label

CMC_BAN = "usa-2020-11-12-eo-13959-cmc-securities-ban"
GALLIUM = "chn-2023-07-03-gallium-germanium-licensing"


def _day(value: pd.Timestamp) -> str:
    return f"{value.day} {value:%B %Y}"


def test_new_rules_named_by_a_verb_of_issuing_them_are_a_measure():
    for text in (
        "Beijing has unveiled new rules that tighten its hold on the trade in tungsten",
        "The ministry issued a set of new rules covering antimony shipments",
        "Seoul introduced new measures for battery materials",
    ):
        assert measure_reading.action(text) == "restriction", text
    # rules that are only talked about, or not new ones, are not announced here
    assert measure_reading.action("Officials discussed what rules might follow") == ""


def test_an_announcement_of_new_rules_is_detected_and_checked(tmp_path):
    row = _measure(GALLIUM)
    published = (row["announced"] + pd.Timedelta(days=2)).date().isoformat()
    found = _verdicts(
        tmp_path,
        "China announced new rules that give it a firmer grip on the flow of gallium and "
        f"germanium on {_day(row['announced'])}.",
        published,
    )
    x = _about(found, "announced new rules")
    assert x.claim.frame.kind == frames.MEASURE
    assert x.verdict == Label.SUPPORTED
    assert any(GALLIUM in e.values for e in x.evidence)


def test_a_list_expanded_is_a_listing():
    assert (
        measure_reading.action("Washington expands its trade blacklist of drone makers")
        == "listing"
    )
    assert measure_reading.action(
        "The department expanded the restricted-party list to 90 names"
    ) == ("listing")
    # a list of goods made longer by a licence rule is read by its other words
    assert measure_reading.action("Beijing expanded export licensing to more metals") == "licence"


def test_a_ban_on_investment_is_an_investment_rule():
    for text in (
        "the investment ban on the named firms took effect",
        "Washington banned investment in the listed companies",
        "trading of securities in these firms is prohibited",
    ):
        assert measure_reading.action(text) == "investment", text
    # a ban on exports stays a ban
    assert measure_reading.action("Beijing banned exports of the metal") == "ban"


def test_an_investment_ban_is_not_called_a_licence_requirement(tmp_path):
    row = _measure(CMC_BAN)
    published = (row["effective"] + pd.Timedelta(days=5)).date().isoformat()
    found = _verdicts(
        tmp_path,
        "US investors in the listed military companies have been barred from holding their "
        f"securities since the investment ban went into effect on {_day(row['effective'])}.",
        published,
    )
    x = _about(found, "barred from holding")
    assert x.claim.frame.action == "investment"
    assert x.verdict == Label.SUPPORTED


def _import_share_row() -> pd.Series:
    """China's share of US rare-earth imports in the newest edition that gives shares."""
    table = datasets.load(import_checks.IMPORT_SOURCES)
    rows = table.loc[
        (table["commodity"] == "rare earths")
        & (table["country"] == "China")
        & table["share_pct"].notna()
    ]
    return rows.iloc[-1]


def _released(edition: str) -> str:
    return (
        datasets.released(import_checks.IMPORT_SOURCES, edition) + dt.timedelta(days=30)
    ).isoformat()


def test_a_share_of_us_imports_from_a_partner_is_checked_against_import_sources(tmp_path):
    row = _import_share_row()
    first, last = import_checks._period_years(str(row["period"]))
    share = round(float(row["share_pct"]))
    published = _released(str(row["source_edition"]))
    text = (
        f"Between {first} and {last}, about {share}% of America's rare-earth imports came "
        f"from China. From {first} to {last}, about {share + 20}% of US rare-earth imports "
        f"came from China. Between {first - 10} and {last - 10}, about {share}% of US "
        "rare-earth imports came from China."
    )
    found = _verdicts(tmp_path, text, published)
    right, wrong, older = (x for x in found if "imports came" in x.claim.text)
    assert right.verdict == Label.SUPPORTED
    assert wrong.verdict == Label.UNSUPPORTED
    assert older.verdict == Label.NOT_CHECKABLE  # no edition covers that period
