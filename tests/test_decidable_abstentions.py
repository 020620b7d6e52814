"""Claims the bundled data decide on which the checker abstained (round 38, fx38a), each with
controls of other meanings that must keep their verdict. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.evidence import rule_names
from analysis.vocab import Label


def test_a_list_named_by_generic_words_joined_by_a_hyphen_names_no_measure() -> None:
    assert rule_names.named("China put tungsten on its export-licence list") == []
    assert rule_names.named("under the new export-control rules") == []
    # a compound with a word of its own still names one
    assert [w for _, w in rule_names.named("the foreign-produced rule")] == [("foreign-produced",)]
    assert [w for _, w in rule_names.named("its strategic-metals list")] == [("strategic-metals",)]


def test_goods_added_to_a_generic_licence_list_are_checked_against_the_catalog(
    tmp_path: Path,
) -> None:
    found = dated_verdicts(
        tmp_path, "Early in February, China put tungsten on its export-control list.", "2025-05-20"
    )
    x = verdict_about(found, "tungsten")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # a month the catalog's tungsten licensing does not have: refuted, not left open
    found = dated_verdicts(
        tmp_path, "In June 2024, China put tungsten on its export-control list.", "2025-05-20"
    )
    x = verdict_about(found, "tungsten")
    assert x.verdict in (Label.UNSUPPORTED, Label.PARTLY), x.rationale


def test_a_list_with_a_name_of_its_own_that_no_measure_has_is_still_not_checkable(
    tmp_path: Path,
) -> None:
    found = dated_verdicts(
        tmp_path, "In February, China put tungsten on its strategic-metals list.", "2025-05-20"
    )
    x = verdict_about(found, "tungsten")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_law_of_five_words_a_rule_amends_is_not_the_measure(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "On March 31, Japan said it would amend the Foreign Exchange and Foreign Trade Act "
        "to restrict exports of 23 types of chipmaking equipment.",
        "2023-07-23",
    )
    x = verdict_about(found, "Foreign Trade Act")
    assert x.claim.frame.action == "restriction"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # a law enacted is still a law
    found = dated_verdicts(
        tmp_path, "China's legislature passed the Export Control Law in October 2020.", "2023-07-23"
    )
    x = verdict_about(found, "Export Control Law")
    assert x.claim.frame.action == "law"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_measures_announced_since_a_day_are_matched_on_their_announcement(
    tmp_path: Path,
) -> None:
    def since(what: str) -> tuple[Label, str]:
        text = f"China has announced several measures since Wednesday, including {what}."
        x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-06"), "Wednesday")
        return x.verdict, x.rationale

    # the 34% tariff announced on Friday 4 April, two days after the Wednesday
    verdict, why = since("a 34% tariff on U.S. goods set to begin April 10")
    assert verdict == Label.PARTLY, why
    # controls: a rate the measure does not set, goods licensed two months before
    assert since("a 50% tariff on U.S. goods set to begin April 10")[0] == Label.UNSUPPORTED
    assert since("export licences for tungsten")[0] == Label.UNSUPPORTED


def test_a_measure_in_force_since_a_day_is_still_matched_on_its_effective_day(
    tmp_path: Path,
) -> None:
    text = "Since Wednesday, China has imposed a 34% tariff on imported goods from the U.S."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-04-06"), "34%")
    assert [w.role for w in x.claim.frame.when] == ["effective"]
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_rules_announced_to_impede_a_country_are_a_restriction(tmp_path: Path) -> None:
    def rules(text: str) -> object:
        return verdict_about(dated_verdicts(tmp_path, text, "2024-12-03"), "Security")

    x = rules(
        "On December 2, the Bureau of Industry and Security announced two companion rules "
        "to impede China's ability to make advanced semiconductors."
    )
    assert x.claim.frame.action == "restriction"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # rules of another purpose are no restriction: nothing to check
    x = rules(
        "On December 2, the Bureau of Industry and Security announced two companion rules "
        "to help US chipmakers sell semiconductors abroad."
    )
    assert x.claim.frame.kind != "measure" and x.verdict == Label.NOT_CHECKABLE


def test_a_count_in_dozens_is_checked_as_a_number(tmp_path: Path) -> None:
    def listed(count: str) -> object:
        text = f"The Biden administration has blacklisted {count} Chinese entities."
        return verdict_about(dated_verdicts(tmp_path, text, "2025-01-16"), "blacklisted")

    # the two Entity List rules of 16 January 2025 listed 25 Chinese entities together
    x = listed("more than two dozen")
    assert x.claim.frame.quantity.value == 24 and x.claim.frame.quantity.hedge == "at_least"
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert listed("more than three dozen").verdict == Label.UNSUPPORTED
    # "dozens of" is no figure
    assert listed("dozens of").claim.frame.quantity is None


def test_the_rare_earths_named_by_a_synonym_of_the_commodities_table(tmp_path: Path) -> None:
    def group(text: str) -> object:
        return verdict_about(dated_verdicts(tmp_path, text, "2022-07-08"), "group of")

    x = group("REEs are a group of 17 metals, among them scandium and yttrium.")
    assert x.claim.frame.kind == "taxonomy"
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert group("REEs are a group of 15 metals.").verdict == Label.UNSUPPORTED
    # a synonym the table marks as loose (the 15 lanthanides) is not the class of 17
    x = group("Lanthanides are a group of 15 metals.")
    assert x.claim.frame.kind != "taxonomy" and x.verdict == Label.NOT_CHECKABLE


def test_a_word_of_change_qualifying_the_flow_gives_its_direction(tmp_path: Path) -> None:
    def deficit(years: str) -> object:
        text = f"The US had a lower trade deficit with China in {years}."
        return verdict_about(dated_verdicts(tmp_path, text, "2020-09-30"), "deficit")

    # Census: the deficit fell from 2018 to 2019 and rose from 2017 to 2018
    x = deficit("2019 when compared to 2018")
    assert x.verdict == Label.SUPPORTED, x.rationale
    x = deficit("2018 when compared to 2017")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_the_related_measures_refer_back_to_the_measure_told(tmp_path: Path) -> None:
    def related(rest: str) -> object:
        text = f"China will restrict exports of antimony. The related {rest}."
        return verdict_about(dated_verdicts(tmp_path, text, "2024-08-16"), "The related")

    x = related("measures will take effect on September 15")
    assert x.claim.frame.goods == ("antimony",)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert related("measures will take effect on October 1").verdict == Label.UNSUPPORTED
    # related parties are no measure
    found = dated_verdicts(
        tmp_path,
        "China will restrict exports of antimony. The related companies will take orders "
        "on September 15.",
        "2024-08-16",
    )
    assert not any("related companies" in x.claim.text for x in found)


def test_an_export_restriction_keeping_a_firm_from_selling_is_its_countrys(
    tmp_path: Path,
) -> None:
    def kept(text: str) -> object:
        return verdict_about(dated_verdicts(tmp_path, text, "2023-06-30"), "preventing")

    x = kept("Export restriction preventing ASML from selling to China begins in September")
    assert x.claim.frame.actor_country == "NLD"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # controls: an actor the claim names stays; a firm kept from buying is no exporter
    x = kept("US export restriction preventing ASML from selling to China begins in September")
    assert x.claim.frame.actor_country == "USA"
    x = kept("Export restriction preventing ASML from buying chips begins in September")
    assert x.claim.frame.actor_country != "NLD"
