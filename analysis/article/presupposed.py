"""Clauses that take a measure as given and assert something else about it: what it cost,
what it did, what it dates. The fact-check leaves them not checkable."""

from __future__ import annotations

import itertools
import re

from analysis.article.claim_words import first_cue, patterns, words
from analysis.article.date_patterns import DATE_WORD
from analysis.article.quantities import states_money
from analysis.data import cache as cache_

# A date right after a word of taking effect: "starting 1 August", "from December 1",
# "as of January 2025", "effective Monday".
_DATE_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + DATE_WORD + ")", re.I
)


def presupposes_measure(
    text: str, sentence: str = "", licence: bool = False, goods_at: tuple[int, ...] = ()
) -> bool:
    """Whether a clause takes a measure as given and asserts something else about it
    ("meeting the restrictions could cost ..."): it names the measure with a determiner or
    possessive, or as what something is subject to, and has no verb that imposes, changes
    or dates one; or it says licences were granted under it (approvals, not the measure); or
    it says what a law or rule provides ("the law also clarifies that ..."); or it names the
    measure as its subject and says something else of it (`given_subject`); or what the
    listing told before entails (`entails_listing`, in its `sentence`), or what it bars the
    listed parties from (`listed_parties_barred`), or what dealings with anyone on a list
    are barred (`bars_dealings_with_listed`); or how licences are reviewed
    (`reviews_licences`). A clause that says what the measure it names covers
    (`states_scope`, with the offsets of the goods it names, `goods_at`) is none of the
    first two: the catalog records a measure's scope; nor is a clause whose subject is the
    goods it names undergoing the measure (`goods_undergo`: "gallium is subject to export
    controls")."""
    p = patterns()
    scoped = states_scope(text, goods_at)
    return (
        bool(p["granted"].search(text))
        or describes_instrument(text)
        or bool(
            p["presupposed"].search(text)
            and not scoped
            and not goods_undergo(text, goods_at)
            and not p["imposition"].search(text)
            and not p["effect_verbs"].search(text)
            and not dated_start(text)
        )
        or (given_subject(text) and not scoped)
        or dates_by_measure(text)
        or states_effect(text)
        or answers_measure(text)
        or answered_in(text, sentence)
        or entails_listing(text, sentence, licence)
        or bars_listed_parties(text, sentence)
        or bars_dealings_with_listed(text)
        or reviews_licences(text)
        or adjunct_only(text, goods_at)
    )


# The verb of a clause's subject: auxiliaries and adverbs, then the first word that is not
# a function word (a lowercase word: "The controls China announced" has no verb here).
_AUX = (
    r"will|would|could|can|may|might|must|shall|should|is|are|was|were|be|been|being|has|have|had"
)
_VERB = re.compile(
    r"\s+(?P<aux>(?:(?:" + _AUX + r"|do|does|did|not|also|now|first|still|already|only|\w+ly)"
    r"\s+)*)(?!(?:the|a|an|of|on|in|for|to|by|with|at|from|that|which|who|and|or|as|under|"
    r"over|against)\b)(?P<verb>[a-z][\w-]*)(?P<next>\s+[a-z]+)?"
)
# What the measure is on, between the subject and an auxiliary ("The tariff on US goods
# was confirmed"): a verb with no auxiliary cannot be told from the words of its object.
_ON = re.compile(
    r"\s+(?:on|against|over)(?:\s+(?!(?:that|which|who)\b)[\w.'’%-]+){1,6}?(?=\s+(?:"
    + _AUX
    + r")\s)"
)
# The agent of a participle of imposing right after the subject's measure noun, up to an
# auxiliary ("Trade tariffs imposed by the Trump administration and sanctions against
# Chinese firms are ..."): it describes the measure, the clause's verb comes after it.
_AGENT = re.compile(
    r"\s+by(?:\s+(?!(?:that|which|who)\b)[\w.'’%-]+){1,8}?(?=\s+(?:" + _AUX + r")\s)"
)
# A headline's infinitive after its subject ("Chinese mineral export controls to spell
# shortages"): what the measure is to do.
_HEADLINE_TO = re.compile(r"\s+to\s+(?P<aux>)(?P<verb>[a-z][\w-]*)(?P<next>\s+[a-z]+)?")


