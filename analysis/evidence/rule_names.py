"""Measures a claim names by their names ("the AI diffusion rule", "the 50% affiliates rule",
"the Unverified List"): the words of the name, and the catalog measures that name gives
(round 29, branch fcd22).

A measure claim naming a rule by its name means that rule, not the actor's latest measure
of the kind: it is matched to the catalog measures whose title or instrument, or the title
of a measure that suspends or amends them (or that they suspend or amend: "BIS rescinds
the AI Diffusion Rule" names the rule it rescinds), holds every word of the name; when
none does, the checker abstains (`frame_checks.check_measure`).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words
from analysis.article.date_patterns import MONTH_NAMES
from analysis.data import cache

_YEAR = re.compile(r"^(?:19|20)\d\d(?:s)?$")
_POSSESSOR = re.compile(r"['’]s?$")


def _generic(generic: re.Pattern[str], word: str) -> bool:
    """Whether a word of a name is generic (`rule_name_generic`), whole or in every part of a
    hyphenated compound ("its export-licence list", "the export-control rules": generic words
    joined; "foreign-produced" is not; round 38, fx38a)."""
    return bool(generic.match(word)) or all(generic.match(part) for part in word.split("-"))


def named(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The measures a claim names by their names, each as the name's words as written and
    the words that must appear in a title naming it: not the generic ones
    (`rule_name_generic`: "the new rule", "the US export control rules"), nor a possessor
    ("the Bureau's Entity List"), nor a year or a month, which the claim's dates match. A
    rule given its title ("the interim final rule titled Expansion of ...", `rule_title`)
    is named by the title's words but its function words (round 42, left42). A
    name with no such word names no measure."""
    p = claim_words.patterns()
    out = []
    titled = list(p["rule_title"].finditer(text))
    for m in [*p["rule_name"].finditer(text), *titled]:
        words = tuple(
            w.strip(".,;:'’“”\"")
            for w in m.group("name").split()
            if not _generic(p["rule_name_generic"], w)
            and not _POSSESSOR.search(w)  # "the Bureau's Entity List": whose, not which
            and not _YEAR.match(w)
            and w.strip(".,") not in MONTH_NAMES
            # a title's function words ("Expansion of ... to Cover"): no words of its name
            and not (m in titled and p["rule_name_break"].match(w))
        )
        words = tuple(w for w in words if w)
        if words:
            out.append((m.group(0), words))
    return out


def by_reach(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The rule a claim's sentence describes by its reach rather than by its name ("a
    product ... is also subject to restrictions if it is made using U.S. technology", "if
    Chinese technology is used ..., the product becomes subject to these controls": a
    foreign direct product rule), as `named` gives a name: the condition as written and the
    words a title naming that rule holds (`reach_rule_name`); none when the sentence states
    no such condition (`reach_condition`; round 32, fcm32)."""
    m = claim_words.patterns()["reach_condition"].search(sentence)
    return [(m.group(0), tuple(claim_words.words().reach_rule_name))] if m else []


def names_list(said: str) -> bool:
    """Whether a name is a list's ("the Unverified List"): a list holds the parties of many
    listings over the years, so its name singles out none of them (the claim's days and
    count pick among the actor's listings, as before); only a list no measure names makes
    the claim not checkable. The heads of a list's name: `rule_name_lists`."""
    return claim_words.patterns()["rule_name_list_end"].search(said) is not None


@cache.lent
def _texts() -> dict[str, str]:
    """Per measure id, the texts that may name it: its title and instrument, and the titles
    of the measures it suspends or amends and of those suspending or amending it. Lent (this
    module only reads it) and read again when the catalog's file changes, so a reloaded or
    edited table is seen (review of round 29; was `functools.cache`, which kept stale
    titles)."""
    every = measures.measures()
    texts = {
        str(r["measure_id"]): f"{r['title']} {r['instrument'] if pd.notna(r['instrument']) else ''}"
        for _, r in every.iterrows()
    }
    titles = dict(zip(every["measure_id"].astype(str), every["title"].astype(str), strict=True))
    linked = {i: [t] for i, t in texts.items()}
    for _, r in every.iterrows():
        for col in ("suspends", "amends"):
            for other in str(r[col]).split(";") if pd.notna(r[col]) else ():
                other = other.strip()
                if other in linked:
                    linked[other].append(str(r["title"]))
                    linked[str(r["measure_id"])].append(titles[other])
    return {i: " ".join(ts) for i, ts in linked.items()}


def _word(w: str) -> re.Pattern[str]:
    """A name's word as a whole word of a title, case-blind, maybe in the plural ("rare
    earth" in "rare earths"; "50%" as written), and a plural also in the singular ("its
    unreliable entities list" names the Unreliable Entity List; round 39, after blind39c)."""
    forms = (w, *_singular(w))
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, forms))})(?:s|es)?(?![\w])", re.I)


def _singular(w: str) -> tuple[str, ...]:
    """The singular an English plural may have: "entities" -> "entity", "taxes" -> "tax",
    "rules" -> "rule"; nothing for a word not in the plural ("class", "us")."""
    low = w.lower()
    if len(low) > 4 and low.endswith("ies"):
        return (w[:-3] + ("Y" if w[-3:].isupper() else "y"),)
    if len(low) > 3 and low.endswith(("ses", "xes", "ches", "shes")):
        return (w[:-2],)
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return (w[:-1],)
    return ()


def naming(table: pd.DataFrame, words: tuple[str, ...]) -> pd.DataFrame:
    """The measures of `table` whose texts (`_texts`) hold every word of a name."""
    if table.empty:
        return table
    texts = _texts()
    pats = [_word(w) for w in words]
    keep = (
        table["measure_id"].astype(str).map(lambda i: all(p.search(texts.get(i, "")) for p in pats))
    )
    return table.loc[keep]
