"""Measure claims read by their frame (analysis/article/frames.py, claims.py) and checked
against the catalog (analysis/evidence/frame_checks.py): made-up sentences in the shapes
real articles use, each on a stated date. Expected measures come from the catalog."""

from __future__ import annotations

from conftest import dated_article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import frames, measure_reading
from analysis.vocab import Label


def test_a_rule_stated_with_a_modal_and_no_named_actor_is_a_measure_claim(tmp_path):
    found = _verdicts(
        tmp_path,
        "China's commerce ministry put gallium and germanium under export control on 3 July "
        "2023. From next month, shipments of both metals must have a licence from the ministry.",
        "2023-07-05",
    )
    x = _about(found, "must have a licence")
    assert x.claim.frame.kind == frames.MEASURE and x.claim.frame.action == "licence"
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_a_passive_rule_takes_the_actor_of_the_measure_before_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing announced controls on antimony on 15 August 2024. The relevant matters are as "
        "follows. Listed goods shall not be exported without permission.",
        "2024-08-20",
    )
    x = _about(found, "shall not be exported")
    assert x.claim.frame.actor_country == "CHN" and x.claim.frame.action == "licence"


def test_the_country_a_measure_targets_is_not_its_actor(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing named eleven firms on 4 April 2025. Exporters are prohibited from selling "
        "dual-use items to these 11 US companies.",
        "2025-04-05",
    )
    x = _about(found, "prohibited")
    assert x.claim.frame.actor_country == "CHN"


def test_stock_phrases_are_not_measures():
    assert measure_reading.action("Powders, including but not limited to ingots and blocks") == ""
    assert measure_reading.action("When added to steel, it hardens") == ""
    assert measure_reading.action("The firm was added to the Entity List") == "listing"


def test_a_licence_claimed_for_a_measure_that_prohibits_is_misleading(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "In December 2023, China introduced an export licensing system for rare-earth "
            "processing technology.",
            "2024-02-01",
        ),
        "licensing",
    )
    assert x.verdict == Label.MISLEADING and "prohibits" in x.rationale


def test_the_day_news_of_a_measure_came_out_cannot_be_checked(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "Washington imposed chip export restrictions on China, first reported on 2 September.",
            "2022-10-20",
        ),
        "first reported",
    )
    assert x.claim.frame.when[0].role == "reported"
    assert x.verdict == Label.NOT_CHECKABLE and "news of the measure" in x.rationale


def test_a_measure_dated_before_the_catalog_is_not_checkable(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "In 2012, after a dispute over islands, the Chinese government halted exports of "
            "rare earths to Japan.",
            "2024-02-01",
        ),
        "halted",
    )
    assert x.verdict == Label.NOT_CHECKABLE and "before the catalog" in x.rationale


def test_several_dates_of_one_role_may_date_several_measures(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "China escalated its rare earth curbs. This goes beyond the rare earth export rules "
            "it announced in December 2023 and April 2025.",
            "2025-10-15",
        ),
        "December 2023",
    )
    assert x.verdict == Label.SUPPORTED


def test_a_part_of_a_measure_that_takes_effect_later_dates_it(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "China tightened its rare earth controls on 9 October. The new curbs, which will take "
            "effect on December 1, reach rare earths in goods made abroad.",
            "2025-10-20",
        ),
        "December 1",
    )
    assert x.verdict == Label.SUPPORTED and "in part later" in x.rationale, x.rationale
    y = _about(
        _verdicts(
            tmp_path,
            "China tightened its rare earth controls on 9 October. The new curbs, which will take "
            "effect on December 20, reach rare earths in goods made abroad.",
            "2025-10-20",
        ),
        "December 20",
    )
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_company_a_measure_is_sent_to_is_not_who_imposes_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "The Biden administration published chip export rules on 7 October 2022. They follow "
        "restrictions sent to Lam Research on chip tools.",
        "2022-10-08",
    )
    x = _about(found, "Lam Research")
    assert x.claim.frame.actor_country == "USA" and x.claim.frame.actor != "Lam Research"


def test_a_clause_saying_an_earlier_measure_takes_effect_is_checked_as_that_measure(tmp_path):
    found = _verdicts(
        tmp_path,
        "China's commerce ministry put gallium under export control on 3 July 2023. The notice "
        "was long, but the changes come into effect on 1 August 2023.",
        "2023-07-05",
    )
    x = _about(found, "come into effect")
    assert x.claim.frame.kind == frames.MEASURE and x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_weekday_in_a_sentence_about_a_past_measure_is_the_last_one(tmp_path):
    x = _about(
        _verdicts(
            tmp_path, "Tensions rose after Washington on Thursday blacklisted Huawei.", "2019-05-21"
        ),
        "Thursday",
    )
    assert x.claim.frame.when[0].start == "2019-05-16", x.claim.frame.when


