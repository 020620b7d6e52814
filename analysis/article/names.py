"""Names the annotator was never told, found by their shape and the words around them.

The gazetteer (`analysis.article.gazetteer`) knows names from the tables; this module finds
the others: capitalised spans typed by what they end or start with ("Census Bureau",
"Ministry of Trade", "Export Administration Regulations"), by the words around them (a
title before a person's name, "said" after it, "an analyst at" before an organisation,
"X, a consultancy"), by the list they stand in ("suppliers such as A, B and C"), by a
dateline ("BEIJING (Reuters) -"), by a number ("Section 301", "Announcement No. 33") or a
quoted title before a document noun (the "Phase One" agreement). Each guess records the
cue that made it (`evidence`); a capitalised name with no cue is kept with a low-confidence
type. Cue words live in `data/lexicon/name_cues.yaml` (titles in `roles.yaml`).

The cues and their order are described in docs/article.md ("Names by shape and context").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.article import gazetteer as gz
from analysis.article import name_cues
from analysis.article.date_patterns import MONTHS
from analysis.article.name_spans import Known, Span, absorbed, clean, pieces, spans
from analysis.article.name_titles import appositive_after, appositive_role, role_before
from analysis.article.text import Sentence, sentence_at

HIGH, LOW = "high", "low"


@dataclass(frozen=True)
class Guess:
    """A name found by a cue: its span, type, canonical form and the cue (`evidence`)."""

    start: int
    end: int
    label: str
    canonical: str
    evidence: str
    confidence: str = HIGH
    kind: str = ""
    role: str | None = None
    country: str | None = None
    first: bool = False  # an acronym in brackets spelling the name before it: beats the tables
    generic: bool = False  # a word for a kind ("an export control list"), not a name


# --- what a span is -------------------------------------------------------------------------


def leading_title(name: str) -> str:
    """The title words at the start of a name with the space after them ("Premier " of
    "Premier Li"), or ""."""
    words = name.split(" ")
    n = 0
    while n < len(words) - 1 and words[n] in name_cues.cues().title_words:
        n += 1
    return " ".join(words[:n]) + " " if n else ""


def not_a_name(word: str) -> bool:
    """Whether a capitalised word never starts a person's name ("The", "Chinese", "May")."""
    return word in name_cues.cues().not_person


def _person_shaped(tokens: tuple[str, ...]) -> bool:
    """Two to four words, each capitalised or an initial, none a title or a function word;
    a letter may carry an accent ("Nicolás") and a surname a capital after "Mc", "Mac" or
    "O'" ("McCaul", "O'Neil"; since round 32, ent32)."""
    cues = name_cues.cues()
    names = [t for t in tokens if t not in cues.connectors]
    if not 1 <= len(names) <= 4 or any(t in cues.not_person for t in names):
        return False
    word = r"(?:Mc|Mac|O['’])?[A-ZÀ-Ý][a-zß-ÿ’'-]+(?:-[A-Z]?[a-zß-ÿ]+)?"
    return all(re.fullmatch(rf"(?:[A-Z]\.){{1,3}}|{word}", t) for t in names)


def _by_form(span: Span) -> tuple[str, str, str, str | None] | None:
    """(label, kind, evidence, country) from a span's first or last words ("Ministry of",
    "Inc"); a nationality before them gives the country ("South Korean Ministry of Trade")."""
    cues = name_cues.cues()
    text = " ".join(span.tokens) + " "
    country = None
    nationality = cues.demonyms.match(text)
    if nationality:
        country = gz.demonyms().get(nationality.group().strip())
        text = text[nationality.end() :]
    lead = cues.leads.match(text)
    if lead and len(text.split()) > 2:
        label, kind = cues.lead_types[lead.group().strip()]
        return label, kind, f"starts with '{lead.group().strip()}' (name_cues.yaml leads)", country
    last = span.tokens[-1]
    if len(span.tokens) > 1 and last in cues.heads:
        label, kind = cues.heads[last]
        return label, kind, f"ends in '{last}' (name_cues.yaml heads)", country
    return None


