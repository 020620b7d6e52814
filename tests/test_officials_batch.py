"""Readings the fco8 batch (officials, offices and "other") needed: a quotation's tense is
the speaker's, not the narrated event's, so a weekday told in the past resolves back;
"declared" reports a past act; barring a seller from the actor's own market is an import
ban. Made-up sentences, each on a date computed from the bundled tables."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
from conftest import dated_article as _article
from conftest import dated_verdicts as _verdicts
from conftest import measure_row as _measure
from conftest import verdict_about as _about

from analysis.article import claim_words, measure_reading
from analysis.vocab import Label

MICRON = "chn-2023-05-21-micron-cii-purchase-ban"


def _date_of(art, words: str) -> dt.date:
    at = art.text.index(words)
    hits = [d for d in art.dates if d.start_char <= at < d.end_char]
    assert hits, f"no date at {words!r}"
    return hits[0].start


def test_a_quotation_does_not_set_the_tense_of_a_weekday(tmp_path):
    # published on a Wednesday; "Thursday" is the next day, and "On Monday, ... met ..."
    # is told in the past whatever the quoted "will"
    text = (
        "The trade minister will arrive in Lisbon on Thursday. On Monday, the minister met "
        'exporters of olive oil, telling them that "prices will fall soon".'
    )
    art = _article(tmp_path, text, "2024-03-13")
    assert _date_of(art, "Thursday") == dt.date(2024, 3, 14)
    assert _date_of(art, "Monday") == dt.date(2024, 3, 11)


def test_a_quoted_future_inside_the_date_s_own_quotation_still_counts(tmp_path):
    art = _article(tmp_path, 'The envoy said: "the tariffs will rise on Monday".', "2024-03-13")
    assert _date_of(art, "Monday") == dt.date(2024, 3, 18)


def test_declared_reports_a_past_act(tmp_path):
    art = _article(
        tmp_path,
        "The regulator will publish its list on Friday. The ministry on Sunday declared the "
        "shipping firm a security risk.",
        "2024-03-13",
    )
    assert _date_of(art, "Sunday") == dt.date(2024, 3, 10)


def test_barring_a_seller_from_the_home_market_is_an_import_ban():
    assert (
        measure_reading.action(
            "Ankara barred the firm from selling its routers to domestic operators"
        )
        == "import ban"
    )
    assert measure_reading.action(
        "Seoul prohibited the supplier from selling cells in the local market"
    ) == ("import ban")
    # selling to a named foreign country's buyers says nothing of whose market it is
    assert measure_reading.action(
        "Washington banned the company from selling chips to Chinese buyers"
    ) == ("ban")


def test_an_import_ban_on_a_firm_is_checked_against_import_restrictions(tmp_path):
    day = _measure(MICRON)["announced"]
    published = (day + pd.Timedelta(days=4)).date().isoformat()
    weekday = day.day_name()
    text = (
        f"China on {weekday} declared the American memory maker a national security risk, "
        "banning the firm from selling its chips to key domestic industries."
    )
    x = _about(_verdicts(tmp_path, text, published), "its chips")
    assert x.claim.frame.action == "import ban"
    assert x.verdict == Label.SUPPORTED


def _geneva() -> pd.Series:
    from analysis.analyses import visits

    contacts = visits.official_contacts()
    return contacts.loc[contacts["places"].fillna("").str.contains("Geneva")].iloc[0]


def test_the_day_a_contact_is_announced_does_not_date_the_contact(tmp_path):
    """The contact meant is the coming Geneva talks, not one on the day of the announcement
    (never unsupported by that day); begun after the article's date, they are shown since
    then and decide nothing (round 42, ahead42; was supported)."""
    talks = _geneva()
    announced = talks["start"] - pd.Timedelta(days=3)
    text = (
        f"The foreign ministry announced on {announced.day_name()} that Vice Premier He "
        "Lifeng will travel to Geneva and meet Treasury Secretary Scott Bessent."
    )
    x = _about(_verdicts(tmp_path, text, announced.date().isoformat()), "meet Treasury")
    assert x.rule == "event dates"
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert [e.published for e in x.later] == [talks["start"].date()]


YMTC = "usa-2022-12-15-ymtc-36-entities-entity-listing"


def test_a_measure_called_recent_is_one_of_the_weeks_before_the_article(tmp_path):
    from analysis.data import datasets
    from analysis.evidence.measure_decision import RECENT_DAYS

    text = (
        "In response to the recent announcement by the US Department of Commerce that some "
        "Chinese chipmakers will be added to the Entity List, a spokesman said China firmly "
        "opposes it."
    )
    day = _measure(YMTC)["announced"]
    soon = (day + pd.Timedelta(days=5)).date().isoformat()
    x = _about(_verdicts(tmp_path, text, soon), "Entity List")
    assert x.verdict == Label.SUPPORTED
    # months later, with no US listing in the RECENT_DAYS before, it is not that one
    late = day + pd.Timedelta(days=RECENT_DAYS + 60)
    m = datasets.load("measures")
    us = m.loc[(m["implementing_jurisdiction"] == "USA") & m["measure_type"].str.contains("entity")]
    window = us.loc[
        (us["announced"] > late - pd.Timedelta(days=RECENT_DAYS)) & (us["announced"] <= late)
    ]
    assert window.empty
    x = _about(_verdicts(tmp_path, text, late.date().isoformat()), "Entity List")
    assert x.verdict == Label.NOT_CHECKABLE and "recent" in x.rationale
    assert x.rationale.startswith("The claim calls the measure recent ('recent')"), x.rationale
    assert x.rationale.endswith(f"in the {RECENT_DAYS} days before {late.date()}."), x.rationale


def test_a_measure_said_to_come_is_one_of_the_days_before_the_article(tmp_path):
    from analysis.data import datasets
    from analysis.evidence.measure_decision import ANNOUNCED_DAYS

    text = "Trump said the United States would reduce tariffs on Chinese goods to 47 percent."
    m = datasets.load("measures")
    tariffs = m.loc[(m["implementing_jurisdiction"] == "USA") & (m["measure_type"] == "tariff")]
    days = sorted(pd.to_datetime(tariffs["announced"]))
    # a day with no US tariff announced in the ANNOUNCED_DAYS before it
    late = next(
        d + pd.Timedelta(days=ANNOUNCED_DAYS + 1)
        for d, after in itertools.pairwise(days)
        if after > d + pd.Timedelta(days=ANNOUNCED_DAYS + 1)
    )
    x = _about(_verdicts(tmp_path, text, late.date().isoformat()), "would reduce")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert x.rationale.startswith("The claim reports a measure as to come ('would reduce')")
    assert x.rationale.endswith(f"in the {ANNOUNCED_DAYS} days before {late.date()}.")


END_USE = "usa-2020-04-28-military-end-use-rule"


def test_a_clause_opening_with_said_and_its_speaker_is_not_the_actor(tmp_path):
    from analysis.article.text import attribution_spans

    said = "said a spokesman for the trade ministry after Ottawa announced new duties"
    ((a, b),) = attribution_spans(said)
    assert said[a:b].strip() == "said a spokesman for the trade ministry"
    # the speaker is content, not a source, in "said it would ..." or "says permits ..."
    assert not attribution_spans("said it would impose duties after the talks")
    assert not attribution_spans("says export permits will be needed")
    day = _measure(END_USE)["announced"]
    text = (
        "Beijing opposes the move, said a representative of the Chinese commerce ministry "
        "after Washington announced new export control rules restricting the transfer of "
        "technology to the Chinese military."
    )
    published = (day + pd.Timedelta(days=2)).date().isoformat()
    x = _about(_verdicts(tmp_path, text, published), "Washington announced")
    assert x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED


def test_a_contact_with_a_third_country_s_leaders_is_outside_the_timeline(tmp_path):
    talks = _geneva()
    published = (talks["start"] - pd.Timedelta(days=3)).date().isoformat()
    text = (
        "Vice Premier He Lifeng will visit Switzerland. From Friday to Monday, the vice "
        "premier will be in Geneva for talks with Swiss leaders."
    )
    x = _about(_verdicts(tmp_path, text, published), "Swiss leaders")
    assert x.rule == "event dates"
    assert x.verdict == Label.NOT_CHECKABLE and "Swiss leaders" in x.rationale
    # a US-China meeting that third-country officials attend is still the timeline's
    both = (
        f"Treasury Secretary Scott Bessent and Vice Premier He Lifeng met in Geneva on "
        f"{talks['start'].strftime('%B')} {talks['start'].day}, {talks['start'].year}, "
        "with Swiss officials present."
    )
    after = (talks["end"] + pd.Timedelta(days=2)).date().isoformat()
    x = _about(_verdicts(tmp_path, both, after), "Bessent")
    assert x.verdict == Label.SUPPORTED


def _call_of_june() -> pd.Series:
    from analysis.analyses import visits

    contacts = visits.official_contacts()
    calls = contacts.loc[(contacts["kind"] == "call") & (contacts["start"].dt.year == 2025)]
    return calls.loc[calls["start"].dt.month == 6].iloc[0]


def test_the_two_heads_of_state_are_the_presidents_of_the_day(tmp_path):
    call = _call_of_june()
    published = (call["start"] + pd.Timedelta(days=2)).date().isoformat()
    text = (
        f"The two presidents held phone talks on {call['start'].day_name()}, the foreign "
        "ministries of China and the United States said."
    )
    x = _about(_verdicts(tmp_path, text, published), "phone talks")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED
    # with no sign of which two countries' presidents, nobody is assumed
    bare = f"The two presidents held phone talks on {call['start'].day_name()}."
    x = _about(_verdicts(tmp_path, bare, published), "phone talks")
    assert x.verdict != Label.SUPPORTED


def test_a_contact_of_the_two_heads_of_state_is_a_claim_though_undated(tmp_path):
    text = (
        "The ministers discussed the consensus reached by the two heads of state during "
        "their phone talks, and trade between China and the United States."
    )
    art = _article(tmp_path, text, "2025-02-22")
    contacts = [c for c in art.claims if "heads of state" in c.text]
    assert contacts, [c.text for c in art.claims]
    # an undated event claim of its own, not the trade clause after it
    assert contacts[0].types == ("event_date",), contacts[0].types
    assert contacts[0].frame.when == () and "trade between" not in contacts[0].text


def test_the_heads_of_state_are_pair_words_of_their_own():
    p = claim_words.patterns()
    for pair in ("the two presidents", "both presidents", "the two heads of state"):
        found = p["pair_words"].search(f"{pair} met in Lima")
        assert found and p["head_pairs"].match(found.group(0))
    leaders = p["pair_words"].search("the two leaders met in Lima")
    assert leaders and not p["head_pairs"].match(leaders.group(0))
