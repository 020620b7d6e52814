"""Later mentions of a found name by another form: a surname, a company without its
suffix, the first words of a longer name, an acronym in brackets, a model code said again.

`names` finds each name where a cue explains it; this module links the other mentions of
the same thing to it (docs/article.md, "Names by shape and context", step 8).
"""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article import name_cues
from analysis.article.name_spans import Known
from analysis.article.names import Guess


def _bracketed(text: str, g: Guess) -> list[tuple[str, int]]:
    """Acronyms in brackets beside a name, with where they stand: "Acme Holdings (AH)", and
    "CLEPA (European Association of ...)" but not a dateline ("SEOUL (Harbor Wire) -")."""
    out = []
    after = re.match(r"\s\(([A-Z][a-z&]*[A-Z][A-Za-z&]*)\)", text[g.end : g.end + 12])
    if after:
        out.append((after.group(1), g.end + after.start(1)))
    before = re.search(r"([A-Z]{2,6})\s\($", text[max(0, g.start - 10) : g.start])
    if before and text[g.end : g.end + 1] == ")":
        at = g.start - len(before.group())
        if at > 0 and not re.match(r"[\w\n-]", text[at - 1]):
            out.append((before.group(1), at))
    return out


def short_forms(
    text: str, named: list[Guess], taken: list[Known], tabled: list[Guess] | None = None
) -> list[Guess]:
    """Later mentions of a found name by a shorter form: a person by their surname ("Wolf"
    for Kevin Wolf), a company without its suffix ("Universal Logistics"), an ORG by its
    first words ("JL MAG" after "JL MAG Rare-Earth"), an acronym in brackets beside the
    name, a model code said again ("the H20"). An acronym in brackets that spells the name
    ("Extreme Ultraviolet (EU)") is that name's there, whatever the tables say (`first`).
    `tabled`: bodies and instruments the tables found, whose acronym in brackets beside
    them is theirs too ("the Department of Commerce (DOC)"; since round 32, ent32)."""
    cues = name_cues.cues()
    forms: dict[str, Guess] = {}
    for g in tabled or []:
        for acronym, _ in _bracketed(text, g):
            forms.setdefault(acronym, g)
    out = []
    for g in named:
        words = g.canonical.split()
        if g.label == gz.PERSON:
            if len(words) > 1 and words[-1] not in cues.not_person:
                forms.setdefault(words[-1], g)
            continue
        if g.label == gz.ORG and g.kind == "company" and len(words) > 1:
            short = list(words)
            while len(short) > 1 and cues.heads.get(short[-1], ("", ""))[1] == "company":
                short = short[:-1]
            if short != words and " ".join(short) not in cues.openers:
                forms.setdefault(" ".join(short), g)
        if g.label == gz.ORG:
            for n in range(2, len(words)):
                if words[n - 1] not in cues.connectors:
                    forms.setdefault(" ".join(words[:n]), g)
        if g.kind == "product" and len(words) == 1:
            forms.setdefault(g.canonical, g)
        for acronym, at in _bracketed(text, g):
            forms.setdefault(acronym, g)
            if acronym == "".join(w[0] for w in words if w[0].isupper()):
                evidence = f"acronym of '{g.canonical}' in brackets beside it"
                out.append(
                    Guess(
                        at,
                        at + len(acronym),
                        g.label,
                        g.canonical,
                        evidence,
                        g.confidence,
                        g.kind,
                        first=True,
                    )
                )
    for form, g in forms.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if (m.start(), m.end()) == (g.start, g.end) or any(
                k.start < m.end() and m.start() < k.end for k in taken
            ):
                continue
            evidence = f"short form of '{g.canonical}' ({g.evidence})"
            out.append(
                Guess(m.start(), m.end(), g.label, g.canonical, evidence, g.confidence, g.kind)
            )
    return out
