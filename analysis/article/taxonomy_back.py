"""A taxonomy claim about the goods of the sentence before (round 31, branch blind40):
"Beijing restricted graphite and germanium. These rare earths are in demand ..." calls the
two goods rare earths; "... gallium, germanium and antimony. These elements, though not
classified as rare earths, ..." says they are not. The clause opens on a demonstrative and
a class noun (`taxonomy_back` in data/lexicon/claims.yaml) and names no good of its own, so
the goods are those the sentence before names (minerals only), and the class noun or the
clause's taxonomy words say what they are. Seen in two outlets (Aussiedlerbote's dpa copy,
IMXPA); read by `claims`, decided by `evidence.taxonomy_checks` as any taxonomy claim."""

from __future__ import annotations

from dataclasses import replace

from analysis.article import gazetteer as gz
from analysis.article import taxonomy_words
from analysis.article.claim_words import patterns
from analysis.article.entity_refs import Entity
from analysis.data import goods


def about_goods_before(text: str, sentence: str = "") -> bool:
    """Whether a clause opens on goods told before ("These elements", "Both metals") and
    says what they are: by the class noun itself ("These rare earths") or by taxonomy
    words ("though not classified as rare earths"), in the clause or, when the clause opens
    its `sentence`, in the sentence (an aside after the subject is a clause of its own)."""
    said = _said(text, sentence)
    m = patterns()["taxonomy_back"].match(said)
    return m is not None and (
        bool(taxonomy_words.rare_earths_named(m.group())) or taxonomy_words.is_taxonomy(said)
    )


def _said(text: str, sentence: str) -> str:
    """The sentence when the clause opens it, else the clause."""
    text, sentence = text.lstrip(), sentence.lstrip()
    return sentence if sentence and sentence.startswith(text) else text


def goods_before(previous: list[Entity]) -> tuple[str, ...]:
    """The minerals the sentence before names, in order, once each."""
    out: list[str] = []
    for e in previous:
        if e.label != gz.COMMODITY or e.kind != "mineral" or not goods.names_a_good(e.canonical):
            continue
        g = goods.resolve(e.canonical)
        if g != goods.RARE_EARTHS and g not in out:
            out.append(g)
    return tuple(out)


def frame(read, text: str, sentence: str, previous: list[Entity]):
    """The frame `read` gave the clause, as a taxonomy claim on the goods of the sentence
    before when it opens on them (`about_goods_before`) and names none of its own that the
    commodities table classes; else unchanged."""
    # goods of its own the table classes ("chips" in "vital for chips" is none)
    own = [g for g in read.goods if g != goods.RARE_EARTHS and goods.is_mineral(g)]
    before = goods_before(previous)
    if own or not before or not about_goods_before(text, sentence):
        return read
    negated = taxonomy_words.denies_membership(_said(text, sentence)) or read.negated
    return replace(read, kind="taxonomy", goods=before, negated=negated)
