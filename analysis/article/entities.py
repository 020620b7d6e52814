"""Named entities of an article: people, organisations, places, commodities, instruments.

Found with the curated gazetteer (`analysis.article.gazetteer`) and a few patterns:
a title before a name ("US Commerce Secretary Gina Raimondo") gives a person and their
role; a name introduced by a title elsewhere ("our correspondent in New York, Loubna
Anaki") or before a speech verb is a person too; a misspelt repeat ("Gina Raimond") is
linked to the person it resembles; role mentions ("the Secretary of Commerce") and
"the department headed by ..." are resolved to the person or organisation they point at;
a capital used for its government ("Washington has imposed") is flagged as a metonym.

Every entity carries its span in the text (`text[start:end] == entity.text`) and, when a
link was inferred rather than read, a `note` saying why.

`Entity` and the candidate spans live in `entity_refs`; roles, era windows, role mentions
and organisations headed are read in `entity_roles`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from analysis.article import gazetteer as gz
from analysis.article import goods_compounds, name_forms, name_titles, names
from analysis.article.claim_words import patterns
from analysis.article.entity_refs import Entity, Window, _Candidate
from analysis.article.entity_roles import _headed_orgs, _role_mentions, era_window
from analysis.article.literals import Literals
from analysis.article.text import Sentence, sentence_at, word_list

# --- gazetteer matching ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Matcher:
    sensitive: Literals | None
    insensitive: Literals | None
    lookup: dict[str, gz.Term]  # alias (lowercased when insensitive) -> term


def _strip_article(alias: str) -> str:
    return alias[4:] if alias.startswith("the ") else alias


@cache
def _matcher() -> _Matcher:
    known = [
        *gz.countries(),
        *gz.other_places(),
        *gz.organisations(),
        *gz.commodities(),
        *gz.instruments(),
    ]
    known += [  # an official belongs to the country of their offices
        gz.Term(
            p.name,
            gz.PERSON,
            (p.name, *p.aliases),
            country=p.offices[0].country if p.offices else None,
            source=p.source,
        )
        for p in gz.people()
    ]
    lookup: dict[str, gz.Term] = {}
    sensitive, insensitive = [], []
    for term in known:
        aliases = {_strip_article(a) for a in term.aliases}
        # a name with an apostrophe is written with either mark ("People’s Republic")
        aliases |= {a.replace("'", "’") for a in aliases if "'" in a}
        if term.label == gz.INSTRUMENT:  # a list named with its qualifier quoted
            aliases |= {q for a in aliases for q in _quoted_qualifier(a)}
        for alias in aliases:
            exact = term.case_sensitive or (alias.isupper() and len(alias) <= 5)
            key = alias if exact else alias.lower()
            lookup.setdefault(key, term)
            (sensitive if exact else insensitive).append(alias)
    return _Matcher(Literals(sensitive), Literals(insensitive, fold=True), lookup)


def _quoted_qualifier(alias: str) -> tuple[str, ...]:
    """An instrument's name with all but its last word in quotes, as the press writes a
    list's name ('the "unreliable entity" list', 'its “entity” list'); () for one word."""
    head, _, last = alias.rpartition(" ")
    if not head:
        return ()
    return (f'"{head}" {last}', f"“{head}” {last}")


def _hits(pattern: Literals, text: str) -> list[re.Match[str]]:
    """Matches of `pattern`, with those that start inside another and reach past its end
    ("Li Qiang" inside "Premier Li Qiang", which "Premier Li" would hide)."""
    hits = list(pattern.finditer(text))
    for hit in list(hits):
        for gap in re.finditer(r"\s(?=\S)", hit.group()):
            inner = pattern.match(text, hit.start() + gap.end())
            if inner and inner.end() > hit.end():
                hits.append(inner)
    return hits