def _described_by(text: str, subject: re.Match[str]) -> re.Match[str] | None:
    """The participle of imposing and its agent right after the subject's measure noun
    ("tariffs imposed by the Trump administration", `measure_described`), up to the
    auxiliary of the clause's verb; None without one."""
    described = patterns()["measure_described"].match(text, subject.start())
    if described is None or described.end() <= subject.end():
        return None
    return _AGENT.match(text, described.end())


# What the verb says of the subject ends at the first clause break.
# (not a bare comma: "reinforce the October 7, 2022, controls" names its measure after one)
_BREAK = re.compile(r"[;:(\u2014]|,?\s(?:which|who|while|whereas|but|said|stated)\s")


def given_subject(text: str) -> bool:
    """'The retaliatory measure was confirmed by the ministry', 'The new curbs strengthen
    enforcement of existing limits': the clause opens with a measure named with a
    determiner or possessive (`given_measure_subject`), with what it is on before an
    auxiliary at most; the verb of that subject neither imposes, changes nor ends one
    (`imposition_verbs`: "The new rules restrict exports of X", "The ban was lifted") nor
    its level (`growth`: "The tariff will rise to 50%"), the subject holds no participle
    of imposing ("Beijing's recently announced controls"), no
    verb of taking effect or date of its first or last day is in the clause ("The ban took
    effect on 1 December"), and no other measure is named after the verb before a clause
    break ("The curbs reinforce existing curbs", "These measures follow new US sanctions",
    "are similar to those in place since ...": two measures related, each one the catalog
    dates), and the clause does not tell the measure's level as its predicate ("tariffs are
    generally around 30%": `level_told`, round 36): the clause says something else about a
    measure it takes as given ("The export restriction came following years of pressure")."""
    p = patterns()
    subject = p["given_subject"].match(text)
    on = subject and (_ON.match(text, subject.end()) or _described_by(text, subject))
    verb = subject and (
        _VERB.match(text, on.end() if on else subject.end())
        or _HEADLINE_TO.match(text, subject.end())
    )
    if not verb or p["level_told"].match(text, on.end() if on else subject.end()):
        return False  # "tariffs are around 30% on ...": the measure's level, which is recorded
    after = _BREAK.split(text[verb.end("verb") :], maxsplit=1)[0]
    # the verb read right after the subject ("The controls will target": "controls target")
    probe = f"{subject.group(0)} {verb['verb']}{verb['next'] or ''}"
    return not (
        p["imposition"].search(probe, subject.end())
        # a change of the measure's own level ("The US tariff on EVs will rise to 50%")
        or p["not_shares"]["growth"].match(verb["verb"])
        # ... or later in the clause ("EV duties were impacted, quadrupling from 25% to 100%")
        or bool(p["not_shares"]["growth"].search(text, verb.end("verb")))
        # a participle of imposing in the subject ("Beijing's recently announced controls")
        or any(m.group(0).endswith("ed") for m in p["imposition"].finditer(subject.group(0)))
        or p["effect_verbs"].search(text)
        or dated_start(text)
        or first_cue(after) < len(after)
    )


def states_scope(text: str, goods_at: tuple[int, ...] = ()) -> bool:
    """'These restrictions mainly affect seven rare earth elements', 'the new tariffs affect
    $18 billion in imported goods', 'The restrictions included a ban on the export of
    chips': a measure named as the clause's subject (`given_measure_subject`), whose verb
    says what it covers (`measure_scope_verbs`), followed before a clause break by a good
    (one of `goods_at`, offsets in `text`), a dollar figure or a measure word: the clause
    states the measure's scope, which the catalog records, not something else of it. "The
    tariffs affect American farmers" names none of them (round 30, fcm30)."""
    scope = _scope(text)
    if scope is None:
        return False
    subject, start, after = scope
    if _other_kind(subject, after):
        return False
    return (
        first_cue(after) < len(after)
        or states_money(after)
        or any(start <= at < start + len(after) for at in goods_at)
    )


