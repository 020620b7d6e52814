"""The role of a date in a claim, read from the words around it: the day a measure was
announced, took effect or was reported, the start of a period, its last day, or the date
of another measure the claim refers to (`analysis.article.frames` puts it in the frame)."""

from __future__ import annotations

import re

from analysis.article.claim_words import first_cue, patterns
from analysis.article.date_refs import DateRef


def role_of(d: DateRef, text: str, start: int, sentence: str) -> str:
    """A date's role, read before it in the claim, or in its sentence when the date is
    outside the claim (a clause dated by its sentence)."""
    at = sentence.find(d.text)
    if at >= 0 and re.search(r"\bsince\s+$", sentence[max(0, at - 12) : at], re.I):
        return "since"  # "Since January 20, 2025, China has added ...": a period's start
    if at >= 0 and _standing(sentence, at, len(d.text)):
        return "standing"  # "As of November 10, 2025, China has suspended ...": a state
    if start <= d.start_char <= start + len(text):
        at = d.start_char - start
        if (
            _said_of_earlier(text, at)
            or patterns()["reaction_before"].search(text[:at])
            or _said_of_anterior(text, at, len(d.text))
        ):
            return "said"
        if _saying_is_the_claim(text, at, len(d.text)):
            return "saying"
        lead = sentence[: max(0, sentence.find(text))]  # the sentence before the claim
        return _role(text, d.start_char - start, len(d.text), lead)
    at = sentence.find(d.text)
    return _role(sentence, at, len(d.text)) if at >= 0 else "acted"


def _standing(sentence: str, at: int, size: int) -> bool:
    """Whether the date at `at` of `sentence` follows "as of" (`standing_as_of`) and the
    sentence goes on in the present perfect (`standing_perfect`): where things stand on that
    day ("As of November 10, 2025, China has suspended its ban"), not when anything was done
    (round 38, fx38d). "As of 1 December, exports will need licences" is the day they start."""
    if not patterns()["standing_as_of"].search(sentence[max(0, at - 12) : at]):
        return False
    return patterns()["standing_perfect"].search(sentence, at + size) is not None


# How far after a date that opens its clause a report word makes it the day of the report.
_REPORT_AFTER = 40
# How far back before a report word its subject is looked for ("the General Administration
# of Customs, revealed on Friday").
_ISSUER_BACK = 90
_OPENS = re.compile(r"^\W*(?:(?:on|in|at|by|late|early|last|this)\s+)*$", re.I)
# A trailing clause of attribution up to the date: ", a ministry spokeswoman said at a press
# conference on" (no comma in between)
_SAID_CLAUSE = re.compile(r",\s*(?:[\w.'’-]+\s+){0,8}?(?:said|says|told|stated)\b[^,;:]*$", re.I)


def _said_of_earlier(text: str, ref_start: int) -> bool:
    """A date in a trailing 'X said ... on <date>' clause whose main clause calls the measure
    earlier ("China's recently announced controls are lawful, a spokeswoman said on
    Thursday"): the day of the saying, after the measure's own days."""
    said = _SAID_CLAUSE.search(text[:ref_start])
    return bool(said) and bool(patterns()["earlier_measure"].search(text[: said.start()]))


def saying_verb(before: str) -> re.Match[str] | None:
    """The verb of saying whose own date ends `before` (`act_speech_verbs`, then only the
    shape of `act_speech_date`: "said on Tuesday", "told reporters in Beijing on", "said in
    a statement on"); None when the date follows anything else ("said exports fell in"),
    or what is said ("said on Friday it would impose ... from": `reported_clause`)."""
    words = patterns()
    for m in reversed(list(words["act_speech_verbs"].finditer(before))):
        gap = before[m.end() :]
        if words["act_speech_date"].fullmatch(gap) and not words["reported_clause"].search(gap):
            return m
    return None


# The roles a date of the saying may have been read in: the saying taken as the act.
_SAYING_AS_ACT = ("announced", "acted", "published")
# The roles of a report's own date that time what was done (not a start, a last day or
# another measure's day).
_REPORT_OWN = ("announced", "acted", "published", "effective")


def said_before_report(
    text: str, start: int, dates: list[DateRef], roles: list[str], tense: str
) -> list[str]:
    """The roles of a claim's dates, with a saying's date (`saying_verb`) read as the act's
    turned to `said` when the report names a day of its own that ends before it ("announced
    on 5 May that the tariffs took effect in April", "said on Friday the curbs applied from
    1 August"): the act was done before the saying, which is not its announcement (round
    36, fx36h). `dates` and `roles` are in the same order; dates outside the claim keep
    theirs. A sentence looking ahead (`tense` future: "will require permits from Dec. 1,
    the ministry said on Friday") reports what is still to come: its dates stay."""
    out = list(roles)
    if tense == "future":
        return out
    for i, d in enumerate(dates):
        at = d.start_char - start
        if roles[i] not in _SAYING_AS_ACT or not 0 <= at <= len(text) or d.start is None:
            continue
        if saying_verb(text[:at]) is None:
            continue
        if any(
            j != i and r in _REPORT_OWN and o.end is not None and o.end < d.start
            for j, (o, r) in enumerate(zip(dates, roles, strict=True))
        ):
            out[i] = "said"
    return out


