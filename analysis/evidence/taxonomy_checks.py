"""The taxonomy checker: what the commodity taxonomy says a thing is (gallium is not a rare
earth; the rare earths are 17 elements; dysprosium is a heavy rare earth, USGS convention).
Split from `figure_checks`, which keeps ranks and counts.
"""

from __future__ import annotations

import re

from analysis.article import claim_words, taxonomy_words
from analysis.article.claims import Claim
from analysis.article.frames import TAXONOMY
from analysis.data import datasets, goods, lexicon
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import Context, Verdict, claim_dates, make_evidence, sentence_of
from analysis.vocab import Label

# "dysprosium, which is a heavy rare earth": the group phrase opens a relative clause
_RELATIVE_OPENER = re.compile(r",\s*(?:which|that)\s+$", re.I)
# what parts a sentence into the phrases a subject is read from
_PHRASE_BREAK = re.compile(r"[,;:()—–]")
# A count of the rare earths' members dated more than this many years before the article's
# year ("By 1907 there were 16 rare earth elements") is history: the commodities table
# gives today's class, so it decides only a count of the present or the year before.
MEMBER_COUNT_YEARS = 1


def _group_subjects(said: str) -> list[tuple[str, str, str]]:
    """Each group a sentence puts rare earths in, with the words it says it of: the noun
    phrase right before "is/are a ... rare earth" (relative asides left out: "terbium,
    which is added to neodymium, is a heavy rare earth": terbium), the head before
    ", a light rare earth" or before ", which is a heavy rare earth"; a list of bare names
    ending in and/or before it joins ("neodymium, praseodymium and lanthanum are light
    rare earths"). An aside comparing the subject with another thing ("Dysprosium, unlike
    lanthanum, is ...": `comparison_asides`) is left out."""
    out = []
    for group, pattern in claim_words.patterns()["rare_earth_groups"].items():
        for m in pattern.finditer(said):
            head = said[: m.start()]
            if opener := _RELATIVE_OPENER.search(head):
                head = head[: opener.start()]
            elif not m.group().startswith(","):
                head = claim_words.patterns()["relative_aside"].sub(" ", head)
            head = claim_words.patterns()["comparison_aside"].sub(" ", head)
            parts = [x for x in _PHRASE_BREAK.split(head) if x.strip()]
            subject = parts.pop() if parts else ""
            listed = _LIST_END.search(subject) is not None
            while listed and parts and _bare_name(parts[-1]):
                subject = parts.pop() + "," + subject
            out.append((group, subject, head))
    return out


# the last member of a list of names: "... and lanthanum", "... or lanthanum"
_LIST_END = re.compile(r"^\s*(?:[\w-]+\s+)?(?:and|or)\s+[\w-]+\s*$", re.I)


def _bare_name(phrase: str) -> bool:
    """A phrase that is one word or name only, a member of a list ("Neodymium")."""
    return bool(re.fullmatch(r"\s*(?:and\s+)?[\w-]+\s*", phrase))


def _names(label: str, text: str) -> bool:
    """Whether `text` names a good by its label, as a word ("erbium" is not in "terbium")."""
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text, re.I) is not None


