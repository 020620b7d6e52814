"""The parties of a claim's frame: who acts (`actor`), which countries a text names as the
side a measure targets or falls on (`targets`, never its actor), and the other side of a
measure or a trade flow (`partner`, `partner_after`). Split from `frames`; the rules are in
docs/factcheck.md ("Claim frames")."""

from __future__ import annotations

import itertools
import re

from analysis.article import gazetteer as gz
from analysis.article import trade_partners as tp
from analysis.article.claim_words import first_cue, patterns
from analysis.article.entity_refs import Entity
from analysis.data import countries


def targets(text: str, ents: list[Entity]) -> frozenset[str]:
    """Ids of the countries a text names as what a measure targets ('to these 16 US
    entities', 'from the US', 'adding 12 US firms', 'China would be hit with'): never the
    measure's actor."""
    p = patterns()
    after = (p["targeted_parties"], p["affected_after"])
    # "China's Huawei ... placed on U.S. blacklist": a company's country is where the
    # measure lands, not who takes it
    owners = {
        e.id
        for e, firm in itertools.pairwise(ents)
        if firm.kind == "company" and re.fullmatch(r"['’]s\s+", text[e.end : firm.start])
    }
    return frozenset(
        e.id
        for e in ents
        if e.label == gz.PLACE
        and (
            e.id in owners
            or p["target"].search(_same_sentence(text[max(0, e.start - 40) : e.start]))
            or any(a.match(text, e.end) for a in after)
        )
    )


# The end of a sentence or a paragraph: a target word before it ("... exports to the US.
# China says ...") is not said of a country after it.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’']?\s+|\n)")


def _same_sentence(before: str) -> str:
    """The words of `before` in the sentence they end: from its last sentence end on."""
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


# Right before a country, what makes it where goods go ("exports ... to the United States",
# "to U.S. military users"): the measure's destination.
_DESTINATION = re.compile(r"\bto\s+(?:the\s+)?$", re.I)


# ... unless what goes there is imports ("all Chinese imports to the U.S."): the country
# they enter is the importer, whose tariff it may be (round 28, fcx20)
_IMPORTED = re.compile(r"\bimport(?:s|ed)\s+(?:in)?to\s+(?:the\s+)?$", re.I)

# How far before a country `_DESTINATION` ("to the ") and `_IMPORTED` ("imports into the ")
# are looked for, in characters: each phrase with its spaces, and no more words.
DESTINATION_WINDOW = 12
IMPORTED_WINDOW = 24


def destinations(text: str, ents: list[Entity], offset: int = 0) -> frozenset[str]:
    """Countries `text` names as where goods go (right after 'to'), `ents` placed at
    `offset` in the article: the side a measure falls on, never its actor."""
    return frozenset(
        e.country
        for e in ents
        if e.label == gz.PLACE
        and e.country
        and 0 <= e.start - offset <= len(text)
        and _DESTINATION.search(
            text[max(0, e.start - offset - DESTINATION_WINDOW) : e.start - offset]
        )
        and not _IMPORTED.search(
            text[max(0, e.start - offset - IMPORTED_WINDOW) : e.start - offset]
        )
    )


def affected_sides(
    text: str, ents: list[Entity], offset: int, targeted: frozenset[str]
) -> frozenset[str]:
    """Countries `text` (its `ents` placed at `offset` in the article) names as the side a
    measure falls on: where goods go (`destinations`), a demonym after "on", "to" ...
    ("put on American soybeans": `demonym_affected`), and a country the article's reading
    of targets marks (`targeted`: "on U.S. goods", "this batch of US imports"). An actor
    borrowed from the claims before is never one of them."""
    owners = patterns()["targeted_parties"]
    marked = {
        e.country
        for e in ents
        if e.id in targeted
        and e.country
        and 0 <= e.start - offset <= len(text)
        and owners.match(text, e.end - offset)  # its firms or goods, not "on China's lists"
    }
    goods_at = frozenset(e.start - offset for e in ents if e.label == gz.COMMODITY)
    demonym = demonym_affected(text, goods_at)
    return destinations(text, ents, offset) | marked | ({demonym} if demonym else set())


# Organisations that never impose a measure, whatever a sentence says of them: a company
# is what a measure targets ("restrictions sent to KLA"), an outlet who reports it.
_NOT_IMPOSING = ("company", "outlet")


