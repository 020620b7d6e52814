"""A listing's members named in a sentence of their own after it ("The entities include
DJI and SMIC"): a subject referring back to the listed parties and a verb naming them
(`listed_members`, `members.named`) make a claim about the listing told before, checked
against that listing's catalog row (`member_checks`; round 26, fcm18: Pakistan Today,
Evrim Agaci, Miller & Company). Made-up sentences on real catalog rows."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import members
from analysis.evidence import measure_details
from analysis.vocab import Label

_UEL = (
    "China's commerce ministry put three American arms makers on its Unreliable Entity List "
    "on 20 May 2024, citing their sales to Taiwan. "
)
_SMIC = "The US Commerce Department added 77 entities to the Entity List on 18 December 2020. "


def test_a_back_reference_and_a_verb_name_the_members():
    assert members.named(
        "The firms targeted include Acme Robotics, Zeta Optics and Northwind Aerospace."
    ) == (("Acme Robotics",), ("Zeta Optics",), ("Northwind Aerospace",))
    assert members.named(
        "Among them are Chinese drone maker Skyward and Delta Photonics Corporation (DPX)."
    ) == (("Skyward",), ("Delta Photonics Corporation", "DPX"))
    assert members.named(
        "The firms now included in the list are Kestrel Labs and Orion Metals."
    ) == (
        ("Kestrel Labs",),
        ("Orion Metals",),
    )
    assert members.named("Those added were Kestrel Labs and Orion Metals, among others.") == (
        ("Kestrel Labs",),
        ("Orion Metals",),
    )
    # a back reference naming no party: a count and a description
    assert members.named("The companies include several drone makers and 12 institutes.") == ()
    assert members.named("The additions include firms that work with the Chinese army.") == ()
    # names with no back reference; a back reference with no verb naming members
    assert members.named("Acme Robotics and Zeta Optics were fined last year.") == ()
    assert members.named("The companies supplied radar parts to Taiwan.") == ()
    # a modifier made of a name is no party ("U.S.-origin", "SMIC-related")
    assert members.named("They included a 10% duty on U.S.-origin pork.") == ()
    # a name governed by a preposition is what a measure is on, not a member
    assert members.named("They include curbs on sales to Northwind Aerospace.") == ()


def test_members_a_complete_row_names_are_supported_and_others_unsupported(tmp_path):
    found = _verdicts(
        tmp_path,
        _UEL + "The companies include Boeing Defense, Space & Security and General Atomics "
        "Aeronautical Systems.",
        "2024-05-21",
    )
    x = _about(found, "The companies include")
    assert x.verdict == Label.SUPPORTED
    assert x.rule == "listing members"
    # the claim's frame is the listing told before: its actor and action
    assert x.claim.frame.action == "listing" and x.claim.frame.actor_country == "CHN"
    # a party the row, which names all three, does not name
    found = _verdicts(
        tmp_path,
        _UEL + "The companies include Boeing Defense, Space & Security and Northwind Aerospace.",
        "2024-05-21",
    )
    x = _about(found, "The companies include")
    assert x.verdict == Label.UNSUPPORTED
    assert "Northwind Aerospace" in x.rationale


def test_a_row_naming_only_some_members_cannot_rule_a_party_out(tmp_path):
    # 77 entities, of which the row names SMIC and DJI: a party it does not name may be one
    found = _verdicts(tmp_path, _SMIC + "The entities include SMIC and DJI.", "2020-12-19")
    assert _about(found, "The entities include").verdict == Label.SUPPORTED
    found = _verdicts(
        tmp_path, _SMIC + "The entities include SMIC and Northwind Photonics.", "2020-12-19"
    )
    x = _about(found, "The entities include")
    assert x.verdict == Label.NOT_CHECKABLE
    assert x.rule == "listing members"


def test_members_need_a_listing_told_before(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing held talks with Washington on 3 May 2024. The companies include Acme "
        "Robotics and Zeta Optics.",
        "2024-05-04",
    )
    # no listing told before: the frame is incomplete, the claim abstains (no "measure
    # exists" from another check)
    x = _about(found, "The companies include")
    assert x.verdict == Label.NOT_CHECKABLE and x.rule == "listing members"


def test_a_sentence_naming_no_member_or_about_something_else_is_not_read_as_members(tmp_path):
    for second in (
        "The companies include three defence contractors.",
        "The companies had sold drones and radar parts to Taiwan.",
    ):
        found = _verdicts(tmp_path, _UEL + second, "2024-05-21")
        assert not any(x.rule == "listing members" for x in found), second


def test_members_with_a_count_the_row_does_not_give_are_not_checkable(tmp_path):
    # the names fit the row, but the count of the sentence is its own claim: the one count
    # check of every measure path (`measure_details.gives_count`) holds for members too
    found = _verdicts(
        tmp_path,
        _UEL + "The list includes 40 companies, among them General Dynamics Land Systems and "
        "Boeing Defense, Space & Security.",
        "2024-05-21",
    )
    x = _about(found, "The list includes")
    assert x.verdict == Label.NOT_CHECKABLE and x.rule == "listing members"
    assert "40 companies" in x.rationale
    # twin: the count the row gives (three names in its title)
    found = _verdicts(
        tmp_path,
        _UEL + "The list includes three companies, among them General Dynamics Land Systems "
        "and Boeing Defense, Space & Security.",
        "2024-05-21",
    )
    assert _about(found, "The list includes").verdict == Label.SUPPORTED


def test_one_parser_reads_a_list_of_named_parties():
    # the one parser of a catalog row's named parties, for its count (`gives_count`) and
    # its members (`member_checks`): names joined by a comma or "and", spaced or not
    assert measure_details.enumerated("Acme Corp, Zeta Labs, and Orbit & Co") == [
        "Acme Corp",
        "Zeta Labs",
        "Orbit & Co",
    ]
    assert measure_details.enumerated("Acme,Zeta and Orbit") == ["Acme", "Zeta", "Orbit"]
    title = "Acme Corp, Zeta Labs and Orbit & Co put on the Unreliable Entity List"
    found = measure_details.NAME_LIST.match(title)
    assert found is not None and found.group(0) == "Acme Corp, Zeta Labs and Orbit & Co"
    assert measure_details.NAME_LIST.match("the firms Acme and Zeta") is None
