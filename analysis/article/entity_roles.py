"""People's roles: the era an article's stated offices put it in (`era_window`), role mentions
('the Secretary of Commerce') and organisations headed ('her department') read as people and
bodies named in the text, and each official's office on the article's date (`with_offices`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity, Window, _Candidate
from analysis.article.text import word_list

_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.)"
_NAME = rf"{_NAME_TOKEN}(?:\s(?:van|von|der|de|la|le|bin|al-)?\s?{_NAME_TOKEN}){{1,2}}"
_NAME_RE = re.compile(rf"(?<![\w])({_NAME})(?![\w])")


_COUNTRY_WORDS = {k.lower(): v for k, v in gz.demonyms().items()}


def role_keys(role: str) -> tuple[frozenset[str], str | None]:
    """A role's significant words and the country it names: ({'commerce','secretary'}, 'USA')."""
    country = None
    keys = set()
    for raw in re.findall(r"[\w.'’]+", role):
        word = raw.lower().rstrip(".")
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if word in _COUNTRY_WORDS or raw in gz.demonyms():
            country = _COUNTRY_WORDS.get(word) or gz.demonyms().get(raw)
            continue
        if word in word_list("role_stop_words") or word in ("u.s", "us"):
            if word in ("u.s", "us"):
                country = "USA"
            continue
        keys.add(word)
    return frozenset(keys), country


def _office_matches(office: gz.Office, keys: frozenset[str], country: str | None) -> bool:
    return office.keywords <= keys and (country is None or country == office.country)


def era_window(entities: list[Entity]) -> tuple[Window | None, list[str]]:
    """The dates an article must fall within, from the offices its people are said to hold.

    "US Commerce Secretary Gina Raimondo" puts the article inside her term (2021-03-03 to
    2025-01-20). Roles said to be former, and people without dated offices, add nothing.
    Returns the intersection of the windows and the reasons, or (None, reasons).
    """
    window: Window | None = None
    reasons: list[str] = []
    for e in entities:
        if e.label != gz.PERSON or not e.role or re.search(r"\bformer\b", e.role, re.I):
            continue
        person = gz.person(e.canonical)
        if person is None:
            continue
        keys, country = role_keys(e.role)
        terms = [o for o in person.offices if _office_matches(o, keys, country)]
        if len(terms) != 1 or terms[0].start is None:
            continue  # unknown, held twice (Trump), or no sourced start: no single window
        office = terms[0]
        assert office.start is not None
        end = office.end or dt.date.max
        reason = (
            f"'{e.role} {e.canonical}': {e.canonical} was {office.title} from "
            f"{office.start.isoformat()} to {office.end.isoformat() if office.end else 'now'}"
        )
        if reason in reasons:
            continue
        reasons.append(reason)
        window = (
            (office.start, end)
            if window is None
            else (
                max(window[0], office.start),
                min(window[1], end),
            )
        )
    if window and window[0] > window[1]:
        return None, [*reasons, "these offices do not overlap: no common window"]
    return window, reasons


_ROLE_MENTION = re.compile(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is)\s+((?:former\s+)?(?:(?:US|U\.S\.|American|Chinese|China's)\s+)?"
    r"(?:(?:[Cc]ommerce|[Tt]reasury|[Ff]oreign|[Tt]rade)\s+)?"
    r"(?:[Ss]ecretary|[Mm]inister|[Pp]resident|[Pp]remier|[Gg]overnor|[Rr]epresentative)"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][a-z]+){1,2})?)\b"
)


