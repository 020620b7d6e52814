"""Sentences that hold two claims: where one claim of a sentence ends and the next begins.

Adjacent claim clauses of a sentence form one claim (`clauses.group`); this module names
the joins after which a clause is a claim of its own although it continues the sentence:
a second measure joined by "as well as" or "and", named by an action word of its own
("announced the addition of 11 firms to its list, ..., as well as restriction on exports
of seven rare earths": two measures, two frames; round 29, branch split22).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from analysis.article import frames
from analysis.article.claim_words import patterns


class _Clause(Protocol):
    text: str
    joined: str


def second_measure(run: Sequence[_Clause], clause: _Clause) -> bool:
    """A clause joined by "as well as" or "and" (`added_joins`), with no subject of its own
    (it opens on a lower-case word that is no article, pronoun or preposition:
    `joined_non_predicates`), that names a measure by its own action word (`frames.action`:
    a ban, a licence, a listing, a tariff, a restriction...) other than the one of the run
    of clauses before it: a second measure, a claim apart, whose acting party is the one
    told before (`borrowed`). The same act said twice ("imposed tariffs on X, and raised
    tariffs on Y") stays one claim."""
    words = patterns()
    if (
        not words["added_joins"].search(clause.joined)
        or not clause.text[:1].islower()
        or words["joined_non_predicate"].match(clause.text)
    ):
        return False
    mine, before = frames.action(clause.text), frames.action(" ".join(c.text for c in run))
    return bool(mine) and bool(before) and mine != before
