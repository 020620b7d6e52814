"""The claim lexicon (`data/lexicon/claims.yaml`) compiled once: the words frames and
quantities are read with."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from analysis.article import date_patterns as pat
from analysis.article.date_patterns import MONTHS, NUMBERS, spelled
from analysis.data import lexicon


@cache
def words() -> Any:
    """The claim words as read and validated from the lexicon."""
    return lexicon.claims()


# Spelled whole numbers: one to ten ("nine in ten", "three times as much"), and one to
# ninety-nine for a count of a class's members ("Seventeen elements make up ...")
_TENTHS = "|".join(w for w, n in NUMBERS.items() if 1 <= n <= 10 and len(w) > 2)
SPELLED = "|".join(sorted((w for n in range(1, 100) for w in spelled(n)), key=len, reverse=True))
NUMBER_OF = {w: n for n in range(1, 100) for w in spelled(n)}
# At most this many words between a share and the noun it counts ("two in ten Chinese rare
# earth mines": `share_counted` in data/lexicon/claims.yaml).
COUNTED_GAP = 4


def figure_words(text: str, sentence: str) -> list[re.Match[str]]:
    """Figures stated in words a claim is read for: a share in tenths ("nine in ten"), a
    multiple ("more than doubled", "three times as much"), a place behind only one party
    ("second only to China") when `sentence`, the clause's sentence, names a stage or
    reserves ("In antimony mining, Tajikistan trailed only China"; not "which trails only
    the US in chip design"), and a share word before "of" ("one-third of the reserves")."""
    pats = patterns()
    found = [*pats["share_of"].finditer(text), *pats["per_ten"].finditer(text)]
    found += [*pats["times_as"].finditer(text), *pats["times_rate"].finditer(text)]
    found += [m for _, p in pats["multiples"] for m in p.finditer(text)]
    if names_stage_or_reserves(sentence):
        found += list(pats["rank_behind_only"].finditer(text))
    return found


RESERVES = re.compile(r"\breserves?\b", re.I)


def names_stage_or_reserves(text: str) -> bool:
    """Whether a text names a supply-chain stage (`stages`) or reserves: the rankings the
    tables hold, so a place behind only one party in it is a rank ("In antimony mining,
    Tajikistan trailed only China"; not "which trails only the US in chip design")."""
    stages = patterns()["stages"].values()
    return any(p.search(text) for p in stages) or RESERVES.search(text) is not None


def _member_counts(w: lexicon.ClaimWords) -> list[re.Pattern[str]]:
    """The three forms of a count of the rare earths' members (`group_membership`), of the
    unqualified class or of one of its `groups` (light, heavy: `group`) only: nothing else
    before "rare earths" ("the restricted rare earths comprise seven elements" counts a
    list), the clause ending after them ("make up the rare earths used in magnets" counts a
    subset), and "there are" opening the sentence or after a year ("In 2024 there were
    17 rare earths"; not "Of these, there are seven"). The words: `group_membership`,
    `rare_earth_groups`, `member_nouns`, `group_nouns`, `present_leads`."""
    verbs, groups = w.group_membership, tuple(w.rare_earth_groups)
    count = rf"(?P<count>\d{{1,2}}|{SPELLED})"
    group = rf"(?:(?P<group>{'|'.join(groups)})\s+)?"
    ree, members = rf"(?:the\s+)?{group}rare[- ]earths?", rf"(?:{'|'.join(w.member_nouns)})"
    said = {key: "(?:" + "|".join(words) + ")" for key, words in verbs.items()}
    now = "|".join(w.present_leads)
    lead = rf"(?:(?:in|by|as\s+of)\s+(?P<year>\d{{4}}),?\s+|(?:{now}),?\s+)?"
    end = r"\s*(?:[.;:,]|$)"
    forms = (
        rf"^\s*{lead}{said['existential']}\s+{count}\s+{group}rare[- ]earth(?:s|\s+{members})"
        rf"{end}",
        rf"\b{count}\s+(?:rare[- ]earth\s+)?{members}\s+{said['members_verb']}\s+{ree}{end}",
        rf"(?:^|(?<=[,;:]\s))\s*{ree}(?:\s+(?:{members}|{'|'.join(w.group_nouns)}))?\s+"
        rf"{said['class_verb']}\s+{count}\s+{members}\b",
    )
    return [re.compile(f, re.I) for f in forms]


# A word of a date (a month, a weekday or a year), never part of what a measure targets.
DATE_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:19|20)\d\d\b"
)