def _role_mentions(
    text: str, named: list[Entity], window: Window | None, taken: list[_Candidate]
) -> list[_Candidate]:
    """'the Secretary of Commerce', 'the American president' -> a person named in the text."""
    out = []
    people = {e.canonical for e in named if e.label == gz.PERSON}
    stated = {(e.canonical, *role_keys(e.role)) for e in named if e.label == gz.PERSON and e.role}
    places = [c for c in taken if c.label == gz.PLACE]
    for m in _ROLE_MENTION.finditer(text):
        start, end = m.span(1)
        if any(c.start <= start and end <= c.end and c.label == gz.PERSON for c in taken):
            continue
        if _NAME_RE.match(text, end + 1) and text[end : end + 1] == " ":
            continue  # a title before a name: the name carries the role
        keys, country = role_keys(m.group(1))
        # the title alone: a country before it or a place after 'of' stays its own entity
        for p in places:
            if p.start == start or (p.start == start + len("former ") and p.start < end):
                start = p.end + 1
            elif start < p.start < end:
                end = min(end, text.rfind(" of", start, p.start))
        former = m.group(1).lower().startswith("former")
        matches = {name for name, k, c in stated if k == keys and (country in (None, c))}
        how = "stated role"
        if not matches:
            how = "office held"
            for name in people:
                person = gz.person(name)
                for office in person.offices if person else ():
                    if not _office_matches(office, keys, country) or window is None:
                        continue
                    ended = office.end is not None and office.end < window[0]
                    held = office.start is not None and office.start <= window[1] and not ended
                    if (former and ended) or (not former and held):
                        matches.add(name)
        if len(matches) == 1:
            (name,) = matches
            note = f"role mention: refers to {name}, named in the text ({how} matches)"
            out.append(
                _Candidate(
                    start,
                    end,
                    gz.PERSON,
                    name,
                    2,
                    country=country,
                    role=m.group(1),
                    note=note,
                    evidence=f"role mention ({how})",
                )
            )
    return out


_HEADED_BY = re.compile(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is)\s+(?:department|secretariat|ministry|agency)\b"
)


def _org_for(person: Entity, window: Window | None) -> str | None:
    if person.role:
        keys, country = role_keys(person.role)
        for org_keys, org_country, org in gz.role_orgs():
            if org_keys <= keys and country in (None, org_country):
                return org
    info = gz.person(person.canonical)
    for office in info.offices if info else ():
        started = office.start is not None and window and office.start <= window[1]
        if started and window and (office.end is None or office.end >= window[0]):
            for org_keys, org_country, org in gz.role_orgs():
                if org_keys <= office.keywords and office.country == org_country:
                    return org
    return None


def _headed_orgs(text: str, people: list[Entity], window: Window | None) -> list[_Candidate]:
    """'the department headed by X', 'her secretariat' -> the organisation X heads."""
    out = []
    for m in _HEADED_BY.finditer(text):
        after = re.match(r"\s+(?:headed|led|run)\s+by\s+", text[m.end() : m.end() + 20])
        if after:
            later = [p for p in people if p.start >= m.end() + after.end() - 1]
            head = min(later, key=lambda p: p.start, default=None)
            if head is None or head.start != m.end() + after.end():
                continue
        else:
            pronoun = m.group().split()[0].lower()
            if pronoun == "the":
                continue
            gender = "f" if pronoun == "her" else "m"
            earlier = [
                p
                for p in people
                if p.end <= m.start()
                and ((info := gz.person(p.canonical)) is None or info.gender in ("", gender))
            ]
            head = max(earlier, key=lambda p: p.start, default=None)
        if head is None:
            continue
        roles = [p for p in people if p.canonical == head.canonical and p.role]
        source = roles[0] if roles else head
        org = _org_for(source, window)
        if org:
            how = source.role or "office held"
            note = f"refers to the organisation headed by {head.canonical} ({how})"
            country = next((t.country for t in gz.organisations() if t.canonical == org), None)
            evidence = f"organisation headed by {head.canonical} (roles.yaml)"
            out.append(
                _Candidate(
                    m.start(),
                    m.end(),
                    gz.ORG,
                    org,
                    2,
                    country=country,
                    note=note,
                    evidence=evidence,
                )
            )
    return out


def with_offices(ents: list[Entity], first: dt.date | None, last: dt.date | None) -> list[Entity]:
    """Each known official with the office the officials table says they held from `first`
    to `last` (the article's day, or the days it must lie in)."""
    if first is None or last is None:
        return ents
    out = []
    for e in ents:
        person = gz.person(e.canonical) if e.label == gz.PERSON else None
        held = [
            o.title
            for o in (person.offices if person else ())
            if o.start is not None and o.start <= first and (o.end is None or last <= o.end)
        ]
        out.append(replace(e, office="; ".join(held)) if held else e)
    return out
