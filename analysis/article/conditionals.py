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
from analysis.article.date_patterns import tense_of


def opens_condition(piece: Piece) -> bool:
    """Whether a clause opens on a condition: "if" taken off its start as a joining word
    (`clauses.pieces`), or a `conditional_opens` pattern at its start."""
    joined = piece.joined.split()
    return bool(joined and joined[-1] == "if") or bool(
        patterns()["conditional_opens"].match(piece.text)
    )


def _conditioned(pieces: list[Piece]) -> list[tuple[int, int | None]]:
    """Each condition of a sentence with the clause it conditions: the first clause after it
    that is not a condition too ("If X, if Y, Z"; for a condition that ends its sentence,
    the last one before it, "China would ban gallium, if ..."), or None."""
    conditions = [opens_condition(p) for p in pieces]
    out = []
    for i in (i for i, c in enumerate(conditions) if c):
        after = [k for k in range(i + 1, len(pieces)) if not conditions[k]]
        before = [k for k in range(i) if not conditions[k]]
        out.append((i, after[0] if after else before[-1] if before else None))
    return out


def unasserted(pieces: list[Piece]) -> set[int]:
    """The indices of the clauses of a sentence that assert nothing: a condition of a clause
    that is no claim (`_conditioned`), and a clause conditioned that tells what would have
    been (`opens_unreal`: "Had Washington imposed ..., China would have banned ..."), with
    its condition."""
    out = set()
    for i, main in _conditioned(pieces):
        if main is not None and opens_unreal(pieces[main].text):
            out |= {i, main}
        elif main is None or not pieces[main].types:
            out.add(i)
    return out


def conditioned_future(pieces: list[Piece]) -> dict[int, str]:
    """The clauses of a sentence that tell what will be done if a condition holds, each
    with its condition's words: a clause in the future (`tense_of`: "will", "shall")
    conditioned by a clause before it ("Unless the talks succeed, China will ban ...";
    round 39, left39). A condition after its clause is not counted: it may be a rule's
    scope ("approval will be needed if a product contains ..."); nor one that concedes
    (`concessive_opens`: "Even if the talks resume, China will keep its ban ...": asserted
    whatever happens; review of round 39, rev39), nor one that sets the measure's scope
    (`condition_scopes`: "If the buyer is in the United States, China will ban ..."; round
    40, left40)."""
    out = {}
    concedes, scope = patterns()["concessive_opens"], patterns()["condition_scopes"]
    for i, main in _conditioned(pieces):
        if concedes.match(pieces[i].text) or scope.match(pieces[i].text):
            continue
        if main is not None and i < main and tense_of(pieces[main].text) == "future":
            word = "if " if pieces[i].joined.split()[-1:] == ["if"] else ""
            out[main] = word + pieces[i].text
    return out