# "since" as a preposition of time ("Since 2018,", "since the beginning of the
# Administration"): it opens the span a figure runs over (a running total), not a reason.
_SINCE_TIME = (
    r"since\s+(?:\d|the\s+(?:beginning|start|end|launch|outset)\b|(?:early|late|mid|last|then)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# "since" as a conjunction of reason, which a clause may open with and lose
SINCE_REASON = rf"(?!{_SINCE_TIME})since"
_SINCE_PHRASE = re.compile(rf"^{_SINCE_TIME}", re.I)


def since_phrase(text: str) -> bool:
    """A short clause of time opening a sentence ("Since the beginning of the
    Administration,"): it stays with the clause whose figure it makes a running total."""
    return bool(_SINCE_PHRASE.match(text)) and len(text.split()) <= 8


# An item of an enumeration ("...; (2) removes three entities; and (3) designates ..."): a
# claim of its own, with its own predicate.
ENUMERATED = re.compile(r"^\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s")


def consequence_breaks(text: str) -> list[tuple[int, int, str]]:
    """Breaks (start, end, text) before a relative clause of what a measure led others to
    do ("controls that led Trump to threaten a tariff"): a claim of its own, with its own
    actor."""
    led = patterns()["consequence_clause"].finditer(text)
    return [(m.start() - 1, m.start(), " ") for m in led if text[m.start() - 1 : m.start()] == " "]


def _any(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.I)


def _ending(patterns: list[str] | tuple[str, ...], tail: str) -> re.Pattern[str]:
    """Any of the patterns at the end of a text (before a date), then `tail`."""
    return re.compile(r"\b(?:" + "|".join(patterns) + ")" + tail, re.I)


def _tariff_change(verbs: str, nouns: str) -> re.Pattern[str]:
    """A verb of `verbs` with a tariff noun of `nouns` after it, or the noun then a passive
    of the verb (`verbs` and `nouns` are alternations of pattern source)."""
    return re.compile(
        rf"\b(?:{verbs})\b(?:\W+\w+){{0,3}}?\W+(?:{nouns})\b"
        rf"|\b(?:{nouns})\b(?:\W+\w+){{0,6}}?\W+(?:was|were|is|are|been|be)\s+"
        rf"(?:\w+ly\s+)?(?:{verbs})\b",
        re.I,
    )


@cache
def patterns() -> dict[str, Any]:
    """Each list of words as one compiled, case-blind pattern (by name)."""
    w = words()
    span = "(?:" + "|".join(w.time_span) + ")"  # "two days", "shortly": before "after"
    raises, nouns = "|".join(w.tariff_raises), "|".join(w.tariff_nouns)
    cuts = "|".join(w.tariff_cuts)
    relative = "(?:" + "|".join(w.relative_pronouns) + ")"
    # a share of things counted: a figure ("20%", "two in ten") then, past "of" and at most
    # COUNTED_GAP words that are not `counted_breaks`, a counted noun ("two in ten Chinese
    # rare earth mines"; not "70% of rare earths from Chinese mines")
    counted = re.compile(
        r"(?:%|\bper\s*cent\b|\bpercent\b|\b(?:" + "|".join(w.per_ten) + r"))\s+(?:of\s+)?"
        rf"(?:(?!(?:{'|'.join(w.counted_breaks)})\b)[\w’'-]+\s+){{0,{COUNTED_GAP}}}?"
        r"(?:" + "|".join((*w.share_counted, *w.counted_parties)) + r")\b",
        re.I,
    )
    return {
        "hedges": {k: _any(v) for k, v in w.hedges.items()},
        "stages": {k: _any(v) for k, v in w.stages.items()},
        "not_shares": {k: _any(v) for k, v in w.not_shares.items()} | {"counted": counted},
        "not_flows": {k: _any(v) for k, v in w.not_flows.items()},
        "magnet_goods": _any(w.magnet_goods),
        "part_of_year": _any(w.part_of_year),
        # a relative pronoun: anywhere, after a comma, ending a text, and its comma-set aside
        "relative": re.compile(rf"\b{relative}\b", re.I),
        "relative_after_comma": re.compile(rf",\s*{relative}\b", re.I),
        "ends_relative": re.compile(rf"\b{relative}\s*$", re.I),
        "relative_aside": re.compile(rf",\s*{relative}\b[^,]*,", re.I),
        "wider_than_goods": _any(w.wider_than_goods),
        "all_goods": re.compile(r"(?:" + "|".join(w.all_goods) + r")$", re.I),
        "trade_breakdown": _any(w.trade_breakdown),
        "china_side_sources": _any(w.china_side_sources),
        "world_words": _any(w.world_words),
        "consequence_leads": _any(w.consequence_leads),
        "part_of_whole": re.compile(r"\b(?:" + "|".join(w.part_of_whole) + r")\s*,?\s*$", re.I),
        "whole_after": re.compile(r"^\s*,?\s*(?:" + "|".join(w.whole_after) + r")\b", re.I),
        "compared_year": re.compile(r"\b(?:" + "|".join(w.compared_year) + r")\s+$", re.I),
        "all_partners": _any(w.all_partners),
        "goods_qualifier": _any(w.goods_qualifier),
        "china_made": _any(w.china_made),
        "import_source_rank": _any(w.import_source_rank),
        "count_parts": _any(w.count_parts),
        "count_reason": _any(w.count_reason),
        # a measure called recent was taken before the claim's saying of it too
        "earlier_measure": _any(w.earlier_measure + w.recent_measure),
        "recent_measure": _any(w.recent_measure),
        # a raise (cut) verb with a tariff noun up to three words after it ("hiked its
        # import duties", "is halving the 20% tariff"), or a tariff noun then a passive of
        # it ("tariffs on steel were raised", "tariffs on Chinese goods were cut")
        "tariff_raises": _tariff_change(raises, nouns),
        "tariff_cuts": _tariff_change(cuts, nouns),
        # "were imposed by (the)" right before a party: that party acts (a finite passive;
        # not "in response to tariffs imposed by the US", the agent of another measure)
        "passive_agent": re.compile(
            r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:"
            + "|".join(w.passive_measure_verbs)
            + r")\s+by\s+(?:the\s+)?$",
            re.I,
        ),
        # "tariffs (previously) put in place by (the)" right before a party: the agent of a
        # participle qualifying a noun, with no auxiliary of its own; that party acts in the
        # measure the noun names, not in the clause ("Biden will maintain tariffs put in place
        # by the Trump administration while raising others")
        "reduced_agent": re.compile(
            r"\b(?:\w+ly\s+)?(?:" + "|".join(w.passive_measure_verbs) + r")\s+by\s+(?:the\s+)?$",
            re.I,
        ),
        # a clause opener before that passive: it is a clause of its own (not a comma:
        # "Tariffs on US goods, including soybeans, were imposed by China")
        "passive_clause_openers": _any(w.passive_clause_openers),
        "predicate_opens": re.compile(r"^(?:" + "|".join(w.predicate_opens) + r")\b", re.I),
        "consequence_clause": _any(w.consequence_clause),
        "entry_restrictions": _any(w.entry_restrictions),
        # "allows it to" right before a ban word: a power, not a ban
        "power_to": re.compile(r"\b(?:" + "|".join(w.power_to) + r")\s+$", re.I),
        # a reaction just before a date or after a party: "expressed concerns Tuesday"
        "reaction_before": re.compile(
            r"\b(?:" + "|".join(w.reaction_words) + r")\s+(?:(?:on|last|this)\s+)?$", re.I
        ),
        "reaction_after": re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join(w.reaction_words) + r")\b", re.I
        ),
        # "24 Chinese companies": a number, maybe "more"/"new", then a word making it Chinese
        "china_count": re.compile(
            r"\b(\d[\d,]*)\s+(?:more\s+|new\s+|additional\s+|other\s+)?(?:"
            + "|".join(w.china_count)
            + r")\b",
            re.I,
        ),
        "not_output": _any(w.not_output),
        "running_total": _any(w.running_total),
        "measure_practice": _any(w.measure_practice),
        "not_taken": _any(w.not_taken),
        "legal_actions": _any(w.legal_actions),
        "other_flows": _any(w.other_flows),
        "accusations": _any(w.accusations),
        "probes": _any(w.probes),
        "probe_then_measure": _any(w.probe_then_measure),
        "counterfactual": _any(w.counterfactual),
        "goods_anaphora": _any(w.goods_anaphora),
        # matched where a group's name ends, so no word boundary before its "("
        "group_members": re.compile("|".join(w.group_members), re.I),
        "technology_purpose": _any(w.technology_purpose),
        "import_bans": _any(w.import_bans),
        "investment_bans": _any(w.investment_bans),
        "other_lists": _any(w.other_lists),
        "china_lists": _any(w.china_lists),
        "meetings": _any(w.meetings),
        "sequence": _any(w.sequence),
        # a span of time, then the space before the word of sequence: "two days "
        "time_span": re.compile(rf"{span}\s+", re.I),
        # ", a day after X's curbs": a comma, maybe a span, a word of sequence
        "earlier_event_clause": re.compile(
            rf"\b,\s+(?:{span}\s+)?(?:{'|'.join(w.earlier_event_clause)})\b", re.I
        ),
        # "China's move comes two days after", "Beijing's move follows": up to four words, a
        # noun of a move, then a verb of coming after
        "reply_lead": re.compile(
            r"^\W*(?:[\w’'.-]+\s+){1,4}?(?:"
            + "|".join(w.reply_lead)
            + rf")\s+(?:(?:comes?|came)\s+(?:{span}\s+)?(?:after|on the heels of)"
            + r"|follows?|followed)",
            re.I,
        ),
        # a weekday dating a move named as a noun of its maker ("Trump's decision to raise
        # tariffs ... on Wednesday", "China's announcement on Friday"): the day of an act
        # already taken, up to 80 characters of its complement between (no clause mark), the
        # last such noun before the date (the leading ".*"); the tail
        # is checked for words looking ahead or of taking effect in dates.py
        "move_noun_day": re.compile(
            r"^.*(?:[\w.-]+['’]s|\b(?:the|its|their|his|her))\s+(?:[\w-]+\s+)?(?:"
            + "|".join(w.reply_lead)
            + r")\b(?P<tail>[^,;:—]{0,80}?)\s+(?:on\s+)?$",
            re.I,
        ),
        # a contact taken as given: "Yellen's trip", "The talks" opening a clause, or the
        # setting of what it says ("During that meeting, they agreed ...")
        "contact_given": re.compile(
            r"^\s*(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s|his|her|their|the|this|that|"
            r"its)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(w.contact_nouns) + r")\b|"
            r"\b(?:during|at|after|ahead of|following)\s+(?:the|that|this|their|his|her|its)\s+"
            r"(?:[\w-]+\s+){0,2}(?:" + "|".join(w.contact_nouns) + r")\b",
            re.I,
        ),
        "rank_excluding": _any(w.rank_excluding),
        # a word right before it makes a tariff rate the one replaced ("from 25% to 100%")
        "rate_replaced": re.compile(r"\b(?:" + "|".join(w.rate_replaced) + r")\s*$", re.I),
        # "the total tariff", "a combined total of 54 per cent": a sum of several duties (a
        # total of a count, "a total of 818 products", is no rate)
        "rate_total": re.compile(
            r"\b(?:" + "|".join(w.rate_total) + r")\s+(?:[\w-]+\s+){0,2}?"
            r"(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|of\s+\d[\d.,]*\s*(?:%|per\s*cent))",
            re.I,
        ),
        # ... or the rate of a duty already in place ("on top of the 20%"): up to three words
        "rate_added_to": re.compile(
            r"\b(?:" + "|".join(w.rate_added_to) + r")\s+(?:[\w-]+\s+){0,3}?$", re.I
        ),
        # ... or a step on top of the rate in place ("an extra 50%"): right before the rate
        "rate_step": re.compile(
            r"\b(?:" + "|".join(w.rate_step) + r")\s+(?:[\w-]+\s+){0,1}?$", re.I
        ),
        # a measure verb whose object is a relationship ("eased US-China ties")
        "relations": re.compile(
            r"\b(?:eas(?:e|ed|es|ing)|tighten\w*|loosen\w*|restrict\w*|curb\w*|limit\w*)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(w.not_measure_objects) + r")\b",
            re.I,
        ),
        "meeting_topic": re.compile(
            r"\b(?:" + "|".join(w.meeting_topic) + r")\s+(?:[\w-]+\s+){0,3}$", re.I
        ),
        "presupposed": re.compile("|".join(w.presupposed_measure)),
        # a clause's subject: after an opener set off by a comma at most ("All told, ")
        "given_subject": re.compile(
            r"^(?:[^,]{0,40},\s+)?(?:" + "|".join(w.given_measure_subject) + ")"
        ),
        "imposition": _any(w.imposition_verbs),
        "granted": _any(w.licences_granted),
        "licences_revoked": _any(w.licences_revoked),
        "instrument_content": _any(w.instrument_content),
        "cues": {k: _any(v) for k, v in w.measure_cues.items()},
        # "did not enforce them": an order not to enforce, a relaxation only as the first act
        "negated_enforcement": _any(w.negated_enforcement),
        "law_referred": _any(w.law_referred),
        # "24 types of equipment": a count of the kinds of goods a measure covers
        "item_count": re.compile(
            r"\b(\d+)\s+(?:new\s+)?(" + "|".join(w.item_kinds) + r")\s+of\b", re.I
        ),
        # "added 11 research institutes", "six more entities": a count of what a measure
        # names (a year, "2025 Chinese companies", and a date's day, "April 4, items" or
        # "Since December 2 Chinese companies", are no count; nor a sum, share or section,
        # "$5 billion to Chinese firms", "30 percent for many firms", "Section 301 tariffs
        # on Chinese firms", nor a number with a preposition before the noun; an abbreviation
        # with stops, "28 U.S. entities", is a word before the noun)
        "counted_parties": re.compile(
            r"(?<![\w$-])(?<!section )(?<!sec\. )(?<!no\. )"
            + "".join(f"(?<!{m} )(?<!{m}\\. )" for m in MONTHS)
            + r"(?P<num>(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*(?![,.\d])|"
            + "|".join(n for n, v in NUMBERS.items() if v > 1)
            + r")(?!\s*(?:%|percent|per\s+cent|billion|million|trillion|bn)\b)"
            + r"\s+(?:(?!(?:or|to|for|of|on|in|from|with)\b|\d)"
            + r"(?:[\w-]+|[A-Z](?:\.[A-Z])+\.)\s+){0,3}?(?:"
            + "|".join(w.counted_parties)
            + r")\b",
            re.I,
        ),
        # a verb of the measure's list before the count (its object) or after (its subject)
        "counting_object": re.compile(
            r"\b(?:" + "|".join(w.counting_verbs) + rf")\s+(?:\S+\s+){{0,{COUNT_WORDS}}}$",
            re.I,
        ),
        "counting_subject": re.compile(
            rf"\s+(?:\S+\s+){{0,{COUNT_WORDS}}}?(?:"
            + "|".join(w.passive_auxiliaries)
            + r")\s+(?:\w+\s+)?(?:"
            + "|".join(w.counting_verbs)
            + r")\b",
            re.I,
        ),
        # a preposition right before a count: it is that preposition's object
        "count_preposition": re.compile(r"\b(?:" + "|".join(w.count_prepositions) + r")\s+$", re.I),
        "effect": _any(w.effect_words),
        "report": _any(w.report_words),
        "issuer": _any(w.issuer_words),
        "after_event": re.compile(rf"\b,\s+(?:{span}\s+)?(?:{'|'.join(w.after_event)})\b", re.I),
        # "a ban ... following Washington's crackdown on chips": the measure answered (a
        # word of sequence, up to four modifiers, then a measure noun)
        "answered_measure": re.compile(
            rf"\b(?:{'|'.join(w.earlier_event_clause)})\s+(?:[\w.'’%$-]+\s+){{0,4}}?"
            rf"(?:{'|'.join(w.answered_measure)})\b",
            re.I,
        ),
        # "responded to the earlier 10% tariff with ...", "in response to the 34% duties":
        # a word of answering or sequence, up to five words (none of `response_means`: "with
        # a 34% tariff" is the claim's own act; but after a participle, "being hit by 54%
        # tariffs", the answered one's), a measure noun; its figures are the answered
        # measure's, never the claim's (`frames.answered_spans`)
        "answered_figure": re.compile(
            rf"\b(?:{'|'.join(w.response_to + w.earlier_event_clause)})\s+(?:(?!(?<!ed\s)"
            rf"(?<!\bhit\s)(?:{'|'.join(w.response_means)})\b)[\w.'’%$-]+\s+){{0,5}}?"
            rf"(?:{'|'.join(w.answered_measure)})\b",
            re.I,
        ),
        "caused_by": _any(w.caused_by),
        # a verb of a measure in the news present: its clause tells a past act (dates.py)
        "headline_present": _any(w.headline_present),
        # a capital's verb in the news present ("Washington bans ...", "Beijing slaps ...")
        "capital_present": re.compile(
            r"^\s+(?:" + "|".join(w.headline_present + w.present_noun_verbs) + r")\b"
        ),
        # right before a date: its last day; a measure it dates that is not the claimed one
        "until": re.compile(r"\b(?:" + "|".join(w.until_words) + r")\s+$", re.I),
        "until_word": _any(w.until_words),  # anywhere: "will last until Nov 27, 2026"
        "imposed_on": re.compile(r"\b(?:" + "|".join(w.imposed_on) + r")\s+$", re.I),
        # a date naming the measure a claim changes (role object)
        "measure_changed": _any(w.measure_changed),
        # ... or ending a restrictive relative clause on it ("that it announced on"; with no
        # "that" right after a measure noun of `answered_measure`, "the curbs Beijing
        # imposed"), not on the noun of a phrase of `changed_object_gap` before it ("in a
        # notice that")
        "changed_relative": re.compile(
            r"(?:"
            + "|".join(w.changed_relative)
            + r"|\b(?:"
            + "|".join(w.answered_measure)
            + r")(?:"
            + "|".join(w.changed_relative_noun)
            + r"))\s+$"
        ),
        "changed_relative_gap": re.compile(
            r"\b(?:" + "|".join(w.changed_object_gap) + r")\s+"
            r"(?:an?\s+|" + "|".join(w.dated_measure_before) + r")",
            re.I,
        ),
        # ... as the object of a change word at most three words before it, with none of
        # `changed_object_gap` between ("suspending its 2024 export curbs")
        "dated_measure_before": re.compile(
            r"\b(?:" + "|".join(w.measure_changed) + r")"
            r"(?:\s+(?!(?:" + "|".join(w.changed_object_gap) + r")\b)[\w'’.-]+){0,3}?\s+"
            r"(?:" + "|".join(w.dated_measure_before) + r")$",
            re.I,
        ),
        "dated_measure_after": re.compile(
            r"^\s+(?:" + "|".join(w.dated_measure_after) + r")\b", re.I
        ),
        "numbered_instrument": _ending(w.numbered_instrument, r"\s*$"),
        "announce": _any(w.announce_words),
        "objects": _any(w.measure_objects),
        "anaphora": _any(w.measure_anaphora),
        "effect_verbs": _any(w.effect_verbs),
        "rules_in_effect": re.compile(
            r"\b(?:" + "|".join(w.rules_in_effect) + r")(?:" + "|".join(w.effect_verbs) + r")", re.I
        ),
        "requirement": _any(w.requirement),
        "immediacy": _any(w.immediacy),
        "unpublished": _any(w.unpublished),
        "codes": _any(w.customs_codes),
        # no word boundary before: "cannot", "hasn't"
        "measure_negation": re.compile(r"(?:" + "|".join(w.measure_negation) + r")\b", re.I),
        "restrictive_negation": _any(w.restrictive_negation),
        # the words between may not be a date: "On 4 April 2025 China put ..." names the actor
        "target": re.compile(
            r"\b(?:" + "|".join(w.target_words) + r")\s+(?:(?!" + DATE_WORD + r")[\w-]+\s+){0,3}$",
            re.I,
        ),
        # "US firms", or "U.S.-focused": a party or a hyphened aim after the country
        "targeted_parties": re.compile(
            rf"(?:\s+(?:{'|'.join(w.targeted_parties)})|-(?:{'|'.join(w.target_compounds)}))\b",
            re.I,
        ),
        # "China would be hit with a 34% tariff": the country right before is the affected side
        "affected_after": re.compile(r"\s+(?:" + "|".join(w.affected_after) + r")\b", re.I),
        # "a tariff on all Japanese goods": before a demonym, the side affected
        "affected_before": re.compile(
            rf"\b(?:{'|'.join(w.affected_before)})\s+"
            rf"(?:(?:{'|'.join(w.affected_determiners)})\s+)?$",
            re.I,
        ),
        # "The Dutch chip export rules": before a demonym, only these for its clause's subject
        "subject_before": re.compile(rf"^\W*(?:(?:{'|'.join(w.subject_determiners)})\s+)*$", re.I),
        "flows": {k: _any(v) for k, v in w.trade_flows.items()},
        # "exports of crude petroleum": the product a flow is of, up to 80 characters
        "flow_of": re.compile(r"\b(?:" + "|".join(w.flow_nouns) + r")\s+of\s+(.{1,80})", re.I),
        "flow_level_verbs": _any(w.flow_level_verbs),
        "two_way": re.compile(
            r"(?:" + "|".join(w.two_way_words) + r")\s+(?:goods\s+)?trade\b", re.I
        ),
        # "A, B and C put on the Unreliable Entity List": the title up to its listing words
        "listed_names": re.compile(r"(.+?)\s+(?:" + "|".join(w.listing_phrases) + r")\b", re.I),
        # "banned", "bans": no word boundary after a stem ("prohibits", "embargoed")
        "bans": re.compile(r"\b(?:" + "|".join(w.ban_words) + ")", re.I),
        # a share word of the quantifiers before "of": "one-third of the world's reserves"
        "share_of": re.compile(
            r"\b(?:" + "|".join(re.escape(q.phrase) for q in w.quantifiers) + r")\s+of\b", re.I
        ),
        "flows_from_china": {k: _any(v) for k, v in w.flows_from_china.items()},
        "extremes": {k: _any(v) for k, v in w.extremes.items()},
        "rare_earth_groups": {k: _any(v) for k, v in w.rare_earth_groups.items()},
        "falls": _any(w.falls),
        "rises": _any(w.rises),
        "rank": _any(w.rank_words),
        # "ranks second", "is third": a verb of ranking right before an ordinal
        "rank_place": re.compile(
            r"\b(?:" + "|".join(w.rank_places) + r")\s+(?P<place>first|second|third|fourth|fifth"
            r"|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b",
            re.I,
        ),
        # "the top three producers": a place among the first N (digits or words, not "a")
        "rank_top_n": re.compile(
            r"\b(?:"
            + "|".join(w.rank_top_n)
            + r")[- ](?P<n>\d{1,2}|"
            + "|".join(k for k in NUMBERS if len(k) > 2)
            + r")\b",
            re.I,
        ),
        # "some of the world's largest": a place among the first few
        "rank_among": re.compile(
            r"\b(?:"
            + "|".join(w.rank_among)
            + r")\s+(?:[\w'’-]+\s+){0,2}?(?:"
            + "|".join(w.rank_words)
            + r")\b",
            re.I,
        ),
        "regional_rank": _any(w.regional_rank),
        # a group of the rare earths ("dysprosium is a heavy rare earth") is a taxonomy claim
        "taxonomy": _any(
            w.taxonomy_words + tuple(p for v in w.rare_earth_groups.values() for p in v)
        ),
        # "a group of 17 metals", "a grouping of 17 elements": a count of a class of goods
        "group_count": re.compile(
            r"\b(?:" + "|".join(w.group_nouns) + r") of (?P<count>\d+)\b", re.I
        ),
        "taxonomy_negation": _any(w.taxonomy_negation),
        # "There are 17 rare earth elements.", "Seventeen metals make up the rare earths",
        # "The rare earths comprise 17 elements": the rare earths given by their count
        "member_count": _member_counts(w),
        # "second only to China", "trails only China and Brazil": the place behind the parties after
        "rank_behind_only": re.compile(r"\b(?:" + "|".join(w.rank_behind_only) + r")\s+", re.I),
        # "nine in ten", "eight out of every ten": a share in tenths
        "per_ten": re.compile(
            rf"\b(?P<n>\d|{_TENTHS})\s+(?:" + "|".join(w.per_ten) + r")"
            rf"(?!\s+(?:{'|'.join(w.time_units)})\b)",  # "three in 10 days"
            re.I,
        ),
        # "doubled", "roughly halved": a change as a multiple, with its factor
        "multiples": [(m.factor, re.compile(rf"\b(?:{m.phrase})", re.I)) for m in w.multiples],
        # "three times as much ... as", "four times its exports": one figure over another
        "times_as": re.compile(
            rf"\b(?P<n>\d+(?:\.\d+)?|{_TENTHS})\s+(?:" + "|".join(w.times_as) + r")", re.I
        ),
        # "halved as a share of total imports": a multiple of a share, not of a flow
        "multiple_of_share": _any(w.multiple_of_share),
        # "three times the pace of", "three times as fast": one rate of growth over another
        "times_rate": re.compile(
            rf"\b(?P<n>\d+(?:\.\d+)?|{_TENTHS})\s+(?:" + "|".join(w.times_rate) + r")", re.I
        ),
        # ", unlike lanthanum,": an aside comparing the subject with another thing
        "comparison_aside": re.compile(
            r",\s*(?:" + "|".join(w.comparison_asides) + r")\b[^,]*,", re.I
        ),
        "opinion": _any(w.opinion),
        # "would" is a forecast, "would have" (`counterfactual`) is not
        "forecast": re.compile(
            rf"\b(?!(?:{'|'.join(w.counterfactual)})\b)(?:{'|'.join(w.forecast)})\b", re.I
        ),
        "attribution": _any(w.attribution),
        # the words that end a list's intro line right before its colon ("include:")
        "list_intro": re.compile(r"\b(?:" + "|".join(w.list_intro_words) + r")\W*:\s*$", re.I),
        # "USGS data show ...", "Figures from the USGS show ...": a source opening a claim
        "source_shows": re.compile(
            r"^[^,;]*?\b(?:"
            + "|".join(w.source_figures)
            + r")\b(?:\s+from\b[^,;]*?)?\s+(?:"
            + "|".join(w.source_show)
            + r")\b(?:\s+that\b)?",
            re.I,
        ),
        # a verb of saying right before the colon, alone or with a short phrase of place or
        # time ("said in a statement:", "told reporters:")
        "speech_intro": re.compile(
            r"\b(?:" + "|".join(w.speech_intro_words) + r")"
            r"(?:\s+(?:in|on|at|to|from|late|early|earlier|later)\b[^:,;]{0,30})?\W*:\s*$",
            re.I,
        ),
        "took_office": _any(w.took_office),
        "office_became": _any(w.office_became),
        "title_not_held": _any(w.title_not_held),
        "title_ranks": _any(w.title_ranks),
        "title_now": _any(w.title_now),
        # a date's own words right before it, a participle (a whole word), a saying's date
        "act_date_not_own": _ending(w.act_date_not_own, r"\s+$"),
        "act_date_participle": re.compile(r"(?:" + "|".join(w.act_date_participles) + ")", re.I),
        "act_speech_verbs": _any(w.act_speech_verbs),
        "act_speech_date": re.compile(r"(?:" + "|".join(w.act_speech_date) + ")", re.I),
        # a sentence's leading phrase of time, before a titled official's clause
        "act_leading": re.compile(r"(?:" + "|".join(w.act_leading) + r")\b[^,;:]*,\s*$", re.I),
        "act_leading_own": _any(w.act_leading_own),
        "act_eras": _any(w.act_eras),
        "act_era_ordinals": _any(w.act_era_ordinals),
        "office_copula_past": _any(w.office_copula_past),
        # a copula right after a name, then an optional article: the predicate's office
        "office_copula": re.compile(
            r"\s+(?:"
            + "|".join((*w.office_copula, *w.office_copula_past, *w.office_became))
            + r")\s+(?:(?:the|a|an)\s+)?",
            re.I,
        ),
        "all_goods_clause": _any(w.all_goods_clause),
        "every_partner": _any(w.every_partner),
        "contact_ahead": _any(w.contact_ahead),
        "pair_words": _any(w.pair_words + w.head_pairs),
        "head_pairs": re.compile(r"(?:" + "|".join(w.head_pairs) + r")$", re.I),
        # "It tumbled 17.6% to ...": a pronoun subject, not "it is a ..."
        "subject_pronoun": re.compile(
            r"^\s*(?:" + "|".join(w.subject_pronouns) + r")\s+(?!is\s+(?:a|an|the)\b)", re.I
        ),
        # "since 2010 in 2023": the year after (group 1) is the extreme's; or it comes next
        "extreme_year": re.compile(r"\b(?:" + "|".join(w.extreme_since) + r")\s+(\d{4})\b", re.I),
        "extreme_before": re.compile(r"\b(?:" + "|".join(w.extreme_since) + r")\s+$", re.I),
        "call_nouns": _any(w.call_nouns),
        # any word of a contact of officials: a meeting, a visit, a call
        "contact_words": _any(w.meetings + w.contact_nouns + w.call_nouns + w.contact_verbs),
        "official_level": _any(w.official_level),
        "visitor_superlative": _any(w.visitor_superlative),
        "officials_nouns": _any(w.officials_nouns),
        "market_control": _any(w.market_control),
        "received_by": _any(w.received_by),
        "listing_description": re.compile(
            r"^\s*(?:" + "|".join(w.listing_description) + r")", re.I
        ),
        "measure_effects": _any(w.measure_effects),
        "response_to": _any(w.response_to),
        "use": _any(w.use_words),
        "use_phrase": _any(w.use_phrases),
        "importer_permits": _any(w.importer_permits),
        "not_legislation": _any(w.not_legislation),
        # a bloc after a preposition of a flow: "imports from the European Union"
        "bloc_partner": re.compile(
            r"\b(?:with|to|from|into)\s+(?:" + "|".join(w.trade_blocs) + r")\b", re.I
        ),
        # "the trade war with China": a relation noun right before the preposition
        "relation_before": re.compile(r"\b(?:" + "|".join(w.relation_nouns) + r")\s*$", re.I),
        "listing_entails": _any(w.listing_entails),
        "listed_members": _any(w.listed_members),
        "listed_parties_barred": _any(w.listed_parties_barred),
        "listed_subject": _any(w.listed_subject),
        # an aside set off by commas that names a part of the noun before it (", including
        # Shield AI and Sierra Nevada,"): no clause of its own
        "part_aside": re.compile(r",\s*(?:" + "|".join(w.part_of_whole) + r")\b[^,]*(?:,|$)", re.I),
        # the last clause break or verb of saying (and its "that") before a subject
        "subject_opening": re.compile(
            r"(?:"
            + "|".join(rf"\b{x}\b" if x[0].isalpha() else x for x in w.subject_opening)
            + r")(?:\s+that\b)?",
            re.I,
        ),
        "licence_review": _any(w.licence_review),
        "measure_detail": _any(w.measure_detail),
        "parties_back": _any(w.parties_back),
        "licence_requirement": _any(w.licence_requirement),
    }


