"""Who a trade flow is with, and which flow a clause continues: a trading bloc named as the
other side ("imports from the European Union"), a country named only as a party to a
relation ("the trade war with China", not a partner of the flow), and a clause whose
subject is a pronoun for the flow of the sentence before ("It tumbled 17.6% to $345.6
billion"). Word lists: `trade_blocs` and `relation_nouns` in `data/lexicon/claims.yaml`."""

from __future__ import annotations

import re

from analysis.article.claim_words import patterns
from analysis.article.entity_refs import Entity
from analysis.article.quantities import Quantity, figures


def relation_party(text: str, at: int) -> bool:
    """Whether the preposition at `at` follows a relation noun ("the trade war with China",
    "talks with Beijing"): `relation_nouns` in `data/lexicon/claims.yaml`."""
    return bool(patterns()["relation_before"].search(text[:at]))


def amount_of_before(text: str, q: Quantity, spans: list[tuple[int, int]]) -> bool:
    """Whether a clause with no flow of its own states the figure of the flow its sentence
    before names: its first figure is an amount of money ("it was $83 billion"), or it opens
    with a pronoun for its subject and states one ("It tumbled 17.6% to $345.6 billion")."""
    if q.unit == "USD":
        return True
    return bool(patterns()["subject_pronoun"].match(text)) and any(
        f.unit == "USD" for _, f in figures(text, spans)
    )


def party_only(e: Entity, texts: tuple[str, ...]) -> bool:
    """Whether every mention of a country in `texts` follows a relation noun and its
    preposition ("the trade war with China"): a party to a relation, not a trade partner."""
    found = [
        (t, m.start())
        for t in texts
        for m in re.finditer(r"\b(?:with|against)\s+(?:the\s+)?" + re.escape(e.text) + r"\b", t)
    ]
    named = sum(len(re.findall(r"\b" + re.escape(e.text) + r"\b", t)) for t in texts)
    return bool(found) and len(found) == named and all(relation_party(t, at) for t, at in found)


def bloc_after(text: str) -> str | None:
    """A trading bloc or region named after 'with', 'to', 'from', 'into' ("imports from the
    European Union"): `trade_blocs` in `data/lexicon/claims.yaml`; the US-China table does
    not hold it."""
    found = patterns()["bloc_partner"].search(text)
    if found is None:
        return None
    return re.sub(r"^(?:with|to|from|into)\s+", "", found.group(0), flags=re.I)