def _gazetteer_candidates(text: str) -> list[_Candidate]:
    m = _matcher()
    figures = gz.figures_of_speech(text)
    out = []
    for pattern, fold in ((m.sensitive, False), (m.insensitive, True)):
        if pattern is None:
            continue
        for hit in _hits(pattern, text):
            key = hit.group().lower() if fold else hit.group()
            term = m.lookup.get(key)
            if term is None:
                continue
            if term.label == gz.PLACE and text[hit.end() : hit.end() + 1] == "$":
                continue  # "US$9 billion", "HK$": the prefix of a currency, not the place
            if term.label == gz.COMMODITY and any(
                a <= hit.start() and hit.end() <= b for a, b in figures
            ):
                continue  # "the fruits of the talks": a figure of speech, no goods
            if hit.group() in term.subject_aliases and not _as_subject(text[hit.end() :]):
                continue  # "Secretary of Commerce", "Commerce Control List": not the body
            start = hit.start()
            if term.label == gz.PERSON:  # "Premier Li": the name is "Li", the title its role
                start += len(names.leading_title(hit.group()))
            out.append(
                _Candidate(
                    start,
                    hit.end(),
                    term.label,
                    term.canonical,
                    1,
                    country=term.country,
                    kind=term.kind,
                    capital=term.capital,
                    generic=term.generic or gz.described(term.label, hit.group()),
                    evidence=term.source,
                )
            )
    return out


# --- names found by shape and context -------------------------------------------------------


def _guessed(text: str, sents: list[Sentence], taken: list[_Candidate]) -> list[_Candidate]:
    """Names the gazetteer does not know, found by their shape and context (`names`)."""
    known = [names.Known(c.start, c.end, c.label, c.generic, c.country) for c in taken]
    guesses = names.find(text, sents, known)
    found = [_from_guess(g) for g in guesses]
    chosen = _select(taken + found)
    named = [g for g in guesses if any((c.start, c.end) == (g.start, g.end) for c in chosen)]
    held = [names.Known(c.start, c.end, c.label) for c in chosen if c in taken]
    tabled = [
        names.Guess(c.start, c.end, c.label, c.canonical, c.evidence, kind=c.kind)
        for c in chosen
        if c in taken and c.label in (gz.ORG, gz.INSTRUMENT) and not c.generic
    ]
    forms = name_forms.short_forms(text, named, held, tabled)
    return found + [_from_guess(g, 0 if g.first else 2) for g in forms]


def _from_guess(g: names.Guess, priority: int = 3) -> _Candidate:
    return _Candidate(
        g.start,
        g.end,
        g.label,
        g.canonical,
        priority,
        country=g.country,
        kind=g.kind,
        role=g.role,
        generic=g.generic,
        evidence=g.evidence,
        confidence=g.confidence,
    )


# --- misspelt repeats of a name -------------------------------------------------------------

_CAPITALISED = re.compile(r"(?<![\w])[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2}(?![\w])")
FUZZY_THRESHOLD = 0.85


def _similarity(a: str, b: str, floor: float = 0.0) -> float:
    """difflib's ratio of the two, lower case; 0.0 when its upper bounds (`real_quick_ratio`,
    `quick_ratio`) are below `floor`, as the ratio then is too (round 40, speed40)."""
    matcher = difflib.SequenceMatcher(None, a.lower(), b.lower())
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _fuzzy_people(
    text: str, people: dict[str, list[str]], taken: list[_Candidate]
) -> list[_Candidate]:
    """Capitalised words not otherwise recognised that closely resemble a known person."""
    out = []
    for m in _CAPITALISED.finditer(text):
        start, end = m.span()
        if any(c.start < end and start < c.end for c in taken):
            continue
        words = m.group().split()
        if names.not_a_name(words[0]):
            continue
        if len(words) == 1 and len(words[0]) < 6:
            continue
        best = (0.0, "", "")
        for canonical, forms in people.items():
            for form in forms:
                if len(form.split()) != len(words):
                    continue
                # a form under the threshold is never taken, nor one not above the best
                score = _similarity(m.group(), form, max(FUZZY_THRESHOLD, best[0]))
                if score > best[0]:
                    best = (score, canonical, form)
        score, canonical, form = best
        if score >= FUZZY_THRESHOLD and m.group() != form and m.group()[0] == form[0]:
            note = (
                f"spelt '{m.group()}', close to '{form}' (similarity {score:.2f}): "
                f"taken as {canonical}"
            )
            evidence = "misspelt repeat of a name in the text"
            out.append(
                _Candidate(start, end, gz.PERSON, canonical, 4, note=note, evidence=evidence)
            )
    return out


