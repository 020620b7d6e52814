"""Round 35 (ent35): goods and instruments the annotator missed on the development half.

Each test is a made-up sentence for one class seen in two development outlets or more
(docs/factcheck-log.md, "Goods and instruments the annotator missed (round 35, branch ent35)"),
and one test keeps the reason the words for a kind of good stay kinds: the development
keys list none of them in most of the articles that name it.
"""

from __future__ import annotations

import re
from collections import Counter

from conftest import entities_by_text as found

from analysis.article import gazetteer as gz
from analysis.data import lexicon
from analysis.evidence import evaluation


def test_us_lists_and_regulations_written_with_a_lower_case_head_are_instruments():
    ents = found(
        "Nine firms were removed from the unverified list on Monday. Another was added to a "
        "separate Military End User list. The exports are subject to the US Export "
        "Administration regulations."
    )
    expected = {
        "unverified list": "Unverified List",
        "Military End User list": "Military End-User List",
        "US Export Administration regulations": "Export Administration Regulations",
    }
    for text, canonical in expected.items():
        e = ents[text]
        assert (e.label, e.canonical, e.country, e.generic) == (
            gz.INSTRUMENT,
            canonical,
            "USA",
            False,
        ), text
    # before round 35 the capitalised words before the head were read as organisations
    assert not {e.text for e in ents.values() if e.label == gz.ORG} & {
        "Military End User",
        "US Export Administration",
    }


def test_lithium_ion_ev_batteries_are_named_batteries_not_lithium_nor_a_firm():
    ents = found(
        "Tariffs rise on several goods.\n\nLithium-ion EV batteries, from 7.5% to 25% this year."
        "\n\nLithium-ion non-EV batteries, from 7.5% to 25% by 2026."
    )
    for text in ("Lithium-ion EV batteries", "Lithium-ion non-EV batteries"):
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (gz.COMMODITY, "batteries", False), text
    assert "Lithium-ion EV" not in ents and "Lithium" not in ents
    # the kind word alone stays a kind
    assert found("Batteries made in China face a 25% duty.")["Batteries"].generic


def test_model_weights_are_a_named_item_of_ai_and_ai_alone_a_kind():
    ents = found(
        "The rule restricts the access of AI chips and AI model weights to most countries. "
        "The model weights of frontier systems need a licence."
    )
    for text in ("AI model weights", "model weights"):
        e = ents[text]
        assert (e.label, e.canonical, e.generic) == (
            gz.COMMODITY,
            "artificial intelligence",
            False,
        ), text
    assert found("Firms race to lead in AI.")["AI"].generic


def _kind_words() -> dict[str, str]:
    """Each alias of a generic good of the goods lexicon (not its named materials): its id."""
    out = {}
    for g in lexicon.goods():
        if g.generic:
            for alias in (g.label, *g.aliases):
                if alias not in g.materials and len(alias) > 3:
                    out[alias.lower()] = g.id
    return out


def test_no_kind_word_of_goods_is_keyed_in_most_development_articles_naming_it():
    """The words for a kind of good stay kinds (`generic`, not scored as names) because the
    development keys list each in fewer than half the articles whose text holds it; the
    day the keys list one in most of them, it is a good the reader should find as a name."""
    words = _kind_words()
    named, keyed = Counter[str](), Counter[str]()
    for path in evaluation.articles("dev"):
        key = evaluation._read(path)
        text = key["passages"].lower()
        listed = {
            str(k["text"]).lower() for k in key.get("entities") or [] if k["type"] == gz.COMMODITY
        }
        for word in words:  # the plain `in` first: the bounded search only where it can hit
            if word in text and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                named[word] += 1
                keyed[word] += word in listed
    counted = {w: (keyed[w], n) for w, n in named.items() if n >= 6}
    assert counted["semiconductors"][1] > 50  # the words are looked for where they stand
    assert counted["semiconductors"][0] > 10  # and the keys that list them are read
    most = {w: kn for w, kn in counted.items() if kn[0] * 2 > kn[1]}
    assert not most, f"kind words keyed in most articles naming them: {most}"