def may_impose(e: Entity, targeted: frozenset[str]) -> bool:
    """Whether an entity may be who imposes a measure: not a company or an outlet, and not a
    country the text names as the measure's target (`targets`)."""
    return e.id not in targeted and e.kind not in _NOT_IMPOSING


def actor(
    own: list[Entity], context: list[Entity], kind: str, sources: list[Entity] = ()
) -> tuple[str | None, str | None]:
    """Who acts: the first government, organisation or country the claim names outside its
    attribution (for a measure or count naming a list a government keeps, `country` in
    `instruments.yaml`, and no body: that government); a person's country for a visit;
    else, for a measure, the government its own attribution names when nothing else acts
    ("the additional tariffs would be imposed from April 10, China's Ministry of Finance
    said"); else the last one named before it."""

    def governs(e: Entity) -> bool:
        return e.label == gz.ORG or (
            e.label == gz.PLACE and bool(e.metonym_for or e.kind == "country")
        )

    if kind == "visit":
        people = [e for e in own if e.label == gz.PERSON]
        if people:
            return people[0].canonical, people[0].country
    # "the additions to the Entity List", "added ... to the Entity list, including ... in
    # China": the government that keeps a list the claim names, unless a body acts
    kept = next((e for e in own if e.label == gz.INSTRUMENT and e.country), None)
    if kept and kind in ("measure", "count") and not any(e.label == gz.ORG for e in own):
        return countries.name(kept.country), kept.country  # the government keeping the list
    for e in own:
        if governs(e) and e.country:
            return (e.metonym_for or e.canonical), e.country
    for e in own:
        if e.label == gz.PERSON and e.country:
            return e.canonical, e.country
    for e in sources if kind == "measure" else ():
        if governs(e) and e.country and e.kind not in _NOT_IMPOSING:
            return (e.metonym_for or e.canonical), e.country
    for e in reversed(context):
        if governs(e) and e.country:
            return (e.metonym_for or e.canonical), e.country
    return None, None


_TOWARDS = r"\b(?:with|to|from|against|into)\s+(?:the\s+)?"


def partner_after(text: str, ents: list[Entity]) -> str | None:
    """A country named right after 'with', 'to', 'from', 'against', 'into' in `text` (not
    after a relation noun: "the trade war with China" names a party to the war)."""
    for e in ents:
        country = e.label == gz.PLACE and e.kind == "country" and e.country
        found = re.search(_TOWARDS + re.escape(e.text) + r"\b", text) if country and text else None
        # "imports, particularly from China, declined": a part of the whole, not the partner
        if found and not a_part(text, e) and not tp.relation_party(text, found.start()):
            return e.country
    return None


def partner(text: str, ents: list[Entity], actor_country: str | None) -> str | None:
    """The other side: a country named after 'to', 'on', 'against', 'from', 'with' (not one
    named as a part of a whole: "imports, particularly from China")."""
    for e in ents:
        other = e.label == gz.PLACE and e.kind == "country" and e.country != actor_country
        if other and e.country and not a_part(text, e):
            return e.country
    return None


def a_part(text: str, e: Entity) -> bool:
    """Whether `text` names the country `e` as a part of a whole (`part_of_whole` words
    before it and its preposition: "particularly from China"; `whole_after` words right
    after it: "from China and other nations")."""
    found = re.search(
        r"(?:\b(?:from|to|with|into|in)\s+)?(?:the\s+)?" + re.escape(e.text) + r"\b", text
    )
    if not found:
        return False
    return bool(
        patterns()["part_of_whole"].search(text[: found.start()])
        or patterns()["whole_after"].match(text[found.end() :])  # "China and other nations"
    )


# A demonym names a side only as a whole word with a capital ("Dutch", "Japanese"); at most
# this many words may stand between it and the measure word it qualifies ("the Dutch chip
# export rules": one, "chip"), none of them a verb ("Chinese officials said the curbs").
_DEMONYM_GAP = 2


