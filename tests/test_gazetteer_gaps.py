"""Round 29 (branch ent22): names the gazetteer lacked on the development half, found in
several outlets (docs/article.md, "Scores"), and two reader faults: a known office that is a
person's title ("US Trade Representative Name"), and a dateline whose credit names two
outlets or whose dash touches the text. Made-up sentences; each test fails without its
change."""

from __future__ import annotations

from analysis.article import document
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity


def mentions(text: str) -> list[Entity]:
    return document.from_text(text, {"headline": "", "published": "2025-03-01"}).entities


def labelled(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in mentions(text)}


def test_goods_of_the_farm_and_energy_tariff_lists_are_named():
    ents = labelled(
        "The levy covers chicken and cotton from Ohio, oil shipped from Texas and large-engine "
        "cars, while pharmaceuticals were left out."
    )
    assert ents["chicken"] == (gz.COMMODITY, "farm goods")
    assert ents["cotton"] == (gz.COMMODITY, "farm goods")
    assert ents["oil"] == (gz.COMMODITY, "energy")
    assert ents["large-engine cars"] == (gz.COMMODITY, "motor vehicles")
    assert ents["pharmaceuticals"] == (gz.COMMODITY, "pharmaceuticals")
    named = {e.text for e in mentions("Chicken and oil were on the list.") if not e.generic}
    assert {"Chicken", "oil"} <= named  # named commodities, scored, not words for a kind


def test_government_bodies_and_institutions_of_the_genre_are_known():
    ents = labelled(
        "The Chinese finance ministry and the State Administration for Market Regulation acted "
        "before the APEC summit in Gyeongju, the Pentagon said, as ASEAN members and the UAE "
        "watched SK hynix and Inspur."
    )
    assert ents["Chinese finance ministry"] == (gz.ORG, "China's Ministry of Finance")
    # its last word is an instrument's head ("Regulation"): the table says it is a body
    assert ents["State Administration for Market Regulation"][0] == gz.ORG
    assert ents["APEC"] == (gz.ORG, "Asia-Pacific Economic Cooperation")
    assert ents["Gyeongju"][0] == gz.PLACE
    assert ents["Pentagon"] == (gz.ORG, "US Department of Defense")
    assert ents["ASEAN"][0] == gz.ORG
    assert ents["UAE"] == (gz.PLACE, "United Arab Emirates")
    assert ents["SK hynix"] == (gz.ORG, "SK Hynix")
    assert ents["Inspur"][0] == gz.ORG


def test_an_office_named_as_a_persons_title_is_not_the_office():
    text = (
        "US Trade Representative Marlow Keane met the delegation. Later the United States "
        "Trade Representative (USTR) published the list."
    )
    ents = mentions(text)
    first = text.index(".")
    assert not [e for e in ents if e.label == gz.ORG and e.start < first]
    # the place the title holds is read as before the table knew the office
    assert [(e.text, e.label) for e in ents if e.start < 3] == [("US", gz.PLACE)]
    keane = next(e for e in ents if e.text == "Marlow Keane")
    assert keane.label == gz.PERSON
    assert "Trade Representative" in (keane.role or "")
    office = [e for e in ents if e.start > first and e.label == gz.ORG]
    assert office and office[0].canonical == "Office of the US Trade Representative"


OFFICE = "Office of the US Trade Representative"


def test_an_office_before_a_weekday_a_month_or_opening_as_a_body_is_the_office():
    # Review of round 29: a capitalised word after the office is a person's name only when
    # it is not a weekday or a month, and "Office of ..." is never a title. Twin sentences
    # without the "(USTR)" that names the office again.
    for text in (
        "The Office of the US Trade Representative Friday announced duties on valves.",
        "The US Trade Representative Tuesday proposed duties on valves.",
        "The US Trade Representative March notice listed valves.",
        "Later the United States Trade Representative published the list.",
    ):
        offices = [e for e in mentions(text) if e.label == gz.ORG and e.canonical == OFFICE]
        assert offices, text
    # a name after the title still makes it the person's title
    ents = mentions("US Trade Representative Marlow Keane announced duties on valves.")
    assert not [e for e in ents if e.label == gz.ORG]
    assert [e.label for e in ents if e.text == "Marlow Keane"] == [gz.PERSON]


def test_a_dateline_with_two_credited_outlets_or_a_touching_dash():
    ents = mentions(
        "HANOI, Oct 2, 2024 (VNW/Wirefeed) - Vietnam's ministry said on Friday it would act.\n"
        "BEIJING (Wirefeed) -China's ministry said on Thursday it would act too."
    )
    by_text = {e.text: e for e in ents}
    assert by_text["HANOI"].label == gz.PLACE
    assert by_text["VNW"].label == gz.ORG and by_text["VNW"].kind == "outlet"
    assert by_text["Wirefeed"].label == gz.ORG
    assert by_text["BEIJING"].label == gz.PLACE
    assert by_text["BEIJING"].canonical == "Beijing"


def test_the_unreliable_entity_list_named_by_its_members():
    ents = labelled(
        "Beijing added Orvane Dynamics to its list of unreliable organizations; a week later "
        'two more firms joined its "unreliable entities."'
    )
    assert ents["unreliable organizations"] == (gz.INSTRUMENT, "Unreliable Entity List")
    assert ents["unreliable entities"] == (gz.INSTRUMENT, "Unreliable Entity List")
