"""Which cue of a measure claim tells its act when several compete: the first relaxation
cue, unless it is an order not to enforce after another measure word (round 28, dt23), or a
word of change in a clause that names no measure (round 32, fcf32)."""

from __future__ import annotations

import re

from analysis.article.claim_words import patterns

# The measure words whose act an order not to enforce after them only qualifies.
_ACTS = ("ban", "listing", "licence", "tariff", "restriction")


def first_easing(text: str) -> re.Match[str] | None:
    """The first relaxation cue of `text` (`measure_cues`), not counting an order not to
    enforce (`negated_enforcement`) that comes after another measure word: "imposed export
    controls on gallium in July 2023 but did not enforce them at first" tells how those
    controls were applied, where "instructed officials not to enforce the rule" relaxes the
    rule; nor a word of change (`easing_changes`) when no measure word of another kind is
    in `text`, nor a rate or quota (`easing_objects`): "the reduced reliance on China" eases
    no measure; None when there is none."""
    cues = patterns()["cues"]
    if not cues["relaxation"].search(text):  # most clauses: nothing to weigh (round 33)
        return None
    first = min((m.start() for k in _ACTS if (m := cues[k].search(text))), default=len(text))
    negated, change = patterns()["negated_enforcement"], patterns()["easing_change"]
    named = patterns()["easing_object"].search(text) or any(
        v.search(text) for k, v in cues.items() if k != "relaxation"
    )
    return next(
        (
            m
            for m in cues["relaxation"].finditer(text)
            if (m.start() < first or not negated.fullmatch(m.group(0)))
            and (named or not change.fullmatch(m.group(0)))
        ),
        None,
    )
