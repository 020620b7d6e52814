"""A claim's types and topics: what kind of statement a clause makes, and what subject
(hence what data) it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from analysis.article import gazetteer as gz
from analysis.article.claim_words import patterns
from analysis.article.date_refs import DateRef
from analysis.article.entity_refs import Entity
from analysis.article.name_cues import cues
from analysis.article.text import Sentence
from analysis.data import lexicon

QUANTITY_SHARE = "quantity_share"
COUNT = "count"
POLICY_ACTION = "policy_action"
EVENT_DATE = "event_date"
ATTRIBUTION = "attribution"
CAUSAL = "causal"
OFFICE = "office"
USE = "use"  # what a good is used for: a fact no table holds
TYPES = (QUANTITY_SHARE, POLICY_ACTION, COUNT, EVENT_DATE, ATTRIBUTION, CAUSAL, OFFICE, USE)

TOPICS = (
    "critical-mineral supply share",
    "market share",
    "prices",
    "trade flows",
    "export controls",
    "tariffs",
    "investment restrictions",
    "sanctions",
    "industrial policy",
    "official visits and meetings",
    "other",
)


def topic(types: list[str], text: str, ents: list[Entity]) -> str:
    """The topic of a claim of `types`: what data would decide it (`TOPICS`)."""
    kinds = {e.kind for e in ents if e.label == gz.INSTRUMENT}
    commodity_kinds = {e.kind for e in ents if e.label == gz.COMMODITY}
    topics = patterns()["topics"]  # words of a topic (`topic_words`)
    if QUANTITY_SHARE in types:
        if topics["prices"].search(text):
            return "prices"
        if "mineral" in commodity_kinds:
            return "critical-mineral supply share"
        if topics["trade_flows"].search(text):
            return "trade flows"
        return "market share" if commodity_kinds else "other"
    if POLICY_ACTION in types or kinds:
        if kinds & {"investment restrictions"}:
            return "investment restrictions"
        if kinds & {"tariffs"}:
            return "tariffs"
        if kinds & {"sanctions"}:
            return "sanctions"
        if kinds & {"subsidies"} or topics["industrial_policy"].search(text):
            return "industrial policy"
        return "export controls"
    if topics["visits"].search(text):
        return "official visits and meetings"
    return "other"


# Words right before a title read for `title_not_held` words ("Trump pick for Commerce
# Secretary X": the title's walk stops at "pick"; docs/factcheck.md, "office held").
NOT_HELD_BEFORE = 2


def national_title(text: str) -> bool:
    """An appositive with no article that opens with a country's adjective and a capitalised
    title ("Xie Feng, Chinese Ambassador to the United States, said ..."), or that is a
    capitalised title and nothing else, as captions and datelines write them (round 23,
    fco14: "Wang Wentao, Minister of China's Ministry of Commerce.", "Liu He, Vice Premier of
    the State Council", "Wilbur Ross, U.S. Secretary of Commerce, announced": at most
    `TITLE_WORDS` words, each capitalised, a connector or a title modifier)."""
    words = text.split()
    small = cues().title_connectors | cues().title_modifiers
    if patterns()["title_not_held"].search(text):  # "Commerce Secretary-designate" (dt14c R4)
        return False
    return any(
        text.startswith(f"{word} ") and text[len(word) + 1 : len(word) + 2].isupper()
        for word in gz.demonyms()
    ) or (
        0 < len(words) <= TITLE_WORDS
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in small for w in words)
    )


def took_office(
    text: str, start: int, sent: Sentence, ents: list[Entity], dates: list[DateRef]
) -> Entity | None:
    """The known official a clause (`text` at `start`) says took office, with a date in it
    or after it in its sentence ("President Trump took office on January 20, 2025", "was
    sworn in as Commerce Secretary on ..."; `took_office` words): named in the clause,
    else in its sentence; not one named as who administered the oath ("sworn in by Vice
    President X": `office_agent`, round 32)."""
    took = patterns()["took_office"].search(text)
    if took is None or not any(start + took.start() <= d.start_char < sent.end for d in dates):
        return None
    agent = oath_agent(sent.text, sent.start, start + took.end(), ents)
    for lo, hi in ((start, start + len(text)), (sent.start, sent.end)):
        known = [
            e
            for e in ents
            if e.label == gz.PERSON
            and lo <= e.start < hi
            and (p := gz.person(e.canonical)) is not None
            and p.offices
            and not (agent and agent[0] <= e.start < agent[1])
        ]
        if known:
            return known[0]
    return None


def oath_agent(text: str, lo: int, at: int, ents: Sequence[Entity]) -> tuple[int, int] | None:
    """The span from `at` (the end of `took_office` words) to the end of the person named
    as who administered the oath ("sworn in by Vice President X": `office_agent` words and
    a title between), if any: they are not the one taking office (round 32). `text` starts
    at `lo` of the entities' offsets."""
    for e in sorted(ents, key=lambda x: x.start):
        if e.label == gz.PERSON and e.start >= at:
            between = text[at - lo : e.start - lo]
            return (at, e.end) if patterns()["office_agent"].match(between) else None
    return None


# How many words after a copula may name the office ("is the US Trade Representative"), so
# that "is also expected to meet ... Vice Premier X" or "was accompanied by ..." is no office.
OFFICE_WORDS = 6


def predicate_official(text: str, start: int, ents: list[Entity]) -> Entity | None:
    """A known official who is the subject of a copula whose predicate names an office the
    officials table lists for their country ("Jamieson Greer is the US Trade
    Representative", "X was the US ambassador to China in 2023", "X became Treasury
    Secretary in January 2025": `office_copula`, `office_became` words right after the
    name): the office held is the claim, whoever the table gives it to."""
    copula = patterns()["office_copula"]
    for e in ents:
        if e.label != gz.PERSON or not start <= e.start < start + len(text):
            continue
        person = gz.person(e.canonical)
        m = copula.match(text, e.end - start)
        if m is None or person is None or not person.offices:
            continue
        # up to the title of another person named in it: "X was accompanied by Vice Premier
        # Y" names Y's office, not X's (fixj14; review dt14d, items4)
        stop = [
            found[0]
            for x in ents
            if x.label == gz.PERSON
            and x.canonical != e.canonical
            and e.end <= x.start < start + len(text)
            if (found := own_title(text, _shift(x, start), m.end())) is not None
        ]
        rest = text[m.end() : min([len(text), *stop])]
        predicate = re.split(r"[,;:(]", rest)[0].lower().split()[:OFFICE_WORDS]
        words = set(re.findall(r"[a-z]+", " ".join(predicate)))
        if gz.offices_named(words, person.offices[0].country):
            return e
    return None


def _shift(e: Entity, start: int) -> Entity:
    return replace(e, start=e.start - start, end=e.end - start)


def office_holder(
    text: str, start: int, sent: Sentence, ents: list[Entity], dates: list[DateRef]
) -> Entity | None:
    """The known official a clause says took office (`took_office`) or held one (a
    predicate office, `predicate_official`)."""
    return took_office(text, start, sent, ents, dates) or predicate_official(text, start, ents)


def names_a_good(inside: list[Entity]) -> bool:
    """Whether a clause names a good itself, not only the rare-earth group it may be in."""
    return any(
        e.label == gz.COMMODITY and not re.search(r"rare[- ]earth", e.canonical, re.I)
        for e in inside
    )


# Up to this many words before a name may be its title ("U.S. Under Secretary of Commerce
# for Industry and Security" is eight).
TITLE_WORDS = 8
# What ends the stretch before a name a title can come from: a clause mark or a dash.
_MARK = re.compile(r"[,;:()\[\]\"“”\n—–]|\s-\s")
_FIRST_NAME_IN_BRACKETS = re.compile(r"\(([\w'’.-]+)\)\s*$")  # a given name before the name
# What ends the clause a title may open (`title_role`): a clause mark, a bracket, a quotation
# mark, a dash or the end of a sentence.
_CLAUSE_MARK = re.compile(r"[.!?,;:()\[\]\"“”\n—–]|\s-\s")
# Up to this many words right before a title may make it a speaker's ("said Commerce
# Secretary X", "according to Ambassador X": `attribution` words).
SPEAKER_WORDS_BEFORE = 2
# What may stand between a name and the verb of saying after it ("X, said", "X\" said").
_AFTER_NAME = " .,;:!?\"'”’)"
# A possessive right after a name ("President X's tariffs"), and a list or an appositive
# going on after it (a comma or "and" then a word), for `title_role`.
_POSSESSIVE = re.compile(r"[’']s\b")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b)\s*\S")
SPEAKER = "speaker"
SUBJECT = "subject"
LISTED = "listed"  # an item of a list of titled names, or an appositive
OWNER = "owner"  # a titled name before a possessive, the author of a thing


def title_role(text: str, title_at: int, name_end: int) -> str | None:
    """Whether the official named by the title at `title_at` and the name ending at
    `name_end` is the speaker of `text` (`SPEAKER`: "Commerce Secretary X said", "said
    Commerce Secretary X", `attribution` words right after the name or just before the
    title), else the subject of its clause (`SUBJECT`: the title opening it, after a clause
    mark, a bracket or a quotation mark: "Ambassador X declined to comment", '("Ambassador X
    declined")'), else `LISTED` for an item of a list or an appositive after a comma
    ("included Treasury Secretary X, Commerce Secretary Y and ...", "X's predecessor,
    Commerce Secretary Y, imposed ...": a claim, but not the clause's opening; fixj14),
    else `OWNER` before a possessive ("President X's tariffs remain": the author of a thing
    that may outlive the term), else None. Used both where a titled
    name is found as a claim (`titled_official`) and where its office is checked
    (`office_checks`), so the two agree (round 23's review rev14, item 3)."""
    speech = patterns()["attribution"]
    after = text[name_end:].lstrip(_AFTER_NAME)
    before = " ".join(text[:title_at].split()[-SPEAKER_WORDS_BEFORE:])
    if speech.match(after) or speech.search(before):
        return SPEAKER
    if _POSSESSIVE.match(text, name_end):  # "President X's tariffs remain": the thing's
        return OWNER
    opening = _CLAUSE_MARK.split(text[:title_at])
    if opening[-1].strip():
        return None
    # after a comma, a title and name followed by a comma or "and" are an item of a list or
    # an appositive ("included Treasury Secretary X, Commerce Secretary Y and ...", "X's
    # predecessor, Commerce Secretary Y, imposed ..."), not the opening of their clause
    # (fixj14; review dt14d, doubt 1)
    after_comma = text[:title_at].rstrip().endswith(",")
    return LISTED if after_comma and _LIST_GOES_ON.match(text, name_end) else SUBJECT


_LETTERS = re.compile(r"[a-z]+")
_NAME_WORD = re.compile(r"[\w'’-]+")


def _words(text: str) -> set[str]:
    return set(_LETTERS.findall(text.lower()))


def office_title_words(country: str | None = None) -> set[str]:
    """The words of an office's title: the keywords of every office in the officials table
    (of `country`'s offices only, when given), a country's other words for them
    (`title_synonyms` in roles.yaml: "prime minister"), title modifiers ("vice", "acting")
    and words of a former holder ("former", "ex": `name_cues.yaml`)."""
    keywords = {
        w
        for p in gz.people()
        for o in p.offices
        if country in (None, o.country)
        for w in o.keywords
    }
    synonyms = {
        w for s in lexicon.roles().title_synonyms if country in (None, s.country) for w in s.words
    }
    return keywords | synonyms | cues().title_modifiers | cues().former_words


def title_before(
    text: str, e: Entity, lo: int, ents: Sequence[Entity] = ()
) -> tuple[int, str] | None:
    """Where the title before a known official's name `e` starts, and its words: the run of
    capitalised words, connectors ("of", "to", "and" before a capitalised word), title
    modifiers ("former", "vice": `title_modifiers`) and words of their country's office
    titles right before the name (and inside it, for a name written with its title,
    "President Trump"), after the last clause mark since `lo` and after any other person
    of `ents` ("Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer")."""
    person = gz.person(e.canonical)
    if person is None or not person.offices:
        return None
    bracketed = _FIRST_NAME_IN_BRACKETS.search(text, lo, e.start)
    if bracketed and bracketed.group(1) in e.canonical.split():  # "President (Joe) Biden"
        e = replace(e, start=bracketed.start())
    country = person.offices[0].country
    c = cues()
    allowed = office_title_words(country) | c.title_connectors
    others = [
        x.end
        for x in ents
        if x.label == gz.PERSON and lo <= x.end <= e.start and x.canonical != e.canonical
    ]
    start = max([lo, *others, *(m.end() for m in _MARK.finditer(text, lo, e.start))])
    tokens = list(re.finditer(r"\S+", text[start : e.start]))[-TITLE_WORDS:]
    first = None
    for i in range(len(tokens) - 1, -1, -1):
        word, parts = tokens[i].group(), _words(tokens[i].group())
        capital_next = i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper()
        if word.lower() == "and" and not capital_next:
            break
        if not (word[0].isupper() or (parts and parts <= allowed)):
            break
        first = tokens[i]
    own = [w for w in re.findall(r"[\w'’.-]+", e.text) if w not in e.canonical.split()]
    at = start + first.start() if first else e.start
    while at < e.start and (m := re.match(r"(\S+)\s+", text[at:])):
        if m.group(1).lower() not in c.title_connectors:
            break
        at += m.end()
    title = f"{text[at : e.start]} {' '.join(own)}".strip()
    return (at, title) if _words(title) - c.title_connectors else None


def own_title(
    text: str, e: Entity, lo: int, ents: Sequence[Entity] = (), *, others: bool = False
) -> tuple[int, str] | None:
    """The title before a known official's name (`title_before`) when it names an office the
    officials table lists for them and says nothing of its not being held then
    ("President-elect", "then-president", "nominee": `title_not_held` words). With `others`,
    also a title naming only offices the table gives other people of their country ("Chinese
    premier Xi Jinping"): a wrong title, which the table refutes (round 32, fco32)."""
    found = title_before(text, e, lo, ents)
    person = gz.person(e.canonical)
    if found is None or person is None or patterns()["title_not_held"].search(found[1]):
        return None
    if found[1].startswith("-"):  # "then-President X" cut after "then" at a clause's start
        return None
    clause = re.split(r"[,.;:!?()\n—–]", text[lo : found[0]])[-1]
    before = " ".join(clause.split()[-NOT_HELD_BEFORE:])
    if patterns()["title_not_held"].search(before):  # "Trump pick for Commerce Secretary X"
        return None
    named = [
        (p, o)
        for p, o in gz.offices_named(_words(found[1]), person.offices[0].country)
        if ranked(found[1], o)
    ]
    if any(p.name == person.name for p, _ in named) or gz.offices_titled(person, _words(found[1])):
        return found
    if not others or patterns()["title_courtesy"].search(found[1]):
        return None
    return found if named and not any(p == person for p, _ in named) else None


def comma_title(
    text: str, e: Entity, lo: int, ents: Sequence[Entity] = ()
) -> tuple[int, str] | None:
    """The title before a known official's name set off by commas, the name an appositive
    closing at a clause mark ("met with China's ambassador to the United States, Xie Feng,
    where ...": round 25, fco16), read as `own_title` reads a title right before the name
    (the comma before the name counted as the name's start); else None."""
    before = text[lo : e.start].rstrip()
    if not before.endswith(",") or not re.match(r"\s*(?:[,.;:!?)\n]|$)", text[e.end :]):
        return None
    comma = lo + len(before) - 1
    return own_title(text, replace(e, start=comma), lo, ents)


def ranked(title: str, office: gz.Office) -> bool:
    """Whether a title's rank words ("deputy", "vice": `title_ranks`) are all the office's
    own, in its keywords or its name ("Deputy Secretary of State X" is not the Secretary of
    State; "Vice Premier X" is a vice premier; round 23 review dt14c, R3)."""
    ranks = {m.lower() for m in patterns()["title_ranks"].findall(title)}
    return ranks <= set(office.keywords) | _words(office.title)


def named(e: Entity) -> bool:
    """Whether a person's mention holds their name, not only a role ("the US commerce
    secretary" linked to the holder)."""
    return bool(set(_NAME_WORD.findall(e.text)) & set(e.canonical.split()))


def titled_official(text: str, start: int, ents: list[Entity]) -> Entity | None:
    """A known official named after the title of an office the officials table lists for
    them, in a clause that makes no other claim (the caller's condition) and is about them:
    the name ends the clause ("was greeted by US Ambassador to China Nicholas Burns"), or,
    since round 23 (fco14), they are its speaker ("Commerce Secretary X said in a
    statement", "said Commerce Secretary X", `attribution` words) or its subject, the title
    opening it, in a clause that names no goods and no measure ("Treasury Secretary X
    declined to comment"; "X criticised ... the new export curbs on metals" is about the
    curbs). The office held is the clause's claim. Not a titled name before a possessive
    (`OWNER`: "President X's government has stepped up efforts to ...", "one of President
    X's central planks was ..."): the clause is about the thing owned, not the office, and
    the title stays a claim of its own (round 36, fx36c). (A titled official inside a clause
    that makes another claim is a claim of its own: `office_titles`.)"""
    inside = [e for e in ents if start <= e.start < start + len(text)]
    shifted = [replace(x, start=x.start - start, end=x.end - start) for x in inside]
    about_goods = any(e.label in (gz.COMMODITY, gz.INSTRUMENT) for e in inside)
    for e, here in zip(inside, shifted, strict=True):
        if e.label != gz.PERSON or not named(e):
            continue
        found = own_title(text, here, 0, shifted)
        if found is None:
            continue
        role = title_role(text, found[0], here.end)
        if not text[here.end :].strip(_AFTER_NAME) or role == SPEAKER:
            return e
        if role in (SUBJECT, LISTED) and not about_goods:
            return e
    return None


def officials_contact(text: str, start: int, ents: list[Entity]) -> list[str]:
    """`[EVENT_DATE]` for a clause the titled-subject reading (`titled_official`) would make
    its subject's office claim, when it names a second known official: "Treasury Secretary X
    traded policy complaints with Vice Premier Y on Friday", "President X and President Y
    shake hands" tell the two officials' dealings, a contact the event-dates check looks for
    (and leaves not checkable when the timeline does not hold it), not the subject's office
    alone; each title inside stays an office claim of its own (`office_titles`). A clause
    ending with a name is a list of titled officials ("Commerce Secretary X and Trade
    Representative Y"), left to the office reading, unless a word of a contact follows the
    subject's name (`contact_words`) with a person or a place after it ("Vice Premier X will
    attend for Beijing", "Secretary X was greeted at Beijing airport by Y"; not "Vice
    Premier X welcomed the decision"): the predicate tells the contact (round 43, title43).
    Else `[]` (blind15: financetom's call was decided "supported" as the subject's office)."""
    subject = titled_official(text, start, ents)
    if subject is None:
        return []
    inside = [e for e in ents if start <= e.start < start + len(text)]
    moved = [replace(x, start=x.start - start, end=x.end - start) for x in inside]
    here = moved[inside.index(subject)]
    found = own_title(text, here, 0, moved)
    if found is None or title_role(text, found[0], here.end) != SUBJECT:
        return []
    told = patterns()["contact_words"].search(text, here.end)
    if told and any(x.label in (gz.PERSON, gz.PLACE) and x.start >= here.end for x in moved):
        return [EVENT_DATE]  # "Vice Premier X will attend for Beijing": the contact told
    if not text[max(e.end for e in inside) - start :].strip(_AFTER_NAME):
        return []  # the clause ends with a name: a list of titled officials, not dealings
    others = {
        e.canonical
        for e in inside
        if e.label == gz.PERSON
        and named(e)
        and e.canonical != subject.canonical
        and (person := gz.person(e.canonical)) is not None
        and person.offices
    }
    return [EVENT_DATE] if others else []


def only_a_date(piece: Any, dated: Sequence[tuple[int, int]]) -> bool:
    """'In 2019', 'On Monday 3 July' or 'Starting 1 August': a date span and at most two
    other words, short ones or words of taking effect (`effect_words`) (a clause, with its
    `start`, `end` and `text`)."""
    inside = [(a, b) for a, b in dated if piece.start <= a and b <= piece.end]
    if not inside:
        return False
    rest = piece.text
    for a, b in sorted(inside, reverse=True):
        rest = rest[: a - piece.start] + " " + rest[b - piece.start :]
    effect = patterns()["effect"]
    return len(rest.split()) <= 2 and all(len(w) <= 6 or effect.fullmatch(w) for w in rest.split())


def dated_contact(noun: Any, relative: Any, dates: list[DateRef]) -> bool:
    """'Her visit, which is scheduled to last through Sunday': a clause that is only a
    contact taken as given ("her visit", "the talks"), then a relative clause dating it;
    together they state when the contact takes place (clauses with `types`, `text`,
    `start`, `end`)."""
    given = patterns()["contact_given"].match(noun.text)
    return (
        not noun.types
        and given is not None
        and given.end() == len(noun.text)
        and re.match(r"(?:which|that)\b", relative.text, re.I) is not None
        and any(d.resolved and relative.start <= d.start_char < relative.end for d in dates)
    )


def predicate_after_aside(pieces: Sequence[Any], continues: re.Pattern[str]) -> set[int]:
    """The indices of an aside set off by commas and of the predicate after it, when a
    claim clause is their subject ("Tariffs on US goods, including soybeans, were imposed
    by China on 6 July") and the predicate says no more than a date or an agent (not "...,
    set to begin April 9, is in addition to the 20% ...", a claim of its own): both go with
    the subject's clause, which makes one claim. `continues` tells a clause with no subject
    of its own (`claims._CONTINUATION`)."""
    out: set[int] = set()
    for i in range(2, len(pieces)):
        subject, aside, rest = pieces[i - 2], pieces[i - 1], pieces[i]
        if (
            (subject.types or i - 2 in out)
            and not aside.types
            and continues.match(aside.text)
            and patterns()["predicate_opens"].match(rest.text)
            # a predicate with a figure is a claim of its own
            and set(rest.types) <= {EVENT_DATE, POLICY_ACTION}
            # "... approval which, considering ..., would be difficult": the relative's predicate
            and not patterns()["ends_relative"].search(subject.text)
        ):
            out |= {i - 1, i}
    return out


def namesakes(e: Entity, words: set[str]) -> list[Entity]:
    """The mention `e` read as each other known official it may name ("Premier Li": Li
    Keqiang or Li Qiang; round 23 review dt14c, R2): a mention holding only part of the
    person's name (or an alias another person shares) whose words are all in another
    person's name, kept when the `words` name an office of theirs."""
    person = gz.person(e.canonical)
    if person is None or not person.offices:
        return []
    full = set(e.canonical.split())
    name = set(re.findall(r"[\w'’-]+", e.text)) & full
    if not name or name == full:
        return []
    found = []
    for p in gz.people():
        shared = e.text.lower() in {a.lower() for a in p.aliases}
        if p.name == e.canonical or not p.offices or not (shared or name <= set(p.name.split())):
            continue
        if any(q.name == p.name for q, _ in gz.offices_named(words, p.offices[0].country)):
            found.append(replace(e, canonical=p.name))
    return found


_APPOSITIVE = re.compile(r"^(?:the|a|an|then|former|ex-)\b", re.I)
# A list of names right before an appositive ("Raimondo and Tai, the ..."): what may stand
# between two of its names.
_LIST_JOIN = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$")


def possessive_country(text: str, start: int, ents: Sequence[Entity]) -> Entity | None:
    """The place a phrase (`text` at `start`) opens with, as a possessive ("China's commerce
    minister", "America's trade representative"), else None."""
    return next(
        (
            e
            for e in ents
            if e.label == gz.PLACE
            and e.country
            and e.start == start
            and _POSSESSIVE.match(text, e.end - start)
        ),
        None,
    )


def _anothers(text: str, start: int, ents: Sequence[Entity]) -> bool:
    """Whether a title (`text` at `start`) is of someone else's office or names a person:
    a possessive after its leading place's ("the president's envoy", "China's president's
    envoy"), or a person's name ("President X's envoy"; round 25, fco16). A possessive
    inside the name of an organisation or a place ("Minister of China's Ministry of
    Commerce", "of the People's Republic of China") is part of that name, no owner (round
    38, fx38b)."""
    lead = possessive_country(text, start, ents)
    skip = lead.end - start + 2 if lead else 0
    inside = any(
        e.label == gz.PERSON and named(e) and start <= e.start < start + len(text) for e in ents
    )  # a role linked to its holder ("the former premier") is the title itself
    names = [(e.start, e.end) for e in ents if e.label in (gz.ORG, gz.PLACE)]
    return inside or any(
        not any(a <= start + m.start() and start + m.end() < b for a, b in names)
        for m in _POSSESSIVE.finditer(text, skip)
    )


def appositive_office(
    whole: str, before_start: int, before_end: int, start: int, end: int, ents: Sequence[Entity]
) -> Entity | None:
    """The known official a clause (`whole[start:end]`) names the office of, right after
    their name ending the clause before it (`whole[before_start:before_end]`): "Liu He, the
    vice premier who ...", "said Wang Wentao, China's commerce minister" (round 25, fco16),
    when the officials table lists such an office of their country (theirs, or someone
    else's: "Gina Raimondo, the trade representative"). None after a list of names
    ("Raimondo and Tai, the commerce secretary and trade representative": which office is
    whose is the reader's guess) or with a `title_not_held` word between or in it ("X, then
    the foreign minister,", "X, the vice premier at the time,": the office held then)."""
    text, before = whole[start:end], whole[before_start:before_end]
    if patterns()["title_not_held"].search(whole[before_end:start]):
        return None
    if _anothers(whole[start:end], start, ents):
        return None
    opens = _APPOSITIVE.match(text) or national_title(text)
    if not (opens or possessive_country(text, start, ents)):
        return None
    if patterns()["title_not_held"].search(text):  # "X, the then vice premier," (fco16)
        return None
    mentions = [e for e in ents if e.label == gz.PERSON and e.end == before_end]
    person = gz.person(mentions[0].canonical) if mentions else None
    if person is None or not person.offices:
        return None
    listed = [  # names, not a title linked to its holder ("A, the Treasury secretary, and
        # B, China's vice premier": A's title is no name of a list; dt18)
        x
        for x in ents
        if x.label == gz.PERSON
        and named(x)
        and before_start <= x.start
        and x.end <= mentions[0].start
    ]
    between = (before[x.end - before_start : mentions[0].start - before_start] for x in listed)
    if any(_LIST_JOIN.match(b) for b in between):
        return None
    if gz.offices_named(_words(text), person.offices[0].country):
        return mentions[0]
    return None


def title_then_name(
    whole: str, start: int, title_end: int, name_start: int, end: int, ents: Sequence[Entity]
) -> Entity | None:
    """The known official a clause that is only their name (`whole[name_start:end]`)
    follows a title of ("China's ambassador to the United States, Xie Feng, said ...",
    "America's trade representative, X, said": round 25, fco16): the clause before it
    (`whole[start:title_end]`) opens with an article, a country's adjective or possessive
    (`national_title`, `possessive_country`), has at most `TITLE_WORDS` words, each
    capitalised, a place's, an article or a word of the officials table's titles, title
    modifiers and connectors, says nothing of the office not being held then
    (`title_not_held`), and names an office of a known country; else None."""
    title, name = whole[start:title_end], whole[name_start:end]
    if patterns()["title_not_held"].search(title) or _anothers(title, start, ents):
        return None
    lead = len(name) - len(name.lstrip(_AFTER_NAME))
    bare = name.strip(_AFTER_NAME)
    at = name_start + lead
    named = [e for e in ents if e.label == gz.PERSON and e.start == at and e.text == bare]
    person = gz.person(named[0].canonical) if named else None
    if person is None or not person.offices or len(title.split()) > TITLE_WORDS:
        return None
    opens = _APPOSITIVE.match(title) or national_title(title)
    if not (opens or possessive_country(title, start, ents)):
        return None
    places = [e for e in ents if e.label == gz.PLACE and start <= e.start < start + len(title)]
    rest = list(title)
    for e in places:
        rest[e.start - start : e.end - start] = " " * (e.end - e.start)
    c = cues()
    allowed = office_title_words() | c.title_connectors | {"the", "a", "an", "s"}
    if any(not (w[0].isupper() or _words(w) <= allowed) for w in "".join(rest).split()):
        return None
    countries = {o.country for p in gz.people() for o in p.offices}
    return named[0] if any(gz.offices_named(_words(title), k) for k in countries) else None
