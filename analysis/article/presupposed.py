"""Clauses that take a measure as given and assert something else about it: what it cost,
what it did, what it dates. The fact-check leaves them not checkable."""

from __future__ import annotations

from analysis.article.claim_words import patterns
from analysis.article.frames import first_cue


def presupposes_measure(text: str) -> bool:
    """Whether a clause takes a measure as given and asserts something else about it
    ("meeting the restrictions could cost ..."): it names the measure with a determiner or
    possessive, or as what something is subject to, and has no verb that imposes, changes
    or dates one; or it says licences were granted under it (approvals, not the measure)."""
    p = patterns()
    return (
        bool(p["granted"].search(text))
        or bool(
            p["presupposed"].search(text)
            and not p["imposition"].search(text)
            and not p["effect_verbs"].search(text)
        )
        or dates_by_measure(text)
        or states_effect(text)
        or bool(p["listing_description"].match(text))  # "For companies on the Entity List"
    )


def states_effect(text: str) -> bool:
    """'Restrictions on magnet exports have hit our carmakers': a measure word, then a verb
    of what it did (`measure_effects`), none that imposes one: an effect, not the measure."""
    effect = patterns()["measure_effects"].search(text)
    return (
        effect is not None
        and first_cue(text) < effect.start()
        and not patterns()["imposition"].search(text)
    )


def dates_by_measure(text: str) -> bool:
    """'Prices have doubled since the controls were imposed': the measure only dates a
    change the clause states (a change word before a sequence word, every measure word
    after it)."""
    seq = patterns()["sequence"].search(text)
    return (
        seq is not None
        and first_cue(text) > seq.start()
        and bool(patterns()["not_shares"]["growth"].search(text[: seq.start()]))
    )
