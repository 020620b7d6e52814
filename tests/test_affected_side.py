"""The side a measure falls on is never its actor (round 28, fcx20): a demonym on the goods
("put on American soybeans") or a country qualifying goods ("this batch of US products",
"the second batch of US imports") is the frame's affected side, and an actor borrowed from
the context must not be that side; imports "to" a country enter the importer, who may tax
them. Blind batches: NCC Washington Report (blind21) and China Briefing (blind22). Made-up
sentences; the readings fail without the change, the twins hold with and without it."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words


def _frame(tmp_path, text: str, words: str, published: str = "2019-08-23"):
    return verdict_about(dated_verdicts(tmp_path, text, published), words).claim.frame


def test_a_demonym_on_the_goods_is_not_the_borrowed_actor(tmp_path):
    text = (
        "Washington raised tariffs on Chinese goods in May. An extra 5 percent tariff "
        "will be put on American soybeans from next month."
    )
    frame = _frame(tmp_path, text, "American soybeans")
    # not the US borrowed; since round 33 (abs33, `tariff_origin`) a tariff on one side's
    # goods that no one else imposes is the other side's
    assert frame.actor_country == "CHN"
    assert frame.partner == "USA"


def test_twin_without_the_demonym_the_actor_is_borrowed(tmp_path):
    text = (
        "Washington raised tariffs on Chinese goods in May. An extra 5 percent tariff "
        "will be put on soybeans from next month."
    )
    assert _frame(tmp_path, text, "put on soybeans").actor_country == "USA"


def test_twin_a_demonym_on_an_authority_leaves_the_actor(tmp_path):
    # "from Chinese authorities" names who grants, not goods: China still acts
    text = (
        "China announced export controls on gallium on 3 July 2023. The new export controls "
        "require permission from Chinese authorities for every shipment."
    )
    frame = _frame(tmp_path, text, "permission from Chinese authorities", "2023-07-31")
    assert frame.actor_country == "CHN"


def test_twin_a_demonym_on_an_authority_before_goods_leaves_the_actor(tmp_path):
    # the goods come a few words after the demonym (`GOODS_GAP`): "Chinese" qualifies the
    # authorities, not the gallium, and China still acts
    text = (
        "China announced export controls on gallium on 3 July 2023. Exporters now need "
        "permission from Chinese authorities for gallium shipments."
    )
    frame = _frame(tmp_path, text, "permission from Chinese authorities", "2023-07-31")
    assert frame.actor_country == "CHN"


def test_a_country_qualifying_goods_does_not_act(tmp_path):
    text = (
        "China imposed tariffs on US goods in 2018. On 21 February 2020, the Tariff "
        "Commission announced an exclusion for a batch of US products."
    )
    frame = _frame(tmp_path, text, "batch of US products", "2020-03-01")
    assert frame.actor_country == "CHN"


def test_a_country_qualifying_goods_is_not_the_context_s_actor(tmp_path):
    # the context names the affected side itself: it is left out of the actors borrowed
    text = (
        "Washington imposed tariffs on Chinese goods in 2018. On 21 February 2020, the Tariff "
        "Commission announced an exclusion for a batch of US products."
    )
    frame = _frame(tmp_path, text, "batch of US products", "2020-03-01")
    assert frame.actor_country is None


def test_twin_a_country_that_acts_on_products_acts(tmp_path):
    text = "On 21 February 2020, the US announced an exclusion for a batch of products."
    assert _frame(tmp_path, text, "batch of products", "2020-03-01").actor_country == "USA"


def test_goods_words_mark_the_side_but_not_its_own_imports_or_a_verb():
    after = claim_words.patterns()["targeted_parties"]
    assert after.match(" imports worth $60 billion")
    assert after.match(" farm goods")
    assert not after.match(" imports from China")  # "US imports from China": its own
    assert not after.match(" cut imports of soybeans")  # "China cut imports": acts


def test_imports_to_a_country_enter_the_importer(tmp_path):
    text = (
        "The United States announced tariffs on Chinese goods on 1 February 2025, and China "
        "vowed to respond. New 10% tariffs on all Chinese imports to the U.S. came into "
        "effect on 4 February 2025."
    )
    frame = _frame(tmp_path, text, "Chinese imports", "2025-03-01")
    assert frame.actor_country == "USA"
    assert frame.partner == "CHN"


def test_twin_exports_to_a_country_do_not_make_it_act(tmp_path):
    text = (
        "China banned exports of gallium in December 2024. New controls on gallium exports "
        "to the U.S. came into effect on 3 December 2024."
    )
    frame = _frame(tmp_path, text, "exports to the U.S.", "2024-12-10")
    assert frame.actor_country == "CHN"
