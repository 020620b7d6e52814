"""A listing's members named after it ("The entities include DJI and SMIC"), checked
against the catalog rows of the listing told before: supported when one row's title or
notes name every party, unsupported when every such row names all its members and a party
is not one, else not checkable. The rules are in docs/factcheck-log.md ("Members of a
listing")."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from analysis.article import claim_words, members
from analysis.article.claims import Claim
from analysis.data import datasets, lexicon
from analysis.evidence import measure_details
from analysis.evidence.model import Context, Verdict, make_evidence, sentence_of, sentences
from analysis.vocab import Label

# How many sentences before the member sentence a listing may be told ("China added 15
# US entities ... This follows the addition of 10 US companies to ... The companies
# identified as posing risks included Leidos": the first of the two).
MEMBER_REACH = 3

_DECIDED = (Label.SUPPORTED, Label.PARTLY)
_NEEDS = "the full list of the parties the listing named"
# A figure in a title or notes: the number of parties a listing added ("15 US entities").
_FIGURE = re.compile(r"\b(\d{1,4})\b")


def _ways(name: str) -> tuple[str, ...]:
    """How a title or notes may write a party: as named, with its legal-form and kind words
    at the end dropped ("Illumina Inc.": Illumina), and by the aliases of the
    organisations lexicon."""
    heads = set(lexicon.name_cues().heads["ORG"]["company"])
    words = name.split()
    while len(words) > 1 and words[-1] in heads:
        words = words[:-1]
    ways = [name, " ".join(words)]
    for o in lexicon.organisations():
        if name == o.name or name in o.aliases:
            ways += [o.name, *o.aliases]
    return tuple(dict.fromkeys(ways))


def _names(text: str, party: tuple[str, ...]) -> bool:
    """Whether a title or notes name a party, one of its ways, as whole words."""
    ways = (w for p in party for w in _ways(p))
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in ways)


def _count(title: str) -> int | None:
    """The number of parties a listing added, as its title gives it ("15 US entities",
    "Ten US defence firms"); the largest figure when it gives several ("SMIC and 10
    affiliates among 77 entities")."""
    spelled = claim_words.NUMBER_OF
    found = [int(m.group(1)) for m in _FIGURE.finditer(title)]
    found += [n for w, n in spelled.items() if re.search(rf"\b{w}\b", title, re.I)]
    return max(found, default=None)


def _complete(row: pd.Series) -> bool:
    """Whether a row names every party of its listing: a title that is a list of names and
    gives no figure ("A, B and C put on the Unreliable Entity List"), or a list of names in
    its title or notes, no country among them, as long as the figure its title gives."""
    title, notes = str(row["title"]), str(row["notes"])
    count = _count(title)
    if count is None:
        lead = measure_details.NAME_LIST.match(title)
        return lead is not None and not re.search(r"\bothers?\b|\bincl", title)
    found = (*measure_details.NAME_LIST.finditer(title), *measure_details.NAME_LIST.finditer(notes))
    lists = [measure_details.enumerated(m.group(0)) for m in found]
    # a list of the countries the parties are in ("in China, France and Malta") names none
    parties = [x for x in lists if not any(members.a_place(n.strip()) for n in x)]
    return any(len(x) == count for x in parties)


def _listings(ctx: Context, claim: Claim) -> list[Claim]:
    """The listing claims of the `MEMBER_REACH` sentences before the member sentence,
    nearest first (not member sentences themselves)."""
    sents = sentences(ctx.article.text)
    here = next((i for i, s in enumerate(sents) if s.start <= claim.start < s.end), None)
    if here is None:
        return []
    first = sents[max(0, here - MEMBER_REACH)].start
    found = [
        c
        for c in ctx.article.claims
        if first <= c.start < sents[here].start
        and c.frame is not None
        and c.frame.action == "listing"
        and not members.named(c.text)
    ]
    return found[::-1]


def _rows(verdict: Verdict) -> list[int]:
    """The measures rows a listing's verdict rests on; an Entity List rule stands for the
    catalog measure printed under its Federal Register document number."""
    catalog = datasets.load("measures")
    rows: list[int] = []
    for e in verdict.evidence:
        if e.dataset == "measures":
            rows += list(e.rows)
        elif e.dataset == "entity_list_rules":
            rules = datasets.load("entity_list_rules").loc[list(e.rows)]
            for doc in rules["fr_doc_number"].dropna().astype(str):
                hit = catalog["instrument"].astype(str).str.contains(re.escape(doc))
                rows += list(catalog.index[hit])
    return list(dict.fromkeys(rows))


def check_members(
    ctx: Context, claim: Claim, check: Callable[[Context, Claim], Verdict]
) -> Verdict | None:
    """A sentence naming a listing's members, against the rows of the listings told in the
    sentences before it (each checked by `check`); with none told or matched, the frame is
    incomplete and the claim not checkable."""
    named = members.named(sentence_of(ctx, claim))
    if not named or not members.named(claim.text):
        return None
    listings = _listings(ctx, claim)
    decided = [x for x in (check(ctx, c) for c in listings) if x.verdict in _DECIDED]
    rows = [r for x in decided for r in _rows(x)]
    what = ", ".join(p[0] for p in named)
    if not rows:
        why = (
            f"The sentence names members ({what}) of a listing, but no listing told in the "
            "sentences before it is matched with a catalog row."
        )
        return Verdict(claim, Label.NOT_CHECKABLE, why, "listing members", needs=_NEEDS)
    table = datasets.load("measures").loc[rows]
    for row_id, row in table.iterrows():
        text = f"{row['title']} {row['notes']}"
        if all(_names(text, party) for party in named):
            told = claim_words.counted_parties(claim.text)
            if told is not None and not measure_details.gives_count(row, told):
                # "The list includes 77 companies, among them A and B": the one count check
                why = (
                    f"{row['measure_id']} ({row['title']}) names {what} among its parties, "
                    f"but its title does not give the count the claim tells ('{told.group(0)}')."
                )
                return Verdict(claim, Label.NOT_CHECKABLE, why, "listing members", needs=_NEEDS)
            why = f"{row['measure_id']} ({row['title']}) names {what} among its parties."
            ev = make_evidence(
                "measures",
                [row_id],
                {row["measure_id"]: str(row["title"])},
                published=measure_details.day_of(row["announced"]),
            )
            return Verdict(claim, Label.SUPPORTED, why, "listing members", (ev,))
    ids = ", ".join(str(r) for r in table["measure_id"])
    if all(_complete(row) for _, row in table.iterrows()):
        missing = [
            p[0]
            for p in named
            if not any(_names(f"{r['title']} {r['notes']}", p) for _, r in table.iterrows())
        ]
        why = (
            f"{ids} name every party of the listing told before, and not "
            f"{', '.join(missing) or what} (all together in none)."
        )
        values = {str(r["measure_id"]): str(r["title"]) for _, r in table.iterrows()}
        latest = max(d for d in map(measure_details.day_of, table["announced"]) if d)
        ev = make_evidence("measures", list(table.index), values, published=latest)
        return Verdict(claim, Label.UNSUPPORTED, why, "listing members", (ev,))
    why = (
        f"{ids} name only some of the listing's parties, not {what} (all together); "
        "whether the others are among them is not recorded."
    )
    return Verdict(claim, Label.NOT_CHECKABLE, why, "listing members", needs=_NEEDS)