def test_a_measure_said_to_apply_now_that_took_effect_later_is_partly_right(tmp_path):
    text = (
        "China's commerce ministry put gallium under export control on 3 July 2023. "
        "Exporters {} obtain a licence to ship gallium."
    )
    now = _about(_verdicts(tmp_path, text.format("must now"), "2023-07-05"), "licence")
    assert now.claim.frame.already and now.verdict == Label.PARTLY, now.rationale
    assert "2023-08-01" in now.rationale
    plain = _about(_verdicts(tmp_path, text.format("must"), "2023-07-05"), "licence")
    assert not plain.claim.frame.already and plain.verdict == Label.SUPPORTED


def test_a_take_effect_date_is_not_pushed_into_the_future_by_another_clause(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "The rule will be printed on May 28, but the listing takes effect May 16.",
            "2019-05-20",
        ),
        "takes effect",
    )
    day = next(w for w in x.claim.frame.when if w.text == "May 16")
    assert day.start == "2019-05-16", x.claim.frame.when


def test_a_second_predicate_is_not_checked_with_the_first(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing adopted an export control law in 2020 and later widened the goods it covers.",
        "2023-07-05",
    )
    law = _about(found, "export control law")
    assert "widened" not in law.claim.text and law.verdict == Label.SUPPORTED


def test_a_body_named_as_issuing_a_measure_must_be_its_issuer(tmp_path):
    text = "On 3 July 2023, the {} required licences for gallium exports."
    said = _verdicts(tmp_path, text.format("Ministry of Commerce"), "2023-07-05")
    mofcom = _about(said, "3 July")
    assert mofcom.verdict == Label.SUPPORTED, mofcom.rationale
    other = _about(_verdicts(tmp_path, text.format("State Council"), "2023-07-05"), "3 July")
    assert other.verdict == Label.NOT_CHECKABLE and "MOFCOM" in other.rationale, other.rationale


def test_restrictions_notified_privately_cannot_be_checked(tmp_path):
    found = _verdicts(
        tmp_path,
        "Washington published chip export rules on 7 October 2022. The rules, most of which "
        "take effect at once, extend curbs sent in letters to leading chip firms in August.",
        "2022-10-09",
    )
    rules = _about(found, "take effect at once")
    assert "letters" not in rules.claim.text
    letters = _about(found, "letters")
    assert letters.verdict == Label.NOT_CHECKABLE and "privately" in letters.rationale


def test_starting_a_trade_war_is_a_tariff_measure(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "Relations soured after the United States began a trade war in 2018.",
            "2020-01-10",
        ),
        "trade war",
    )
    assert x.claim.frame.action == "tariff" and x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_customs_codes_are_checked_against_the_measures_codes(tmp_path):
    graphite = _about(
        _verdicts(
            tmp_path,
            "China put graphite under export licensing on 20 October 2023. Spherical graphite "
            "is covered. (HS codes: 3801.10.0030)",
            "2023-11-01",
        ),
        "HS codes",
    )
    assert graphite.claim.frame.codes == ("3801100030",)
    assert graphite.verdict == Label.SUPPORTED, graphite.rationale
    antimony = _about(
        _verdicts(
            tmp_path,
            "China put antimony under export licensing on 15 August 2024. Antimony ores are "
            "covered. (Refer to customs commodity numbers: 2617101000)",
            "2024-08-20",
        ),
        "customs commodity",
    )
    assert antimony.verdict == Label.NOT_CHECKABLE and "does not list" in antimony.rationale


def test_a_measure_claim_that_denies_is_not_checked_as_an_assertion(tmp_path):
    found = _verdicts(
        tmp_path,
        "China put gallium under export control on 3 July 2023. The ministry said the "
        "controls were not aimed at any country.",
        "2023-07-05",
    )
    x = _about(found, "not aimed")
    assert x.claim.frame.negated and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert not measure_reading.denies_measure(
        "Listed items shall not be exported without permission"
    )
    assert not measure_reading.denies_measure("used not only in mining but also in refining")