def check_taxonomy(ctx: Context, claim: Claim) -> Verdict | None:
    """'gallium, a rare earth' / 'the 17 rare earths': the commodity taxonomy decides."""
    frame = frame_of(claim)
    if frame is None or frame.kind != TAXONOMY:
        return None
    table = datasets.load("commodities")
    elements = table.loc[table["is_rare_earth"] & (table["commodity_id"] != goods.RARE_EARTHS)]
    minerals = set(datasets.load("commodities")["commodity_id"]) | {
        g.id for g in lexicon.goods() if g.kind == "mineral"
    }
    named = [g for g in frame.goods if g != goods.RARE_EARTHS and g in minerals]
    wrong = [g for g in named if goods.is_rare_earth(g) is False]
    count = frame.quantity.value if frame.quantity and frame.quantity.unit == "" else None
    group = claim_words.patterns()["group_count"].search(claim.text) or re.search(
        r"\b(?P<count>\d+) rare[- ]earth", claim.text, re.I
    )
    counted = elements  # the class the count is of: all rare earths, or one group of them
    if group:
        count = float(group.group("count"))
    elif (
        not named and (members := taxonomy_words.member_count(sentence_of(ctx, claim))) is not None
    ):
        # "Seventeen elements make up the rare earths"; not a count of named members
        # ("Neodymium and praseodymium, two rare earth metals, form the core of magnets")
        count = float(members)
        kind = taxonomy_words.member_scope(sentence_of(ctx, claim))[0]
        if kind:  # "the heavy rare earths comprise eight elements"
            counted = table.loc[table["ree_group"] == kind]
    if count is not None and not named:
        dates = claim_dates(ctx, claim)
        year = (
            dates[-1].end.year if dates else taxonomy_words.member_scope(sentence_of(ctx, claim))[1]
        )
        if ctx.as_of and year and year < ctx.as_of.year - MEMBER_COUNT_YEARS:
            why = (
                f"The claim counts the rare earths in {year}; the commodities table gives the "
                "class as it is now."
            )
            return Verdict(claim, Label.NOT_CHECKABLE, why, "taxonomy")
    group_of = dict(zip(table["commodity_id"], table["ree_group"].fillna(""), strict=True))
    said = sentence_of(ctx, claim)
    # each group is said of its own subject ("unlike neodymium, dysprosium is a heavy rare
    # earth": dysprosium); an element of a group the sentence names, outside a relative
    # aside, but joins to no group phrase leaves the claim undecided
    grouped = [g for g in named if group_of.get(g) and _names(goods.label(g), said)]
    said_groups = _group_subjects(said)
    pairs = []
    for put, subject, head in said_groups:
        own = [g for g in grouped if _names(goods.label(g), subject)]
        # no element in the subject phrase ("the metal dysprosium, used in magnets, is"):
        # the elements named before the group phrase
        own = own or [g for g in grouped if _names(goods.label(g), head)]
        pairs += [(g, put) for g in own]
    placed = list(dict.fromkeys(g for g, _ in pairs))
    ungrouped = [
        g
        for g in named
        if goods.is_rare_earth(g)
        and not group_of.get(g)
        and any(_names(goods.label(g), subject) for _, subject, _ in said_groups)
    ]
    if said_groups and ungrouped and not wrong and not frame.negated:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The table gives no light/heavy group for "
            + " and ".join(goods.label(g) for g in ungrouped)
            + ".",
        )
    elif placed and not wrong and not frame.negated:
        # "dysprosium is a heavy rare earth": the element's group (USGS convention)
        other = [(g, put) for g, put in pairs if group_of[g] != put]
        loose = [
            g
            for g in grouped
            if g not in placed
            and any(
                _names(goods.label(g), claim_words.patterns()["relative_aside"].sub(" ", h))
                for _, _, h in said_groups
            )
        ]
        label = Label.UNSUPPORTED if other else Label.NOT_CHECKABLE if loose else Label.SUPPORTED
        decision = v.Decision(
            label,
            "; ".join(
                f"{goods.label(g).capitalize()} is a {group_of[g]} rare earth" for g in placed
            )
            + " (USGS convention); the claim says "
            + "; ".join(f"{goods.label(g)} {put}" for g, put in pairs)
            + (
                f"; it joins {' and '.join(goods.label(g) for g in loose)} to no group."
                if loose and not other
                else "."
            ),
        )
    elif named and frame.negated:
        members = [g for g in named if goods.is_rare_earth(g)]
        decision = v.Decision(
            Label.UNSUPPORTED if members else Label.SUPPORTED,
            f"{' and '.join(goods.label(g) for g in members or named).capitalize()} "
            f"{'is' if len(members or named) == 1 else 'are'} "
            f"{'' if members else 'not '}among the 17 rare-earth elements "
            "(the 15 lanthanides, scandium and yttrium).",
        )
    elif wrong:
        decision = v.Decision(
            Label.UNSUPPORTED,
            f"{' and '.join(goods.label(g) for g in wrong).capitalize()} "
            f"{'is' if len(wrong) == 1 else 'are'} not among the 17 rare-earth elements "
            "(the 15 lanthanides, scandium and yttrium).",
        )
    elif count is not None:
        label = Label.SUPPORTED if int(count) == len(counted) else Label.UNSUPPORTED
        kind = f"{counted['ree_group'].iloc[0]} " if len(counted) < len(elements) else ""
        decision = v.Decision(
            label,
            f"The {kind}rare earths are {len(counted)} elements (commodities table); the claim "
            f"says {int(count)}.",
        )
    elif named:
        decision = v.Decision(
            Label.SUPPORTED,
            f"{' and '.join(goods.label(g) for g in named).capitalize()} "
            f"{'is' if len(named) == 1 else 'are'} rare-earth element(s).",
        )
    else:
        return None
    evidence = (
        make_evidence("commodities", elements.index, {"rare_earths": len(elements)}, "taxonomy"),
    )
    return Verdict(claim, decision.label, decision.rationale, "taxonomy", evidence)