def _demonyms(text: str) -> list[tuple[re.Match[str], str]]:
    """The demonyms of `text` (`demonyms` in data/lexicon/roles.yaml) with their countries,
    in the order they come; a longer form first ("South Korean" before "Korean"). Not a
    possessive or a country's own name ("China's", "China"), which the entity reader reads
    as a country; nor the "US" of a currency ("US$34bn": round 31, clean31)."""
    forms = sorted(
        (
            f
            for f, iso in gz.demonyms().items()
            if not f.endswith(("'s", "’s")) and f != countries.name(iso)
        ),
        key=len,
        reverse=True,
    )
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w'’$-])")
    return [(m, gz.demonyms()[m.group()]) for m in pattern.finditer(text)]


def demonym_at(text: str, at: int) -> tuple[str, int] | None:
    """The country of the demonym `text` opens with at `at` ("Japanese Prime Minister"), the
    longest form first, and where the demonym ends; None when no demonym starts there."""
    lo = max(at - 1, 0)  # the character before it, so that "Non-Japanese" is no demonym
    reach = max(map(len, gz.demonyms())) + 1  # the longest form and the character after it
    found = next((f for f in _demonyms(text[lo : at + reach]) if f[0].start() == at - lo), None)
    return (found[1], lo + found[0].end()) if found else None


def demonym_countries(text: str) -> list[str]:
    """The countries of the demonyms of `text` ("the Vietnamese nation"), in the order they
    come (`_demonyms`)."""
    return [country for _, country in _demonyms(text)]


def demonym_actor(text: str) -> str | None:
    """The country of a demonym that qualifies the measure word its clause opens with ("The
    Dutch chip export rules", "Japanese export controls": only a determiner before it
    (`subject_determiners`), at
    most `_DEMONYM_GAP` words between it and the word, no punctuation or verb); None when
    there is none. Read only for a measure claim that names no actor of its own."""
    for m, country in _demonyms(text):
        if not patterns()["subject_before"].match(text[: m.start()]):
            continue
        rest = text[m.end() :]
        cue = first_cue(rest)
        between = rest[:cue]
        verb = patterns()["announce"].search(between) or patterns()["imposition"].search(between)
        near = len(between.split()) <= _DEMONYM_GAP
        if cue < len(rest) and near and not re.search(r"[,;:.()]", between) and not verb:
            return country
    return None


def demonym_exporting(text: str) -> str | None:
    """The country of a demonym opening its clause (`subject_before`; after a lead-in closed
    by a comma: "Starting 1 August, Chinese suppliers ...") right before a party
    whose exports a licence binds (`exporting_parties`: "Chinese suppliers of gallium will
    be subject to licensing"): that country controls its own exports. None when there is none.
    Read only for an export licence or restriction claim that names no actor of its own."""
    for m, country in _demonyms(text):
        clause = re.split(r"[,;:]", text[: m.start()])[-1]  # after "Starting 1 August,"
        if patterns()["subject_before"].match(clause) and patterns()["exporting_parties"].match(
            text, m.end()
        ):
            return country
    return None


# The actions of a claim that bind exporters of the actor's own country (an export licence or
# restriction, a ban): "Chinese suppliers of gallium" name who controls them (`demonym_exporting`)
OWN_EXPORTS = ("licence", "restriction", "ban")


def firm_exporting(text: str, ents: list[Entity], start: int, action: str) -> str | None:
    """The country of a company an export measure keeps from selling abroad
    (`firm_kept_from`: "High-tech export restriction preventing ASML from selling to China":
    the Netherlands), for a claim binding exports (`OWN_EXPORTS`) that names no actor of its
    own: that country controls its firms' exports (round 38, fx38a). None when there is none."""
    if action not in OWN_EXPORTS:
        return None
    kept = patterns()["firm_kept_from"]
    return next(
        (
            e.country
            for e in ents
            if e.label == gz.ORG and e.country and kept.match(text, e.end - start)
        ),
        None,
    )


def demonym_side(text: str, action: str) -> str | None:
    """The country a demonym of a measure clause naming no actor gives it: qualifying its
    measure word (`demonym_actor`), or, for a claim binding exports (`OWN_EXPORTS`), its
    exporters (`demonym_exporting`)."""
    return demonym_actor(text) or (demonym_exporting(text) if action in OWN_EXPORTS else None)


