"""What a measure clause predicates, when no catalog row can hold it (round 41, cover41).

A catalog row records what a government did: that a measure exists, who imposed it, on
what goods, of what type, when it was announced, took effect or was suspended. A clause
whose predicate is about something else is not checkable against it, whatever measure the
clause or its sentence names. One slot is read from the clause's subject and verb:

**A firm's own conduct** (`firm_conduct`): the subject is a firm or trader
(`acting_firms` words, or a company named by the article) and the verb is its own
("semiconductor companies have avoided export restrictions by developing ...", "two
Chinese companies supplied restricted components to blacklisted Huawei"). Not the firm's
conduct: a verb saying what a measure binds the firm to or does to it (`firm_bound_verbs`:
a copula or passive, "were barred"; a need or a requirement, "will need licences", "must
apply"; "face tariffs"; a licence got), or a measure word in a clause of its own after the
verb ("stockpiled chips before the restrictions went into effect": the clause opener
`passive_clause_openers` sets that measure apart, and it is checked).

The measure checker (`frame_checks.check_measure`) leaves such a claim not checkable.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.article import gazetteer as gz
from analysis.article.claim_words import first_cue, patterns, words
from analysis.article.entity_refs import Entity
from analysis.data import lexicon
from analysis.evidence import measure_details
from analysis.evidence import verdicts as v
from analysis.vocab import Label

# The kind of a named firm (`Entity.kind`)
COMPANY = "company"


@cache
def _words() -> dict[str, re.Pattern[str]]:
    """The patterns of data/lexicon/claims.yaml this module reads: what opens the clause
    (`firm_clause_links`), its subject (`acting_firms`), the verb after its auxiliaries
    (`firm_verb_aux`) and the verbs that are no conduct of its own (`firm_bound_verbs`, and
    function words: `joined_non_predicates`, `relative_pronouns`)."""
    w = words()
    bound = (*w.firm_bound_verbs, *w.joined_non_predicates, *w.relative_pronouns)
    return {
        "opening": patterns()["firm_opening"],
        "subject": patterns()["firm_subject"],
        "verb": re.compile(rf"\s+(?:(?:{'|'.join(w.firm_verb_aux)})\s+)*(?P<verb>[a-z][\w-]*)\b"),
        "bound": re.compile(rf"(?:{'|'.join(bound)})", re.I),
        "said": re.compile(rf"(?:{'|'.join(lexicon.saying_verbs('speech_verbs'))})", re.I),
    }


def _subject_end(clause: str, at: int, ents: list[Entity], start: int) -> int | None:
    """Where the subject opening a clause (`clause` from offset `at` of its claim, whose
    text begins at `start` in the article) ends: a noun phrase whose head is a word for
    firms (`firm_subject`), or a company the article names; None when neither opens it."""
    p = _words()
    opening = p["opening"].match(clause).end()
    if m := p["subject"].match(clause, opening):
        return m.end()
    for e in ents:
        if e.label == gz.ORG and e.kind == COMPANY and e.start - start - at == opening:
            return e.end - start - at
    return None


def firm_conduct(text: str, ents: list[Entity], start: int) -> str | None:
    """The subject and verb of the clause holding a claim's first measure word when a firm
    is its subject and the verb is its own conduct, not what a measure binds it to (see the
    module); None otherwise. `ents` are the claim's named things, `start` where `text`
    starts in the article."""
    cue = first_cue(text)
    if cue >= len(text):
        return None
    at = max((m.end() for m in measure_details.CLAUSE_MARK.finditer(text, 0, cue)), default=0)
    clause = text[at:cue]
    end = _subject_end(clause, at, ents, start)
    if end is None:
        return None
    p = _words()
    verb = p["verb"].match(clause, end)
    if verb is None or p["bound"].fullmatch(verb["verb"]) or p["said"].fullmatch(verb["verb"]):
        return None  # bound by a measure, or saying what follows: the measure told is checked
    if patterns()["passive_clause_openers"].search(clause, verb.end()):
        return None  # the measure word stands in a clause of its own
    return clause[p["opening"].match(clause).end() : verb.end()]


def firm_act(said: str) -> v.Decision:
    """Not checkable: the claim predicates a firm's conduct (`firm_conduct`)."""
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim says what a firm did ('{said}'), with a measure as its setting; the "
        "catalog records measures governments took, not what firms do under or about them.",
    )
