"""The claim lexicon's patterns of measures: what a clause says a measure is, does, binds
and targets, compiled from the validated words (`claim_words.patterns()` merges them with
the rest)."""

from __future__ import annotations

import re
from typing import Any

from analysis.article.claim_patterns import announce_words, any_of, ending
from analysis.article.date_patterns import DATE_WORD
from analysis.data import lexicon

TOLD_GAP = 2  # words at most between a verb of imposing and the measure it refers back to


def measure_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """The measure patterns (by name) of the claim words `w`."""
    return {
        # a whole word ("its" is no possessive inside "China hits back with tariffs")
        "presupposed": re.compile(r"\b(?:" + "|".join(w.presupposed_measure) + ")"),
        # a clause's subject: after an opener set off by a comma at most ("All told, ")
        "given_subject": re.compile(
            r"^(?:[^,]{0,40},\s+)?(?:" + "|".join(w.given_measure_subject) + ")"
        ),
        "scope_verbs": any_of(w.measure_scope_verbs),
        "impact_verbs": any_of(w.measure_impact_verbs),
        # the subject of a clause telling a measure's scope: the measure referred back to,
        # a pronoun for it (or a bare plural of a measure noun), or goods named as its
        # (`scope_told`)
        "scope_subject": re.compile(
            r"^\W*(?:(?:but|and)\W+)?(?:"
            + "|".join(
                f"(?P<{name}>{'|'.join(words)})"
                for name, words in (
                    ("measure", (*w.measure_part_subject, *w.measure_anaphora)),
                    ("pronoun", (*w.subject_pronouns, *w.measure_bare_subject)),
                    ("goods", w.measure_goods_subject),
                )
            )
            + r")\b",
            re.I,
        ),
        "goods_copula": re.compile(r"\s+(?:" + "|".join(w.goods_copulas) + r")\b", re.I),
        "measure_kept": any_of(w.measure_kept),
        "imposition": any_of(w.imposition_verbs),
        "granted": any_of(w.licences_granted),
        "licences_revoked": any_of(w.licences_revoked),
        "instrument_content": any_of(w.instrument_content),
        "cues": {k: any_of(v) for k, v in w.measure_cues.items()},
        # "did not enforce them": an order not to enforce, a relaxation only as the first act
        "negated_enforcement": any_of(w.negated_enforcement),
        "order_signed": any_of(w.order_signed),  # "signed an executive order"
        "law_referred": any_of(w.law_referred),
        # further instruments, each naming a law within its first ten words ("..., the
        # Regulations ..., and other relevant laws and regulations"; not "..., the
        # government can prohibit ..."; round 40, user40) (`measure_reading.action`)
        "legal_basis": re.compile(
            r"\b(?:" + "|".join(w.legal_basis) + r")\s+"
            r"(?=[^,;]*\b(?:[Ll]aws?|[Rr]egulations|[Aa]cts?)\b)[^,;]*"
            r"(?:,\s*(?:and\s+)?(?:the|other|its|their|relevant)\b"
            r"(?=(?:\s+[^\s,;]+){0,9}?\s+(?:laws?|regulations|acts?)\b)[^,;]*)*",
            re.I,
        ),
        # a verb of a measure in the news present: its clause tells a past act (dates.py)
        "headline_present": any_of(w.headline_present),
        # a capital's verb in the news present ("Washington bans ...", "Beijing slaps ...")
        "capital_present": re.compile(
            r"^\s+(?:" + "|".join(w.headline_present + w.present_noun_verbs) + r")\b"
        ),
        # right before a date: its last day; a measure it dates that is not the claimed one
        "until": re.compile(r"\b(?:" + "|".join(w.until_words) + r")\s+$", re.I),
        "until_word": any_of(w.until_words),  # anywhere: "will last until Nov 27, 2026"
        "imposed_on": re.compile(r"\b(?:" + "|".join(w.imposed_on) + r")\s+(?:on|in)\s+$", re.I),
        # the same description right after a measure's first words, before its agent or
        # target ("tariffs imposed by Trump"): the measure answered (`presupposed`)
        "measure_described": re.compile(
            r"(?:[\w-]+\s+){0,2}?\b(?:"
            + "|".join(w.imposed_on)
            + r")(?=\s+(?:by|on|against|under)\b)",
            re.I,
        ),
        # a date naming the measure a claim changes (role object)
        "measure_changed": any_of(w.measure_changed),
        # ... or ending a restrictive relative clause on it ("that it announced on"; with no
        # "that" right after a measure noun of `answered_measure`, "the curbs Beijing
        # imposed"), not on the noun of a phrase of `changed_object_gap` before it ("in a
        # notice that")
        "changed_relative": re.compile(
            r"(?:"
            + "|".join(w.changed_relative)
            + r"|\b(?:"
            + "|".join(w.answered_measure)
            + r")(?:"
            + "|".join(w.changed_relative_noun)
            + r"))\s+$"
        ),
        "changed_relative_gap": re.compile(
            r"\b(?:" + "|".join(w.changed_object_gap) + r")\s+"
            r"(?:an?\s+|" + "|".join(w.dated_measure_before) + r")",
            re.I,
        ),
        # ... as the object of a change word at most three words before it, with none of
        # `changed_object_gap` between ("suspending its 2024 export curbs")
        "dated_measure_before": re.compile(
            r"\b(?:" + "|".join(w.measure_changed) + r")"
            r"(?:\s+(?!(?:" + "|".join(w.changed_object_gap) + r")\b)[\w'’.-]+){0,3}?\s+"
            r"(?:" + "|".join(w.dated_measure_before) + r")$",
            re.I,
        ),
        "dated_measure_after": re.compile(
            r"^\s+(?:" + "|".join(w.dated_measure_after) + r")\b", re.I
        ),
        "numbered_instrument": ending(w.numbered_instrument, r"\s*$"),
        "announce": any_of(announce_words(w)),
        "publish": any_of(w.publish_words),  # of those, publishing (`date_roles`)
        "objects": any_of(w.measure_objects),
        "anaphora": any_of(w.measure_anaphora),
        "relaxed_anaphora": any_of(w.relaxed_anaphora),
        # a clause opening on firms as its subject (`predicates.firm_conduct`, `relaxes_told`)
        "firm_opening": re.compile(rf"^\W*(?:(?:{'|'.join(w.firm_clause_links)})\b,?\s+)?", re.I),
        "firm_subject": re.compile(
            rf"(?:[\w’'.-]+\s+){{0,4}}?(?:{'|'.join(w.acting_firms)})(?=\s)", re.I
        ),
        # a verb of imposing, then a measure referred back to (`imposes_told`)
        "imposes_told": re.compile(
            rf"\b(?:{'|'.join(w.told_measure_verbs)})\s+(?:\w+\s+){{0,{TOLD_GAP}}}?"
            rf"(?:{'|'.join(w.measure_anaphora)})",
            re.I,
        ),
        "measure_referred": re.compile(
            r"^\W*(?:(?:but|and|yet|however)\W+)?(?:" + "|".join(w.measure_referred) + r")\b",
            re.I,
        ),
        "effect_verbs": any_of(w.effect_verbs),
        "issued_passive": any_of(w.issued_passive),
        "rules_in_effect": re.compile(
            r"\b(?:" + "|".join(w.rules_in_effect) + r")(?:" + "|".join(w.effect_verbs) + r")",
            re.I,
        ),
        "requirement": any_of(w.requirement),
        # a party the rule binds, then "should", at the end of the text before the modal
        "bound_requirement": re.compile(r"\b(?:" + "|".join(w.bound_requirement) + r")$", re.I),
        # after the modal and its blanks: "should apply" (`requirements`)
        "complying_verbs": re.compile(r"\s*\b(?:" + "|".join(w.complying_verbs) + r")\b", re.I),
        "immediacy": any_of(w.immediacy),
        "unpublished": any_of(w.unpublished),
        "codes": any_of(w.customs_codes),
        # no word boundary before: "cannot", "hasn't"
        "measure_negation": re.compile(r"(?:" + "|".join(w.measure_negation) + r")\b", re.I),
        "restrictive_negation": any_of(w.restrictive_negation),
        # the words between may not be a date: "On 4 April 2025 China put ..." names the actor;
        # nor a clause opener: "to impose countermeasures after Washington decided ..."
        "target": re.compile(
            r"\b(?:"
            + "|".join(w.target_words)
            + r")\s+(?:(?!"
            + DATE_WORD
            + "|(?:"
            + "|".join(w.passive_clause_openers)
            + r")\b)[\w-]+\s+){0,3}$",
            re.I,
        ),
        # "US firms", or "U.S.-focused": a party or a hyphened aim after the country
        "targeted_parties": re.compile(
            rf"(?:\s+(?:{'|'.join(w.targeted_parties)})|-(?:{'|'.join(w.target_compounds)})"
            rf"|['’]s\)?(?:\s+\([^()]{{1,20}}\))?\s+(?:{'|'.join(w.access_nouns)}))\b",
            re.I,
        ),
        # "China would be hit with a 34% tariff": the country right before is the affected side
        "affected_after": re.compile(r"\s+(?:" + "|".join(w.affected_after) + r")\b", re.I),
        # "Buyers of gallium", "Companies that export gallium": no longer the subject's head
        "undergo_head_breaks": re.compile(
            rf"\b(?:{'|'.join((*w.undergo_head_breaks, *w.relative_pronouns))})\b", re.I
        ),
        # "a tariff on all Japanese goods": before a demonym, the side affected
        "affected_before": re.compile(
            rf"\b(?:{'|'.join(w.affected_before)})\s+"
            rf"(?:(?:{'|'.join(w.affected_amounts)})\s+)?"
            rf"(?:(?:{'|'.join(w.affected_determiners)})\s+)?$",
            re.I,
        ),
        # "The Dutch chip export rules": before a demonym, only these for its clause's subject
        # "Chinese suppliers of gallium": right after a demonym, those whose exports it is
        "exporting_parties": re.compile(rf"\s+(?:{'|'.join(w.exporting_parties)})\b", re.I),
        "subject_before": re.compile(rf"^\W*(?:(?:{'|'.join(w.subject_determiners)})\s+)*$", re.I),
    }