def test_a_capital_acting_on_a_day_is_its_government(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "Beijing on Tuesday banned exports of gallium to the United States.",
            "2024-12-05",
        ),
        "banned",
    )
    assert x.claim.frame.actor_country == "CHN" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_date_of_what_was_done_may_be_the_announcement_or_the_effective_day(tmp_path):
    text = "Japan {} controls on exports of chipmaking equipment in July 2023."
    acted = _about(_verdicts(tmp_path, text.format("tightened"), "2023-08-01"), "July")
    assert acted.claim.frame.when[0].role == "acted"
    assert acted.verdict == Label.SUPPORTED, acted.rationale  # in force from 23 July
    said = _about(_verdicts(tmp_path, text.format("announced"), "2023-08-01"), "July")
    assert said.claim.frame.when[0].role == "announced"
    assert said.verdict == Label.UNSUPPORTED, said.rationale  # announced on 31 March


def test_lifting_a_ban_is_a_relaxation_and_barred_from_is_a_ban():
    assert measure_reading.action("China lifted its ban on gallium exports") == "relaxation"
    assert not measure_reading.forbids("China lifted its ban on gallium exports")
    assert measure_reading.action("Firms are barred from selling chips to them") == "ban"
    assert measure_reading.action("China's new export control regime took effect") == "law"


def test_goods_from_a_country_are_what_a_tariff_targets(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing hit back on Friday. From 10 April, all products from the United States will "
        "face an extra 34% duty.",
        "2025-04-05",
    )
    x = _about(found, "products from the United States")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_the_agent_of_a_measure_is_who_imposes_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "The new duties come after a round of tariffs imposed by Beijing in March.",
        "2025-04-05",
    )
    x = _about(found, "imposed by Beijing")
    assert x.claim.frame.actor_country == "CHN"


def test_a_listing_that_bars_the_listed_firms_outright_is_not_a_licence(tmp_path):
    found = _verdicts(
        tmp_path,
        "On 4 April 2025 China put eleven US drone makers on its unreliable entity list, "
        "which bars them from import and export activities related to China.",
        "2025-04-06",
    )
    x = _about(found, "unreliable entity list")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_an_import_ban_is_not_checked_as_an_export_ban(tmp_path):
    found = _verdicts(
        tmp_path,
        "Since 4 April 2025 China's customs has prohibited imports of sorghum from one US "
        "exporter.",
        "2025-04-06",
    )
    x = _about(found, "sorghum")
    assert x.claim.frame.action == "import ban"
    assert x.verdict == Label.NOT_CHECKABLE and "export" not in x.rationale


def test_a_count_of_firms_on_china_s_lists_is_not_an_entity_list_count(tmp_path):
    found = _verdicts(
        tmp_path,
        "Washington raised tariffs in February. Since then China has added 12 US companies "
        "to the Unreliable Entity List.",
        "2025-03-05",
    )
    x = _about(found, "12 US companies")
    assert x.rule != "entity list count" and x.verdict != Label.UNSUPPORTED


def test_a_possessive_date_dates_another_event_not_the_measure(tmp_path):
    found = _verdicts(
        tmp_path,
        "On 15 May 2020 the Commerce Department announced new export rules on chips for "
        "Huawei, to close gaps in last year's blacklisting of the company.",
        "2020-05-20",
    )
    x = _about(found, "15 May 2020")
    assert [w.text for w in x.claim.frame.when] == ["15 May 2020"]


def test_a_count_of_listed_firms_is_dated_by_its_own_clause_and_acted_by_the_lister(tmp_path):
    found = _verdicts(
        tmp_path,
        "Since Mr Trump took office on January 20, 2025, Beijing has hit back in several ways, "
        "adding 12 US firms to the Unreliable Entity List.",
        "2025-03-06",
    )
    x = _about(found, "12 US firms")
    assert x.claim.frame.actor_country == "CHN" and not x.claim.frame.when
    # the listing is China's; the 12 is a sum over two listings, a count no title gives
    # (docs/factcheck.md, "When the checker abstains"), so it is not checked
    assert x.verdict == Label.NOT_CHECKABLE and "Unreliable Entity List" in x.rationale


def test_a_ban_to_one_country_named_at_the_end_of_a_list_of_goods_is_that_ban(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing has banned the export of gallium, germanium and related materials to the "
        "United States, the ministry said on Tuesday.",
        "2024-12-04",
    )
    x = _about(found, "gallium")
    assert x.rule == "ban or licensing" and x.verdict == Label.SUPPORTED, x.rationale


