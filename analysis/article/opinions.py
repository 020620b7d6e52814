"""Opinion and forecast: why a sentence is a question, a forecast or an opinion rather than a
claim of fact (`opinion`, `is_opinion`), by the words of `data/lexicon/claims.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.article import requirements
from analysis.article.claim_words import patterns
from analysis.article.measure_reading import action
from analysis.article.text import saying

PLAN_REPORTED_WORDS = 6  # words at most between the saying and the modal ("said on Friday it")


@cache
def _announced() -> re.Pattern[str]:
    """A government's announcement reported in the future tense, up to the modal: "said on
    Friday it would ..." (the verbs of saying.yaml's reader `reported_plan`)."""
    return re.compile(
        saying("reported_plan").pattern + rf"(?:\s+\S+){{0,{PLAN_REPORTED_WORDS}}}\s*$", re.I
    )


def is_opinion(text: str) -> str | None:
    """Why a sentence is opinion or forecast rather than a claim of fact (`opinion`, as
    shown: "forecast: 'would'"), or None."""
    found = opinion(text)
    return None if found is None else found[0] if not found[1] else f"{found[0]}: '{found[1]}'"


QUESTION, FORECAST, OPINION = "question", "forecast", "opinion"
_MAIN_WORDS = 3  # words of a clause before the relative clause an opinion word is in


def _characterises_noun(before: str, name: str = "characterised_noun") -> bool:
    """Whether the opinion word after `before` sits in a relative clause that characterises
    a noun of the clause (`characterised_noun`: "firms that are seen as rivals"; for a
    forecast word, `characterised_people`: "chipmakers who could contribute", round 38,
    fx38b), after a clause of its own: what the clause asserts is not the opinion (round
    36, fx36d)."""
    tail = patterns()[name].search(before)
    return tail is not None and len(before[: tail.start()].split()) >= _MAIN_WORDS


def opinion(text: str) -> tuple[str, str] | None:
    """The kind of opinion a sentence is (`QUESTION`, `FORECAST`, `OPINION`) and the words
    that make it ('' for a question), or None. A modal that states what a rule requires
    ('exporters must obtain a licence') is not one."""
    p = patterns()
    if text.rstrip().endswith("?"):
        return QUESTION, ""
    rule = None  # whether the text states a rule: read at its first modal, if any
    for name in (FORECAST, OPINION):
        for m in p[name].finditer(text):
            if rule is None:
                rule = action(text) in ("licence", "ban")
            if rule and requirements.states_requirement(text, m):
                continue
            if name == OPINION and _characterises_noun(text[: m.start()]):
                continue
            if name == FORECAST and _characterises_noun(text[: m.start()], "characterised_people"):
                continue
            rest = text[m.end() :].lstrip()
            if (
                name == FORECAST
                and not p["possibility"].match(m.group(0))  # "said China could ban": a guess
                and _announced().search(text[: m.start()])
                and (
                    p["imposition"].match(rest)
                    or p["effect_verbs"].match(rest)  # "said the curbs would take effect"
                    or action(" ".join(rest.split()[:3]))
                )
            ):
                # "said it would require permits", "announced it would ban the export of":
                # a measure announced (its verb right after the modal), not a guess
                continue
            return name, m.group(0)
    return None
