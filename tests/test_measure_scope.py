"""What a measure claim covers and what it is not (round 24, branch fcm8): made-up
sentences. Rules: docs/factcheck-log.md ("The fcm8 batch") and docs/article.md."""

from __future__ import annotations

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.article import borrowed, measure_reading, quantities, taxonomy_words, uses
from analysis.article.frames import MEASURE, Frame
from analysis.vocab import Label

# The antimony licensing took effect on this day (MOFCOM/GAC Announcement No. 33 of 2024).
_ANTIMONY = measure_row("chn-2024-08-15-antimony-superhard-licensing")


def _day(row_date) -> str:
    return f"{row_date:%b}. {row_date.day}"


def test_since_an_abbreviated_month_is_a_date_not_a_new_clause(tmp_path):
    effective = _ANTIMONY["effective"]
    text = f"The new curbs resemble those in place since {_day(effective)} for antimony."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-10-30"), "antimony")
    assert x.verdict == Label.SUPPORTED, (x.claim.text, x.rationale)
    later = effective.replace(month=effective.month + 1)
    wrong = f"The new curbs resemble those in place since {_day(later)} for antimony."
    y = verdict_about(dated_verdicts(tmp_path, wrong, "2024-10-30"), "antimony")
    assert y.verdict not in (Label.SUPPORTED, Label.NOT_CHECKABLE), (y.claim.text, y.rationale)


def test_controls_that_target_goods_say_which_goods_they_cover(tmp_path):
    # bare "target" after a measure noun is the verb: the claim names the controls' goods
    found = dated_verdicts(
        tmp_path, "Beijing's export controls target tungsten and indium.", "2025-02-10"
    )
    x = verdict_about(found, "tungsten")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_threshold_of_content_or_ownership_is_not_a_share_of_world_supply():
    def of(text: str) -> str:
        return quantities.figures(text, [])[0][1].of

    assert (
        of("Goods made abroad that contain 0.5 percent of Chinese rare earths need a licence.")
        == "threshold"
    )
    assert (
        of("The ban reaches subsidiaries with 30% or more equity held by listed firms.")
        == "threshold"
    )
    # a figure naming a rule or a share of a product's value (round 36, fx36e)
    assert of("Beijing imposes a 0.5% rule on foreign-made magnets.") == "threshold"
    assert of("Licences are needed above the 0.5% value threshold.") == "threshold"
    assert of("Products with inputs at 0.5% of product value need a licence.") == "threshold"
    assert of("China holds 80% of the value of world magnet output.") == quantities.WORLD
    assert of("China mines 60 percent of the world's tungsten.") == quantities.WORLD
    assert of("State-owned firms refine 60 percent of the world's cobalt.") == quantities.WORLD


def test_a_list_after_such_as_names_members_only_right_after_the_group():
    assert taxonomy_words.is_taxonomy(
        "Rare earths such as gallium and germanium are now controlled."
    )
    assert not taxonomy_words.is_taxonomy(
        "Rare earths are controlled, and so are technologies such as mining and smelting."
    )
    assert not taxonomy_words.is_taxonomy(
        "Rare earth buyers, including subsidiaries and branches, need permits."
    )


def test_subsidiaries_are_not_subsidies():
    assert (
        measure_reading.action("Foreign subsidiaries with 50% or more equity are also covered.")
        == ""
    )
    assert measure_reading.action("The government pays subsidies to chip plants.") == "subsidy"


def test_a_clause_that_times_the_measure_lends_no_actor_to_the_next_sentence():
    china = Frame(kind=MEASURE, actor="China", actor_country="CHN", action="restriction")
    us = Frame(kind=MEASURE, actor="United States", actor_country="USA", action="tariff")
    later = Frame(kind=MEASURE, action="restriction", goods=("tin",))
    before = [("China curbed tin exports", china), ("hours after a US tariff came into effect", us)]
    assert borrowed.actor(later, before).actor_country == "CHN"
    before[-1] = ("The US raised its tariffs", us)
    assert borrowed.actor(later, before).actor_country == "USA"


def test_barring_people_from_entering_a_country_is_not_a_trade_measure(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "Senior executives of the listed firms are banned from entering China.",
        "2025-01-20",
    )
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found), [
        (x.claim.text, x.verdict) for x in found
    ]


def test_goods_named_as_uses_are_not_the_goods_of_the_claim(tmp_path):
    assert uses.named_as_use("metals used across defence, clean energy and more", 37)
    assert not uses.named_as_use("curbs on gallium, used in chips; and on germanium", 41)
    found = dated_verdicts(
        tmp_path,
        "China restricted exports of five metals used across defence, clean energy and other "
        "industries.",
        "2025-02-04",
    )
    assert all("energy" not in x.claim.frame.goods for x in found if x.claim.frame), [
        x.claim.frame for x in found
    ]


def test_a_permit_put_on_the_buyers_of_the_goods_is_not_checkable(tmp_path):
    found = dated_verdicts(
        tmp_path,
        "China will require importers of antimony ores to apply for permits.",
        "2024-08-20",
    )
    x = verdict_about(found, "antimony")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    # the same measure stated of its exports is checked
    found = dated_verdicts(
        tmp_path, "China will require permits for exports of antimony ores.", "2024-08-20"
    )
    assert verdict_about(found, "antimony").verdict == Label.SUPPORTED