def _person_cue(text: str, span: Span, sent: Sentence) -> tuple[str | None, str] | None:
    """(role, evidence) when the words around a person-shaped span make it a person."""
    cues = name_cues.cues()
    start, end = span.start, span.end
    role = role_before(text, start, sent) or appositive_role(text, start, sent)
    if role:
        return role, f"title before the name ('{role}')"
    before = text[max(sent.start, start - 40) : start]
    if cues.honorific.search(before):
        return None, "honorific before the name"
    if cues.byline.match(text[sent.start : start]):
        return None, "byline ('By ...')"
    after_role = appositive_after(text, end)
    if after_role:
        return after_role, f"role after the name ('{after_role}')"
    copula = re.match(
        r"\s(?:is|was)\s(?:a|an|the)\s((?:[\w-]+\s){0,3}[\w-]+)\b", text[end : end + 80]
    )
    titles = list(cues.titles.finditer(copula.group(1))) if copula else []
    if copula and titles:  # "X is a freelance writer"
        role = copula.group(1)[: titles[-1].end()]
        return role, f"role after the name ('is a {role}')"
    if cues.speech_after.match(text[end : end + 30]):
        return None, "speech verb after the name"
    if (
        len(span.tokens) > 1
        and cues.speech_before.search(text[max(sent.start, start - 15) : start])
        and not cues.titles.match(text[end + 1 : end + 30])
    ):
        return None, "speech verb before the name ('said X')"
    aside = re.match(r",\s[^,;]{3,90},", text[end : end + 100])
    if aside and cues.speech_after.match(text[end + aside.end() : end + aside.end() + 30]):
        return None, "speech verb after the name and an aside"
    if cues.according_to.search(before) and len(span.tokens) > 1:
        return None, "'according to' before the name"
    return None


def _org_cue(text: str, span: Span, sent: Sentence) -> str | None:
    """Evidence that a span names an organisation from the words around it."""
    cues = name_cues.cues()
    before = text[max(sent.start, span.start - 60) : span.start]
    if cues.affiliation.search(before):
        return "affiliation before the name ('... at X')"
    if cues.descriptor.match(text[span.end : span.end + 60]):
        return "described after the name ('X, a company')"
    if cues.descriptor_before.search(text[max(sent.start, span.start - 30) : span.start]):
        return "described before the name ('chipmaker X')"
    if cues.org_before.search(text[max(sent.start, span.start - 30) : span.start]):
        return "organisation words before the name ('shares in X', 'X-based')"
    if cues.org_after.match(text[span.end : span.end + 30]):
        return "organisation words after the name ('a X spokesperson')"
    if cues.according_to.search(before) and not _person_shaped(span.tokens):
        return "source after 'according to'"
    return None


def _place_cue(text: str, span: Span, sent: Sentence) -> Guess | None:
    """An ISO 3166-2 subdivision named where a place is expected ('in Busan', 'Hunan
    province'), any name before a place word ('the Bayan Obo mine'), or None."""
    cues = name_cues.cues()
    name = _canonical(text, span)
    if name in cues.not_person:
        return None
    place = gz.subdivisions().get(name)
    word = cues.place_after.match(text[span.end : span.end + 15])
    if place is None and word:
        evidence = f"place word after the name ('{word.group().strip()}')"
        return Guess(span.start, span.end, gz.PLACE, name, evidence, kind=word.group().strip())
    if place is None:
        return None
    before = text[max(sent.start, span.start - 12) : span.start]
    if cues.place_before.search(before) or word:
        country, kind = place
        evidence = f"ISO 3166-2 {kind} of {country}, where a place is expected"
        return Guess(span.start, span.end, gz.PLACE, name, evidence, kind=kind, country=country)
    return None


_MODEL = re.compile(r"[A-Z]{1,5}-?\d{1,5}[A-Za-z]{0,3}")  # "H20", "MI308", "F-35"


def _product_cue(text: str, span: Span) -> Guess | None:
    """A model code, or a name with its acronym, before a product noun ("H20 chips", "H20
    AI accelerators", "Deep Ultraviolet (DUV) lithography"; not "Acme Aero aircraft", a
    maker), or None."""
    cues = name_cues.cues()
    first, rest = span.tokens[0], span.tokens[1:]
    model = _MODEL.fullmatch(first) and all(t in cues.not_acronyms for t in rest)
    noun = cues.product_after.match(text[span.end : span.end + 40])
    if noun is None or not (model or (rest and "(" in noun.group())):
        return None
    end = span.start + len(first) if model else span.end
    evidence = f"product noun after the name ('{noun.group().split()[-1]}')"
    return Guess(span.start, end, gz.COMMODITY, text[span.start : end], evidence, kind="product")