def demonym_affected(text: str, goods_at: frozenset[int] | None = None) -> str | None:
    """The country of a demonym after "on", "to", "against", "from" (`affected_before` words:
    "an additional tariff on all Japanese goods", "curbs on exports to Korean firms"): the
    side a measure falls on; None when there is none. With `goods_at` (where the text's
    commodities start), only a demonym that qualifies goods or firms ("on American
    soybeans", "on all Chinese imports": a commodity within `GOODS_GAP` characters or a
    `targeted_parties` noun right after it; not "permission from Chinese authorities")."""
    for m, country in _demonyms(text):
        if not patterns()["affected_before"].search(text[: m.start()]):
            continue
        if goods_at is None or patterns()["targeted_parties"].match(text, m.end()):
            return country
        if any(m.end() < at <= m.end() + GOODS_GAP for at in goods_at):
            return country
    return None


# At most this many characters between a demonym and the goods it qualifies ("American
# soybeans": one space).
GOODS_GAP = 2


def reduced_agent(before: str) -> bool:
    """Whether the text before a party ends in a measure participle and "by" with no
    auxiliary of its own ("tariffs previously put in place by the"): the party is the agent
    of the measure a noun names, not the one acting in the clause."""
    return bool(patterns()["reduced_agent"].search(before)) and not patterns()[
        "passive_agent"
    ].search(before)


def named_as_agent(text: str, actor: str | None) -> bool:
    """Whether a clause names its actor only as the agent of a participle qualifying a noun
    ("in response to tariffs imposed by US President Donald Trump"): the measure named is
    the one answered, not one the clause tells: the actor's name is in the agent phrase
    and nowhere before it (not "Trump raised duties first imposed by Trump in 2018")."""
    if not actor:
        return False
    ends = (actor.split()[0], actor.split()[-1])
    for by in _BY.finditer(text):
        if reduced_agent(text[: by.end()]):
            agent = text[by.end() : by.end() + AGENT_CHARS]
            return any(w in agent for w in ends) and not any(w in text[: by.start()] for w in ends)
    return False


# How far after "by" the agent's name is looked for ("by US President Donald Trump")
AGENT_CHARS = 40


_BY = re.compile(r"\bby\s+(?:the\s+)?", re.I)
# A clause opening on a pronoun refers to the measure named last, whoever's ("... duties
# announced by Beijing in March. They included a 15% tariff ...")
PRONOUN_OPENING = re.compile(r"^(?:it|they|these|those|its|their)\b", re.I)


# Before a person opening a clause: maybe a dateline, then titles and honorifics, capitalised
# ("President", "US Commerce Secretary", "Mr"), or "the"; after the person, before the verb:
# auxiliaries, adverbs and commas ("Trump has also imposed", "Trump now signed").
_TITLES = re.compile(
    r"(?:[A-Z][A-Z .,]+(?:\([^)]{1,40}\))?\s*[—–-]\s*)?"  # a dateline: "TAIPEI (Taiwan News) — "
    r"(?:(?:the|[A-Z][\w.’'-]*)\s+){0,4}"
)
_BEFORE_VERB = re.compile(r"(?:\s+|,|(?:has|have|had|also|then|later|now|\w+ly)\b)*", re.I)


def opening_party(text: str, ents: list[Entity], start: int) -> Entity | None:
    """The party with a country a clause opens on, after titles or a dateline only: its
    subject ("China will ban ...", "President Trump signed ..."; not "the exporter will
    need a licence from China"). `ents` are the clause's, placed at `start`."""
    first = min(ents, key=lambda e: e.start, default=None)
    if first is None or first.label == gz.COMMODITY or not first.country:
        return None
    return first if _TITLES.fullmatch(text[: first.start - start]) else None


def acting_person(text: str, ents: list[Entity], start: int) -> Entity | None:
    """The person a clause opens on as the subject of a finite verb of imposing a measure
    ("President Trump signed an executive order barring Americans from investing in Chinese
    companies that supply China's military", "Trump has imposed tariffs on ... in a battle
    over Beijing's drive"): that person's side acts, not a country the clause names after
    the verb (round 33, fx33m: Taiwan News, AP). `ents` are the clause's, placed at `start`
    in the article."""
    first = opening_party(text, ents, start)
    if first is None or first.label != gz.PERSON:
        return None
    at = _BEFORE_VERB.match(text, first.end - start).end()
    verb = patterns()["imposition"].match(text, at) or patterns()["order_signed"].match(text, at)
    return first if verb and not verb.group().lower().endswith("ing") else None