def _said_of_anterior(text: str, ref_start: int, size: int) -> bool:
    """A date of a saying ("X said on Tuesday that China had imposed ...", "China had
    imposed ..., a spokesman said on Tuesday") whose report is in the pluperfect
    (`earlier_act`): what was said was done before the saying, so the saying's day is not
    the day of the act (round 36, fx36h). A saying whose report is not anterior ("the
    ministry said on Friday that China will require permits", "said Wednesday it is
    adding") is the announcement itself, and its date stays the announcement's."""
    verb = saying_verb(text[:ref_start])
    if verb is None:
        return False
    report = text[: verb.start()] + " " + text[ref_start + size :]
    return patterns()["pluperfect"].search(report) is not None


def _saying_is_the_claim(text: str, ref_start: int, size: int) -> bool:
    """A date of a saying that reports no clause ("Raimondo spoke at the Reagan National
    Defense Forum on Saturday about ... export controls", "Mnuchin had flagged the trip to
    reporters on Thursday"): the saying's verb is the claim's (only its subject before it,
    no clause mark) and neither "that" nor a finite verb follows (`reported_clause`), so the
    claim tells that a saying took place, and what it was about (a measure, a trip) is only
    named (role `saying`; round 36, fx36h)."""
    verb = saying_verb(text[:ref_start])
    if verb is None or re.search(r"[,;:]", text[: verb.start()]):
        return False
    rest = text[ref_start + size :]
    return patterns()["reported_clause"].search(rest) is None


def _names_changed_measure(before: str, after: str) -> bool:
    """Whether a date names the measure its claim changes rather than the change: a word of
    changing a measure comes first ('suspended', 'amended', 'raising'), and the date
    modifies a measure noun after a determiner that is the change word's object (at most
    three words after it: 'suspended the Feb. 4 blanket tariffs', 'its 2024 curbs'; not
    'suspended its ban ... in its 9 November announcement') or is a numbered instrument's
    year ('Announcement No. 46 (2024)'), or ends a restrictive relative clause on that object
    whose verb imposes it ('suspended the curbs on graphite that it announced on 9
    October', 'lifted the tariffs Beijing imposed in May')."""
    words = patterns()
    if not words["measure_changed"].search(before):
        return False
    if (rel := words["changed_relative"].search(before)) and _relative_on_changed(before, rel):
        return True  # "suspended the controls on graphite that it announced on 9 October"
    if words["numbered_instrument"].search(before):
        return True
    return bool(words["dated_measure_before"].search(before)) and bool(
        words["dated_measure_after"].match(after)
    )


def _relative_on_changed(before: str, rel: re.Match[str]) -> bool:
    """Whether a relative clause after a change word qualifies the changed measure: no
    phrase of `changed_object_gap` and a determiner stands between the change word and the
    clause ("suspended the controls on rare earths in a notice that it issued on 7
    November": the notice's day, the suspension's own)."""
    words = patterns()
    change = list(words["measure_changed"].finditer(before, 0, rel.start()))
    if not change:
        return False
    return not words["changed_relative_gap"].search(before, change[-1].end(), rel.start())


def _role(text: str, ref_start: int, size: int = 0, lead: str = "") -> str:
    """Until (the last day) after 'until'; object after a measure imposed 'on' it (the date
    of another measure); effective after 'take effect', 'from'...; reported after
    'disclosed', 'leaked'..., or right before them when the date opens the clause ('On
    Wednesday, the company disclosed that ...'): the day news of a measure came out, which
    the catalog does not hold; announced in a text with an announcing word (not one of a
    predicate joined after the date, `coordinated_predicate`), published when that word is
    one of publishing (`_published`); else acted (what
    was done that day: 'restricted exports in July' may mean the announcement or the day it
    applied). A report word whose subject is a government body (`lead`: the sentence
    before the claim) is the issuer announcing: not a report."""
    before = text[max(0, ref_start - 40) : ref_start]
    if patterns()["until"].search(before):
        return "until"  # "takes effect from Sunday until Nov 27, 2026": the last day
    if patterns()["imposed_on"].search(before):
        return "object"  # "the suspension of other export controls imposed on Oct 9"
    after = text[ref_start + size : ref_start + size + _REPORT_AFTER]
    if _names_changed_measure(text[:ref_start], after):
        return "object"  # "suspending its 2024 export curbs": the curbs' date, not the suspension's
    told = patterns()["report"].search(after)
    if (said := patterns()["report"].search(before)) or (
        told and _OPENS.match(text[:ref_start]) and first_cue(after) > told.start()
    ):
        # who reveals: a government body issuing the measure announces it
        who = (
            (lead + text[: ref_start - len(before) + said.start()])[-_ISSUER_BACK:]
            if said
            else after[: told.start()]
        )
        if not patterns()["issuer"].search(who):
            return "reported"
    if patterns()["effect"].search(before):
        return "effective"
    # the date's own predicate: not one joined after it ("imposed curbs in August 2023 and
    # further announced graphite restrictions on October 20": August is no announcement)
    joined = patterns()["coordinated_predicate"].search(text, ref_start + size)
    own = text[: joined.start()] if joined else text
    if not patterns()["announce"].search(own):
        return "acted"
    return "published" if _published(own, ref_start) else "announced"


def _published(own: str, ref_start: int) -> bool:
    """Whether the date's own announcing word (the nearest before it, else the first after
    it) is a word of publishing ("On May 19, 2020, BIS published an interim final rule";
    "announced on 2 December ... will be published in the Federal Register on 5 December"
    dates each by its own verb; round 35, fx35e)."""
    words = list(patterns()["announce"].finditer(own))
    before = [m for m in words if m.end() <= ref_start]
    verb = before[-1] if before else words[0]
    return patterns()["publish"].fullmatch(verb.group()) is not None
