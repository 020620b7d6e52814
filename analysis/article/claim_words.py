"""The claim lexicon (`data/lexicon/claims.yaml`) compiled once: the words frames and
quantities are read with."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from analysis.article import date_patterns as pat
from analysis.article.claim_patterns import (
    agent_patterns,
    any_of,
    figure_patterns,
    measure_name_patterns,
    rate_laid,
    rate_patterns,
    speech_patterns,
)
from analysis.article.date_patterns import MONTHS, NUMBERS, spelled
from analysis.article.measure_patterns import measure_patterns
from analysis.data import cache as cache_
from analysis.data import lexicon


@cache
def words() -> Any:
    """The claim words as read and validated from the lexicon."""
    return lexicon.claims()


# Spelled whole numbers from one to ninety-nine, by value ("Seventeen elements ...")
NUMBER_OF = {w: n for n in range(1, 100) for w in spelled(n)}
# A percentage in words ("barely one percent", "about five per cent"; round 37, fx37a): the
# spelled number, longest first, in group `num`, as `quantities` reads a figure in digits
SPELLED_PERCENT = (
    r"\b(?P<num>"
    + "|".join(sorted(map(re.escape, NUMBER_OF), key=len, reverse=True))
    + r")(?:\s+|-)(?:per ?cent|percent)\b"
)
# At most this many words between a share and the noun it counts ("two in ten Chinese rare
# earth mines": `share_counted` in data/lexicon/claims.yaml).
COUNTED_GAP = 4
# At most this many texts' first measure word kept (`first_cue`), least recently used dropped.
CUES_KEPT = 4096


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
    behind = list(pats["rank_behind_only"].finditer(text))
    if behind and names_stage_or_reserves(sentence):  # the sentence read only then (round 33)
        found += behind
    return found


RESERVES = re.compile(r"\breserves?\b", re.I)


def names_stage_or_reserves(text: str) -> bool:
    """Whether a text names a supply-chain stage (`stages`) or reserves: the rankings the
    tables hold, so a place behind only one party in it is a rank ("In antimony mining,
    Tajikistan trailed only China"; not "which trails only the US in chip design")."""
    stages = patterns()["stages"].values()
    return any(p.search(text) for p in stages) or RESERVES.search(text) is not None


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


def _tariff_change(verbs: str, nouns: str) -> re.Pattern[str]:
    """A verb of `verbs` with a tariff noun of `nouns` after it, or the noun then a passive
    of the verb (`verbs` and `nouns` are alternations of pattern source)."""
    return re.compile(
        rf"\b(?:{verbs})\b(?:\W+\w+){{0,3}}?\W+(?:{nouns})\b"
        rf"|\b(?:{nouns})\b(?:\W+\w+){{0,6}}?\W+(?:was|were|is|are|been|be)\s+"
        rf"(?:\w+ly\s+)?(?:{verbs})\b",
        re.I,
    )


def _capitalised(words: tuple[str, ...]) -> str:
    """The words as alternatives, each with its first letter a capital (a sentence's opener)."""
    return "|".join(x[0].upper() + x[1:] for x in words)


@cache
def patterns() -> dict[str, Any]:
    """Each list of words as one compiled, case-blind pattern (by name)."""
    w = words()
    span = "(?:" + "|".join(w.time_span) + ")"  # "two days", "shortly": before "after"
    raises, nouns = "|".join(w.tariff_raises), "|".join(w.tariff_nouns)
    cuts = "|".join(w.tariff_cuts)
    relative = "(?:" + "|".join(w.relative_pronouns) + ")"
    answering = _capitalised(w.answering_openers)
    # a share of things counted: a figure ("20%", "two in ten") then, past "of" and at most
    # COUNTED_GAP words that are not `counted_breaks`, a counted noun ("two in ten Chinese
    # rare earth mines"; not "70% of rare earths from Chinese mines")
    counted = re.compile(
        r"(?:%|\bper\s*cent\b|\bpercent\b|\b(?:" + "|".join(w.per_ten) + r"))\s+(?:of\s+)?"
        rf"(?:(?!(?:{'|'.join(w.counted_breaks)})\b)[\w’'-]+\s+){{0,{COUNTED_GAP}}}?"
        r"(?:" + "|".join((*w.share_counted, *w.counted_parties)) + r")\b",
        re.I,
    )
    return (
        {
            "hedges": {k: any_of(v) for k, v in w.hedges.items()},
            "stages": {k: any_of(v) for k, v in w.stages.items()},
            "not_shares": {k: any_of(v) for k, v in w.not_shares.items()}
            | {"tariff": any_of((*w.not_shares["tariff"], rate_laid(w))), "counted": counted},
            "not_flows": {k: any_of(v) for k, v in w.not_flows.items()},
            "magnet_goods": any_of(w.magnet_goods),
            "part_of_year": any_of(w.part_of_year),
            # a relative pronoun: anywhere, after a comma, ending a text, and its comma-set aside
            "relative": re.compile(rf"\b{relative}\b", re.I),
            "relative_after_comma": re.compile(rf",\s*{relative}\b", re.I),
            "ends_relative": re.compile(rf"\b{relative}\s*$", re.I),
            "relative_aside": re.compile(rf",\s*{relative}\b[^,]*,", re.I),
            "wider_than_goods": any_of(w.wider_than_goods),
            "all_goods": re.compile(r"(?:" + "|".join(w.all_goods) + r")$", re.I),
            "trade_breakdown": any_of(w.trade_breakdown),
            "china_side_sources": any_of(w.china_side_sources),
            "world_words": any_of(w.world_words),
            "consequence_leads": any_of(w.consequence_leads),
            "part_of_whole": re.compile(r"\b(?:" + "|".join(w.part_of_whole) + r")\s*,?\s*$", re.I),
            "whole_after": re.compile(r"^\s*,?\s*(?:" + "|".join(w.whole_after) + r")\b", re.I),
            "compared_year": re.compile(r"\b(?:" + "|".join(w.compared_year) + r")\s+$", re.I),
            "all_partners": any_of(w.all_partners),
            "goods_qualifier": any_of(w.goods_qualifier),
            "china_made": any_of(w.china_made),
            "import_source_rank": any_of(w.import_source_rank),
            "count_parts": any_of(w.count_parts),
            "count_part_after": any_of(w.count_part_after),
            "removal_counts": any_of(w.removal_counts),
            "count_reason": any_of(w.count_reason),
            # a measure called recent was taken before the claim's saying of it too
            "earlier_measure": any_of(w.earlier_measure + w.recent_measure),
            "recent_measure": any_of(w.recent_measure),
            "earlier_time": any_of(w.earlier_time),
            "present_lead": any_of(w.present_leads),
            "unnamed_part": any_of(w.unnamed_part),
            # a raise (cut) verb with a tariff noun up to three words after it ("hiked its
            # import duties", "is halving the 20% tariff"), or a tariff noun then a passive of
            # it ("tariffs on steel were raised", "tariffs on Chinese goods were cut")
            "tariff_raises": _tariff_change(raises, nouns),
            "tariff_cuts": _tariff_change(cuts, nouns),
            # a clause opener before that passive: it is a clause of its own (not a comma:
            # "Tariffs on US goods, including soybeans, were imposed by China")
            "passive_clause_openers": any_of(w.passive_clause_openers),
            "predicate_opens": re.compile(r"^(?:" + "|".join(w.predicate_opens) + r")\b", re.I),
            # ", originally imposed in December 2024,": an aside dating its noun's measure
            "imposed_aside": re.compile(r"^(?:" + "|".join(w.imposed_aside) + r")", re.I),
            # "..., China is now restricting ...": a comma, then a clause with a subject of its own
            "own_clause": re.compile(r",\s+(?:" + "|".join(w.own_clause_opens) + r")", re.I),
            # "..., as well as restriction on ...", "..., and thus barred": after a comma
            "added_joins": re.compile(r"^,\s*(?:" + "|".join(w.added_joins) + r")\b", re.I),
            # a joined clause that opens on a subject or a preposition: no predicate
            "joined_non_predicate": re.compile(
                r"^(?:" + "|".join(w.joined_non_predicates) + r")\b", re.I
            ),
            "consequence_clause": any_of(w.consequence_clause),
            "entry_restrictions": any_of(w.entry_restrictions),
            # "allows it to" right before a ban word: a power, not a ban
            "power_to": re.compile(r"\b(?:" + "|".join(w.power_to) + r")\s+$", re.I),
            # "24 Chinese companies": a number, maybe "more"/"new", then a word making it Chinese
            "china_count": re.compile(
                r"\b(\d[\d,]*)\s+(?:more\s+|new\s+|additional\s+|other\s+)?(?:"
                + "|".join(w.china_count)
                + r")\b",
                re.I,
            ),
            "not_output": any_of(w.not_output),
            "stock_reserves": any_of(w.stock_reserves),
            "total_rate_rows": any_of(w.total_rate_rows),
            # the end of a list item: words with no clause break, then a comma or a joining word
            "list_item_end": re.compile(
                r"^[^,;:]*?(?:,\s*(?:(?:"
                + "|".join(w.list_joins)
                + r")\s+)?|\s(?:"
                + "|".join(w.list_joins)
                + r")\s+)$",
                re.I,
            ),
            "running_total": any_of(w.running_total + w.standing_total),
            "standing_total": any_of(w.standing_total),
            "measure_practice": any_of(w.measure_practice),
            "designation_lists": any_of(w.designation_lists),
            "press_replies": any_of(w.press_replies),
            "not_taken": any_of(w.not_taken),
            "short_of_measure": any_of(w.short_of_measure),
            "legal_actions": any_of(w.legal_actions),
            "other_flows": any_of(w.other_flows),
            "accusations": any_of(w.accusations),
            "probes": any_of(w.probes),
            "probe_then_measure": any_of(w.probe_then_measure),
            "counterfactual": any_of(w.counterfactual),
            "goods_anaphora": any_of(w.goods_anaphora),
            # matched where a group's name ends, so no word boundary before its "("
            "group_members": re.compile("|".join(w.group_members), re.I),
            "technology_purpose": any_of(w.technology_purpose),
            # matched where a good's name ends ("chip| technology"), so no boundary before
            "technology_head": re.compile("|".join(w.technology_head), re.I),
            "import_bans": any_of(w.import_bans),
            "investment_bans": any_of(w.investment_bans),
            "other_lists": any_of(w.other_lists),
            "other_list_keepers": any_of(w.other_list_keepers),
            "not_listing_counts": any_of(w.not_listing_counts),
            "china_lists": any_of(w.china_lists),
            "meetings": any_of(w.meetings),
            "sequence": any_of(w.sequence),
            "coordinated_act": any_of(w.coordinated_act),
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
            "rank_excluding": any_of(w.rank_excluding),
            "joint_share": any_of(w.joint_share),
            # a measure verb whose object is a relationship ("eased US-China ties")
            "relations": re.compile(
                r"\b(?:eas(?:e|ed|es|ing)|tighten\w*|loosen\w*|restrict\w*|curb\w*|limit\w*)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(w.not_measure_objects) + r")\b",
                re.I,
            ),
            "meeting_topic": re.compile(
                r"\b(?:" + "|".join(w.meeting_topic) + r")\s+(?:[\w-]+\s+){0,3}$", re.I
            ),
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
            "count_preposition": re.compile(
                r"\b(?:" + "|".join(w.count_prepositions) + r")\s+$", re.I
            ),
            "effect": any_of(w.effect_words),
            "state_since": any_of(w.state_since),
            "report": any_of(w.report_words),
            "issuer": any_of(w.issuer_words),
            "after_event": re.compile(
                rf"\b,\s+(?:{span}\s+)?(?:{'|'.join(w.after_event)})\b", re.I
            ),
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
            # measure's, never the claim's (`measure_reading.answered_spans`)
            "answered_figure": re.compile(
                rf"\b(?:{'|'.join(w.response_to + w.earlier_event_clause)})\s+(?:(?!(?<!ed\s)"
                rf"(?<!\bhit\s)(?:{'|'.join(w.response_means)})\b)[\w.'’%$-]+\s+){{0,5}}?"
                rf"(?:{'|'.join(w.answered_measure)})\b",
                re.I,
            ),
            "caused_by": any_of(w.caused_by),
            "measure_adjuncts": any_of(w.measure_adjuncts),
            # a clause of time opening the claim's sentence, up to its first comma (`given_parts`)
            "given_opener": re.compile(r"^\W*(?:" + _capitalised(w.given_openers) + r")\b[^,;:]*,"),
            "measure_modifiers": any_of(w.measure_modifiers),
            # an opener of answering right before a claim cut from its sentence, and one
            # opening a claim ("In response to ..."; `event_clauses.answering_opening`)
            "answering_opener": re.compile(rf"(?<![\w,;])(?:{answering})\s+(?:the\s+)?$"),
            "answering_lead": re.compile(rf"\W*(?:{answering})\s"),
            "export_easing": any_of(w.export_easing),  # a relaxation of exports (`relaxed_kind`)
            # a relaxation cue that is only a word of change (`measure_acts.first_easing`)
            "easing_change": re.compile("|".join(w.easing_changes), re.I),
            "easing_object": any_of(w.easing_objects),  # ... and what keeps it one
            # the legal basis of a measure, up to the next comma, and on through a list of
            # "since 2010 in 2023": the year after (group 1) is the extreme's; or it comes next
            "extreme_year": re.compile(
                r"\b(?:" + "|".join(w.extreme_since) + r")\s+(\d{4})\b", re.I
            ),
            "extreme_before": re.compile(r"\b(?:" + "|".join(w.extreme_since) + r")\s+$", re.I),
            "call_nouns": any_of(w.call_nouns),
            # any word of a contact of officials: a meeting, a visit, a call
            "contact_words": any_of(w.meetings + w.contact_nouns + w.call_nouns + w.contact_verbs),
            "official_level": any_of(w.official_level),
            "visitor_superlative": any_of(w.visitor_superlative),
            "contact_window_rank": any_of(w.contact_window_rank),
            "contact_topics": any_of(w.contact_topics),
            "officials_nouns": any_of(w.officials_nouns),
            "market_control": any_of(w.market_control),
            "received_by": any_of(w.received_by),
            "counterpart_opens": any_of(w.counterpart_opens),
            "listing_description": re.compile(
                r"^\s*(?:" + "|".join(w.listing_description) + r")", re.I
            ),
            "measure_effects": any_of(w.measure_effects),
            "response_to": any_of(w.response_to),
            "measure_batches": any_of(w.measure_batches),
            "use": any_of(w.use_words),
            "use_phrase": any_of(w.use_phrases),
            # "on Chinese goods over fentanyl", "discussed the curbs over tea": a reason word
            # after the act's object or a verb of talk, and up to three words (no figure)
            # before the goods
            "goods_reason": re.compile(
                rf"\b(?:{'|'.join(w.reason_after)})(?:{'|'.join(w.reason_words)})\s+"
                rf"(?:[a-z’'-]+\s+){{0,3}}$",
                re.I,
            ),
            "added_to_list": any_of(w.added_to_list),
            "party_nouns": any_of(w.party_nouns),
            # "aerospace and defense firms": up to three more goods joined, then the parties
            "party_trade": re.compile(
                r"(?:\s*(?:,|and|&|or)\s*[\w-]+){0,3}\s+(?:" + "|".join(w.party_nouns) + r")\b",
                re.I,
            ),
            "importer_permits": any_of(w.importer_permits),
            "not_legislation": any_of(w.not_legislation),
            # a bloc after a preposition of a flow: "imports from the European Union"
            "bloc_partner": re.compile(
                r"\b(?:with|to|from|into)\s+(?:" + "|".join(w.trade_blocs) + r")\b", re.I
            ),
            # "the trade war with China": a relation noun right before the preposition
            "relation_before": re.compile(r"\b(?:" + "|".join(w.relation_nouns) + r")\s*$", re.I),
            "rule_back": any_of(w.rule_back),
            "listing_entails": any_of(w.listing_entails + w.listed_anyone),
            "listed_anyone": any_of(w.listed_anyone),
            "listed_members": any_of(w.listed_members),
            "listed_parties_barred": any_of(w.listed_parties_barred),
            "listed_subject": any_of(w.listed_subject),
            "tail_clause_opens": re.compile(rf"[;:]|\b(?:{'|'.join(w.tail_clause_opens)})\b", re.I),
            # an aside set off by commas that names a part of the noun before it (", including
            # Shield AI and Sierra Nevada,"): no clause of its own
            "part_aside": re.compile(
                r",\s*(?:" + "|".join(w.part_of_whole) + r")\b[^,]*(?:,|$)", re.I
            ),
            "licence_review": any_of(w.licence_review),
            "measure_detail": any_of(w.measure_detail),
            "parties_back": any_of(w.parties_back),
            "licence_requirement": any_of(w.licence_requirement),
            "licence_withheld": any_of(w.licence_withheld),
        }
        | figure_patterns(w)
        | speech_patterns(w)
        | measure_name_patterns(w)
        | rate_patterns(w)
        | agent_patterns(w)
        | measure_patterns(w)
    )


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
    """Where the first measure word of a text starts (its length when there is none); kept
    per text (a clause is asked about by several rules) for as long as `patterns` keeps its
    patterns: when those are made anew (`patterns.cache_clear()` after a lexicon edit), the
    kept answers are dropped (`cache.tied`)."""
    return _first_cue(text)


@cache_.tied(lambda: patterns(), CUES_KEPT)
def _first_cue(text: str) -> int:
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
