"""A measure named only by a phrase that refers back ("These restrictions mainly affect
...", "The new curbs take effect ..."): whose measure it is, from the measure claim told
before it in its paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from analysis.article import borrowed, claim_words, frames, measure_reading, parties
from analysis.article.text import Sentence

TARIFF = "tariff"


def opens_on(text: str) -> bool:
    """Whether a clause opens on a measure named by a definite or demonstrative phrase
    (`measure_referred`: "These restrictions", "The new tariffs")."""
    return bool(claim_words.patterns()["measure_referred"].match(text))


def complete(f: frames.Frame) -> bool:
    """Whether an earlier measure claim's frame says whose measure it is and which: an
    actor, an action and what singles the measure out (goods, a date, the side it falls on
    or a rate), not denied."""
    return bool(
        f.actor_country
        and f.action
        and (f.goods or f.when or f.partner or f.quantity)
        and not f.negated
    )


def _agrees(text: str, f: frames.Frame) -> bool:
    """A tariff is referred back to as a tariff: "these restrictions" is not the tariff told
    last, "the tariffs" not a licence; a general word ("the move", "the measures") is
    either."""
    head = measure_reading.action(claim_words.patterns()["measure_referred"].match(text).group(0))
    return not head or (head == TARIFF) == (f.action == TARIFF)


def paragraph_of(sents: Sequence[Sentence], at: int) -> int:
    """The paragraph of the sentence holding offset `at`."""
    return next((s.paragraph for s in sents if s.start <= at < s.end), -1)


def paragraphs(sents: Sequence[Sentence], n: int, opening: bool) -> frozenset[int]:
    """The paragraphs a clause of sentence `n` may refer back into: its own, and the one
    just before when the clause opens its paragraph ("... announced curbs on gallium.¶These
    restrictions ...")."""
    own = sents[n].paragraph
    first = n == 0 or sents[n - 1].paragraph != own
    if opening and first and n > 0:
        return frozenset({own, sents[n - 1].paragraph})
    return frozenset({own})


def antecedent(
    frame: frames.Frame,
    text: str,
    before: Sequence[tuple[str, frames.Frame | None, int]],
    within: frozenset[int],
) -> frames.Frame | None:
    """The actor (and goods, when the clause names none) of the nearest measure claim before
    the clause (`before`: its text, frame and paragraph) in the paragraphs `within`, recorded
    as `referred`: the nearest whose own words name a measure of the clause's kind decides,
    and only a complete one is taken.
    With none, the clause has no actor (it is not checkable): never the last country named,
    nor a measure of another paragraph. None when the only measures told before are of
    another kind ("Washington raised tariffs ... These curbs ..."): the phrase then refers
    to none of them, and the caller reads the clause's actor as for any clause naming none
    (dt26: without it, "These curbs cover gallium" was matched on its goods alone)."""
    other_kind = False
    for told, f, para in reversed(before):
        if para not in within:
            break
        if not f or f.kind not in (frames.MEASURE, frames.COUNT) or not f.action:
            continue
        if not measure_reading.action(told):
            continue  # no measure its own words name ("which increases tensions")
        if not _agrees(text, f):
            other_kind = True  # "the tariffs" told before "these restrictions"
            continue
        if borrowed.times_another(told) or parties.named_as_agent(told, f.actor):
            continue  # "in response to tariffs imposed by X": the measure answered
        if complete(f):
            # goods travel with the side they fall on: a measure on every partner's steel
            # ("all steel imports") gives no goods to a US-China check
            goods = frame.goods or (f.goods if f.partner else ())
            return replace(
                frame, actor=f.actor, actor_country=f.actor_country, goods=goods, referred=told
            )
        return replace(frame, actor=None, actor_country=None)  # the nearest is incomplete
    return None if other_kind else replace(frame, actor=None, actor_country=None)