def test_what_a_named_measure_includes_is_not_a_claim_that_it_was_imposed(tmp_path):
    found = _verdicts(
        tmp_path,
        "On 4 April 2025 Beijing put eleven US drone makers on its unreliable entity list. "
        "These restrictions include a prohibition on new investment in the country.",
        "2025-04-06",
    )
    x = _about(found, "include a prohibition")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_clause_cut_inside_its_legal_basis_is_read_past_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "Regarding the new rules, in accordance with laws such as the Export Control Law of the "
        "People's Republic of China and the Foreign Trade Law, and with the approval of the "
        "State Council, the Ministry of Commerce on 3 July 2023 announced export controls on "
        "gallium and germanium.",
        "2023-07-05",
    )
    x = _about(found, "gallium")
    assert x.claim.frame.action != "law" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_listing_named_by_its_noun_is_a_claim_and_a_dateline_does_not_date_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "24th May 2024 – (Beijing) The commerce ministry explained the recent addition of three "
        "US defence firms to China's unreliable entities list.",
        "2024-05-24",
    )
    x = _about(found, "addition of three")
    assert x.claim.frame.action == "listing" and not x.claim.frame.when
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_rule_that_took_immediate_effect_is_checked_as_the_rule_before_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "Washington announced export controls on advanced chips on 7 October 2022. "
        "The new interim rule took immediate effect on 7 October 2022.",
        "2022-10-12",
    )
    x = _about(found, "immediate effect")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_law_named_as_what_a_rule_amends_is_not_the_measure(tmp_path):
    # "revisions to the ... Regulations" are a rule made under them, not the framework law
    assert measure_reading.action(
        "issued sweeping revisions to the Export Administration Regulations"
    )
    assert measure_reading.action("amended the Foreign Trade Law") == "restriction"
    assert measure_reading.action("items subject to the US Export Administration Regulations") == (
        "restriction"
    )
    assert measure_reading.action("China enacted an Export Control Law") == "law"
    found = _verdicts(
        tmp_path,
        "On 7 October 2022, the Commerce Department issued sweeping revisions to the Export "
        "Administration Regulations aimed at Chinese chipmaking.",
        "2022-10-20",
    )
    x = _about(found, "sweeping revisions")
    assert x.claim.frame.action == "restriction"
    assert x.verdict == Label.SUPPORTED


def test_a_stricter_review_of_exports_is_a_restriction(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing said on 3 December 2024 that graphite shipments to American buyers will face "
        "tighter end-user scrutiny.",
        "2024-12-05",
    )
    x = _about(found, "tighter end-user scrutiny")
    assert x.claim.frame.action == "restriction" and x.claim.frame.goods == ("graphite",)
    assert x.verdict == Label.SUPPORTED


def test_a_line_opening_on_a_measure_taking_effect_dates_the_measure_before_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "Notice on export control of gallium and germanium items\n\n"
        "Officially implemented from August 1, 2023\n\n"
        "The notice lists the items concerned.",
        "2023-07-10",
    )
    x = _about(found, "Officially implemented")
    assert x.claim.frame.goods == ("gallium", "germanium")
    assert [w.role for w in x.claim.frame.when] == ["effective"]
    assert x.verdict == Label.SUPPORTED
    assert not measure_reading.opens_with_effect("China said the rules take effect on 1 August")


def test_limiting_a_country_s_access_to_goods_is_a_restriction(tmp_path):
    found = _verdicts(
        tmp_path,
        "In October 2022, the United States took steps to limit Chinese firms’ access to advanced "
        "semiconductors.",
        "2023-07-05",
    )
    x = _about(found, "access to advanced semiconductors")
    assert x.claim.frame.action == "restriction" and x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED


def test_a_claim_naming_two_lists_is_checked_against_listings_on_both(tmp_path):
    # the control-list listing took effect on 10 April; the UEL listing has no recorded day
    found = _verdicts(
        tmp_path,
        "China's commerce ministry has put 12 American firms on its export control list and "
        "another six on its unreliable entity list, effective 10 April 2025.",
        "2025-04-11",
    )
    x = _about(found, "effective 10 April")
    assert x.verdict == Label.SUPPORTED


