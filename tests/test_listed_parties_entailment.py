"""What a listing entails for the listed parties themselves ("Companies listed on the Entity
List are required to apply for licenses"): a licence obligation whose subject is the listed
parties is what any listing entails, not a measure of its own (`listing_entails`,
`licence_requirement`, `presupposed.entails_listing`; blind17: East Coast Daily, Hughes
Hubbard & Reed). Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import presupposed
from analysis.vocab import Label


def test_what_a_listing_entails_for_the_listed_parties_is_not_a_measure(tmp_path):
    # the listed parties as the subject of a licence obligation: what any listing entails
    # (blind17's class: East Coast Daily, Hughes Hubbard & Reed)
    assert presupposed.entails_listing(
        "Firms placed on the Commerce Department's blacklist are required to obtain a license "
        "before buying American parts",
        licence=True,
    )
    assert presupposed.entails_listing(
        "Newly designated companies are obliged to apply for export licenses", licence=True
    )
    # an obligation on exporters of named goods is a measure of its own
    assert not presupposed.entails_listing(
        "Exporters of antimony will be required to apply for licenses from September 15",
        licence=True,
    )
    found = _verdicts(
        tmp_path,
        "Washington added seven Chinese supercomputing centres to the Entity List on Thursday. "
        "Firms placed on the Entity List are required to obtain a license before receiving US "
        "technology.",
        "2021-04-09",
    )
    x = _about(found, "are required to obtain a license")
    assert x.verdict == Label.NOT_CHECKABLE


def test_the_listed_parties_named_back_and_the_blanket_requirement_are_what_a_listing_entails(
    tmp_path,
):
    # the listed parties named as such after the listing, and the blanket licence
    # requirement of every listing naming no parties (round 26, blind23: Miller & Company;
    # finanznachrichten.de)
    assert presupposed.entails_listing(
        "The new license requirements apply to shipments",
        "The new license requirements apply to shipments and transfers to the listed "
        "companies of every item under the regulations.",
    )
    assert presupposed.entails_listing(
        "This imposes a licensing requirement for all items subject to the EAR",
        "This imposes a licensing requirement for all items subject to the EAR.",
    )
    # a requirement that names its parties is the listing itself (checked)
    assert not presupposed.entails_listing(
        "Commerce imposed license requirements on three drone makers for all items subject to "
        "the EAR",
        "Commerce imposed license requirements on three drone makers for all items subject to "
        "the EAR.",
    )
    found = _verdicts(
        tmp_path,
        "The Commerce Department added SMIC and dozens of other Chinese firms to the Entity "
        "List on Friday. The new license requirements apply to shipments and transfers to the "
        "listed companies of every item under the regulations.",
        "2020-12-19",
    )
    assert _about(found, "license requirements apply").verdict == Label.NOT_CHECKABLE
    # the decidable twin: the listing itself stays decided
    assert _about(found, "added SMIC").verdict == Label.SUPPORTED


def test_a_licence_as_the_condition_of_a_bar_on_the_listed_parties_is_what_a_listing_entails(
    tmp_path,
):
    # the licence named as the condition without which supplying the listed parties is
    # barred ("without special government approval", "without a license"): round 30,
    # blind37 (Asian Morning; with DLA Piper's blanket requirement below, two outlets)
    assert presupposed.entails_listing(
        "Exporters are now barred from selling these companies any US software without a license",
        licence=True,
    )
    # a licence condition on named goods, with no reference back to listed parties, is a
    # measure of its own
    assert not presupposed.entails_listing(
        "Beijing barred exports of gallium without a licence from August", licence=True
    )
    found = _verdicts(
        tmp_path,
        "The Commerce Department added SMIC and dozens of other Chinese firms to the Entity "
        "List on Friday. American suppliers are now prohibited from shipping these companies "
        "any US technology without special government approval.",
        "2020-12-19",
    )
    assert _about(found, "without special government approval").verdict == Label.NOT_CHECKABLE
    # the decidable twin: the listing itself stays decided
    assert _about(found, "added SMIC").verdict == Label.SUPPORTED


def test_a_licence_withheld_under_a_rule_named_back_states_the_rule(tmp_path):
    # review of round 30: a back reference to a rule alone ("under the new rule") does not
    # make a licence an act is barred without what a listing entails; the rule is stated
    # and checked, like its "must obtain a licence" twin
    withheld = (
        "Under the new rule, exporters cannot sell advanced computing chips to China "
        "without a licence"
    )
    assert not presupposed.entails_listing(withheld, withheld + ".", licence=True)
    # a licence requirement with the same rule reference still says what the rule entails
    assert presupposed.entails_listing(
        "Under the new rule, a licence requirement applies to exports of chips", licence=True
    )
    found = _verdicts(tmp_path, withheld + ".", "2023-10-20")
    assert _about(found, "without a licence").verdict == Label.SUPPORTED


def test_the_blanket_requirement_as_the_subject_of_requiring_is_what_a_listing_entails(
    tmp_path,
):
    # "all items subject to the EAR require a license": the blanket requirement of every
    # listing, as the subject of a verb of requiring (round 30, blind37: DLA Piper)
    text = "all items subject to the EAR now require a license to be supplied to SMIC"
    assert presupposed.entails_listing(text, "From that day, " + text + ".", licence=True)
    # a requirement on named goods and a destination, not on the blanket items, is a
    # measure of its own
    assert not presupposed.entails_listing(
        "BIS will require a license for exports of advanced chips to China",
        "BIS will require a license for exports of advanced chips to China.",
        licence=True,
    )
    found = _verdicts(
        tmp_path,
        "The Commerce Department added SMIC and dozens of other Chinese firms to the Entity "
        "List on Friday. From that day, all items subject to the Export Administration "
        "Regulations require a license to be supplied to SMIC.",
        "2020-12-19",
    )
    assert _about(found, "require a license to be supplied").verdict == Label.NOT_CHECKABLE
    assert _about(found, "added SMIC").verdict == Label.SUPPORTED


def test_a_clause_that_tells_the_listing_before_its_reference_back_asserts_it(tmp_path):
    """'The US added X to the Entity List; exports to the listed entities require a license'
    in one clause: the listing is told in the clause itself, before the words that refer back
    to it, so the clause asserts the listing and is checked (round 30, dt25: it was taken as
    what a listing entails once 'require a license' became a licence requirement, blind37)."""
    told = (
        "In March 2021, Washington added the Tianjin Institute to the Entity List; exports to "
        "the listed entities require a license"
    )
    assert not presupposed.entails_listing(told, told, licence=True)
    # the requirement alone, referring back to a listing told before, is still entailed
    assert presupposed.entails_listing(
        "Exports to the listed entities require a license", told, licence=True
    )
    found = _verdicts(
        tmp_path,
        "In December 2020, Washington added SMIC to the Entity List; exports to the listed "
        "entities require a license.",
        "2021-04-09",
    )
    x = _about(found, "added SMIC")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_licence_a_listing_entails_in_the_passive_after_its_cause_or_after_getting_it(
    tmp_path,
):
    """The licence a listing entails, in three more forms (round 43, roster43): required in
    the passive ("a license is required for all exports ... to X"), after the listing told
    as its cause ("As a result of adding X to the Entity List, ..."), and as the condition
    an act is barred without, after a verb of getting it ("without first obtaining a special
    license"), with a reference back to the listed parties. Controls: a rule's own licence
    requirement, in the same words, and a cause that is no listing stay checked."""
    caused = (
        "As a result of adding Jinhua to the Entity List, a license is required for all "
        "exports of items subject to the EAR to Jinhua"
    )
    assert presupposed.entails_listing(caused, caused)
    # the passive requirement with no listing as its cause is a rule's own (checked)
    plain = "From November, a license is required for exports of advanced AI chips to China"
    assert not presupposed.entails_listing(plain, plain)
    barred = (
        "For these Chinese companies on the entity list, US suppliers will be prohibited from "
        "shipping to them without first obtaining a special license"
    )
    assert presupposed.entails_listing(barred, barred)
    # the same condition on a rule, with no reference back to listed parties, is the rule's
    ruled = (
        "Under the new rule, companies cannot ship advanced chips to China without first "
        "obtaining a license"
    )
    assert not presupposed.entails_listing(ruled, ruled)
    found = _verdicts(
        tmp_path,
        "The Commerce Department added Fujian Jinhua to the Entity List on Monday. As a result "
        "of adding Jinhua to the Entity List, a license is required for all exports of items "
        "subject to the EAR to Jinhua.",
        "2018-10-30",
    )
    assert _about(found, "a license is required").verdict == Label.NOT_CHECKABLE
    assert _about(found, "added Fujian Jinhua").verdict == Label.SUPPORTED
    found = _verdicts(tmp_path, plain + ".", "2023-10-18")
    assert _about(found, "a license is required").verdict != Label.NOT_CHECKABLE


def test_dealings_barred_with_importers_and_end_users_on_a_list_are_what_a_listing_entails(
    tmp_path,
):
    """Importers and end-users listed on a list are listed parties too (`listed_anyone`,
    round 43, roster43): a ban word before them, with no listing told before, says what any
    listing entails. Controls: a ban on importers named by place, and a listing told first,
    stay checked."""
    assert presupposed.bars_dealings_with_listed(
        "the government can prohibit or restrict transactions in controlled items with "
        "importers and end-users listed on the control list"
    )
    assert not presupposed.bars_dealings_with_listed(
        "Beijing banned exports of gallium to importers in the United States"
    )
    assert not presupposed.bars_dealings_with_listed(
        "China added 15 US firms to its export control list, and bars exports to end-users "
        "listed on the control list"
    )
    found = _verdicts(
        tmp_path,
        "Under the Export Control Law, the Chinese government can prohibit transactions in "
        "controlled items with importers and end-users listed on the control list.",
        "2025-03-05",
    )
    assert _about(found, "can prohibit transactions").verdict == Label.NOT_CHECKABLE