def goods_undergo(text: str, goods_at: tuple[int, ...] = ()) -> bool:
    """'Since 9 October holmium and erbium are subject to Chinese export controls': goods
    the claim names (one of `goods_at`, offsets in `text`) before a verb of undergoing a
    measure (`affected_after`: "are subject to", "was hit with" a measure noun), with no
    measure word before that verb, are the subject the measure falls on: the clause says
    which goods the measure covers, which the catalog records (its goods), as
    `states_scope` does of a measure's own verb. The good must be the subject's head: in
    the clause before the verb (after its last break), before any `undergo_head_breaks`
    word or relative pronoun ("Buyers of gallium", "Companies that export gallium" undergo
    it themselves, review of round 31). A subject naming no good ("Exporters are subject
    to licence requirements", "the product becomes subject to these controls") or a
    measure ("The curbs on gallium are subject to review") still takes the measure as
    given (round 31, fcm31)."""
    undergo = patterns()["affected_after"].search(text)
    if undergo is None or first_cue(text) < undergo.start():
        return False
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, undergo.start())), default=0)
    head = patterns()["undergo_head_breaks"].search(text, start, undergo.start())
    end = head.start() if head else undergo.start()
    return any(start <= at < end for at in goods_at)


# The clause whose subject `goods_undergo` reads starts after the last of these before its verb.
_CLAUSE_BREAK = re.compile(r"[,;:(\u2014]")


def scope_in_dollars(text: str) -> bool:
    """'The new tariffs affect $18 billion in imported goods': the scope `states_scope`
    reads is a dollar figure, which only the measure's coverage in the tariff table can
    decide (`tariff_checks.check_tariff`: a figure no measure it may mean covers is not
    checked, review of round 30)."""
    scope = _scope(text)
    return scope is not None and states_money(scope[2])


def scope_verb_at(text: str, at: int) -> re.Match[str] | None:
    """The verb saying what a measure covers (`measure_scope_verbs`) that follows offset
    `at` of `text` (white space first), after auxiliaries and adverbs only ("will now apply
    to"); None without one."""
    verb = _VERB.match(text, at)
    return patterns()["scope_verbs"].match(text, verb.start("verb")) if verb else None


def _other_kind(subject: str, after: str) -> bool:
    """Whether what a tariff covers (`after` its verb) opens with a measure of another
    kind: "These tariffs include a ban on exports of chips" relates two measures, which
    the catalog does not record, and the goods after it are the ban's; a tariff holds
    duties ("The tariffs include a 25% duty on steel"), and other measures may hold any
    measure ("The restrictions included a ban on ...", review of round 30)."""
    at = first_cue(after)
    tariff = patterns()["cues"]["tariff"]
    return at < len(after) and bool(tariff.search(subject)) and not tariff.match(after, at)


def _scope(text: str) -> tuple[str, int, str] | None:
    """The measure named as the clause's subject, where what it covers starts (after its
    `measure_scope_verbs` verb) and the words up to the clause break; None without one."""
    p = patterns()
    subject = p["given_subject"].match(text)
    on = subject and _ON.match(text, subject.end())
    verb = subject and _VERB.match(text, on.end() if on else subject.end())
    scope = verb and p["scope_verbs"].match(text, verb.start("verb"))
    if not scope:
        return None
    return subject.group(0), scope.end(), _BREAK.split(text[scope.end() :], maxsplit=1)[0]


# A relative clause opened after a comma: what follows describes the noun before it.


# The verb of `listed_parties_barred` as a participle ("are barred", "will be banned"):
# what the parties undergo, not what an acting subject does ("the rule prohibits ...").
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b", re.I)


def bars_listed_parties(text: str, sentence: str = "") -> bool:
    """'They will be barred from engaging in China-related import or export activities':
    what a listing bars the listed parties from (`listed_parties_barred`), said of them (a
    reference back to them before a participle: `listed_subject`), says what the listing
    entails, not a measure of its own. Said of others ("US investors are barred from making
    new investments under a Treasury rule") or by an acting subject ("the rule prohibits
    Americans from ...") it states a measure, which is checked. In a relative clause
    ("added 11 others into its unreliable entity list, which prohibits them from ...") it
    describes the list of a listing the clause itself asserts, which is checked. A clause
    cut from its subject ("will be banned from ...") takes it from the rest of its
    `sentence` before it."""
    found = patterns()["listed_parties_barred"].search(text)
    if found is None or patterns()["relative_after_comma"].search(text, 0, found.start()):
        return False
    subject = text[: found.start()].rstrip()
    if (at := sentence.find(text)) > 0:
        subject = f"{sentence[:at]} {subject}".strip()
    return bool(
        _PARTICIPLE.match(found.group(0)) and patterns()["listed_subject"].search(_head(subject))
    )