def test_china_s_control_list_bars_dual_use_exports_to_the_parties_it_lists(tmp_path):
    # a control-list listing prohibits such exports (`bars_listed`); the US Entity List does
    # not: it requires licences
    found = _verdicts(
        tmp_path,
        "On 9 April 2025 China put twelve US defence firms on its export control list, which "
        "bars them from receiving dual-use items.",
        "2025-04-11",
    )
    x = _about(found, "export control list")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_word_that_starts_like_ban_is_no_ban(tmp_path):
    # "high-bandwidth memory": licence requirements, not a claim that exports were banned
    found = _verdicts(
        tmp_path,
        "On 2 December 2024 the Commerce Department imposed new controls on exports of "
        "high-bandwidth memory to China.",
        "2024-12-10",
    )
    x = _about(found, "high-bandwidth memory")
    assert x.rule != "ban or licensing" and x.verdict == Label.SUPPORTED, x.rationale


def test_each_item_of_an_enumeration_is_a_claim_of_its_own(tmp_path):
    found = _verdicts(
        tmp_path,
        "On 2 December 2024 the Commerce Department issued a rule that (1) adds 140 entities "
        "to the Entity List; (2) imposes controls on high-bandwidth memory; and (3) expands "
        "the foreign direct product rules.",
        "2024-12-10",
    )
    x = _about(found, "high-bandwidth memory")
    assert x.claim.text.startswith("(2)") and "Entity List" not in x.claim.text
    assert x.claim.frame.goods == ("high_bandwidth_memory",)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_past_weekday_after_the_day_just_mentioned_is_the_nearer_one_up_to_the_article(
    tmp_path,
):
    text = "Officials met in Geneva on May 10, 2025. The two sides issued a statement on Monday."

    def monday(published: str) -> str:
        art = dated_article(tmp_path, text, published)
        return next(d.start.isoformat() for d in art.dates if d.text == "Monday")

    assert monday("2025-05-12") == "2025-05-12"  # two days after the talks, the article's day
    assert monday("2025-05-11") == "2025-05-05"  # the coming Monday is after the article


def test_an_enumerated_item_after_and_is_not_part_of_the_item_before(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing retaliated on 4 March 2025 by (i) putting 15 US firms on its export control "
        "list and (ii) opening an anti-dumping probe into US optical fibre.",
        "2025-03-06",
    )
    listing = _about(found, "export control")
    assert "probe" not in listing.claim.text and listing.verdict == Label.SUPPORTED
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found if "probe" in x.claim.text)


def test_what_an_opinion_calls_a_response_to_is_a_claim_of_its_own(tmp_path):
    # the motive is opinion; the earlier measure it names is a fact the catalog can check
    found = _verdicts(
        tmp_path,
        "Analysts believe the curbs may be a response to export controls on chips imposed by "
        "the United States in October 2022.",
        "2023-07-10",
    )
    x = _about(found, "imposed by the United States")
    assert "believe" not in x.claim.text and x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_an_enumerated_item_does_not_borrow_the_measure_of_its_sentence(tmp_path):
    found = _verdicts(
        tmp_path,
        "On 2 December 2024 the Commerce Department issued a rule that (1) adds 140 entities "
        "to the Entity List; (2) drops three firms from a trusted-user programme.",
        "2024-12-10",
    )
    x = _about(found, "drops three firms")
    assert x.claim.frame.action != "listing" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_what_a_claim_means_said_after_it_is_a_claim_of_its_own(tmp_path):
    # after a comma inside closing quotes too: '... its "Entity List," which means ...'
    for text in (
        'On 16 May 2019 the Commerce Department added Huawei to its "Entity List," which means '
        "that exports to it are now subject to licence requirements.",
        "On 16 May 2019 the Commerce Department added Huawei to its Entity List, which means "
        "that exports to it are now subject to licence requirements.",
    ):
        found = _verdicts(tmp_path, text, "2019-05-20")
        listing = _about(found, "added Huawei")
        assert "which means" not in listing.claim.text and listing.verdict == Label.SUPPORTED
        assert _about(found, "which means").verdict == Label.NOT_CHECKABLE


def test_a_count_of_types_of_goods_is_checked_against_the_catalog_title(tmp_path):
    def verdict(text: str, published: str) -> Label:
        return _about(_verdicts(tmp_path, text, published), "types of").verdict

    japan = "On 31 March 2023 Japan announced export controls on {} types of chipmaking equipment."
    assert verdict(japan.format(23), "2023-04-05") == Label.SUPPORTED
    assert verdict(japan.format(30), "2023-04-05") == Label.UNSUPPORTED
    us = "On 2 December 2024 the United States imposed controls on 24 types of chipmaking tools."
    assert verdict(us, "2024-12-10") == Label.NOT_CHECKABLE  # the title gives no count