# At most this many words between a count of parties and the verb of the measure's list it
# is the object or subject of ("added China's Academy of Military Medical Sciences and its
# 11 research institutes": seven; "20 mineral items – encompassing both metals and
# chemicals – are banned": eight).
COUNT_WORDS = 8


def counted_parties(text: str) -> re.Match[str] | None:
    """The first count of the parties or items a measure names (`counted_parties`) that a
    verb of the measure's list (`counting_verbs`) takes as its object, before it ("added 11
    research institutes", "These include Huawei (and 150 affiliates)"), or as its subject,
    after it, after a passive auxiliary ("Six more entities were listed"); "affecting 30
    Chinese firms", "a blow to 30 US firms", "chips used by 30 Chinese firms" (a count
    right after a preposition) or "30 Chinese firms named by analysts" (a bare participle)
    count none of the measure's parties."""
    p = patterns()
    for told in p["counted_parties"].finditer(text):
        if p["count_preposition"].search(text, 0, told.start()):
            continue
        if p["counting_object"].search(text, 0, told.start()) or p["counting_subject"].match(
            text, told.end()
        ):
            return told
    return None


def first_cue(text: str) -> int:
    """Where the first measure word of a text starts (its length when there is none)."""
    cues = [*patterns()["cues"].values(), patterns()["rules_in_effect"]]  # rules in force
    starts = [m.start() for p in cues if (m := p.search(text))]
    return min(starts, default=len(text))


def opens_unreal(text: str) -> bool:
    """Whether a clause says what a measure would have done before any measure word of its
    own ("that would have tightened ...", `counterfactual`): about a withdrawn measure, not
    the act its sentence dates ("suspending the rules that would have ..." is that act)."""
    unreal = patterns()["counterfactual"].search(text)
    return unreal is not None and unreal.start() < first_cue(text)


def move_noun_day(before: str, clause: str) -> bool:
    """A weekday or date right after a noun of a move and its maker ("Trump's decision to
    raise tariffs to 125 per cent on Wednesday", "China's announcement on Friday"): the day
    of an act already taken, unless its clause looks ahead or tells it taking effect ("the
    decision, which takes effect on Saturday"; "the move will on Monday ...")."""
    m = patterns()["move_noun_day"].search(before)
    if not m:
        return False
    tail = m.group("tail")
    return not (
        pat.FUTURE.search(clause)
        or pat.STARTS_FROM.search(tail + " ")
        or pat.EFFECT_TAIL.search(tail)
    )