_ACRONYM_THEN_WORD = re.compile(r"\s\([\"“]?[A-Z]{2,6}[\"”]?\)\s([A-Za-z]+)\b")


def _head_after_acronym(text: str, span: Span) -> Guess | None:
    """A name whose head word (`heads`) follows its acronym in brackets ("Validated End-User
    (VEU) Program", 'Military End-User ("MEU") List'; an instrument's head also in lower
    case: "Foreign Direct Product (FDP) rules"): the name runs through the head, or None."""
    after = _ACRONYM_THEN_WORD.match(text, span.end)
    if after is None or len(span.tokens) < 2:
        return None
    heads, word = name_cues.cues().heads, after.group(1)
    typed = heads.get(word)
    if typed is None and heads.get(word.capitalize(), ("",))[0] == gz.INSTRUMENT:
        typed = heads[word.capitalize()]
    if typed is None:
        return None
    label, kind = typed
    evidence = f"ends in '{word}' after its acronym (name_cues.yaml heads)"
    canonical = re.sub(r"\s+", " ", text[span.start : after.end()])
    return Guess(span.start, after.end(), label, canonical, evidence, kind=kind)


def _titled_instrument(text: str, span: Span, known: list[Known]) -> Guess | None:
    """A title that starts with a generic instrument word ("Export Control of Dual-Use
    Items"): the name of an instrument, or None."""
    if len(span.tokens) < 3 or not any(
        k.generic and k.label == gz.INSTRUMENT and k.start == span.start for k in known
    ):
        return None
    evidence = f"title starting with '{text[span.start : span.start + 30].split(' of ')[0]}'"
    return Guess(span.start, span.end, gz.INSTRUMENT, _canonical(text, span), evidence)


def _canonical(text: str, span: Span) -> str:
    return re.sub(r"\s+", " ", text[span.start : span.end])


def _nationality_only(span: Span) -> bool:
    """'Chinese', 'Chinese-owned', 'US': a nationality word, not a name."""
    demonyms = gz.demonyms()
    words = [t for t in span.tokens if t not in name_cues.cues().connectors]
    return (
        all(w in demonyms or w.split("-")[0] in demonyms for w in words)
        or " ".join(words) in demonyms
    )


def _typed(text: str, span: Span, sent: Sentence, known: list[Known]) -> Guess | None:
    """The type of one capitalised span from its form and its neighbours, or None."""
    if _nationality_only(span):
        return None
    form = _by_form(span)
    canonical = _canonical(text, span)
    if form:
        label, kind, evidence, country = form
        return Guess(span.start, span.end, label, canonical, evidence, kind=kind, country=country)
    cued = (
        _head_after_acronym(text, span)
        or _titled_instrument(text, span, known)
        or _place_cue(text, span, sent)
        or _product_cue(text, span)
    )
    if cued:
        return cued
    org = _org_cue(text, span, sent)
    if org:
        return Guess(span.start, span.end, gz.ORG, canonical, org, kind="organisation")
    return _typed_person(text, span, sent)


def _credited(text: str, span: Span, sent: Sentence) -> Guess | None:
    """An organisation after `org_before` words ("Source: X") in a title-case line, or None."""
    if not name_cues.cues().org_before.search(text[max(sent.start, span.start - 30) : span.start]):
        return None
    evidence = "organisation words before the name ('Source: X')"
    return Guess(span.start, span.end, gz.ORG, _canonical(text, span), evidence)


def _typed_person(text: str, span: Span, sent: Sentence) -> Guess | None:
    """A person-shaped span that the words around it make a person, or None."""
    if not _person_shaped(span.tokens):
        return None
    cue = _person_cue(text, span, sent)
    if cue is None:
        return None
    role, evidence = cue
    canonical = _canonical(text, span)
    if len(span.tokens) == 1 and not role and "honorific" not in evidence:
        # one word that speaks is as often a company ("Naura said") as a surname
        return Guess(span.start, span.end, gz.ORG, canonical, f"{evidence}, one word", LOW)
    return Guess(span.start, span.end, gz.PERSON, canonical, evidence, role=role)


