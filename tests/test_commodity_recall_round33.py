"""Round 33 (ent33, issue 12): goods the development half names and the annotator missed.

Each test is a made-up sentence for one class seen in two development outlets or more
(docs/factcheck-log.md, "Goods the annotator missed, by class"): the goods China's tariff
lists of February and March 2025 name (`data/lexicon/goods.yaml`, matching the products of
`tariff_rates` and the goods of `measures`), and a model code before a product noun of more
than one word (`product_nouns` in `data/lexicon/name_cues.yaml`).
"""

from __future__ import annotations

from typing import Any

from conftest import checked_about
from test_entity_recall_round32 import found

from analysis.article import gazetteer as gz
from analysis.vocab import Label

_FEB_2025_MEASURE = "chn-2025-02-04-tariffs-coal-lng-crude-machinery"


def _supported_tariff(tmp_path, text: str, published: str, words: str, good: str) -> Any:
    """The verdict on the claim holding `words`, checked to read `good` and to be supported
    by the tariff checker."""
    x = checked_about(tmp_path, text, published, words)
    assert x.claim.frame.goods == (good,)
    assert (x.verdict, x.rule) == (Label.SUPPORTED, "tariff rate")
    return x


def test_farm_products_of_the_march_list_are_named_farm_goods():
    ents = found(
        "Buyers in Dalian cancelled orders for American seafood, vegetables and dairy products "
        "after the new duties."
    )
    for word in ("seafood", "vegetables", "dairy products"):
        assert ents[word].label == gz.COMMODITY
        assert ents[word].canonical == "farm goods"
        assert not ents[word].generic  # one material of the class: a name the keys list
        assert ents[word].evidence == "goods.yaml: agriculture"


def test_agricultural_machinery_is_a_good_of_its_own():
    ents = found("Dealers said farm equipment and agricultural machinery from Iowa sat unsold.")
    for word in ("farm equipment", "agricultural machinery"):
        assert ents[word].label == gz.COMMODITY
        assert ents[word].canonical == "agricultural machinery"
        # a class of machines: a kind word since round 41 (ent41), recalled where keyed
        assert ents[word].generic


def test_a_tariff_on_farm_machinery_is_checked_against_the_measure_that_covers_it(tmp_path):
    x = _supported_tariff(
        tmp_path,
        "Beijing said it will charge a 10% levy on farm equipment shipped from the US.",
        "2025-02-07",
        "farm equipment",
        "agricultural_machinery",
    )
    # the one measure whose goods hold it, not every Chinese tariff list since 2018
    assert set(x.evidence[0].values) == {_FEB_2025_MEASURE}


def test_a_model_code_before_a_product_noun_of_several_words_is_a_product():
    ents = found(
        "The firm booked a charge on its K40 graphics processing units, and the air force "
        "ordered more J-99 fighter jets."
    )
    assert (ents["K40"].label, ents["K40"].kind) == (gz.COMMODITY, "product")
    assert (ents["J-99"].label, ents["J-99"].kind) == (gz.COMMODITY, "product")


def test_medical_goods_of_the_section_301_review_are_named():
    ents = found(
        "Hospitals said tariffs on hypodermic needles and personal protective equipment hurt."
    )
    for word in ("hypodermic needles", "personal protective equipment"):
        assert ents[word].label == gz.COMMODITY
        assert ents[word].canonical == "medical goods"
        assert not ents[word].generic
    assert found("Prices of medical products rose.")["medical products"].generic  # a kind


def test_a_tariff_on_medical_gloves_is_checked_against_its_tariff_rows(tmp_path):
    x = _supported_tariff(
        tmp_path,
        "Duties on Chinese medical gloves will climb to 25% in 2026, the White House said.",
        "2024-05-15",
        "medical gloves",
        "medical_goods",
    )
    assert any("rubber medical and surgical gloves" in v for e in x.evidence for v in e.values)