# --- capitals standing for governments -------------------------------------------------------

_METONYM_NEXT = re.compile(  # after the name, maybe past a day ("Beijing on Tuesday banned",
    # "Beijing on July 3 banned", "Washington on 4 February 2025 imposed", "Beijing, on
    # December 3, 2024, banned")
    r"^(?:'s|’s|(?:,?\s+(?:on|last|this|late|early)\s+\w+(?:\s+\w+)?(?:,?\s+\d{4},?)?)?\s+(?:has|have|had|is|was|will|would|could|should|may|might|also|said|says|"
    r"announced|imposed|banned|restricted|added|accused|retaliated|responded|wants|insists|"
    r"denied|denies|hit|slapped|put|placed|tightened|blacklisted|introduced|urged|warned|"
    r"criticised|criticized|condemned|protested|called|plans|sees|views|considers|\w+ed)\b)"
)
_METONYM_PREV = re.compile(  # ... or the agent of a measure's verb ("duties announced by Beijing")
    r"(?:with|against|towards|toward|(?:sent|message|signal|warning|urged|pressed)\s+to|urged|"
    r"(?:announced|imposed|introduced|issued|unveiled|adopted|levied|taken|retaliat\w+)\s+by)\s+$",
    re.I,
)
_POLITICAL_IN = re.compile(
    r"(?:ambitions?|career|circles|politics|power|influence|lobbying)\s+in\s+$", re.I
)
_SENTENCE_IN = re.compile(r"(?:^|[.!?]\s+|\n)In\s+$")
_GROUP_AFTER = re.compile(
    r"^,\s+(?:some|many|few|officials|lawmakers|policymakers|politicians|critics|hawks|there)\b"
)


def _as_subject(after: str) -> bool:
    """Whether the text right `after` a name makes it the subject of a verb ("Washington has
    imposed", "Beijing slaps", "Commerce adds") or a possessor ("Commerce's Bureau")."""
    return bool(_METONYM_NEXT.match(after) or patterns()["capital_present"].match(after))


def _metonym(text: str, c: _Candidate, country_name: str) -> str | None:
    """What a capital stands for when the sentence uses it as a government, else None.

    'Washington has imposed', 'relations with Beijing', 'ambitions in Washington',
    'In Washington, some hope' use the city for its government or political class;
    'traveling to Beijing and Shanghai' uses it as a place.
    """
    after = text[c.end : c.end + 40]
    before = text[max(0, c.start - 40) : c.start]
    if (
        _as_subject(after)
        or _METONYM_PREV.search(before)
        or _POLITICAL_IN.search(before)
        or (_SENTENCE_IN.search(before) and _GROUP_AFTER.match(after))
    ):
        return gz.government_of().get(c.canonical, f"{country_name} government")
    return None


# --- putting it together --------------------------------------------------------------------


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then by priority."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _country_name(code: str | None) -> str:
    for term in gz.countries():
        if term.country == code:
            return term.canonical
    return code or ""


