"""Measure claims the fact-check abstained on for a misread structure (round 35, fx35a):
a month told with "last year", a weekday counted from a day after the article in a past
clause, a date of a first predicate before ", and added ...", goods added to a list of
controlled items, goods that say what listed firms do, a country goods are "imported from",
an opening speaker ("X told reporters that ..."), and a suspension of exports read as an
easing. Made-up sentences in the shapes of dev articles (Korean news, Hoosier Ag Today,
EFA News, Naija News, Türkiye Today); each test fails without its change."""

from __future__ import annotations

from conftest import dated_verdicts, day_read, verdict_about

from analysis.article import measure_reading
from analysis.article.claim_words import patterns
from analysis.vocab import Label


def _verdict(tmp_path, text: str, words: str, published: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_a_month_told_with_last_year_is_of_the_year_before_the_article_s(tmp_path):
    text = "China restricted exports of gallium in August last year."
    assert day_read(tmp_path, text, "2024-08-16", "August last year") == "2023-08-01"
    x = _verdict(tmp_path, text, "restricted exports of gallium", "2024-08-16")
    assert x.verdict == Label.SUPPORTED  # the licensing took effect on 2023-08-01


def test_a_month_of_this_or_next_year_is_of_the_article_s_year_or_the_one_after(tmp_path):
    text = "The rules announced in March of this year take effect in January next year."
    assert day_read(tmp_path, text, "2025-06-02", "March of this year") == "2025-03-01"
    assert day_read(tmp_path, text, "2025-06-02", "January next year") == "2026-01-01"


def test_a_past_weekday_is_not_counted_from_a_day_after_the_article(tmp_path):
    # "Monday" is after the article (the tariffs' day); the Saturday signed is before it
    text = (
        "China's tariffs on US coal will go into effect on Monday. On Saturday, President "
        "Trump signed an Executive Order that imposes an additional ten percent tariff on "
        "Chinese imports."
    )
    assert day_read(tmp_path, text, "2025-02-05", "Monday") == "2025-02-10"
    assert day_read(tmp_path, text, "2025-02-05", "Saturday") == "2025-02-01"


def test_goods_added_to_a_list_of_controlled_items_are_a_licence_rule_on_them(tmp_path):
    x = _verdict(
        tmp_path,
        "China added graphite to the list of export control items in December 2023.",
        "added graphite",
        "2024-08-16",
    )
    assert x.claim.frame.action == "licence"
    assert x.verdict == Label.SUPPORTED  # graphite licensing, effective 2023-12-01
    assert "Unreliable Entity" not in x.rationale


def test_firms_added_to_a_list_are_still_a_listing():
    goods = "China added graphite to its export control list"
    firms = "China added 15 US firms and graphite makers to its control list"
    assert measure_reading.goods_listed(goods, (goods.find("graphite"),), ())
    assert not measure_reading.goods_listed(firms, (firms.find("graphite"),), ())


def test_a_date_before_a_second_predicate_dates_the_first(tmp_path):
    x = _verdict(
        tmp_path,
        "China had restricted exports of gallium, a metal used in chips, since August last "
        "year, and added graphite to the list of export control items in December of that "
        "year.",
        "added graphite",
        "2024-08-16",
    )
    assert [w.text for w in x.claim.frame.when] == ["December"]


def test_goods_saying_what_listed_firms_do_do_not_narrow_the_listing(tmp_path):
    x = _verdict(
        tmp_path,
        "China has added 15 U.S. companies to its export control list, including aerospace "
        "and defense firms General Dynamics Land Systems and General Atomics.",
        "added 15 U.S. companies",
        "2025-03-04",
    )
    assert "aerospace" not in x.claim.frame.goods
    assert x.verdict == Label.SUPPORTED
    assert patterns()["party_trade"].match("chip and AI firms", 4)


def test_the_country_goods_are_imported_from_does_not_impose_the_tariff(tmp_path):
    x = _verdict(
        tmp_path,
        "The announcement was made by the Ministry of Finance in Beijing on Tuesday. The "
        "ministry further indicated that a 10 per cent tariff would also be levied on oil and "
        "agricultural machinery imported from the U.S. from February 10.",
        "10 per cent tariff",
        "2025-02-04",
    )
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_an_opening_speaker_is_a_source_not_the_actor_nor_its_day(tmp_path):
    x = _verdict(
        tmp_path,
        "U.S. Trade Representative Katherine Tai told reporters on Tuesday that China imposed "
        "export controls on gallium in July 2023.",
        "imposed export controls",
        "2025-10-14",
    )
    frame = x.claim.frame
    assert (frame.actor_country, frame.attributed_to) == ("CHN", "United States")
    assert [w.text for w in frame.when] == ["July 2023"]
    assert x.verdict == Label.SUPPORTED


def test_a_speaker_a_pronoun_stands_for_still_acts(tmp_path):
    x = _verdict(
        tmp_path,
        "China's Commerce Ministry said that it will impose export controls on gallium.",
        "impose export controls",
        "2023-07-03",
    )
    assert x.claim.frame.actor_country == "CHN"


def test_suspending_exports_eases_no_measure_suspending_a_ban_does():
    relaxation = patterns()["cues"]["relaxation"]
    assert relaxation.search("including the suspension of exports of certain components") is None
    assert relaxation.search("suspended shipments of gallium to the US") is None
    assert relaxation.search("suspended the export ban on gallium")
    assert relaxation.search("suspended export controls on gallium")


def test_controlling_exports_and_taxes_on_a_side_s_goods_are_measures(tmp_path):
    x = _verdict(
        tmp_path,
        "On July 3, 2023, China's Ministry of Commerce announced it will be controlling "
        "exports of gallium and germanium effective August 1, 2023.",
        "controlling",
        "2023-07-17",
    )
    assert (x.claim.frame.kind, x.verdict) == ("measure", Label.SUPPORTED)
    cues = patterns()["cues"]["tariff"]
    assert cues.search("China would raise taxes on $60 billion in American goods")
    assert not cues.search("Beijing cut taxes on household goods")


def test_parties_named_by_their_trade_are_still_a_listing(tmp_path):
    # review of round 35: "suppliers", "exporters" and "importers" were lost when the party
    # nouns became one lexicon list; the clause was then a licence on drones, matched to the
    # Unreliable Entity List listing of that day instead of the 28-entity control list
    for trade in ("suppliers", "exporters", "developers"):
        text = f"China added 28 US drone {trade} to its export control list"
        assert not measure_reading.goods_listed(text, (text.find("drone"),), ()), trade
    x = _verdict(
        tmp_path,
        "China added 28 US drone suppliers to its export control list on Thursday.",
        "drone suppliers",
        "2025-01-03",
    )
    assert x.claim.frame.action == "listing"
    assert x.verdict == Label.SUPPORTED and "28 US entities" in x.rationale, x.rationale
