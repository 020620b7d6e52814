"""The claim lexicon's patterns of figures, ranks and the rare earths' class, of opinion,
sources, offices and the dates of acts, of tariff rates and of the party that acts, compiled
from the validated words (`claim_words.patterns()` merges them with the rest)."""

from __future__ import annotations

import re
from typing import Any

from analysis.article.date_patterns import NUMBERS, spelled
from analysis.data import lexicon

# Spelled whole numbers: one to ten ("nine in ten", "three times as much"), and one to
# ninety-nine for a count of a class's members ("Seventeen elements make up ...")
_TENTHS = "|".join(w for w, n in NUMBERS.items() if 1 <= n <= 10 and len(w) > 2)
SPELLED = "|".join(sorted((w for n in range(1, 100) for w in spelled(n)), key=len, reverse=True))
# Spelled counts of items, two to ninety-nine ("thirteen items": `item_counts`' `{count}`;
# one item is no count of a list's)
COUNTED = "|".join(sorted((w for n in range(2, 100) for w in spelled(n)), key=len, reverse=True))
# A place in a ranking: "second", "6th" ("ranks second", "from second ... down to 6th")
_PLACES = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
# The most words between a `time_clause` word and its `earlier_act` verb ("when President
# X's tariffs on more than $100 billion of Chinese imports took effect": eleven)
CLAUSE_WORDS = 12
# The most words before a `market_nouns` noun in a clause's subject ("Rising US oil
# prices": three)
MARKET_WORDS = 3