_MONTH_NAMES = frozenset(MONTHS)
# The most words of a title-case heading glued before a colon to its paragraph's first
# sentence, as `text.sentences` allows a heading line (docs/article.md, step 6).
GLUED_HEADING_WORDS = 12


def _fallback(text: str, span: Span, sent: Sentence) -> Guess | None:
    """A capitalised name no cue explains: kept with a low-confidence type, or None."""
    cues = name_cues.cues()
    words = [t for t in span.tokens if t not in cues.connectors and not t.isdigit()]
    # one word ("Footnote 1") or a phrase of more than five ("Media Inquiry on ...") is not
    # a name no cue explains
    if sent.heading or not 2 <= len(words) <= 5 or text[span.end : span.end + 1] == ":":
        return None
    if words[0] in gz.demonyms():  # "Chinese Tech Giants": a phrase (names have heads)
        return None
    if _event(words):  # an event or a period: none of the five types
        return None
    if words[-1].lower() in cues.product_nouns:  # "H20 GPUs", "AI GPUs": a product or a kind
        return _product_before_noun(text, span, sent)
    pairs = zip(span.tokens, span.tokens[1:], strict=False)
    if any(a in ("on", "for") and b.endswith("ing") for a, b in pairs):
        return None  # "Inquiry on Strengthening ...": the title of a text, not a name
    if all(t in cues.not_person or t in cues.not_acronyms for t in words):
        return None
    canonical = _canonical(text, span)
    numbers = [i for i, t in enumerate(span.tokens) if t.isdigit()]
    if any(i + 1 < len(span.tokens) and span.tokens[i + 1] in cues.connectors for i in numbers):
        return None  # "Category 3 of ECCNs": a reference, not a name
    if numbers and any(t.lower() in _MONTH_NAMES for t in span.tokens):
        return None  # "Starting August 1", "Effective April 4": a date, not a model
    if numbers or any(_model_code(t) for t in span.tokens):  # "Mate 60 Pro", "HGX B200"
        evidence = "capitalised name with a number, no cue"
        return Guess(span.start, span.end, gz.COMMODITY, canonical, evidence, LOW, "product")
    return Guess(span.start, span.end, gz.ORG, canonical, "capitalised name, no cue", LOW)


_ROMAN = re.compile(r"[IVX]{1,4}")


def _event(words: list[str]) -> bool:
    """An event or a period by its last word, past a numeral ("Cold War", "World War II")."""
    heads = name_cues.cues().event_heads
    if len(words) > 1 and _ROMAN.fullmatch(words[-1]):
        return words[-2] in heads
    return words[-1] in heads


def _model_code(token: str) -> bool:
    """'H20', 'B200', 'A800': a model code, not an acronym such as 'Q3' (`not_acronyms`)."""
    return bool(_MODEL.fullmatch(token)) and token not in name_cues.cues().not_acronyms


def _product_before_noun(text: str, span: Span, sent: Sentence) -> Guess | None:
    """A capitalised run ending in a product noun (`product_nouns`: "H20 GPUs", "A800 AI GPUs",
    "Ascend GPU"): the product is the words before the noun, without acronyms and
    nationalities that end them ("AI"); None when nothing else is left ("AI GPUs": a kind)."""
    cues = name_cues.cues()
    tokens = list(span.tokens[:-1])
    while tokens and (tokens[-1] in cues.not_acronyms or tokens[-1] in cues.connectors):
        tokens.pop()
    if not tokens or all(t in cues.not_acronyms or t in gz.demonyms() for t in tokens):
        return None
    model = next((i for i, t in enumerate(tokens) if _model_code(t)), None)
    if model is None and len(tokens) == 1 and span.start == sent.start:
        return None  # "Homegrown AI GPUs ...": a sentence's first word, not a name
    first = span.start if model is None else text.index(tokens[model], span.start)
    end = text.index(tokens[-1], first) + len(tokens[-1])
    evidence = f"capitalised name before a product noun ('{span.tokens[-1]}')"
    canonical = re.sub(r"\s+", " ", text[first:end])
    return Guess(first, end, gz.COMMODITY, canonical, evidence, LOW, "product")


# --- names found by other shapes ------------------------------------------------------------


