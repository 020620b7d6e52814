"""A listing's members named in a sentence of their own after it: "The Commerce Department
added 77 companies to the Entity List. The entities include SMIC and DJI." A subject that
refers back to the listed parties and a verb that names them (`listed_members` in the
claims lexicon), then the parties named; the claim's frame is the listing told before it
(`listing_frame`). The rules are in docs/article.md and docs/factcheck-log.md ("Members of a
listing")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.article import claim_words, frames
from analysis.article import gazetteer as gz
from analysis.article.date_patterns import MONTH_NAMES

# A capitalised name: words that start with a capital or a digit after the first, joined
# by "&" ("Boeing Defense, Space & Security", "Gibbs & Cox"); never an article or a
# pronoun opening a clause.
_NAME = re.compile(
    r"(?!(?:The|A|An|These|Those|This|Its|Their|They|Some|Other)\b)"
    r"[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z0-9][\w.&'’-]*)*"
)
# One item of the list of names after the verb.
_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|;\s*|\s\band\s+|\s\bor\s+)")
# The end of the names: "..., among others", "and others", "etc."
_OTHERS = re.compile(r"[,\s]*\b(?:among others|and others|and more|etc)\b.*$", re.I | re.S)
_PAREN = re.compile(r"\(([^()]*)\)")


def a_place(name: str) -> bool:
    """A country, its people or a month: no listed party ("Chinese", "US"); a three-letter
    code is a company's name as often as a country's ("DJI")."""
    code = gz.country_code(name) is not None and not re.fullmatch(r"[A-Z]{3}", name)
    return name in gz.demonyms() or code or name in MONTH_NAMES


# A preposition before a name in an item: the name is what a measure is on or by ("curbs on
# sales to Acme"), not a member.
_GOVERNED = re.compile(r"\b(?:on|by|to|for|from|with|in|at|over|against|of)\b", re.I)


def _last_name(item: str) -> str:
    """The last capitalised name of a list item ("Chinese drone manufacturer DJI": DJI),
    unless a preposition governs it ("restrictions on sales to Acme")."""
    found = [m for m in _NAME.finditer(item)]
    # a name with a suffix is a modifier ("U.S.-origin chicken", "SMIC-related entities")
    found = [m for m in found if not a_place(m.group(0)) and not re.search(r"-[a-z]", m.group(0))]
    if not found or _GOVERNED.search(item[: found[-1].start()]):
        return ""
    return found[-1].group(0).rstrip(".")


def named(text: str) -> tuple[tuple[str, ...], ...]:
    """The parties a sentence names as members of a listing told before it, each as the
    ways it is written ("Semiconductor Manufacturing International Corporation (SMIC)":
    both); nothing when no subject refers back to the listed parties, or no party is
    named after its verb ("The additions include 22 institutes that work with the Chinese
    government": a count and a description, no name). An item opening on a figure ("10
    SMIC-related entities") counts parties, it does not name one."""
    back = claim_words.patterns()["listed_members"].search(text)
    if back is None:
        return ()
    rest = _OTHERS.sub("", text[back.end() :])
    out = []
    for item in _ITEM.split(rest):
        item = item.strip(" .:;\"'“”")
        if not item or item[0].isdigit():
            continue
        ways = [_last_name(_PAREN.sub("", item)), *(_last_name(p) for p in _PAREN.findall(item))]
        ways = [w for w in dict.fromkeys(ways) if w]
        if ways:
            out.append(tuple(ways))
    return tuple(out)


def listing_frame(
    frame: frames.Frame,
    before: Sequence[frames.Frame | None],
    kind: str = frames.MEASURE,
    quantity: frames.Quantity | None = None,
) -> frames.Frame:
    """The frame of a member sentence: the last listing told before it (its actor, action,
    partner and dates), whatever the names read as acting, of `kind` and `quantity` (a
    count by place: `place_counts.listing_count`); unchanged when none was told."""
    for f in reversed(before):
        if f is not None and f.action == "listing":
            return replace(
                frame,
                kind=kind,
                actor=f.actor,
                actor_country=f.actor_country,
                action=f.action,
                partner=f.partner,
                when=f.when,
                quantity=quantity,
            )
    return frame