def bars_dealings_with_listed(text: str) -> bool:
    """'US companies are forbidden from doing business with companies placed on the entity
    list': a ban word before whoever is on a list, named as such (`listed_anyone`), with no
    listing told before them, says what any listing entails, not a measure of its own. A
    listing told first ("added 12 firms to the Entity List, and companies listed on it are
    barred ...") asserts that listing, and is checked; so is a ban on goods that names no
    listed parties."""
    p = patterns()
    anyone = p["listed_anyone"].search(text)
    if anyone is None or p["cues"]["listing"].search(text, 0, anyone.start()):
        return False
    return bool(p["bans"].search(text, 0, anyone.start()))


# A relative pronoun: what follows it describes the subject's head noun.


def _head(before: str) -> str:
    """The subject right before a verb, from the words before it: after the last clause
    break or verb of saying (`subject_opening`: "They said US investors" -> "US
    investors"), up to a relative pronoun ("Investors who buy into the firms" ->
    "Investors"). An aside naming a part of the subject ("Those added to the list,
    including Shield AI and Sierra Nevada,": `part_of_whole`) opens no subject."""
    before = patterns()["part_aside"].sub(" ", before)
    opened = list(patterns()["subject_opening"].finditer(before))
    subject = before[opened[-1].end() :] if opened else before
    return patterns()["relative"].split(subject, maxsplit=1)[0].strip()


def reviews_licences(text: str) -> bool:
    """'Applications for licenses involving listed entities will be presumptively denied':
    how licence applications under a measure are reviewed (`licence_review`), with no verb
    that imposes a measure, takes the measure as given; the catalog does not record review
    policies ("imposed a licence requirement with a presumption of denial on ..." imposes
    one and is checked)."""
    p = patterns()
    return bool(p["licence_review"].search(text) and not p["imposition"].search(text))


def entails_listing(text: str, sentence: str = "", licence: bool = False) -> bool:
    """'That action imposed a license requirement on exporting ...', 'With the final rule,
    ... a license requirement for all exports ... to which these seven entities are
    parties': a licence requirement (`licence_requirement`) with a reference back to the
    listing or rule just told (`rule_back`) or to the listed parties (`listing_entails`),
    in the clause or the rest of its
    `sentence`, says what that listing entails, not a measure of its own. A licence named
    as the condition an act is barred without (`licence_withheld`) counts only with a back
    reference to the listed parties, not to a rule alone ('Under the new rule, companies
    cannot ship chips without a license' states the rule). A clause read as a `licence`
    may be a piece of such a sentence: its requirement may be anywhere in it. A clause that
    tells the listing itself before its reference back ("the US added SMIC to the Entity
    List; exports to the listed entities require a license": a `listing` measure word
    before it) asserts that listing, and is checked (round 30, dt25)."""
    p = patterns()
    own = p["listing_entails"].search(text)
    if own and p["cues"]["listing"].search(text, 0, own.start()):
        return False
    parties = p["listing_entails"].search(sentence or text)
    back = parties or p["rule_back"].search(sentence or text)

    def named(key: str) -> bool:
        return bool(p[key].search(text) or (licence and sentence and p[key].search(sentence)))

    # a licence an act is barred without: only the listed parties' (review of round 30)
    withheld = parties and named("licence_withheld")
    return bool((back and named("licence_requirement")) or withheld)


def dated_start(text: str) -> bool:
    """'Starting 1 August, suppliers will be subject to licensing requirements': a word of
    taking effect right before a date says when the measure applies, so the clause asserts
    it (as an effect verb does), not takes it as given. So does a word of its last day
    ('the suspension will last until 27 May 2026'): the catalog records both days; and a
    party's state under the measure since a day ('Huawei has been subject to US export
    restrictions since May 2019', `state_since`): the measure began then."""
    p = patterns()
    found = (p["effect"], p["until_word"], p["state_since"])
    return any(
        _DATE_AFTER.match(text, m.end())
        for m in itertools.chain.from_iterable(x.finditer(text) for x in found)
    )


