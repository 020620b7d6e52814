"""Round 37 (ent37): kind words are optional names in the entity score (docs/article.md,
"Scores"; docs/factcheck-log.md, "Kind words in the entity score (round 37, branch ent37)").
"""

from __future__ import annotations

from analysis.article import document, entity_scoring
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity

TEXT = (
    "Velmar curbed solar wafers, gallium compounds and turbines. "
    "Drones and drones parts face duties."
)


def at(needle: str, nth: int = 0) -> int:
    return [i for i in range(len(TEXT)) if TEXT.startswith(needle, i)][nth]


def mention(text: str, label: str, generic: bool = False, nth: int = 0) -> Entity:
    start = at(text, nth)
    return Entity("", text, label, text.lower(), start, start + len(text), generic=generic)


FOUND = [
    mention("Velmar", gz.PLACE),
    mention("solar wafers", gz.COMMODITY, generic=True),  # a kind word the key lists
    mention("gallium", gz.COMMODITY, generic=True),  # inside a keyed name, not its span
    mention("Drones", gz.COMMODITY, generic=True),  # a kind word no key lists, twice
    mention("drones", gz.COMMODITY, generic=True),
]


def score(key: list[dict[str, str]], found: list[Entity] = FOUND) -> entity_scoring.ArticleScore:
    return entity_scoring.score_article("a", TEXT, found, entity_scoring.keyed_entities(key, "k"))


KEY = [
    {"text": "Velmar", "type": "PLACE"},
    {"text": "solar wafers", "type": "COMMODITY"},
    {"text": "gallium compounds", "type": "COMMODITY"},
    {"text": "turbines", "type": "COMMODITY"},  # listed, found by no one
]


def test_a_listed_kind_word_found_on_its_span_is_recalled_and_right():
    goods = score(KEY).by_type[gz.COMMODITY]
    assert (goods.keyed, goods.recalled, goods.kind_recalled) == (3, 1, 1)
    assert (goods.found, goods.right, goods.kind_right) == (1, 1, 1)


def test_an_unlisted_kind_word_found_does_not_lower_precision():
    goods = score(KEY).by_type[gz.COMMODITY]
    assert goods.precision == 1.0
    assert goods.kind_unscored == 2  # "gallium" and the drones (one thing, said twice)
    assert not [k for k in score(KEY).wrong if k.type == gz.COMMODITY]


def test_a_listed_kind_word_not_found_stays_a_miss():
    s = score(KEY)
    assert {k.text for k in s.missed} == {"gallium compounds", "turbines"}
    # a kind word inside a longer keyed name is another kind, not the name's span
    assert s.by_type[gz.COMMODITY].kind_recalled == 1


def test_a_kind_word_of_another_type_does_not_recall_the_key():
    other = [mention("solar wafers", gz.INSTRUMENT, generic=True)]
    s = score([{"text": "solar wafers", "type": "COMMODITY"}], other)
    assert [k.text for k in s.missed] == ["solar wafers"]
    assert s.by_type[gz.INSTRUMENT].kind_unscored == 1 and s.by_type[gz.INSTRUMENT].found == 0


def test_a_name_found_is_not_counted_as_a_kind_word():
    named = [mention("solar wafers", gz.COMMODITY), mention("solar wafers", gz.COMMODITY, True)]
    goods = score([{"text": "solar wafers", "type": "COMMODITY"}], named).by_type[gz.COMMODITY]
    assert (goods.recalled, goods.kind_recalled) == (1, 0)
    assert (goods.found, goods.right, goods.kind_right) == (2, 2, 1)


def test_the_kind_words_are_those_the_annotator_marks_and_the_json_counts_them():
    # the tables, not the scorer, say which words are kinds: the same key scores them
    text = "Washington widened its curbs on semiconductors and electric vehicles on Monday."
    found = document.from_text(text, {"headline": "", "published": "2024-05-01"}).entities
    kinds = {e.text for e in found if e.generic and e.label == gz.COMMODITY}
    assert kinds == {"semiconductors", "electric vehicles"}
    key = entity_scoring.keyed_entities(
        [{"text": "Washington", "type": "PLACE"}, {"text": "semiconductors", "type": "COMMODITY"}],
        "k",
    )
    report = entity_scoring.summary([entity_scoring.score_article("a", text, found, key)])
    goods = report["by_type"][gz.COMMODITY]
    assert (goods["recalled"], goods["found"], goods["right"]) == (1, 1, 1)
    assert goods["kind_words"] == {"recalled": 1, "right": 1, "unscored": 1}
    assert report["all"]["kind_words"]["unscored"] == 2  # and "curbs", an instrument kind
