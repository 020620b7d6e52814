"""Round 40 (ent40): goods and places the annotator missed or misread.

Classes written from the development half's B items only and validated on its A items
(docs/factcheck-log.md, "Optoelectronics, cranes and landmark heads (round 40, branch
ent40)"). Each test is a made-up sentence, with controls of other meanings.
"""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import gazetteer as gz


def test_light_and_optical_products_are_kind_words_of_optoelectronics():
    ents = found(
        "Germanium goes into fibre-optic cables, infrared technology and lasers, and gallium "
        "into LEDs and light-emitting diodes."
    )
    for text in ("fibre-optic cables", "infrared technology", "lasers", "LEDs"):
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (gz.COMMODITY, "optoelectronics", True)
    # control: the verb "led" is no good
    ents = found("Vice Premier He Lifeng led the delegation that met in Geneva.")
    assert not [e for e in ents.values() if e.label == gz.COMMODITY]


def test_a_capitalised_name_ending_in_a_landmark_head_is_a_place():
    ents = found(
        "Waste water ran into the Mojave National Preserve. The two leaders signed the deal "
        "in the East Room. Twenty-one economies of the Pacific Rim belong to the group. "
        "The tailings of the Big Hill site hold germanium."
    )
    for text in ("Mojave National Preserve", "East Room", "Pacific Rim", "Big Hill"):
        assert ents[text].label == gz.PLACE, (text, ents[text].label)
    # control: a company whose name ends in another head stays an organisation
    assert found("Shares of Garden Hill Holdings rose.")["Garden Hill Holdings"].label == gz.ORG