def _numbered(text: str) -> list[Guess]:
    """'Section 301', 'List 4A', 'Announcement No. 33 of 2024'."""
    return [
        Guess(
            m.start(), m.end(), gz.INSTRUMENT, m.group(), "numbered instrument", kind="instrument"
        )
        for m in name_cues.cues().numbered.finditer(text)
    ]


def _quoted_titles(text: str) -> list[Guess]:
    """A quoted title before a document noun: the "Phase One" agreement."""
    out = []
    for m in name_cues.cues().quoted.finditer(text):
        noun = text[m.end(1) + 1 : m.end()].strip()
        out.append(
            Guess(
                m.start(1),
                m.end(1),
                gz.INSTRUMENT,
                m.group(1),
                f"quoted title before '{noun}'",
                kind=noun,
            )
        )
    return out


def _instrument_nouns(text: str, known: list[Known]) -> list[Guess]:
    """A generic instrument word with a document noun: 'an export control law'."""
    out = []
    for k in known:
        if k.label != gz.INSTRUMENT or not k.generic:
            continue
        m = name_cues.cues().instrument_noun.match(text, k.end)
        if m:
            phrase = text[k.start : m.end()]
            evidence = f"'{text[k.start : k.end]}' followed by '{m.group(1)}'"
            # in lower case, a kind of document as its words are ("sanctions list", "tariff
            # regime"), not one document's title (round 39, ent39)
            guess = Guess(k.start, m.end(), gz.INSTRUMENT, phrase, evidence, kind=m.group(1))
            out.append(replace(guess, generic=phrase == phrase.lower()))
    return out


# The credit in brackets may name two outlets ("(BSS/AFP)"), and the dash after it may touch
# the text ("BEIJING (Reuters) -China's ..."); without a credit the dash takes a space.
_DATELINE = re.compile(
    r"^([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2})(?:,\s[^()\n]{2,40}?|,)?"
    r"\s*(?:\(([A-Z][\w .&/-]{1,30})\)\s*(?:--|[-–—|:])\s?|(?:--|[-–—|:])\s|[–—](?=[A-Z][a-z]))"
)  # "WASHINGTON, (Reuters) -" and "BEIJING—President" too (since round 32, ent32)


def _datelines(text: str, known_places: dict[str, gz.Term]) -> list[Guess]:
    """'BEIJING (Reuters) -' at the start of a paragraph: a place and, in brackets, an outlet."""
    out = []
    for para in re.finditer(r"^[^\n]+", text, re.M):
        m = _DATELINE.match(para.group())
        if not m or len(m.group(1)) < 3 or m.group(1) in name_cues.cues().not_acronyms:
            continue
        at = para.start()
        city = m.group(1)
        term = known_places.get(city.title()) or known_places.get(city.lower())
        if term is None and m.group().endswith(("–", "—")):
            continue  # a dash touching the text after a place the tables do not know
        canonical = term.canonical if term else city.title()
        out.append(
            Guess(
                at + m.start(1),
                at + m.end(1),
                gz.PLACE,
                canonical,
                "dateline in capitals" + (f" ({term.source})" if term else ""),
                kind=term.kind if term else "city",
                country=term.country if term else None,
            )
        )
        for outlet in re.finditer(r"[^/]+", m.group(2) or ""):
            out.append(
                Guess(
                    at + m.start(2) + outlet.start(),
                    at + m.start(2) + outlet.end(),
                    gz.ORG,
                    outlet.group(),
                    "outlet credited in the dateline",
                    kind="outlet",
                )
            )
    return out


# --- lists ----------------------------------------------------------------------------------


_ITEM_SEP = re.compile(r"^(?:[,;]\s(?:and\s|or\s)?|\s(?:and|or|&)\s)")  # ";" too (round 36)


def _list_items(text: str, at: int, sents: list[Sentence], known: list[Known]) -> list[Span]:
    """The capitalised items of a list starting at `at` ('A, B and C'), in order."""
    i = sentence_at(sents, at)
    if i < 0:
        return []
    sent = sents[i]
    found = {s.start: s for s in spans(text, sent)}
    starts = {k.start: k for k in known}
    items: list[Span] = []
    pos = at
    while pos < sent.end:
        span = found.get(pos)
        k = starts.get(pos)
        end = max(span.end if span else -1, k.end if k else -1)
        if end < 0:
            break
        items.append(span or Span(k.start, k.end, (text[k.start : k.end],)))  # type: ignore[union-attr]
        sep = _ITEM_SEP.match(text[end : end + 6])
        if not sep:
            break
        pos = end + sep.end()
    return items