# At most this many words between the words of answering and the measure answered
# ("hit back at Western export restrictions": two).
_ANSWERED_WORDS = 3


def answers_measure(text: str) -> bool:
    """'It's the second time China has hit back at Western export restrictions': every
    measure word follows a word of answering one (`response_to`), and no verb outside that
    phrase imposes a measure: the clause names only the measure answered and says that
    someone responded, a claim about motive, not a measure taken ("China retaliated
    against the curbs with tariffs on US farm goods" imposes its own: not this). A clause
    that opens with the words of answering ("in retaliation to a new 10% tariff by Trump")
    names the measure answered as its own subject and is checked as such."""
    p = patterns()
    # also an effect blamed on a measure: "sales will be blocked due to new US curbs"
    answer = p["response_to"].search(text) or p["caused_by"].search(text)
    if answer is None or first_cue(text) < answer.end() or not text[: answer.start()].strip():
        return False  # "in retaliation to a new 10% tariff by Trump": about that tariff
    between = p["measure_batches"].sub(" ", text[answer.end() : first_cue(text)])
    if len(between.split()) > _ANSWERED_WORDS:  # "the latest round of US tariffs": three
        return False  # "in response to a media inquiry on export controls": not the measure
    # an effect blamed on the measure names no measure before it (no cue: `first_cue`), so
    # a verb there ("Nvidia has announced that ...") announces the effect, not a measure
    blamed = p["response_to"].search(text) is None
    after = _described(text[answer.end() :])  # "tariffs imposed by Trump": the answered's
    # a move told before, opening the clause ("This bold retaliatory move marks the most
    # aggressive response yet to ..."): its words are its subject's, not a measure imposed
    told = _move_subject().match(text, 0, answer.start())
    rest = ("" if blamed else text[told.end() if told else 0 : answer.start()]) + " " + after
    return not p["imposition"].search(rest) and not _own_measure(after)


@cache_.tied(lambda: patterns(), 1)
def _move_subject() -> re.Pattern[str]:
    """A move told before, opening a clause ("This bold retaliatory move marks ..."): a
    determiner or its maker, up to three words and a noun of a move (`reply_lead` in
    data/lexicon/claims.yaml; round 38, fx38c)."""
    return re.compile(
        r"^\W*(?:the|this|that|these|those|its|their|[\w.-]+['’]s)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(words().reply_lead) + r")\b",
        re.I,
    )


def _described(after: str) -> str:
    """What follows a word of answering, without a participle of imposing right after the
    first measure word and its agent's or target's preposition ("tariffs imposed by the
    Trump administration", "curbs placed on Huawei": `measure_described`, the lexicon's
    `imposed_on` before such a preposition): that describes the measure answered, it is no
    verb of the clause (round 30, fcf30)."""
    described = patterns()["measure_described"].match(after, first_cue(after))
    if described is None:
        return after
    participle = described.end() - len(described.group(0).split()[-1])
    return after[:participle] + after[described.end() :]


def answered_in(text: str, sentence: str) -> bool:
    """'It is a response to U.S. restrictions on technology sales to China', of which the
    claim is the measure alone: the claim cut from its sentence right after the words of
    answering is the measure answered, when the sentence up to the claim's end only
    answers it (`answers_measure`; round 30, fcf30)."""
    at = sentence.find(text) if text else -1
    if at <= 0:
        return False
    lead = sentence[:at]
    answer = [*patterns()["response_to"].finditer(lead), *patterns()["caused_by"].finditer(lead)]
    return any(first_cue(lead[a.end() :]) == len(lead) - a.end() for a in answer) and (
        answers_measure(sentence[: at + len(text)])
    )


def _own_measure(after: str) -> bool:
    """Whether what follows the answered measure names a measure of the answer's own
    ("... against the curbs with tariffs on US farm goods", "... by restricting exports")."""
    own = re.search(r"\b(?:with|by)\s", after, re.I)  # "... With Farm Tariffs" in a headline
    return own is not None and first_cue(after[own.end() :]) < len(after) - own.end()


def states_effect(text: str) -> bool:
    """'Restrictions on magnet exports have hit our carmakers': a measure word, then a verb
    of what it did (`measure_effects`), none that imposes one: an effect, not the measure."""
    effect = patterns()["measure_effects"].search(text)
    return (
        effect is not None
        and first_cue(text) < effect.start()
        and not patterns()["imposition"].search(text)
    )


