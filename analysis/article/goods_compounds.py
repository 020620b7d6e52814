"""Goods words written one after another as one compound ("semiconductor chips", "AI
processors", "artificial-intelligence chips"): one kind of goods, found as one kind word.

The gazetteer finds each word of such a compound on its own ("AI", then "processors"); the
keys, and a reader, take the compound as the one thing named. Only kind words (`generic`)
are joined, with nothing but a space or a hyphen between them: a named good beside a kind
word keeps its own span ("H20 chips", "dual-use graphite", "critical minerals gallium").
The compound is the good its words name when the goods tables know them, its modifier spelt
any way they know ("AI chip", "artificial intelligence chips": advanced computing, as "AI
chips"), else the good of its last word, its head ("semiconductor chips": semiconductors).
Round 38, branch ent38.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.article import gazetteer as gz
from analysis.article.entity_refs import _Candidate
from analysis.data import goods

_JOINS = (" ", "-")


def _kind_word(c: _Candidate) -> bool:
    return c.label == gz.COMMODITY and c.generic


def _ways(words: str) -> tuple[str, ...]:
    """The words as written, then every other way the goods tables write their good."""
    if not goods.names_a_good(words):
        return (words,)
    return (words, *goods.spellings(goods.resolve(words)))


def _named(text: str, run: list[_Candidate]) -> str | None:
    """The good the tables name by the compound's words, its modifier and its head spelt
    any way they know ("artificial intelligence chips", "AI processors" as "AI chips":
    advanced computing), or None."""
    said = text[run[0].start : run[-1].start].rstrip(" -")
    head = text[run[-1].start : run[-1].end]
    pairs = [(said, head)]
    if len(run) == 2:
        pairs += [(m, h) for m in _ways(said) for h in _ways(head)]
    for modifier, noun in pairs:
        if goods.names_a_good(f"{modifier} {noun}"):
            return goods.label(goods.resolve(f"{modifier} {noun}"))
    return None


def _compound(text: str, run: list[_Candidate]) -> _Candidate:
    """One candidate spanning a run of goods kind words."""
    head = run[-1]
    canonical = _named(text, run) or head.canonical
    parts = " + ".join(f"'{text[c.start : c.end]}'" for c in run)
    return replace(
        head,
        start=run[0].start,
        canonical=canonical,
        evidence=f"goods words written as one compound ({parts}), {canonical}",
    )


def joined(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """`cands` (chosen, in text order) with each run of goods kind words joined by a space
    or a hyphen replaced by one candidate for the compound."""
    runs: list[list[_Candidate]] = []
    for c in cands:
        last = runs[-1][-1] if runs else None
        if last and _kind_word(last) and _kind_word(c) and text[last.end : c.start] in _JOINS:
            runs[-1].append(c)
        else:
            runs.append([c])
    return [_compound(text, run) if len(run) > 1 else run[0] for run in runs]