def _lists(text: str, sents: list[Sentence], known: list[Known]) -> list[Guess]:
    """Names in a list typed by its head noun ('suppliers such as A, B and C') or, when it
    has none, by the names already known in it (a list of countries)."""
    cues = name_cues.cues()
    out = []
    for m in cues.lists.finditer(text):
        label = cues.list_types[m.group(1).lower()]
        for raw in _list_items(text, m.end(), sents, known):
            for item in pieces(raw, text, known):
                if _nationality_only(item):
                    continue
                evidence = f"in a list after '{text[m.start() : m.end()].strip()}'"
                out.append(Guess(item.start, item.end, label, _canonical(text, item), evidence))
    for m in cues.list_nouns.finditer(text):  # "equipment makers Naura, Piotech and SiCarrier"
        items = [
            p for raw in _list_items(text, m.end(), sents, known) for p in pieces(raw, text, known)
        ]
        if len(items) >= 2:
            label = cues.list_types[m.group(1).lower()]
            for item in items:
                evidence = f"in a list after '{m.group(1)}'"
                out.append(Guess(item.start, item.end, label, _canonical(text, item), evidence))
    for sent in sents:
        for m in re.finditer(r"(?::\s|^)", text[sent.start : sent.end]):
            items = _list_items(text, sent.start + m.end(), sents, known)
            if len(items) < 4:
                continue
            labels = [
                k.label for it in items for k in known if (k.start, k.end) == (it.start, it.end)
            ]
            if not labels or len(set(labels)) != 1 or len(labels) < len(items) * 2 / 3:
                continue
            for item in items:
                if not any((k.start, k.end) == (item.start, item.end) for k in known):
                    out.append(
                        Guess(
                            item.start,
                            item.end,
                            labels[0],
                            _canonical(text, item),
                            f"in a list of {len(labels)} {labels[0]} names",
                            country=gz.country_code(_canonical(text, item)),
                            kind="country" if gz.country_code(_canonical(text, item)) else "",
                        )
                    )
    return out


# --- putting it together --------------------------------------------------------------------


def find(text: str, sents: list[Sentence], known: list[Known]) -> list[Guess]:
    """Every name that a cue explains, and capitalised names kept with a low-confidence type.

    Guesses may overlap each other and the known names; the caller keeps the longest.
    """
    places = {t.canonical: t for t in gz.other_places()} | {t.canonical: t for t in gz.countries()}
    out = _datelines(text, places) + _numbered(text) + _quoted_titles(text)
    out += _instrument_nouns(text, known)
    listed = _lists(text, sents, known)
    out += listed
    taken = [*known, *(Known(g.start, g.end, g.label) for g in out)]
    for sent in sents:
        title_case = _title_case(sent.text)
        glued = _glued_heading(sent)
        for raw in spans(text, sent):
            named_after_place = None if title_case else _place_and_head(raw, text, known)
            if named_after_place:
                out.append(named_after_place)
                continue
            body = None if title_case else _body_before_title(raw, text, known)
            out += [body] if body else []
            for span in pieces(raw, text, known):
                if any(g.start <= span.start and span.end <= g.end for g in taken):
                    continue
                if title_case or span.start < glued:  # capitals say nothing: only a person's
                    # or a credit's cues
                    guess = _typed_person(text, span, sent) or _credited(text, span, sent)
                else:
                    guess = _typed(text, span, sent, known) or _fallback(text, span, sent)
                if guess:
                    out.append(_of_place(text, guess, known))
    return _agreed(out)


def _of_place(text: str, guess: Guess, known: list[Known]) -> Guess:
    """An organisation's name going on with "of" and a known place ("Cyberspace
    Administration of China"): the place is part of the name and gives its country."""
    of = re.match(r"\sof\s(?:the\s)?", text[guess.end : guess.end + 9])
    place = of and next(
        (k for k in known if k.label == gz.PLACE and k.start == guess.end + of.end()), None
    )
    if guess.label != gz.ORG or guess.kind != "government body" or not place:
        return guess
    name = _canonical(text, Span(guess.start, place.end, ()))
    evidence = f"{guess.evidence}, with the place after 'of'"
    return replace(guess, end=place.end, canonical=name, evidence=evidence, country=place.country)