def dates_by_measure(text: str) -> bool:
    """'Prices have doubled since the controls were imposed': the measure only dates a
    change the clause states (a change word before a sequence word, every measure word
    after it)."""
    seq = patterns()["sequence"].search(text)
    return (
        seq is not None
        and first_cue(text) > seq.start()
        and bool(patterns()["not_shares"]["growth"].search(text[: seq.start()]))
    )


# An adjunct runs to the next clause break or coordinated verb phrase: "as a countermeasure,
# China imposed tariffs on US soybeans", "views China as a rival and has implemented
# restrictions" name a measure of their own after it.
_ADJUNCT_END = re.compile(r"[,;:(\u2014\u2013]|\s-\s|\s(?:and|but|while|whereas)\s")
# A day, month or year in the adjunct dates the measure it names ("comes as a counterpunch
# to Trump's decision on March 4 to double tariffs"): a fact the catalog can match. It is
# looked for up to the next mark of a clause break only, past goods joined by "and" ("when
# China restricted exports of gallium and germanium in July 2023": review of round 38).
_DATED = re.compile(r"\b(?:" + DATE_WORD + ")", re.I)
_DATED_END = re.compile(r"[,;:(\u2014\u2013]|\s-\s")


def adjunct_only(text: str, goods_at: tuple[int, ...] = ()) -> bool:
    """'Beijing stockpiled graphite as a countermeasure', 'This policy is carried out to
    control the supply of raw materials': every measure word of the clause stands in an
    adjunct of role or purpose (`measure_adjuncts`, up to the next clause break), so the
    clause names a measure only as what an act was meant as or for, and asserts none the
    catalog could match (round 31, fcf31). A measure word outside such an adjunct
    ("imposed tariffs on US soybeans as a countermeasure"; an easing, "accelerated
    approvals for rare earth exports as a countermeasure", read since blind39 and left to
    the catalog's easings: review of round 31), or an adjunct that dates its measure ("as a
    counterpunch to the decision on March 4 to double tariffs"), is checked. So is a clause
    whose measure words stand only in the parts `given_parts` blanks (a clause of time
    opening its sentence, a participle modifying a noun), with no date test: the main
    clause is what it asserts (round 43, given43)."""
    if first_cue(text) == len(text):
        return False
    blanked, found = text, False
    for m in patterns()["measure_adjuncts"].finditer(text):
        stop = _ADJUNCT_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        mark = _DATED_END.search(text, m.end())
        if _DATED.search(text, m.end(), mark.start() if mark else len(text)):
            return False
        blanked = blanked[: m.start()] + " " * (end - m.start()) + blanked[end:]
        found = True
    given = given_parts(blanked, bool(goods_at))
    return (found or given != blanked) and first_cue(given) == len(given)


def given_parts(text: str, goods: bool = False) -> str:
    """The clause with the parts that take a measure as given blanked out: a clause of time
    opening its sentence, up to its first comma (`given_opener`: "When Beijing announced
    the curbs last year, gallium prices surged by 27%"), and, in a clause naming no goods
    (`goods`), a participle of a measure that modifies the noun after it
    (`measure_modifiers`: "all five recently restricted metals"; "Among the restricted
    elements are gadolinium and yttrium" tells the measure's goods). What is left is what
    the clause asserts (round 43, given43)."""
    p = patterns()
    spans = [] if goods else [m.span() for m in p["measure_modifiers"].finditer(text)]
    if opener := p["given_opener"].match(text):
        spans.append(opener.span())
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def describes_instrument(text: str) -> bool:
    """Whether a clause says how an instrument works rather than a measure taken: what a law
    or rule provides, an agency's remit or a statute's obligation (`instrument_content`,
    anywhere), or what being on a list entails or what the list is ("For companies on the
    Entity List", "The Entity List is a tool ...": `listing_description`, opening it). Also
    read on the words before a clause cut from its subject ("... and transfer of items to
    persons ..." after "The Entity List is a tool utilized by BIS to restrict the export,")."""
    p = patterns()
    return bool(p["instrument_content"].search(text) or p["listing_description"].match(text))
