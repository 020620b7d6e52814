"""Round 38 (ent38): names the annotator missed on the development half (docs/article.md,
step 1 and "Goods compounds and kinds (round 38, branch ent38)"; docs/factcheck-log.md,
"Goods compounds, weapons, governments and fab cities (round 38, branch ent38)"). Made-up
sentences."""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import gazetteer as gz


def goods(text: str) -> dict[str, tuple[str, bool]]:
    """The goods found in `text`: their text -> (canonical, generic)."""
    return {t: (e.canonical, e.generic) for t, e in found(text).items() if e.label == gz.COMMODITY}


def test_goods_kind_words_written_one_after_another_are_one_compound():
    got = goods(
        "Velmar curbed semiconductor chips and artificial-intelligence chips, and AI chip "
        "exports of EV batteries fell."
    )
    assert got["semiconductor chips"] == ("semiconductors", True)
    assert got["EV batteries"] == ("batteries", True)  # the head's good
    # the compound's good under another spelling of its modifier: "AI chips"
    assert got["artificial-intelligence chips"] == ("advanced computing", True)
    assert got["AI chip"] == ("advanced computing", True)
    assert not {"semiconductor", "chips", "AI", "chip", "EV", "batteries"} & got.keys()


def test_the_head_spelt_another_way_names_the_compound_too():
    assert goods("Velmar sold AI processors.")["AI processors"] == ("advanced computing", True)


def test_a_named_good_or_a_gap_keeps_each_word_its_own():
    got = goods(
        "Velmar sold H20 chips, dual-use graphite and semiconductors, chips and AI, "
        "not critical minerals gallium."
    )
    assert got["graphite"] == ("graphite", False)
    assert got["dual-use"][1] and got["gallium"] == ("gallium", False)
    assert "dual-use graphite" not in got and "critical minerals gallium" not in got
    # a comma or "and" between kind words: a list, not a compound
    assert {"semiconductors", "chips", "AI"} <= got.keys()
    assert "H20 chips" not in got and "chips" in got  # the model code keeps its noun apart


def test_weapons_by_kind_are_military_items_kind_words():
    got = goods("Velmar flew fighter jets and bombers and fired missiles; its ammunition ran low.")
    for word in ("fighter jets", "bombers", "missiles", "ammunition"):
        assert got[word] == ("military items", True), word


def test_a_nationality_and_government_words_name_that_country_s_government_as_a_kind():
    ents = found(
        "The Swiss government hosted the talks, Japan's government objected and the Chinese "
        "government replied. Government spending rose."
    )
    swiss, japan = ents["Swiss government"], ents["Japan's government"]
    assert (swiss.label, swiss.country, swiss.generic) == (gz.ORG, "CHE", True)
    assert (japan.canonical, japan.country) == ("government of Japan", "JPN")
    # an entry of the lexicon keeps its own name; a bare "Government" names no body
    assert ents["Chinese government"].canonical == "Chinese government"
    assert not [e for t, e in ents.items() if t.startswith("Government")]


def test_the_group_of_20_the_un_and_tiktok_are_known_organisations():
    ents = found("At the Group of 20 summit the UN chief spoke; TikTok said nothing.")
    assert ents["Group of 20"].canonical == "G20"
    assert ents["UN"].canonical == "United Nations"
    assert ents["TikTok"].label == gz.ORG


def test_farm_goods_by_category_chip_words_and_key_minerals():
    got = goods(
        "Velmar taxed agriculture products, grain, fruit, oilseeds and tree nuts, key minerals, "
        "ICs, graphics processing units, semiconductor production equipment and US "
        "semiconductor technology."
    )
    for word in ("oilseeds", "tree nuts"):  # named goods of the class
        assert got[word] == ("farm goods", False), word
    assert "grain" not in got  # a bare word of figures of speech ("against the grain"): no goods
    # "fruit" is a kind outside its figures of speech since round 41 (ent41)
    assert got["fruit"] == ("farm goods", True)
    assert got["agriculture products"] == ("farm goods", True)
    assert got["key minerals"] == ("critical minerals", True)
    assert got["ICs"] == got["graphics processing units"] == ("semiconductors", True)
    assert got["semiconductor production equipment"] == ("semiconductor equipment", True)
    assert got["semiconductor technology"] == ("chip technology", True)


def test_fab_cities_are_places_and_xi_an_is_not_xi():
    ents = found("Samsung makes chips in Xi’an and SK hynix in Wuxi and Dalian; Xi spoke.")
    for city in ("Xi’an", "Wuxi", "Dalian"):
        assert (ents[city].label, ents[city].country) == (gz.PLACE, "CHN"), city
    assert ents["Xi"].label == gz.PERSON  # the surname alone is still Xi Jinping's
