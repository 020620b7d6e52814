"""Round 39 (ent39): goods, organisations and instruments the annotator missed or misread.

Classes written from the development half's B items only and validated on its A items
(docs/factcheck-log.md, "Goods kind words, administrations and lower-case instruments (round
39, branch ent39)"). Each test is a made-up sentence, with controls of other meanings.
"""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import document, uses
from analysis.article import gazetteer as gz
from analysis.evidence import factcheck


def _goods_of(text: str, words: str) -> tuple[str, ...]:
    """The goods of the frame of the claim holding `words` (an article of 1 March 2025)."""
    art = document.from_text(text, {"headline": "", "published": "2025-03-01"})
    hits = [v for v in factcheck.check(art) if words in v.claim.text]
    assert hits, [v.claim.text for v in factcheck.check(art)]
    return tuple(hits[0].claim.frame.goods)


def test_phones_computers_and_electronics_are_kind_words_of_consumer_electronics():
    ents = found(
        "Rare earths go into everything from smartphones to fighter jets. Imports of "
        "computers and mobile phones fell, while electronics held up."
    )
    for text in ("smartphones", "computers", "mobile phones", "electronics"):
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (gz.COMMODITY, "consumer electronics", True)


def test_a_goods_word_inside_a_company_name_after_a_place_stays_in_the_name():
    ents = found(
        "The list includes units of China Electronics Technology Group Corporation and of "
        "China Soybean Trading Corporation."
    )
    for name in (
        "China Electronics Technology Group Corporation",
        "China Soybean Trading Corporation",
    ):
        assert ents[name].label == gz.ORG
    assert "China" not in ents
    # control: a place before a head word alone is still that name, and a known body stays
    assert found("China Daily reported it.")["China Daily"].label == gz.ORG


def test_fentanyl_and_opioids_are_kind_words():
    ents = found(
        "The tariff answers the flow of synthetic opioids, including fentanyl, into the US."
    )
    for text in ("synthetic opioids", "fentanyl"):
        assert (ents[text].label, ents[text].generic) == (gz.COMMODITY, True)


def test_farm_and_light_industry_goods_of_tariff_lists_are_kind_words():
    ents = found(
        "Duties rise on pork, fruits, dairy, tea and coffee, and on clothes, toys, fabrics "
        "and furniture."
    )
    assert ents["tea"].canonical == ents["dairy"].canonical == "farm goods"
    # a kind outside its figures of speech ("the fruits of the talks") since round 41 (ent41)
    assert (ents["fruits"].canonical, ents["fruits"].generic) == ("farm goods", True)
    for text in ("clothes", "toys", "fabrics", "furniture"):
        assert (ents[text].canonical, ents[text].generic) == ("consumer goods", True)


def test_chip_and_weapon_forms_are_one_kind_word_each():
    ents = found(
        "Germanium goes into computer chips, high-end chips, night-vision goggles and "
        "hypersonic missiles."
    )
    assert ents["computer chips"].canonical == ents["high-end chips"].canonical == "semiconductors"
    for text in ("night-vision goggles", "hypersonic missiles"):
        assert ents[text].canonical == "military items"


def test_a_president_s_administration_is_a_kind_word_of_the_us_government():
    ents = found("The Trump administration raised tariffs, as the Biden administration had.")
    for text in ("Trump administration", "Biden administration"):
        e = ents[text]
        assert (e.label, e.country, e.generic) == (gz.ORG, "USA", True)


def test_an_instrument_word_and_document_noun_in_lower_case_are_a_kind_word():
    ents = found(
        "The firm was put on a sanctions list. China added them to its export control list. "
        "The Export Control Law applies."
    )
    for text in ("sanctions list", "export control list"):
        assert (ents[text].label, ents[text].generic) == (gz.INSTRUMENT, True)
    # control: a title stays a name
    assert not found("It follows the Export Control List of 2020.")["Export Control List"].generic


def test_goods_called_critical_or_vital_for_are_uses():
    assert uses.named_as_use("elements vital for high-tech industries such as smartphones", 55)
    assert uses.named_as_use("magnets, which are critical for technologies like phones", 52)
    assert not uses.named_as_use("controls vital to the talks; tariffs on smartphones", 43)


def test_uses_do_not_become_the_goods_of_the_claim_but_a_tariff_on_phones_keeps_them():
    text = (
        "China holds the world's largest rare earth reserves, minerals crucial for smartphones "
        "and fighter jets. The US imposed a 20% tariff on smartphones from China on 4 February."
    )
    assert "consumer_electronics" not in _goods_of(text, "largest rare earth reserves")
    assert "consumer_electronics" in _goods_of(text, "tariff on smartphones")


def test_a_place_led_name_with_a_place_head_is_one_place():
    ents = found(
        "Police in the Xinjiang Uighur Autonomous Region were listed, as were goods of the "
        "Hong Kong Special Administrative Region."
    )
    for text, country in (
        ("Xinjiang Uighur Autonomous Region", "CHN"),
        ("Hong Kong Special Administrative Region", "HKG"),
    ):
        assert (ents[text].label, ents[text].country) == (gz.PLACE, country)
    assert "Uighur Autonomous Region" not in ents
    # control: a place-led name with an organisation's head is still an organisation
    assert (
        found("Staff of the Hainan Shipping Corporation spoke.")[
            "Hainan Shipping Corporation"
        ].label
        == gz.ORG
    )
