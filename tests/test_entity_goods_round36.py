"""Round 36 (ent36): goods the annotator missed on the development half, and list items
separated by semicolons (docs/factcheck-log.md, "Goods and instruments the annotator missed
(round 36, branch ent36)").
"""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import gazetteer as gz


def test_memory_chips_by_type_and_ascend_models_are_named_goods():
    ents = found(
        "Samsung makes NAND flash memory in Xi'an and SK hynix makes DRAM in Wuxi. "
        "Sophgo supplied a chip found in Huawei's Ascend 910B AI system."
    )
    expected = {
        "NAND flash memory": "semiconductors",
        "DRAM": "semiconductors",
        "Ascend 910B": "advanced computing",
    }
    for text, canonical in expected.items():
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (gz.COMMODITY, canonical, False), text
    assert not [e for e in ents.values() if e.label == gz.ORG and "Ascend" in e.text]


def test_syringes_and_needles_and_meat_are_named_goods_of_their_class():
    ents = found(
        "Tariffs on syringes and needles rise to 50%; needles and syringes too. China targets "
        "seafood and meat. Pine needles lay on the path."
    )
    for text, canonical in {
        "syringes and needles": "medical goods",
        "needles and syringes": "medical goods",
        "meat": "farm goods",
    }.items():
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (gz.COMMODITY, canonical, False), text
    # bare "needles" stays no good (review of round 33: "pine needles")
    assert "needles" not in ents and "Pine needles" not in ents


def test_list_items_separated_by_semicolons_take_the_head_type():
    ents = found(
        "The companies listed are Tcom, Limited Partnership; Teledyne Brown Engineering; "
        "S3 AeroDefense; Cubic Corporation; ACT1 Federal; Exovera and Planate Management Group."
    )
    for name in ("S3 AeroDefense", "ACT1 Federal", "Exovera"):
        assert ents[name].label == gz.ORG, name
    assert not [e for e in ents.values() if e.label == gz.COMMODITY]