def _entities(text: str, chosen: list[_Candidate], sents: list[Sentence]) -> list[Entity]:
    out: list[Entity] = []
    last_instrument: tuple[int, str, str] | None = None  # (sentence, canonical, text)
    for c in chosen:
        country, kind, metonym, note, canonical = c.country, c.kind, None, c.note, c.canonical
        if c.label == gz.PLACE and c.capital:
            metonym = _metonym(text, c, _country_name(country))
        if c.label == gz.INSTRUMENT:
            i = sentence_at(sents, c.start)
            word = text[c.start : c.end].lower()
            lead = text[max(0, c.start - 8) : c.start]
            anaphoric = c.start == sents[i].start or re.search(
                r"\b(?:the|these|those|such|its|their)\s$", lead, re.I
            )
            if (
                canonical == "trade restrictions"
                and anaphoric
                and word in word_list("anaphora_heads")
                and last_instrument
                and i - last_instrument[0] <= 2
            ):
                note = f"same measures as '{last_instrument[2]}' just before"
                canonical = last_instrument[1]
            last_instrument = (i, canonical, text[c.start : c.end])
        if c.label == gz.COMMODITY and text[c.start : c.end].lower() != canonical.lower():
            note = note or f"'{text[c.start : c.end]}' counted under {canonical}"
        out.append(
            Entity(
                id="",
                text=text[c.start : c.end],
                label=c.label,
                canonical=canonical,
                start=c.start,
                end=c.end,
                country=country,
                kind=kind,
                role=c.role,
                metonym_for=metonym,
                note=note,
                generic=c.generic,
                evidence=c.evidence,
                confidence=c.confidence,
            )
        )
    return out


def _with_roles(text: str, ents: list[Entity], sents: list[Sentence]) -> list[Entity]:
    """Add the role stated right before or after each person's name."""
    out = []
    for e in ents:
        if e.label == gz.PERSON and e.role is None and not (e.note or "").startswith("role"):
            i = sentence_at(sents, e.start)
            sent = sents[i] if i >= 0 else None
            before = name_titles.role_before(text, e.start, sent)
            role = before or name_titles.appositive_after(text, e.end)
            if role:
                e = replace(e, role=role)
        out.append(e)
    return out


def _name_forms(cands: Iterable[_Candidate]) -> dict[str, list[str]]:
    """Each person's full name and surname, the forms a misspelling is compared with."""
    people: dict[str, list[str]] = {}
    for c in cands:
        if c.label == gz.PERSON:
            forms = people.setdefault(c.canonical, [c.canonical])
            parts = c.canonical.split()
            if len(parts) > 1 and parts[-1] not in forms:
                forms.append(parts[-1])
    return people


def _one_word_names(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A one-word name ("Li") taken as the person named in full in the text ("Li Qiang"),
    rather than another person the tables give that word to (Li Keqiang)."""
    full = {c.canonical for c in cands if c.label == gz.PERSON and " " in text[c.start : c.end]}
    out = []
    for c in cands:
        word = text[c.start : c.end]
        if c.label == gz.PERSON and " " not in word and c.canonical not in full:
            named = [n for n in sorted(full) if word in (n.split()[0], n.split()[-1])]
            if len(named) == 1:
                note = f"'{word}' read as {named[0]}, named in full in the text"
                c = replace(
                    c, canonical=named[0], note=note, evidence="surname of a name in the text"
                )
        out.append(c)
    return out


def find(text: str, sents: list[Sentence]) -> tuple[list[Entity], Window | None, list[str]]:
    """Every entity in `text` (ids e1, e2... in text order), the era window and its reasons."""
    base = _select(name_titles.untitled(text, _gazetteer_candidates(text), _gazetteer_candidates))
    base = goods_compounds.joined(text, base)  # "semiconductor chips": one kind of goods
    base = [c for c in base if c.label != gz.ORG or not name_titles.portfolio(text, c.end)]
    base = _select(base + _fuzzy_people(text, _name_forms(base), base))
    base = _one_word_names(text, _select(base + _guessed(text, sents, base)))
    first = _with_roles(text, _entities(text, base, sents), sents)
    window, reasons = era_window(first)

    extra = _fuzzy_people(text, _name_forms(base), base)
    extra += _role_mentions(text, first, window, base + extra)
    person_mentions = [e for e in first if e.label == gz.PERSON] + [
        Entity("", text[c.start : c.end], c.label, c.canonical, c.start, c.end, role=c.role)
        for c in extra
        if c.label == gz.PERSON
    ]
    extra += _headed_orgs(text, person_mentions, window)
    chosen = _select(base + extra)
    ents = _with_roles(text, _entities(text, chosen, sents), sents)
    ents = [replace(e, id=f"e{i}") for i, e in enumerate(ents, 1)]
    return ents, window, reasons
