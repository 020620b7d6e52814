"""What a claim's words say of a measure, read for its frame (`frames.read`) and for the
checkers: the measure's action, strongest reading first (`action`), whether it forbids
outright or bans imports only, the trade flow it acts on, whether it is denied, already in
force or takes effect, the customs codes it lists, a meeting about it, the measure a claim
answers (`answered_spans`) and a tariff claim's new rate (`new_rate`). Words from
`data/lexicon/claims.yaml`; nothing here decides whether a claim is true.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.article import rate_roles
from analysis.article.claim_words import first_cue, patterns
from analysis.article.event_clauses import time_clause_spans
from analysis.article.measure_acts import first_easing
from analysis.article.quantities import Quantity, figures

_DOMINANCE = re.compile(
    r"\bcontrol(?:s|led|ling)?\s+(?:(?:about|around|roughly|nearly|almost|over|more than|"
    r"some|at least|up to)\s+)?(?=\d|most\b|much\b|half\b|a third\b|two[- ]thirds\b|"
    r"three[- ]quarters\b|the (?:vast |overwhelming )?(?:majority|bulk)\b)",
    re.I,
)


# A claim's text is read for its action by several checks (measure, ban, tariff...): about
# half of the calls of a fact-check repeat a text already read. The words come from the
# lexicon patterns, which are read once per process (`claim_words.patterns`).
@lru_cache(maxsize=8192)
def action(text: str) -> str:
    """What a measure does, strongest reading first: a relaxation (also of a ban named after
    it: 'lifted its ban'), a listing, a ban that a
    licence qualifies ('prohibited ... without a licence' is a licence), a ban, a licence,
    else the first named of a licence, a tariff, an investment rule, a subsidy, a law, a
    restriction or a sanction ('has sanctioned dozens of Chinese firms'). A ban on imports
    (`bans_imports`) is an "import ban", never an export one."""
    cues = patterns()["cues"]
    text = _DOMINANCE.sub(" ", text)  # "controls 85% of processing" holds, not restricts
    text = patterns()["market_control"].sub(" ", text)  # "monopoly control over": a hold
    text = patterns()["legal_basis"].sub(" ", text)  # "in accordance with the ... Law": a basis
    text, referred = patterns()["law_referred"].subn(" ", text)  # "updates to the EAR"
    text = patterns()["relations"].sub(" ", text)  # "eased US-China ties": not a measure
    text = patterns()["market_forces"].sub(" ", text)  # "lower oil prices": the market's
    text = patterns()["not_legislation"].sub(" ", text)  # "Newton's third law": no act
    eased, banned = first_easing(text), cues["ban"].search(text)
    if eased and (not banned or eased.start() <= banned.start()):
        # "lifted its ban on ...", "the ban was lifted": the ban is what was eased
        return "relaxation"
    if cues["listing"].search(text):
        return "listing"
    if bans_imports(text):
        return "import ban"  # "prohibiting imports of poultry": not an export ban
    if patterns()["investment_bans"].search(text):
        return "investment"  # "the investment ban", "trading of securities ... prohibited"
    if banned := cues["ban"].search(text):
        return "licence" if qualified_ban(text, banned) else "ban"
    # otherwise the kind named first: "escalated its export controls, reigniting the tariff
    # war" is a restriction; of two named at one place, the longer reading ("countermeasures
    # against US defence firms" is a sanction, "countermeasures" alone a restriction)
    kinds = ("licence", "tariff", "investment", "subsidy", "law", "restriction", "sanction")
    found = [(m.start(), m.end(), name) for name in kinds if (m := cues[name].search(text))]
    found.sort(key=lambda f: (f[0], -f[1]))
    if all(name == "law" for *_, name in found) and patterns()["rules_in_effect"].search(text):
        return "restriction"  # "the rules on graphite, which took effect on ...": in force
    if len(found) > 1 and found[0][2] == "restriction" and found[1][0] <= found[0][1] + 1:
        return found[1][2]  # "export control law": the head of the compound decides
    if found or referred:
        return found[0][2] if found else "restriction"
    return "order" if cues["order"].search(text) else ""  # what the order does is unsaid


def goods_listed(text: str, goods_at: tuple[int, ...], parties_at: tuple[int, ...]) -> bool:
    """Whether a listing clause adds goods to a list ("added graphite to the list of export
    control items": a good the claim names, at one of `goods_at`, between the verb and the
    list), and no party (none of `parties_at`, no `party_nouns` noun): the list is of
    controlled goods, and the clause an export control on them (round 35, fx35a)."""
    p = patterns()
    for m in p["added_to_list"].finditer(text):
        start, end = m.span("added")
        if not any(start <= at < end for at in goods_at):
            continue
        if any(start <= at < end for at in parties_at):
            return False
        return not p["party_nouns"].search(m.group("added"))
    return False


def meeting_about_measure(text: str) -> bool:
    """'talks between senior officials on tariffs': the measure words of a text are what a
    meeting was about (a meeting word, then 'on', 'over', 'about' ... just before the first
    measure word, with no verb of imposition between)."""
    met = patterns()["meetings"].search(text)
    cue = first_cue(text)
    if met is None or met.end() > cue:
        return False
    between = text[met.end() : cue]
    return (
        len(between.split()) <= 12
        and not re.search(r"[.;]", between)
        and not patterns()["imposition"].search(between)
        and bool(patterns()["meeting_topic"].search(between))
    )


def qualified_ban(text: str, ban: re.Match[str]) -> bool:
    """Whether a licence qualifies the ban `ban` of `text` ("prohibited ... without a
    licence", "a ban on ..., when it introduced a licensing system"): a licence named in
    the ban's own clause, not in a clause with a subject of its own set off by a comma
    (`own_clause`: "After banning exports of gallium in December, China is now restricting
    exports of tungsten by requiring licences" tells a ban, then a licence of another act;
    round 34, fx34m)."""
    cuts = [m.start() for m in patterns()["own_clause"].finditer(text)]
    start = max((c for c in cuts if c < ban.start()), default=0)
    end = min((c for c in cuts if c >= ban.end()), default=len(text))
    return patterns()["cues"]["licence"].search(text, start, end) is not None


def forbids(text: str) -> bool:
    """Whether a claim says something is forbidden outright (a ban not qualified by a
    licence: 'prohibited without a licence' does not forbid)."""
    cues = patterns()["cues"]
    bans = [
        m
        for m in cues["ban"].finditer(text)
        if not patterns()["power_to"].search(text[: m.start()])
    ]
    banned = bool(bans) and not qualified_ban(text, bans[0])
    # "lifted its ban" forbids nothing; an import ban is checked as an import measure
    return banned and action(text) not in ("relaxation", "import ban")


EXPORT = re.compile(r"\bexport(?:s|ed|ing)?\b", re.I)


def bans_imports(text: str) -> bool:
    """Whether a text bans imports and says nothing of exports ('is prohibiting imports of
    poultry from two US exporters'; words `import_bans` in data/lexicon/claims.yaml)."""
    found = patterns()["import_bans"].search(text)
    return bool(found) and not EXPORT.search(text[: found.start()] + text[found.end() :])


def refers_to_measure(text: str) -> bool:
    """Whether a text refers back to a measure named before ('the rules', 'these curbs')."""
    return bool(patterns()["anaphora"].search(text))


def relaxes_told(text: str) -> bool:
    """Whether a text relaxes a measure told before, named again ("That clause is now paused",
    "delayed some of the levies": `relaxed_anaphora`; round 41, undet41); not when firms are
    its subject ("Chinese buyers have paused their orders": their own purchases; review of
    round 41, rev41)."""
    p = patterns()
    firms = p["firm_subject"].match(text, p["firm_opening"].match(text).end())
    return action(text) == "relaxation" and not firms and bool(p["relaxed_anaphora"].search(text))


def imposes_told(text: str) -> bool:
    """Whether a text puts in place or revises a measure it names only by referring back to
    it ("implemented their own measures", "updated these rules": `told_measure_verbs`; round
    41, undet41)."""
    return bool(patterns()["imposes_told"].search(text))


def acts_on(text: str) -> bool:
    """Whether a text names what a measure acts on without naming goods: a trade flow
    ('shall not be exported'), or an earlier measure ('the new rules')."""
    return bool(patterns()["objects"].search(text)) or refers_to_measure(text)


_CODE = re.compile(r"\b\d{4}(?:\.?\d{2}){1,3}\b")


def names_codes(text: str) -> bool:
    """Whether a text introduces customs codes ('Refer to customs commodity numbers')."""
    return bool(patterns()["codes"].search(text))


def customs_codes(text: str) -> tuple[str, ...]:
    """The customs (HS) codes a text lists after its words for them, without dots."""
    m = patterns()["codes"].search(text)
    if not m:
        return ()
    return tuple(dict.fromkeys(c.replace(".", "") for c in _CODE.findall(text[m.end() :])))


def unpublished(text: str) -> str | None:
    """The words saying a measure was notified privately ('sent in letters to top
    toolmakers'), or None."""
    m = patterns()["unpublished"].search(text)
    return m.group(0) if m else None


def denies_measure(text: str) -> bool:
    """Whether a measure claim denies something ('were not directed at', 'has not banned');
    a licence or a ban stated by a negation ('shall not be exported without permission',
    'shall not be permitted') does not, nor a negation restricting a noun ('countries not
    on the list', `restrictive_negation`), nor one a relaxation cue holds (an order 'not to
    enforce' a rule relaxes it)."""
    p = patterns()
    bans = [m.span() for m in p["cues"]["ban"].finditer(text)]
    bans += [m.span() for m in p["restrictive_negation"].finditer(text)]  # "not on the list"
    bans += [m.span() for m in p["cues"]["relaxation"].finditer(text)]  # "not to enforce"
    negations = [
        m
        for m in p["measure_negation"].finditer(text)
        if not any(a <= m.start() < b for a, b in bans)
    ]
    return bool(negations) and not p["cues"]["licence"].search(text)


def says_already(text: str) -> bool:
    """Whether a text says a measure applies already ('now', 'immediately')."""
    return bool(patterns()["immediacy"].search(text))


def takes_effect(text: str) -> bool:
    """Whether a text says something takes effect ('go into effect', 'in force')."""
    return bool(patterns()["effect_verbs"].search(text))


def issued(text: str) -> bool:
    """Whether a text says in the passive that something was issued ('was issued on',
    'were announced')."""
    return bool(patterns()["issued_passive"].search(text))


def opens_with_effect(sentence: str) -> bool:
    """Whether a line opens, with no subject, on a measure taking effect ('Formally
    implemented from September 15, 2024', 'Effective from 1 December'): the measure named
    before it."""
    m = patterns()["effect_verbs"].search(sentence)
    return bool(m) and re.fullmatch(r"\W*(?:\w+ly\s+)?", sentence[: m.start()]) is not None


def new_rate(text: str, spans: list[tuple[int, int]]) -> Quantity | None:
    """The first percentage of a tariff claim outside `spans` that is not the rate it
    replaces ("from 34 per cent to 80 per cent", "the 10% tariff ... will increase to 20%":
    `rate_roles.replaced`), or None when there is none."""
    return next(
        (
            q
            for at, q in figures(text, spans)
            if q.unit == "%" and not rate_roles.replaced(text, at, at + len(q.text))
        ),
        None,
    )


def answered_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that tell the measure a claim answers or follows, whose figures
    are that measure's, not the claim's (the quantity and the tariff rates are read outside
    them): a measure named after a word of answering or sequence after the claim's own act
    (`answered_figure`: "responded to the earlier 10% tariff with ..."; a phrase opening
    the clause tells a measure of its own and is read: "In April, after America slapped
    China with 54% tariffs, China began ..."), and a clause of sequence after a comma that
    ends the claim ("..., following the increase to 20% of US duties")."""
    spans = [
        m.span()
        for m in patterns()["answered_figure"].finditer(text)
        if re.search(r"\w", text[: m.start()].rsplit(",", 1)[-1])
    ]
    earlier = patterns()["earlier_event_clause"].search(text)
    if earlier is not None and "," not in text[earlier.end() :]:
        spans.append((earlier.start(), len(text)))
    return spans + time_clause_spans(text)  # "weeks after X had imposed a 10% tariff"
