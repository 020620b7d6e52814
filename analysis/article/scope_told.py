"""A clause telling what a measure told before covers, its subject only a reference back to
it: "It will apply to all imported goods from the United States", "The limits, effective
from Sept. 15, apply to 6 kinds of antimony products", "The new rule applies the new footnote
only to Huawei" (round 32, fcn32: Newsby, OE Digital, WilmerHale). No measure word of its own
makes it a claim (`clause_types._classify`), yet it states the measure's scope, which the catalog
records: it is a measure claim about the measure referred to."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.article import frames, measure_reading, opinions, referred
from analysis.article.claim_words import first_cue, patterns
from analysis.article.clauses import Piece
from analysis.article.presupposed import scope_verb_at


def pieces(
    parts: Sequence[Piece], text: str, told_before: bool, goods_at: Sequence[int] = ()
) -> range:
    """The clauses of a sentence (`parts`, of the article's `text`) that tell a measure's
    scope: the sentence opens on a measure referred back to (`measure_anaphora`: "The
    limits") or, when the sentence before it tells a measure (`told_before`), on a pronoun
    (`subject_pronouns`) or goods named as the measure's (`measure_goods_subject`); a verb of
    scope (`measure_scope_verbs`) follows the subject in its clause, or opens the clause after
    asides that are no claims ("The limits, effective from Sept. 15, apply to"); after goods,
    a copula too, then a good named (one of `goods_at`, offsets in `text`: "The elements
    affected are samarium, ...", not "The controlled items are split into seven groups"). An
    empty range when the sentence is none such, or an opinion."""
    subject = patterns()["scope_subject"].match(parts[0].text) if parts else None
    if subject is None or (not subject.group("measure") and not told_before):
        return range(0)
    end = 0
    goods, named = tuple(goods_at), bool(subject.group("goods"))
    if not _verb_at(parts[0], subject.end(), goods, named):
        if parts[0].text[subject.end() :].strip():
            return range(0)
        end = next(
            (i for i, p in enumerate(parts[1:], 1) if p.types or _verb_at(p, -1, goods, named)),
            0,
        )
        if not end or parts[end].types:
            return range(0)
    if opinions.is_opinion(text[parts[0].start : parts[end].end]):
        return range(0)
    return range(end + 1)


def relaxed_back(text: str) -> bool:
    """Whether a clause opening on a pronoun says the measure it refers back to is relaxed:
    its first measure word opens it and reads as a relaxation ("It will be postponed from
    November 9, 2025 to November 27, 2026", "They were lifted on ..."; the pronoun form of
    the `relaxation` cues; round 41, left41)."""
    return first_cue(text) == 0 and measure_reading.action(text) == "relaxation"


def subject_end(part: Piece) -> int:
    """Where the subject referring back ends, in the article, in the sentence's first clause
    `part` (its start when there is none): only the subject may name the measure's actor
    ("China's new rules apply to ..."), not the scope after it ("It will apply to goods
    imported from the United States" is not the US's)."""
    subject = patterns()["scope_subject"].match(part.text)
    return part.start + (subject.end() if subject else 0)


def antecedent(
    before: Sequence[tuple[str, frames.Frame | None, int]],
    took: frames.Frame | None,
    within: frozenset[int],
    goods: tuple[str, ...] = (),
) -> str:
    """The id of the measure claim a scope clause refers back to (review of round 32): the
    one "These curbs" took its actor from (`took`, `referred.antecedent`), else the last
    complete measure claim (`referred.complete`) of the paragraphs `within` (`before`: text,
    frame and paragraph of the claims so far), else `_further_back`; "" when none is, so the
    clause is judged against no other measure of the actor."""
    ids = [
        i
        for i, (told, f, para) in enumerate(before, 1)
        if f
        and f.kind == frames.MEASURE
        and referred.complete(f)
        and para in within
        and (took is None or not took.referred or told == took.referred)
    ]
    if ids:
        return f"c{ids[-1]}"
    return "" if took is not None and took.referred else _further_back(before, goods)


def _further_back(
    before: Sequence[tuple[str, frames.Frame | None, int]], goods: tuple[str, ...]
) -> str:
    """Wire copy puts each sentence in a paragraph of its own, so the measure a scope clause
    on `goods` refers to ("The limits ... apply to 6 kinds of antimony-related products") may
    lie several paragraphs back: the last complete measure claim before it on one of those
    goods, when every measure claim between names no other goods and no other actor (it adds
    no measure of its own: "the curbs were not directed at any country"); round 36, data36."""
    actors: set[str] = set()
    for i in range(len(before), 0, -1):
        f = before[i - 1][1]
        if not f or f.kind != frames.MEASURE:
            continue
        if referred.complete(f):
            same = not actors or actors == {f.actor_country}
            return f"c{i}" if same and set(f.goods) & set(goods) else ""
        if set(f.goods) - set(goods):
            return ""
        actors |= {f.actor_country} if f.actor_country else set()
    return ""


def _verb_at(part: Piece, at: int, goods_at: tuple[int, ...], goods_subject: bool) -> bool:
    """A verb of scope after offset `at` of a clause (-1: the verb opens it), a verb of
    effect (`measure_impact_verbs`: "It hit Nvidia's sales") only before a good (`goods_at`,
    offsets in the article: review of round 32); after goods as the subject
    (`goods_subject`), a copula then a good."""
    pad = at < 0  # a clause opening on its verb is read after a space
    text, at = (" " + part.text, 0) if pad else (part.text, at)
    if verb := scope_verb_at(text, at):
        if not patterns()["impact_verbs"].fullmatch(verb.group(0)):
            return True
        return any(part.start + verb.end() - pad <= g < part.end for g in goods_at)
    copula = patterns()["goods_copula"].match(text, at) if goods_subject else None
    after = part.start + copula.end() - pad if copula else part.end
    return any(after <= g < part.end for g in goods_at)
