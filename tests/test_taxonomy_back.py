"""A taxonomy claim about the goods of the sentence before ("These rare earths ...",
"These metals, though not classified as rare earths, ..."): the goods are those the
sentence before names, and the commodities table decides (analysis/article/taxonomy_back.py;
round 31, branch blind40: Aussiedlerbote's dpa copy and IMXPA). Made-up sentences, each with
a twin whose goods make the other verdict, and a clause that says nothing of a class."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import frames, taxonomy_back
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity
from analysis.vocab import Label

WHEN = "2024-06-15"


def _taxonomy(tmp_path, text: str):
    return [x for x in dated_verdicts(tmp_path, text, WHEN) if x.rule == "taxonomy"]


@pytest.mark.parametrize(
    ("goods", "verdict"),
    [
        ("graphite and germanium", Label.UNSUPPORTED),
        ("dysprosium and terbium", Label.SUPPORTED),  # the twin: both are rare earths
    ],
)
def test_goods_called_rare_earths_by_a_demonstrative(tmp_path, goods, verdict):
    text = f"Beijing restricted exports of {goods} last year. These rare earths go into motors."
    found = _taxonomy(tmp_path, text)
    assert found and found[0].verdict == verdict, found


@pytest.mark.parametrize(
    ("goods", "verdict"),
    [
        ("gallium and antimony", Label.SUPPORTED),
        ("dysprosium and terbium", Label.UNSUPPORTED),  # the twin: they are rare earths
    ],
)
def test_goods_denied_the_class_in_an_aside(tmp_path, goods, verdict):
    text = (
        f"The ministry limited sales of {goods} abroad. These metals, though not "
        "classified as rare earths, are vital for chips."
    )
    found = _taxonomy(tmp_path, text)
    assert found and found[0].verdict == verdict, found


def test_a_clause_on_goods_before_that_says_no_class_is_no_taxonomy_claim(tmp_path):
    text = "Beijing restricted exports of graphite and germanium. These metals go into batteries."
    assert not _taxonomy(tmp_path, text)


def test_a_claim_naming_its_own_goods_keeps_them(tmp_path):
    """The decidable twin of the rule's scope: goods of its own are the claim's."""
    text = "Beijing restricted exports of dysprosium. Gallium is not a rare earth."
    found = _taxonomy(tmp_path, text)
    assert found and found[0].verdict == Label.SUPPORTED, found
    assert "allium" in found[0].rationale and "ysprosium" not in found[0].rationale


@pytest.mark.parametrize(
    ("text", "sentence", "about"),
    [
        ("These rare earths are in demand", "", True),
        ("These elements", "These elements, though not classified as rare earths, are", True),
        ("These elements", "These elements go into magnets made with rare earths", False),
        ("These metals are vital", "", False),
        ("Rare earths such as these are vital", "", False),
        # "rare earth" as a modifier: the head is the measure (review of round 31)
        ("These rare earth controls were widened", "", False),
        ("These rare earth elements are in demand", "", True),
    ],
)
def test_what_opens_on_goods_told_before(text, sentence, about):
    assert taxonomy_back.about_goods_before(text, sentence) is about


@pytest.mark.parametrize("noun", ["controls", "curbs"])
def test_rare_earth_as_a_modifier_keeps_the_measure_claim(tmp_path, noun):
    """Review of round 31: "These rare earth controls" is about a measure, not a class."""
    text = (
        "Beijing restricted exports of gallium and germanium in July 2023. "
        f"These rare earth {noun} were widened in 2024."
    )
    assert not _taxonomy(tmp_path, text)


def _minerals(*names: str) -> list[Entity]:
    return [
        Entity(f"e{i}", n, gz.COMMODITY, n, 10 * i, 10 * i + len(n), kind="mineral")
        for i, n in enumerate(names)
    ]


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("These metals, though not classified as rare earths, are vital for chips.", True),
        ("These rare earths are vital for chips.", False),  # the twin: no denial
    ],
)
def test_the_denial_is_read_from_the_sentence_the_clause_opens(sentence, negated):
    """A clause cut before its aside ("These metals") keeps the aside's denial: the frame
    read from the clause alone says nothing of it (review of round 31)."""
    read = frames.Frame(kind=frames.OTHER)
    clause = sentence.split(",")[0].rstrip(".")
    out = taxonomy_back.frame(read, clause, sentence, _minerals("gallium", "antimony"))
    assert out.kind == "taxonomy" and out.goods == ("gallium", "antimony"), out
    assert out.negated is negated, out