def _place_and_head(raw: Span, text: str, known: list[Known]) -> Guess | None:
    """A place name starting an organisation's name ("Taipei Times", "China Daily") or a
    place's ("Xinjiang Uighur Autonomous Region": round 39, ent39), by its head word."""
    span = clean(text, raw.start, raw.end)
    inside = [k for k in known if k.start < (span.end if span else 0) and span.start < k.end]  # type: ignore[union-attr]
    if span is None or len(span.tokens) < 2 or not inside:
        return None
    head = name_cues.cues().heads.get(span.tokens[-1])
    first = min(inside, key=lambda k: k.start)
    if head is None or head[0] not in (gz.ORG, gz.PLACE) or first.start != span.start:
        return None
    if first.label != gz.PLACE:
        return None
    # a goods word inside is part of the name ("China Electronics Technology Group
    # Corporation"; round 39, ent39), as in `pieces`
    if any(
        k.end > span.end or (k.label != gz.PLACE and not absorbed(k, span, text)) for k in inside
    ):
        return None
    evidence = f"a place name, then '{span.tokens[-1]}' (name_cues.yaml heads)"
    name = _canonical(text, span)
    return Guess(span.start, span.end, head[0], name, evidence, kind=head[1], country=first.country)


def _body_before_title(raw: Span, text: str, known: list[Known]) -> Guess | None:
    """A body's name opening the title before a person's name, by its form ("House Foreign
    Affairs Committee" of "House Foreign Affairs Committee Chairman Michael McCaul"; since
    round 32, ent32), when the tables know none of it but its places."""
    words = list(re.finditer(r"[^\s,;:]+", text[raw.start : raw.end]))
    at = next((i for i, w in enumerate(words) if w.group() in name_cues.cues().title_words), 0)
    if at < 2 or at + 1 >= len(words):
        return None
    body = clean(text, raw.start + words[0].start(), raw.start + words[at - 1].end())
    if body is None or any(
        k.label != gz.PLACE and k.start < body.end and body.start < k.end for k in known
    ):
        return None
    form = _by_form(body)
    if form is None or form[0] != gz.ORG or name_cues.cues().portfolio.match(text, body.end):
        return None  # "US Treasury Secretary Scott Bessent": a portfolio, not a body named
    _, kind, evidence, country = form
    name = _canonical(text, body)
    return Guess(
        body.start,
        body.end,
        gz.ORG,
        name,
        f"{evidence}, before a title",
        kind=kind,
        country=country,
    )


def _agreed(guesses: list[Guess]) -> list[Guess]:
    """A name kept with a low-confidence type takes the type a cue gives it elsewhere."""
    cued = {g.canonical: g for g in guesses if g.confidence == HIGH}
    out = []
    for g in guesses:
        other = cued.get(g.canonical)
        if g.confidence == LOW and other:
            evidence = f"{other.evidence}, at another mention"
            g = Guess(g.start, g.end, other.label, g.canonical, evidence, HIGH, other.kind)
        out.append(g)
    return out


def _title_case(line: str) -> bool:
    """A heading in title case ("China Tightens Export Controls on Key Rare Earth Elements"),
    where capitals say nothing: most words capitalised, and no full stop at the end."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and caps >= 0.6 * len(words) and not line.endswith(".")


_GLUED_TITLE = re.compile(r"([^:.!?()\[\]]+):\s")  # "Latest Curbs on Chip Exports: On May 3, ..."
_GLUED_CAPITALS = re.compile(r"(?:[A-Z][A-Z'’-]+\s+){3,}(?=[A-Z][a-z])")  # "TARIFF CUT ON X The"


def _glued_heading(sent: Sentence) -> int:
    """Where a heading glued to the start of its sentence ends (the sentence's start when it
    has none): a title-case run of at most `GLUED_HEADING_WORDS` words before a colon, or a
    run of three or more words in capitals before a capitalised word opening the text."""
    title = _GLUED_TITLE.match(sent.text)
    if title and len(title.group(1).split()) <= GLUED_HEADING_WORDS and _title_case(title.group(1)):
        return sent.start + title.end(1)
    capitals = _GLUED_CAPITALS.match(sent.text)
    return sent.start + capitals.end() if capitals else sent.start