def any_of(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of the patterns as a whole word, case-blind."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.I)


def ending(patterns: list[str] | tuple[str, ...], tail: str) -> re.Pattern[str]:
    """Any of the patterns at the end of a text (before a date), then `tail`."""
    return re.compile(r"\b(?:" + "|".join(patterns) + ")" + tail, re.I)


def announce_words(w: lexicon.ClaimWords) -> tuple[str, ...]:
    """The words of announcing a measure: `announce_words` and the verbs of saying that
    announce one (data/lexicon/saying.yaml)."""
    return (*w.announce_words, *lexicon.saying_verbs("announce_words"))


RATE_LAID_GAP = 3  # words at most between a verb of laying a tariff and the rate it lays


def rate_laid(w: lexicon.ClaimWords) -> str:
    """A rate a verb of laying a tariff (`tariff_impositions`) puts on goods, the verb at
    most `RATE_LAID_GAP` words before it ("would add another 5% on U.S. soybeans",
    `rate_laid_on`): read with `not_shares` tariff (round 37, fx37b; the verb required in
    its review: "lost 10% on soybean sales" lays no tariff)."""
    return (
        rf"(?:{'|'.join(w.tariff_impositions)})\s+(?:[\w-]+\s+){{0,{RATE_LAID_GAP}}}?"
        rf"\d+(?:\.\d+)?\s*(?:{'|'.join(w.rate_laid_on)})"
    )


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


def figure_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """Trade flows, listings and bans, shares, extremes, ranks, the rare earths' class and
    multiples, by name."""
    cues = "|".join(c for words in w.measure_cues.values() for c in words)
    return {
        "flows": {k: any_of(v) for k, v in w.trade_flows.items()},
        "surplus": any_of(w.balance_surplus),  # a balance in the reporting side's favour
        # "a total of thirteen graphite items": a count of the items a measure covers
        "item_counts": any_of([p.replace("{count}", COUNTED) for p in w.item_counts]),
        # "exports of crude petroleum": the product a flow is of, up to 80 characters
        "flow_of": re.compile(r"\b(?:" + "|".join(w.flow_nouns) + r")\s+of\s+(.{1,80})", re.I),
        "flow_level_verbs": any_of(w.flow_level_verbs),
        # "Analysts said lower oil prices curbed ...": a market noun phrase as the clause's
        # subject (maybe after who said it), its end where the measure verb must start; an
        # article only first and no verb of imposing after its first lead word ("Lower oil
        # prices"; "China imposed a production limit on" is a party's act: review of round 30)
        "market_subject": re.compile(
            r"^(?:[\w'’ -]{1,40}?\b(?:said|says|say|noted|argued|believe|think)(?:\s+that)?\s+)?"
            rf"(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+(?:(?!(?:the|an?|{'|'.join(w.imposition_verbs)})\b)"
            rf"[\w'’-]+\s+){{0,{MARKET_WORDS - 1}}}?)??(?:{'|'.join(w.market_nouns)})"
            r"(?:\s+of\s+[\w-]+)?\s+(?:(?:have|has|had|will|would|could|may|might)\s+)?",
            re.I,
        ),
        "two_way": re.compile(
            r"(?:" + "|".join(w.two_way_words) + r")\s+(?:goods\s+)?trade\b", re.I
        ),
        # "A, B and C put on the Unreliable Entity List": the title up to its listing words
        "listed_names": re.compile(r"(.+?)\s+(?:" + "|".join(w.listing_phrases) + r")\b", re.I),
        # "banned", "bans": no word boundary after a stem ("prohibits", "embargoed")
        "bans": re.compile(r"\b(?:" + "|".join(w.ban_words) + ")", re.I),
        # a ban word hedged ("largely banned"): `measure_checks.check_ban`
        "hedged_ban": re.compile(
            r"\b(?:" + "|".join(w.ban_hedges) + r")\s+(?:" + "|".join(w.ban_words) + ")", re.I
        ),
        # a share word of the quantifiers before "of": "one-third of the world's reserves"
        "share_of": re.compile(
            r"\b(?:" + "|".join(re.escape(q.phrase) for q in w.quantifiers) + r")\s+of\b", re.I
        ),
        "flows_from_china": {k: any_of(v) for k, v in w.flows_from_china.items()},
        "extremes": {k: any_of(v) for k, v in w.extremes.items()},
        "extreme_spans": any_of(w.extreme_spans),
        "extreme_change": {k: any_of(v) for k, v in w.extreme_change.items()},
        # "9% less than 2019's", "12 percent higher than in 2018": a change from that year
        "than_earlier": {
            k: re.compile(
                r"\s*(?:%|percent|per cent)?\s+(?:" + "|".join(v) + r")(?:\s+than)?\s+"
                r"(?:in\s+)?(?:(?:19|20)\d\d\b|the\s+(?:previous|prior|preceding)\s+year"
                r"|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|last\s+year)",
                re.I,
            )
            for k, v in w.than_earlier.items()
        },
        "rare_earth_groups": {k: any_of(v) for k, v in w.rare_earth_groups.items()},
        "topics": {k: any_of(v) for k, v in w.topic_words.items()},  # `claim_types.topic`
        "falls": any_of(w.falls),
        "rises": any_of(w.rises),
        # "China Imports Drop by 20.3%": "China imports" as a noun, before a verb of change
        # (`falls`, `rises`) or of level (`china_imports_level`), not a compound's first word
        # ("China imports lower-grade ore": a verb)
        "china_imports_noun": re.compile(
            r"\b(?:"
            + "|".join(w.china_imports_noun)
            + r")(?=\s+(?:"
            + "|".join((*w.falls, *w.rises, *w.china_imports_level))
            + r")\b(?!-))",
            re.I,
        ),
        # "a major producer" ranks too; "the highest reserves" (of reserves only)
        "rank": any_of(w.rank_words + w.reserve_rank_words + w.rank_major),
        "rank_major": any_of(w.rank_major),
        "reserve_rank": any_of(w.reserve_rank_words),  # "the highest reserves"
        "rank_verbs": any_of(w.rank_verbs),  # "dominates the supply of": first, if no figure
        "rank_negation": any_of(w.rank_negation),  # "is not the largest": denied
        # "ranks second", "is third": a verb of ranking right before an ordinal
        "rank_place": re.compile(
            r"\b(?:" + "|".join(w.rank_places) + rf")\s+(?P<place>{_PLACES})\b",
            re.I,
        ),
        # "from second position ... down to 6th": a place in each of two editions
        "rank_moved": re.compile(
            rf"\bfrom (?:the )?(?P<before>{_PLACES})\b[^.;]*?\b(?:"
            + "|".join(w.rank_moves)
            + rf") (?:the )?(?P<after>{_PLACES})\b",
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
            + "|".join(w.rank_words + w.reserve_rank_words)
            + r")\b",
            re.I,
        ),
        "regional_rank": any_of(w.regional_rank),
        # a group of the rare earths ("dysprosium is a heavy rare earth") is a taxonomy claim
        "taxonomy": any_of(
            w.taxonomy_words + tuple(p for v in w.rare_earth_groups.values() for p in v)
        ),
        # "a group of 17 metals", "a grouping of 17 elements": a count of a class of goods
        "group_count": re.compile(
            r"\b(?:" + "|".join(w.group_nouns) + r") of (?P<count>\d+)\b", re.I
        ),
        "taxonomy_negation": any_of(w.taxonomy_negation),
        # "These elements ...": goods told before (`taxonomy_back`), matched at a clause's start
        "taxonomy_back": re.compile("|".join(w.taxonomy_back), re.I),
        # "There are 17 rare earth elements.", "Seventeen metals make up the rare earths",
        # "The rare earths comprise 17 elements": the rare earths given by their count
        "member_count": _member_counts(w),
        # "second only to China", "trails only China and Brazil": the place behind the parties after
        "rank_behind_only": re.compile(r"\b(?:" + "|".join(w.rank_behind_only) + r")\s+", re.I),
        # "exceeds that of the world's second-largest producer": the rank is the compared one's
        "rank_compared": re.compile(
            r"\b(?:" + "|".join(w.rank_compared) + r")\s+(?:the\s+)?(?:world[’']s\s+)?$", re.I
        ),
        # "has overtaken Australia" before "as the second-largest producer": the subject's
        # place (`aux` set: a passive, "was overtaken by Myanmar"; round 39, left39)
        "place_taken": re.compile(
            r"(?:\b(?P<aux>"
            + "|".join(w.passive_auxiliaries)
            + r")\s+)?\b(?:"
            + "|".join(w.place_taking_verbs)
            + r")(?:\s+[^\s,;:]+){1,4}$",
            re.I,
        ),
        # "has not overtaken", "could overtake", "expected to overtake": the place not taken
        # (`clauses._takes_place`; review of round 39, rev39)
        "place_not_taken": re.compile(
            r"\b(?:" + "|".join(w.place_not_taken) + r")\s+(?:[^\s,;:]+\s+)?$", re.I
        ),
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
        "multiple_of_share": any_of(w.multiple_of_share),
        # "three times the pace of", "three times as fast": one rate of growth over another
        "times_rate": re.compile(
            rf"\b(?P<n>\d+(?:\.\d+)?|{_TENTHS})\s+(?:" + "|".join(w.times_rate) + r")", re.I
        ),
        # ", unlike lanthanum,": an aside comparing the subject with another thing
        "comparison_aside": re.compile(
            r",\s*(?:" + "|".join(w.comparison_asides) + r")\b[^,]*,", re.I
        ),
        # a market noun a measure word qualifies or has as subject ("lower oil prices",
        # "prices curbed"): a market force, no measure (`market_nouns`, `market_moves`);
        # no measure word between ("lower tariffs cut costs" keeps its relaxation); only a
        # verb's inflection after the noun ("output curbed", "demand easing"): a noun there
        # is a party's measure, plural or not ("output curbs", fcf30; "a production limit",
        # "an output restriction": review of round 30)
        "market_forces": re.compile(
            rf"\b(?:(?:{'|'.join(w.market_moves)})\s+(?:(?!(?:{cues})\b)[\w-]+\s+){{0,2}}?)?"
            rf"(?:{'|'.join(w.market_nouns)})\b(?:\s+(?:(?:also|have|has|had)\s+)?"
            rf"(?:{'|'.join(w.market_verbs)})(?:t?ing|e?d)\b)?",
            re.I,
        ),
    }


def speech_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """Opinion, forecasts and attribution, sources, offices, the dates of acts and pairs of
    parties, by name."""
    speaker_verb = (  # a speaker (no clause mark, at most a dozen words), a verb of reporting
        r"\s*(?:[^\s,;:\"“”]+\s+){1,12}?(?:"
        + "|".join(lexicon.saying_verbs("reported_that_verbs"))
        + ")"
    )
    return {
        "opinion": any_of(w.opinion),
        # the words before an opinion word that make it characterise a noun of the clause
        "characterised_noun": re.compile(rf"(?:{'|'.join(w.characterised_noun)})\s+$", re.I),
        "characterised_people": re.compile(rf"(?:{'|'.join(w.characterised_people)})\s+$", re.I),
        # a dash (spaced, or an unspaced en or em dash) before a noun phrase summing up the
        # clause before it, no other dash after it (not an aside set off by two)
        "summary_dash": re.compile(
            r"(?:\s+-\s+|\s*[–—]\s*)(?=(?:"
            + "|".join(w.summary_apposition)
            + r")\b)(?!.*(?:[–—]|\s-\s))",
            re.I,
        ),
        # "would" is a forecast, "would have" (`counterfactual`) is not
        "forecast": re.compile(
            rf"\b(?!(?:{'|'.join(w.counterfactual)})\b)(?:{'|'.join(w.forecast)})\b", re.I
        ),
        # what opens a clause stating only a condition ("If ...", "Were X to ...")
        "conditional_opens": re.compile(rf"(?:{'|'.join(w.conditional_opens)})\b", re.I),
        # "Even if X, China will ...": conceded, not a condition (review of round 39, rev39)
        "concessive_opens": re.compile(rf"(?:{'|'.join(w.concessive_opens)})\b", re.I),
        # "If the buyer is in the US, China will ...": a rule's scope (round 40, left40)
        "condition_scopes": re.compile(
            rf"(?:(?:{'|'.join(w.conditional_opens)})\s+)?(?:{'|'.join(w.condition_scopes)})",
            re.I,
        ),
        # a forecast word of a possibility ("could"), never a measure announced
        "possibility": re.compile(rf"(?:{'|'.join(w.possibility)})$", re.I),
        "attribution": any_of(lexicon.saying_verbs("attribution")),
        # the last clause break or verb of saying (and its "that") before a subject
        "subject_opening": re.compile(
            r"(?:"
            + "|".join(
                rf"\b{x}\b" if x[0].isalpha() else x
                for x in (*w.subject_opening, *lexicon.saying_verbs("subject_opening"))
            )
            + r")(?:\s+that\b)?",
            re.I,
        ),
        # the words that end a list's intro line right before its colon ("include:")
        "list_intro": re.compile(r"\b(?:" + "|".join(w.list_intro_words) + r")\W*:\s*$", re.I),
        # "USGS data show ...", "Figures from the USGS show ...": a source opening a claim
        "source_shows": re.compile(
            r"^[^,;]*?\b(?:"
            + "|".join(w.source_figures)
            + r")\b(?:\s+from\b[^,;]*?)?\s+(?:"
            + "|".join(w.source_show)
            + r")\b(?:\s+that\b)?"
            # "the US Geological Survey found that ...": a finding, with "that", its subject
            # up to seven words with no verb or clause word of its own ("Huawei was added to
            # the list after the Department concluded that ...": the claim's act comes first)
            + r"|^\W*(?:(?!(?:"
            + "|".join(w.finding_subject_breaks)
            + r")\b)[\w.'’-]+\s+){1,7}?(?:"
            + "|".join(w.source_finds)
            + r")\s+that\b",
            re.I,
        ),
        # a speaker (no clause mark, at most a dozen words), a verb of reporting and "that":
        # `text.reported_lead` (case matters: a verb, not a name)
        "reported_lead": re.compile(speaker_verb + r"\s+that\b"),
        # the same with no "that", then a name (after "the" at most) and the word after it
        # (`finite`: a verb of `named_clause_verbs` or text_words' `past_words` makes the
        # name the subject of what was said, `text.reported_lead`; round 39, left39)
        "reported_bare": re.compile(
            speaker_verb + r"\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?P<finite>\w+))"
        ),
        "named_clause_verbs": re.compile(r"(?:" + "|".join(w.named_clause_verbs) + r")"),
        # a finite verb after a clause's own party (`clauses.own_subjects`)
        "party_clause_verbs": re.compile(r"(?:" + "|".join(w.party_clause_verbs) + r")"),
        # a leading participle clause telling an earlier act ("After banning exports of X")
        "earlier_act": re.compile(
            r"(?:" + "|".join(w.earlier_act_opens) + r")\s+[a-z]{3,}ing\b", re.I
        ),
        # adverbs between a party and its finite verb ("China now restricts")
        "clause_adverbs": re.compile(r"(?:(?:" + "|".join(w.clause_adverbs) + r")\s+)*", re.I),
        # a pronoun opening what is said: it stands for the speaker
        "speaker_back": re.compile(r"\s+(?:" + "|".join(w.speaker_pronouns) + r")\b", re.I),
        # a verb of saying right before the colon, alone or with a short phrase of place or
        # time ("said in a statement:", "told reporters:")
        "speech_intro": re.compile(
            r"\b(?:" + "|".join(lexicon.saying_verbs("speech_intro_words")) + r")"
            r"(?:\s+(?:in|on|at|to|from|late|early|earlier|later)\b[^:,;]{0,30})?\W*:\s*$",
            re.I,
        ),
        "took_office": any_of(w.took_office),
        # the oath's administrator after the took-office words, up to their name
        "office_agent": re.compile(r"\s+(?:" + "|".join(w.office_agent) + r")\b[^,;:.]*$", re.I),
        "office_became": any_of(w.office_became),
        "title_not_held": any_of(w.title_not_held),
        "title_ranks": any_of(w.title_ranks),
        "title_courtesy": any_of(w.title_courtesy),
        "title_now": any_of(w.title_now),
        # a date's own words right before it, a participle (a whole word), a saying's date
        "act_date_not_own": ending(w.act_date_not_own, r"\s+$"),
        "act_date_participle": re.compile(r"(?:" + "|".join(w.act_date_participles) + ")", re.I),
        "act_speech_verbs": any_of(lexicon.saying_verbs("act_speech_verbs")),
        "act_speech_date": re.compile(r"(?:" + "|".join(w.act_speech_date) + ")", re.I),
        # a pluperfect: what a saying reports was done before it (`date_roles`)
        "pluperfect": any_of(w.earlier_act),
        # "As of November 10, 2025, China has suspended ...": where things stand on a day
        "standing_as_of": re.compile(r"\b(?:" + "|".join(w.standing_as_of) + r")\s+$", re.I),
        "standing_perfect": any_of(w.standing_perfect),
        # "including one that immediately restricts ...": one of several measures
        "one_of_several": any_of(w.one_of_several),
        # "rather than antimony": goods set apart from the claim's measure
        "goods_excluded": any_of(w.goods_excluded),
        # a finite verb or "that": what a saying reports (`date_roles`)
        "reported_clause": any_of(["that", *w.predicate_opens]),
        # a sentence's leading phrase of time, before a titled official's clause
        "act_leading": re.compile(r"(?:" + "|".join(w.act_leading) + r")\b[^,;:]*,\s*$", re.I),
        "act_leading_own": any_of(w.act_leading_own),
        "act_eras": any_of(w.act_eras),
        "act_era_ordinals": any_of(w.act_era_ordinals),
        "office_copula_past": any_of(w.office_copula_past),
        # a copula right after a name, then an optional article: the predicate's office
        "office_copula": re.compile(
            r"\s+(?:"
            + "|".join((*w.office_copula, *w.office_copula_past, *w.office_became))
            + r")\s+(?:(?:the|a|an)\s+)?",
            re.I,
        ),
        "all_goods_clause": any_of(w.all_goods_clause),
        "every_partner": any_of(w.every_partner),
        "other_partners": any_of(w.other_partners),
        "contact_ahead": any_of(w.contact_ahead),
        "pair_words": any_of(w.pair_words + w.head_pairs),
        "two_sides": any_of(w.two_sides),
        # "weeks after the administration had imposed a 10% tariff", ", when the US tariffs
        # on $100 billion of goods took effect": another event's clause of time (`effect`:
        # by its taking effect, another event only when it names a party: event_clauses)
        "time_clause": re.compile(
            rf"\b(?:(?:{'|'.join(w.time_span)})\s+)?(?:{'|'.join(w.time_clause)})\s+"
            rf"(?:[\w.'’%$-]+\s+){{1,{CLAUSE_WORDS}}}?"
            rf"(?:{'|'.join(w.earlier_act)}|(?P<effect>{'|'.join(w.effect_act)}))\b",
            re.I,
        ),
        "head_pairs": re.compile(r"(?:" + "|".join(w.head_pairs) + r")$", re.I),
        "pair_countries_named": any_of(w.pair_countries_named),
        # right before a country named as a contact's place: "are in (the) China", "flew to"
        "contact_place_before": re.compile(
            rf"\b(?:{'|'.join(w.contact_place_words)})\s+(?:the\s+)?$", re.I
        ),
        "rank_groups": re.compile(rf"\b(?:{'|'.join(w.rank_groups)})\b", re.I),
        # right before where talks were held: "met in", "in the Swiss city of"
        "held_in_before": re.compile(
            rf"\b(?:{'|'.join(w.venue_words)})\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+(?:{'|'.join(w.venue_descriptors)})\s+of\s+)?$",
            re.I,
        ),
        # "It tumbled 17.6% to ...": a pronoun subject, not "it is a ..."
        "subject_pronoun": re.compile(
            r"^\s*(?:" + "|".join(w.subject_pronouns) + r")\s+(?!is\s+(?:a|an|the)\b)", re.I
        ),
    }


# How many words may stand between a verb of imposing and its tariff noun ("put an extra 15
# percent tariff": four).
IMPOSITION_GAP = 5
# How many words may stand between a tariff noun and the auxiliary of its passive of imposing
# ("tariffs on soybeans and pork from the US were imposed": five; review of round 29, was a
# bare 6 in the pattern).
PASSIVE_GAP = 6


def measure_name_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """Products and technologies a title may name, verbs that put a tariff on goods,
    measures named by their names ("the AI diffusion rule"), by name (round 29, fcd22),
    announcing words before a date, and a firm kept from selling (round 38, fx38a)."""
    verbs, nouns = "|".join(w.tariff_impositions), "|".join(w.tariff_nouns)
    passive = "|".join(w.passive_auxiliaries)
    generic = "|".join(w.rule_name_generic)
    breaks = "|".join(w.rule_name_breaks)
    heads = "|".join((*w.rule_name_heads, *w.rule_name_lists))
    word = rf"(?!(?:{breaks})\b)(?:\d+(?:\.\d+)?%|[A-Za-z][\w’'.&-]*)[”\"]?"
    return {
        # right after a country, its own goods or where goods come from: `tariff_origin`
        "own_goods": re.compile(
            r"(?:['’]s)?\s+(?:" + "|".join(w.own_goods_nouns) + r")\b"
            r"|-(?:" + "|".join(w.origin_participles) + r")\b",
            re.I,
        ),
        # product names are written as codes: case matters ("EUV", not "euv")
        "product_names": re.compile(r"(?<![\w-])(?:" + "|".join(w.product_names) + r")s?\b"),
        "tariff_impositions": re.compile(
            rf"\b(?:{verbs})\b(?:\W+\w+){{0,{IMPOSITION_GAP}}}?\W+(?:{nouns})\b"
            rf"|\b(?:{nouns})\b(?:\W+\w+){{0,{PASSIVE_GAP}}}?\W+(?:{passive})\s+"
            rf"(?:\w+ly\s+)?(?:{verbs})\b",
            re.I,
        ),
        # "the 50% affiliates rule": "the", up to four words, a head; the name is the words
        # ("its “50% rule”": a possessive and quotes too; round 35, fx35c)
        "rule_name": re.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[“\"]?(?P<name>(?:{word}\s+){{1,4}}?)(?:{heads})\b",
        ),
        # a list's name ("the Unverified List"): `rule_names.names_list`
        "rule_name_list_end": re.compile(rf"\b(?:{'|'.join(w.rule_name_lists)})\s*$"),
        "rule_name_generic": re.compile(rf"^(?:{generic})$", re.I),
        # a foreign direct product rule told by its condition: `rule_names.by_reach`
        "reach_condition": re.compile("|".join(w.reach_conditions), re.I),
        # a predicate joined after a date, with its own announcing verb: `date_roles._role`
        "coordinated_predicate": re.compile(
            r"(?:,\s*|\s)and\s+(?:(?:" + "|".join(w.coordinated_adverbs) + r")\s+)?"
            r"(?:" + "|".join(announce_words(w)) + r")\b",
            re.I,
        ),
        # "actions China has announced since Wednesday", "announced three measures since":
        # the day announcements are counted from, not the day the measure took effect
        # (`frames._role_as`; round 38, fx38a)
        "announced_since": re.compile(
            r"\b(?:" + "|".join(announce_words(w)) + r")(?:\s+[\w-]+){0,3}?\s+since\s+$", re.I
        ),
        # a company an export measure keeps from selling: `parties.firm_exporting`
        "firm_kept_from": re.compile(rf"\s+(?:{'|'.join(w.firm_kept_from)})\b", re.I),
    }


def rate_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """The words around a tariff rate that say which rate it is: replaced, a total, a level,
    the trade it covers, one added to or a step on top of the rate in place."""
    return {
        # a word right before it makes a tariff rate the one replaced ("from 25% to 100%")
        "rate_replaced": re.compile(r"\b(?:" + "|".join(w.rate_replaced) + r")\s*$", re.I),
        # "the total tariff", "a combined total of 54 per cent": a sum of several duties (a
        # total of a count, "a total of 818 products", is no rate)
        "rate_total": re.compile(
            r"\b(?:" + "|".join(w.rate_total) + r")\s+(?:[\w-]+\s+){0,2}?"
            r"(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|of\s+\d[\d.,]*\s*(?:%|per\s*cent))",
            re.I,
        ),
        # a rate told as the level of the subject's measure ("are generally around 30%")
        "level_told": re.compile(
            r"\s+(?:" + "|".join(w.level_verbs) + r")\s+(?:[\w-]+\s+){0,3}?"
            r"\d[\d.,]*\s*(?:%|per\s*cent|percent)",
            re.I,
        ),
        # a dollar figure tied to the trade a tariff covers ("on about $250 billion",
        # "$75 billion worth", "$16 billion of US imports"; round 31, fig31)
        "coverage_stated": re.compile(
            r"\b(?:"
            + "|".join(w.coverage_before)
            + r")\s+(?:(?:"
            + "|".join(w.coverage_hedges)
            + r")\s+)?(?:US)?\$|"
            r"(?:US)?\$\s?[\d.,]+\s?(?:trillion|billion|million|bn|mn|m|b)?\s+(?:"
            + "|".join(w.coverage_after)
            + r")\b",
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
    }


def agent_patterns(w: lexicon.ClaimWords) -> dict[str, Any]:
    """The words around a party that say whether it acts: the agent of a passive measure verb,
    of a participle qualifying a measure noun, or a party reacting to or blaming another's act."""
    return {
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
        # a reaction just before a date or after a party: "expressed concerns Tuesday"
        "reaction_before": re.compile(
            r"\b(?:" + "|".join(w.reaction_words) + r")\s+(?:(?:on|last|this)\s+)?$", re.I
        ),
        "reaction_after": re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join(w.reaction_words) + r")\b", re.I
        ),
        # "China slammed the US for ...": a complaint right after a party, its object (a few
        # words) and the word opening the act complained of (not "slammed the curbs and
        # then banned ...": the curbs are the object, the ban the complainer's; rev40)
        "complaint_after": re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:"
            + "|".join(w.complaint_words)
            + r")\s+(?:[\w.’'-]+\s+){1,4}?(?:"
            + "|".join(w.complaint_reasons)
            + r")\b",
            re.I,
        ),
    }
