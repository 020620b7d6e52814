"""Claim frames: what a claim says, read into fields a checker can compare with data.

A frame has a `kind` (share, rank, measure, trade, count, visit, taxonomy, other), who acts
(`actor`, never the source a claim is attributed to), who says so (`attributed_to`), the
`action` (a measure's strength or a trade flow), the `goods` (ids of the commodities table
or the goods lexicon), the `partner` (the other side), a `quantity` (value, unit, what it
is a share of, its hedge and the bounds the hedge gives) and `when` (each date with its
tense relative to the article's date and its role: announced, effective, reported, or a
period).

The words come from `data/lexicon/claims.yaml`; names, dates and goods from the article's
own annotations. Nothing here decides whether a claim is true. What the words say of a
measure is read in `measure_reading`, opinion and forecast in `opinions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from analysis.article import date_patterns as pat
from analysis.article import datelines, tariff_origin, uses
from analysis.article import gazetteer as gz
from analysis.article import trade_partners as tp
from analysis.article.claim_words import (
    ENUMERATED,
    counted_parties,
    first_cue,
    names_stage_or_reserves,
    patterns,
)
from analysis.article.date_refs import DateRef
from analysis.article.date_roles import role_of, said_before_report
from analysis.article.entity_refs import Entity
from analysis.article.event_clauses import answered_span, answering_opening, opens_other_event
from analysis.article.goods_named import as_technology, with_members
from analysis.article.measure_reading import (
    action,
    answered_spans,
    customs_codes,
    denies_measure,
    goods_listed,
    issued,
    meeting_about_measure,
    names_codes,
    new_rate,
    refers_to_measure,
    says_already,
)
from analysis.article.parties import (
    acting_person,
    affected_sides,
    demonym_affected,
    demonym_side,
    firm_exporting,
    may_impose,
    partner,
    partner_after,
    reduced_agent,
)
from analysis.article.parties import actor as frame_actor
from analysis.article.quantities import (
    CHANGE,
    TARIFF,
    TIMES,
    WORLD,
    Quantity,
    outside,
    quantity,
    states_percent,
)
from analysis.article.talks import sides_meet
from analysis.article.taxonomy_words import denies_membership, is_taxonomy
from analysis.article.text import any_of, attribution_spans, reported_lead
from analysis.data import cache, countries, goods

SHARE, RANK, MEASURE, TRADE, COUNT, VISIT, TAXONOMY, OTHER = (
    "share",
    "rank",
    "measure",
    "trade",
    "count",
    "visit",
    "taxonomy",
    "other",
)
KINDS = (SHARE, RANK, MEASURE, TRADE, COUNT, VISIT, TAXONOMY, OTHER)


@dataclass(frozen=True)
class When:
    """A date of a claim: the expression, its resolution, its tense and its role."""

    date: str  # the DateRef id
    text: str
    start: str | None
    end: str | None
    granularity: str
    tense: str  # past, present, future (from the sentence's words), or ""
    role: str  # announced, effective, acted (either), reported (news of it came out), period,
    # since (where a period the claim counts in starts), until (the measure's last day),
    # object (the day of the measure the claim's measure suspends or amends)
    # said (the day a trailing "X said" clause talked of a measure the claim calls earlier,
    # or a saying reported an act done before it), saying (the day of a saying that is the
    # claim's own event: "spoke at a forum on Saturday about export controls"), standing
    # (where things stand on that day: "As of November 10, China has suspended ...")

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Frame:
    """What a claim says, field by field."""

    kind: str
    actor: str | None = None
    actor_country: str | None = None
    attributed_to: str | None = None
    action: str = ""
    goods: tuple[str, ...] = ()
    partner: str | None = None
    stage: str | None = None
    quantity: Quantity | None = None
    when: tuple[When, ...] = field(default=())
    extreme: str | None = None
    negated: bool = False  # denies membership ("not a rare earth") or a measure ("has not banned")
    already: bool = False  # a measure claim saying it applies already ("now", "immediately")
    codes: tuple[str, ...] = ()  # customs (HS) codes of the goods a measure claim lists
    referred: str | None = None  # the claim "these curbs" took its actor from (`referred`)
    scope_of: str | None = None  # a scope clause's measure claim ("" when none is pinned)
    condition: str | None = None  # what a future act hangs on ("Unless the talks succeed")
    # the length of the claim's opening naming the measure its sentence's opener answers
    # ("In response to a 10% U.S. tariff ..., China announced ...": `answering_opening`)
    answered: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "actor": self.actor,
            "actor_country": self.actor_country,
            "attributed_to": self.attributed_to,
            "action": self.action,
            "goods": list(self.goods),
            "partner": self.partner,
            "stage": self.stage,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "when": [w.to_dict() for w in self.when],
            "extreme": self.extreme,
            "negated": self.negated,
            "already": self.already,
            "codes": list(self.codes),
            **({"referred": self.referred} if self.referred else {}),
            **({"scope_of": self.scope_of} if self.scope_of is not None else {}),
            **({"condition": self.condition} if self.condition else {}),
            **({"answered": self.answered} if self.answered else {}),
        }


def is_rank(text: str) -> bool:
    """'the world's largest producer', 'top supplier': a rank word and a stage word; or a
    place behind only one party ('second only to China', `rank_behind_only`) in a stage or
    in reserves."""
    if patterns()["rank_behind_only"].search(text):
        return names_stage_or_reserves(text)
    return bool(patterns()["rank"].search(text)) and stage(text) is not None


def dominates(text: str, sentence: str) -> bool:
    """Whether a clause says a party dominates a stage ("dominates the global supply of
    rare earths", `rank_verbs`) in a sentence stating no percentage: a first place; with
    one, the figure is the claim ("..., supplying 94 per cent") (round 37, fx37b). Not when
    a negation stands in the two words before the verb ("no longer dominates": the check
    reads no denial of a verb; review of round 37)."""
    verb = patterns()["rank_verbs"].search(text)
    if verb is None or patterns()["measure_negation"].search(_last_words(text[: verb.start()])):
        return False
    return bool(stage(text[verb.end() :])) and not states_percent(sentence)


def _last_words(text: str, n: int = 2) -> str:
    """The last `n` words of a text."""
    return " ".join(text.split()[-n:])


def stage(text: str) -> str | None:
    """The supply-chain stage a claim names (refining before mining before production)."""
    for name, pattern in patterns()["stages"].items():
        if pattern.search(text):
            return name
    return None


def venues(ents: list[Entity]) -> list[Entity]:
    """Places named as where something happened: cities and regions, not countries or a
    capital standing for its government."""
    return [e for e in ents if e.label == gz.PLACE and e.kind != "country" and not e.metonym_for]


# At most this many texts' flows kept (`flow`), least recently used dropped: a clause is
# read for its flow by the claim types, the frame and the checks, half of them a text
# already read (round 33, perf33).
FLOWS_KEPT = 8192


@cache.tied(lambda: patterns(), FLOWS_KEPT)
def flow(text: str) -> str:
    """The trade flow a claim is about: balance, exports, imports, total, or ''. A flow
    named from China's side is the US flow it mirrors ("exported from China to the US":
    US imports). Kept per text for as long as `patterns` keeps its patterns."""
    if not patterns()["flows"]["balance"].search(text):
        for name, pattern in patterns()["flows_from_china"].items():
            if pattern.search(text):
                return name
    for name in ("balance", "total", "exports", "imports"):
        if patterns()["flows"][name].search(text):
            return name
    return ""


def extreme(text: str) -> str | None:
    for name, pattern in patterns()["extremes"].items():
        if pattern.search(text) and patterns()["extreme_spans"].search(text):
            return name
    return None


# A date this close to its sentence's start ('In 2010, ...', 'On 3 July, ...') opens it.
_OPENING = 4


def _past_basis(text: str, sentence: str) -> str:
    """A clause without the legal basis its sentence opens it with: a clause cut inside
    "in accordance with laws such as the Export Control Law ..., the ministry issued ..."
    starts after that basis."""
    at = sentence.find(text)
    for m in patterns()["legal_basis"].finditer(sentence):
        if at >= 0 and m.start() < at < m.end():
            return text[m.end() - at :]
    return text


def _role_as(kind: str, role: str, before: str = "") -> str:
    """'Since 4 April, China has prohibited imports': a measure in force since a day took
    effect then, but one announced since a day (`before`, the sentence up to the date, ends
    on an `announce_words` word, at most three words and "since": "several actions China
    has announced since Wednesday, including a 34% tariff ... set to begin April 10") was
    announced on that day or after it: the day is matched as an announcement, a measure
    announced days later as one near it (round 38, fx38a); a count since a day ('has added
    12 companies since') counts from it. A day of publishing is a measure's own (the
    catalog's `published`); of any other claim, the day it was announced ("data published
    on Tuesday")."""
    if kind == MEASURE:
        if role == "since" and patterns()["announced_since"].search(before):
            return "announced"
        return "effective" if role == "since" else role
    return "announced" if role == "published" else role


def goods_back(text: str) -> int:
    """How many goods named before a clause it refers back to ('the two metals', 'both
    minerals': `goods_anaphora`); 0 when it refers to none."""
    m = patterns()["goods_anaphora"].search(text)
    word = m.group(0).lower().replace("both", "both two").split()[1] if m else ""
    return {"two": 2, "three": 3, "four": 4}.get(word, 0)


def read(
    text: str,
    start: int,
    ents: list[Entity],
    dates: list[DateRef],
    sentence: str,
    context: list[Entity],
    sentence_ents: list[Entity] | None = None,
    previous: str = "",
    targeted: frozenset[str] = frozenset(),
    entry_day: DateRef | None = None,
) -> Frame:
    """The frame of a claim: `text` starts at `start` in the article; `ents` and `dates`
    are those inside it, `sentence` its whole sentence (with `sentence_ents`), `context`
    the entities named before it (for 'it', 'the country', 'the restrictions'). A clause
    that names no goods or action takes them from its sentence; 'the restrictions' with no
    goods in the sentence means the goods named just before; a bare amount ('it was $83
    billion') the trade flow of the `previous` sentence. A measure's or count's actor is
    never one of the `targeted` countries (`targets`). A claim that dates nothing itself,
    in a timeline's entry, is of the entry's day (`entry_day`, `timeline`)."""
    at = sentence.find(text)
    # "In response to a 10% U.S. tariff ..., China announced ...": the answered measure's
    # parties, goods and figures, before the first comma, are not the claim's
    opening = answering_opening(sentence[: max(at, 0)], text)
    if opening:
        text = " " * opening + text[opening:]
        ents = [e for e in ents if e.start - start >= opening]
    spans = [(d.start_char - start, d.end_char - start) for d in dates]
    said = attribution_spans(text)
    own = uses.not_uses(text, [e for e in ents if outside(said, e.start - start)], start)
    sentence_ents = uses.not_uses(sentence, sentence_ents or [], start - at if at >= 0 else -1)
    sentence_ents = [e for e in sentence_ents if not start <= e.start < start + opening]
    earlier = patterns()["earlier_event_clause"].search(text)  # ", a day after X's curbs"
    cut = earlier.start() if earlier else len(text)  # the goods after are the earlier measure's
    sources = [e for e in ents if not outside(said, e.start - start)]
    later = patterns()["after_event"].search(text) or patterns()["answered_measure"].search(text)
    kept = [
        e for e in own if later and (e.start - start < later.start() or e.label != gz.COMMODITY)
    ]
    answered = answered_span(text)
    if later and (answered or _goods(kept) or goods_back(text[: later.start()])):
        own = kept  # "bans X, a day after the US curbed chips": the chips are the other event's
        # (also "bans the three metals in response to curbs on its chip sector")
    if answered:  # its parties and goods, in the claim or its sentence, are not the claim's
        lo, hi = start + answered[0], start + answered[1]
        own = [e for e in own if not lo <= e.start < hi]
        sentence_ents = [e for e in sentence_ents if not lo <= e.start < hi]
    every = bool(patterns()["all_goods_clause"].search(text))  # "on all US imports from China"
    mine = [e for e in own if e.start - start < cut]
    named = with_members(text, start, mine, sentence, sentence_ents or [])  # "minerals (gallium)"
    back = 0 if _goods(named) else goods_back(text)  # "the two metals": the last two before
    lent = () if every or opens_other_event(text) else _goods(sentence_ents or [])
    goods_ids = _goods(named) or lent  # an earlier event's clause borrows no goods
    goods_ids = as_technology(text, start, named, goods_ids, spans)  # "technology to extract X"
    if back or (not goods_ids and (refers_to_measure(sentence) or names_codes(text))):
        minerals = [e for e in context if e.kind == "mineral"] if back else []
        goods_ids = _goods(minerals or context)[-(back or 2) :]  # the goods named just before
    skipped = spans + answered_spans(text)  # dates, and the answered measure's figures
    q = quantity(text, skipped)
    # the sentence lends its action, but not from a conclusion drawn after the fact
    # ("…widened to $350 billion, showing that tariffs did not work")
    drawn = patterns()["consequence_leads"].search(sentence)
    before = drawn is not None and at < drawn.start()  # the claim is the fact
    basis = sentence  # the conclusion itself lends nothing of the fact's either
    if drawn is not None:  # ("…, causing imports to China to fall 21 percent")
        basis = sentence[: drawn.start()] if before else sentence[drawn.start() :]
    told = text
    if flow(text):  # "imports of goods hit by tariffs dropped 17.6%": the tariffs qualify
        told, basis = (patterns()["goods_qualifier"].sub(" ", t) for t in (text, basis))
    stated = action(_past_basis(told, sentence))
    # a flow's change in money of its own ("Exports to the Asian nation rose by $1.4
    # billion, ..., while imports declined ..., reflecting ... tariffs") is a trade figure:
    # a sibling clause's measure lends it no action (round 42, user42)
    moved = q is not None and q.of == CHANGE and bool(flow(text))
    act = stated or ("" if ENUMERATED.match(text) or moved else action(basis))
    if not act and refers_to_measure(text):
        act = action(previous)  # "The rules, some of which go into effect": the rules before
    if not act and issued(text) and any(e.label == gz.INSTRUMENT for e in own):
        act = "restriction"  # "The AI Diffusion Rule was issued on ...": a named rule (fx38b)
    if not act and q is not None and q.of == TARIFF:
        act = "tariff"  # "would add another 5% on U.S. soybeans": a rate laid on goods
    if not act and q is not None and q.of == "count" and counted_parties(text):
        # "23 Chinese companies were listed": a count a listing verb takes is a listing's,
        # unless a body keeping another list names them ("Pentagon Names 9 ... Companies")
        # or the verb is no listing's ("China sanctioned 28 US entities", "removed")
        other = patterns()["other_list_keepers"].search(text)
        act = "" if other or patterns()["not_listing_counts"].search(text) else "listing"
    if act == "listing" and goods_listed(
        text,
        tuple(e.start - start for e in own if e.label == gz.COMMODITY),
        tuple(e.start - start for e in own if e.kind == "company" or e.label == gz.PERSON),
    ):
        act = "licence"  # "added graphite to the list of export control items": goods controlled
    if act == "tariff" and q is not None:
        q = new_rate(text, skipped) or q  # "from 34% to 80%": 80%
    if every and act == "tariff":  # "a 34% tariff on all US goods and curbs on rare earths":
        goods_ids = ()  # the tariff is on all goods; the goods named are the other measure's
    trade_flow = flow(text) or flow(sentence)
    if not trade_flow and q is not None and not goods_ids and tp.amount_of_before(text, q, spans):
        trade_flow = flow(previous)  # "it was $83 billion": the flow of the sentence before
    kind = _kind(text, q, act, trade_flow, goods_ids, own)
    if kind == OTHER and goods_ids and dominates(text, sentence):
        kind = RANK  # "China dominates the global supply of rare earths"
    trades = uses.describe_parties(text, own, start)
    if at >= 0:  # and those its sentence lends ("..., including aerospace and defense firms")
        trades += uses.describe_parties(sentence, sentence_ents or [], start - at)
    if kind in (MEASURE, COUNT) and trades:
        # "added 15 US companies, including aerospace and defense firms": what the parties
        # do, not goods the measure covers (unless named elsewhere in the claim too)
        kept = _goods([e for e in named if e not in trades])
        goods_ids = tuple(g for g in goods_ids if g in kept or g not in _goods(trades))
    if kind == TRADE:  # the goods a flow is of, not goods named elsewhere in the sentence
        goods_ids = _goods([e for e in own if _next_to_flow(text, e.start - start, e.end - start)])
    if goods_ids and patterns()["rank_behind_only"].search(text) and is_rank(sentence):
        kind = RANK  # "In antimony mining, X trailed only China": not a measure the sentence names
    if kind != TAXONOMY and q is None and goods_ids and is_taxonomy(sentence):
        kind = TAXONOMY  # "Gallium and germanium, which ..., are among the 17 rare earths"
    movers = [e for e in own if not datelines.at_dateline(text, e, start)]
    if kind in (MEASURE, COUNT, OTHER):  # a measure's targets and companies do not impose it
        # (nor a policy clause's whose measure word the cues lack: "sanctions on U.S. firms")
        movers = [e for e in movers if may_impose(e, targeted)]
        # nor does a party reacting to it ("Japan expressed concerns over China's controls")
        movers = [
            e for e in movers if not patterns()["reaction_after"].search(text[e.end - start :])
        ] or movers
        # nor one complaining of the act the claim tells after its complaint ("China slammed
        # the US for putting 12 firms on its list": the US acts; round 40, terr40)
        movers = [e for e in movers if not complains_first(text, e.end - start)] or movers
        # nor a country named in the reason its parties were listed ("was blacklisted for
        # its involvement in advancing China's military AI": `count_reason`, round 37, fx37d)
        reason = patterns()["count_reason"].search(text)
        movers = [e for e in movers if not (reason and e.start - start >= reason.start())]
        if kind != OTHER:  # (such a clause borrows its actor as any clause does)
            context = [e for e in context if may_impose(e, targeted)]
        # nor the side whose move "comes after" the other's ("China's announcement comes after
        # the United States on Monday launched ...")
        if lead := patterns()["reply_lead"].match(text):
            movers = [e for e in movers if e.start - start >= lead.end()] or movers
        # the agent of a passive measure verb acts ("tariffs on US goods were imposed by
        # China"), whatever country the goods are of
        agents = [e for e in movers if _main_passive_agent(text[: e.start - start])]
        movers = agents[:1] + [e for e in movers if e not in agents[:1]]
        # but the agent of a participle qualifying a noun acts in the measure the noun names
        # ("Biden will keep tariffs put in place by the Trump administration"): not the
        # clause's actor when the clause names another who may impose it
        rest = [e for e in movers if not reduced_agent(text[: e.start - start])]
        if any(e.country and e.label in (gz.ORG, gz.PLACE, gz.PERSON) for e in rest):
            movers = rest
        undated = [  # the dateline's place and outlet open no clause
            e for e in own if not datelines.at_dateline(text, e, start) and e.kind != "outlet"
        ]
        if kind == MEASURE and (person := acting_person(text, undated, start)):
            movers = [person]  # "President Trump signed an order ... China's military"
    actor, country = frame_actor(movers, context, kind, sources)
    own_actor = frame_actor(movers, [], kind, sources)[1]
    if kind in (MEASURE, COUNT) and not own_actor:
        # "put on American soybeans", "a batch of US products": the side the measure falls
        # on is never the actor borrowed from before
        aimed = affected_sides(text, own, start, targeted)
        if country in aimed:
            context = [e for e in context if e.country not in aimed]
            actor, country = frame_actor(movers, context, kind, sources)
    if (
        kind == MEASURE
        and not own_actor
        and (side := demonym_side(text, act) or firm_exporting(text, own, start, act))
    ):
        # "The Dutch chip export rules ...", "Chinese suppliers ... subject to licensing",
        # "export restriction preventing ASML from selling to China"
        actor, country = countries.name(side), side
    if kind == MEASURE and act == "tariff":  # "tariffs on ... imports from China"
        mine = text[: min(cut, later.start() if later else cut)]  # not the answered measure's
        found = tariff_origin.actor_of(mine, own, movers, start, (actor, country), own_actor)
        actor, country = found
    party = partner(text, own, country) or partner(sentence, sentence_ents or [], country)
    if party is None and kind == MEASURE:
        party = demonym_affected(text)  # "a tariff on all Japanese goods"
    if kind == TRADE:  # "trade with China": the country after the preposition is the partner
        party = (
            partner_after(text, own)
            or tp.bloc_after(text)
            or partner_after(sentence, sentence_ents or [])
            or tp.bloc_after(sentence)
            or partner_after(previous, context[-6:])
            or party
        )
    if party is None and kind == TRADE:  # not a party named only to a relation before
        near = [e for e in context[-6:] if not tp.party_only(e, (sentence, previous))]
        party = partner("", near, country)
    if kind in (MEASURE, COUNT):  # a measure is dated by its own clause, or by a date opening its
        # sentence ('In 2010, amid a dispute, the government halted exports'), not by others
        opened = start - at if at >= 0 else -1  # nor by the day of the report opening it
        dates = [d for d in dates if not datelines.report_day(sentence, opened, d, dates)]
        dates = [d for d in dates if start <= d.start_char <= start + len(text)] or [
            d for d in dates if d.end_char <= start and 0 <= sentence.find(d.text) <= _OPENING
        ]
        # "announced a rule on May 15 ... to undermine last year's addition of Huawei": a
        # possessive date dates the other event it qualifies, when the clause has its own
        dates = [d for d in dates if not datelines.dated_line(text, d, start)]
        own_dates = [d for d in dates if not datelines.possessive(text, d.end_char - start)]
        dates = datelines.after_sequence(text, own_dates or dates, start, first_cue(text))
        if lead := reported_lead(text):  # "X told reporters on Tuesday that China imposed
            # ... in July 2023": the day of the telling does not date what is told
            dates = [d for d in dates if d.start_char - start >= lead] or dates
    if not dates and entry_day is not None:
        dates = [entry_day]
    roles = [
        "period"
        if d.granularity not in ("day",) and kind != MEASURE
        else _role_as(kind, role_of(d, text, start, sentence), sentence[: sentence.find(d.text)])
        for d in dates
    ]
    tense = pat.tense_of(sentence)
    roles = said_before_report(text, start, dates, roles, tense)  # "said on 5 May ... in April"
    when = tuple(
        When(
            d.id,
            d.text,
            d.start.isoformat() if d.start else None,
            d.end.isoformat() if d.end else None,
            d.granularity,
            tense,
            role,
        )
        for d, role in zip(dates, roles, strict=True)
    )
    return Frame(
        kind=kind,
        actor=actor,
        actor_country=country,
        attributed_to=sources[0].canonical if sources else None,
        action=trade_flow if kind == TRADE else act,
        goods=goods_ids,
        partner=party,
        stage=(stage(text) or (stage(sentence) if kind == RANK else None))
        if kind in (SHARE, RANK)
        else None,
        quantity=q,
        when=when,
        extreme=extreme(text) if kind == TRADE else None,
        negated=(kind == TAXONOMY and denies_membership(sentence))
        or (kind == MEASURE and denies_measure(text)),
        already=kind == MEASURE and says_already(sentence),
        codes=customs_codes(sentence) if names_codes(text) else (),
        answered=opening,
    )


def complains_first(text: str, at: int) -> bool:
    """Whether a claim's text after a party (ending at `at`) opens with a complaint
    (`complaint_words`: "slammed", "accused"), its object and the word opening the act
    complained of (`complaint_reasons`: "for", "of"; review of round 40, rev40), and the
    claim's first measure word comes after it: the party complains of another's act, it
    does not act (round 40, terr40)."""
    m = patterns()["complaint_after"].search(text[at:])
    return bool(m) and at + m.end() <= first_cue(text) < len(text)


def _main_passive_agent(before: str) -> bool:
    """Whether the text before a party ends in a finite passive measure verb and "by" that
    is the claim's own: no clause opener before the verb ("China imposed controls
    after chip sales were restricted by the United States": the US restricted the sales,
    China acts in the claim)."""
    m = patterns()["passive_agent"].search(before)
    return bool(m) and not patterns()["passive_clause_openers"].search(before[: m.start()])


def _next_to_flow(text: str, at: int, end: int) -> bool:
    """Whether a name at `at`..`end` says what a flow is of: "soybean exports", "exports
    of semiconductors", "imports of US crude oil"."""
    for pattern in patterns()["flows"].values():
        for m in pattern.finditer(text):
            between = text[end : m.start()] if end <= m.start() else text[m.end() : at]
            if len(between) <= 16 and not re.search(r"[,;.]", between):
                return True
    return False


def not_output(text: str) -> bool:
    """Whether a tonnage is of reserves, trade, capacity or demand rather than output."""
    return bool(patterns()["not_output"].search(text))


def part_of_year(text: str) -> bool:
    """Whether a figure is for part of a year ("in the first ten months", "last quarter")."""
    return bool(patterns()["part_of_year"].search(text))


def _goods(ents: list[Entity]) -> tuple[str, ...]:
    """The goods ids of the commodities named, skipping a name no goods id is found for
    (`goods.names_a_good`); any other error surfaces (round 31, clean31)."""
    named = (e.canonical for e in ents if e.label == gz.COMMODITY)
    return tuple(dict.fromkeys(goods.resolve(c) for c in named if goods.names_a_good(c)))


def _kind(
    text: str,
    q: Quantity | None,
    act: str,
    trade_flow: str,
    goods_ids: tuple[str, ...],
    ents: list[Entity],
) -> str:
    if goods_ids and is_taxonomy(text):
        return TAXONOMY
    met = any_of("visit_cues").search(text)
    people = {e.canonical for e in ents if e.label == gz.PERSON}
    sides = sides_meet(text, ents)  # "the two sides met in Geneva": the two governments met
    pair = bool(patterns()["pair_words"].search(text))  # "the two men also spoke in June"
    # two people meeting before any measure word: "X's meeting with Y, after a tariff deal"
    meet_first = bool(met and (len(people) > 1 or sides or pair) and met.start() < first_cue(text))
    if (act == "tariff" and not meeting_about_measure(text) and not meet_first) or (
        q is not None and q.of == "tariff"
    ):
        return MEASURE
    if trade_flow and q is not None and q.unit in ("USD", "%", TIMES) and not goods_ids:
        return TRADE
    if q is not None and q.unit == "%" and q.of == WORLD and goods_ids:
        return SHARE
    if q is not None and q.unit in ("", "t") and goods_ids:
        return SHARE  # a share word, or a tonnage of the goods (checked as an amount)
    if is_rank(text) and goods_ids:
        return RANK
    if q is not None and q.unit not in ("%", "USD", "") and act == "listing":
        return COUNT
    present = people or venues(ents) or sides or pair
    about = meeting_about_measure(text)  # "agreed to hold talks ... over tariffs": a meeting
    if act and not (meet_first or about):
        return MEASURE  # but "X and Y signed a deal aimed at lowering tariffs" is an event
    if met and (present or about):
        return VISIT
    if trade_flow and q is not None:
        return TRADE
    return OTHER
