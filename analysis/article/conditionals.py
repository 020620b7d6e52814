"""Conditions: a clause that opens on a condition ("If Washington imposed tighter rules on
chips, China would retaliate ...", "Were Washington to tighten its rules, ...", "In case of
new US tariffs, ...", "Unless ...": `conditional_opens` in data/lexicon/claims.yaml) asserts
nothing of its own; it is read with the clause it conditions, and when that clause is no
claim (a forecast: "would"), it is none either (review of round 37, fixed in round 38,
fx38e). A condition inside its clause ("exports are banned if no licence is granted") is
the clause's own scope, not a clause apart, and stays with it."""

from __future__ import annotations

from analysis.article.claim_words import opens_unreal, patterns
from analysis.article.clauses import Piece


def opens_condition(piece: Piece) -> bool:
    """Whether a clause opens on a condition: "if" taken off its start as a joining word
    (`clauses.pieces`), or a `conditional_opens` pattern at its start."""
    joined = piece.joined.split()
    return bool(joined and joined[-1] == "if") or bool(
        patterns()["conditional_opens"].match(piece.text)
    )


def unasserted(pieces: list[Piece]) -> set[int]:
    """The indices of the clauses of a sentence that assert nothing: a condition of a clause
    that is no claim (the first clause after it that is not a condition too, "If X, if Y,
    Z"; for a condition that ends its sentence, the last one before it, "China would ban
    gallium, if ..."; or none), and a clause conditioned that tells what would have been
    (`opens_unreal`: "Had Washington imposed ..., China would have banned ..."), with its
    condition."""
    conditions = [opens_condition(p) for p in pieces]
    out = set()
    for i in (i for i, c in enumerate(conditions) if c):
        after = [k for k in range(i + 1, len(pieces)) if not conditions[k]]
        before = [k for k in range(i) if not conditions[k]]
        main = after[0] if after else before[-1] if before else None
        if main is not None and opens_unreal(pieces[main].text):
            out |= {i, main}
        elif main is None or not pieces[main].types:
            out.add(i)
    return out
