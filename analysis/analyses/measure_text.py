"""How the timeline's free-text fields are read into a measure's fields.

The timeline (`export_control_events`) states who restricts whom and which goods in
prose (`title`, `targets`, `summary`); the rules here derive the structured fields from it,
each declared as a table and tested: the GTA type, the affected jurisdictions, normalised
product tags, the action (imposition, suspension, relaxation) and what a suspension
suspends.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.errors import WorkbookError
from analysis.vocab import Action

# Our measure types -> the closest Global Trade Alert intervention type. GTA's list of
# types is in global-trade-alert/sgept-mcp-servers, gta-mcp/resources/
# gta_intervention_type_list.md (commit 5eb71d08), with definitions in "GTA intervention
# type descriptions.md" (commit 6bfd2141): "Export licensing requirement" (MAST P33) is a
# licence or permit needed before export, which is what a BIS rule or an Entity List entry
# imposes; "Export ban" (MAST P31) a prohibition; outward-investment screening falls under
# "Controls on commercial transactions and investment instruments".
GTA_TYPES: dict[str, str] = {
    "export_rule": "Export licensing requirement",
    "entity_listing": "Export licensing requirement",
    "export_licensing": "Export licensing requirement",
    "export_ban": "Export ban",
    "tariff": "Import tariff",
    "investment_restriction": "Controls on commercial transactions and investment instruments",
    "subsidy_law": "Financial grant",
    "procurement_restriction": "Public procurement access",
}

# Companies named in titles or targets, and where they are based (for `affected_*`).
COMPANY_HOMES: dict[str, str] = {
    "Huawei": "China",
    "SMIC": "China",
    "Micron": "United States",
}

# Jurisdictions recognised in the text of a measure, with the words that name them.
# "US" is matched in capitals only, so the pronoun "us" never counts.
AFFECTED_RULES: dict[str, str] = {
    "China": r"\b(?:China|Chinese|PRC)\b",
    "United States": r"\b(?:United States|US|U\.S\.|American)\b",
    "Hong Kong": r"\bHong Kong\b",
    "Macau": r"\bMaca[ou]\b",
}
# In a summary, a jurisdiction counts only after a word giving a direction: "bound for
# China", "in China, Hong Kong and Macau", "against the United States".
_DIRECTION = r"\b(?:to|in|into|bound for|against|from)\s+(?:the\s+)?"

# Product tags: tag -> pattern searched in each clause of the title and targets.
PRODUCT_TAGS: dict[str, str] = {
    "gallium": r"\bgallium\b",
    "germanium": r"\bgermanium\b",
    "graphite": r"\bgraphite\b",
    "antimony": r"\bantimon(?:y|ide)\b",
    "superhard materials": r"\bsuperhard\b",
    "semiconductor equipment": (
        r"semiconductor manufacturing (?:equipment|items)|chipmaking (?:equipment|tools)"
        r"|chip-tool|lithography|\bSME\b"
    ),
    "semiconductors": (
        r"\bsemiconductors?\b(?! manufacturing (?:equipment|items))|\bchips?\b|\bICs\b|\bfabs?\b"
        r"|\bmemory\b|microelectronics"
    ),
    "advanced computing": r"advanced computing|supercomput|\bAI chips?\b",
    "artificial intelligence": r"artificial intelligence",
    "quantum": r"\bquantum\b",
    "telecommunications equipment": r"telecommunications equipment",
    "batteries": r"\bbatter(?:y|ies)\b",
    "electric vehicles": r"\bEVs?\b|electric vehicles?",
    "permanent magnets": r"permanent magnets?",
    "critical minerals": r"critical minerals?",
    "general goods": r"tariff lines|\ball goods\b|\$\d+ ?bn of (?:Chinese|US) (?:imports|goods)",
}
RARE_EARTHS = "rare earths"
RARE_EARTH_TECHNOLOGY = "rare-earth technology"
RARE_EARTH_EQUIPMENT = "rare-earth equipment"
# Element names count as rare earths (the 2025 announcements list elements, not the group).
RARE_EARTH_ELEMENTS = (
    "scandium",
    "yttrium",
    "lanthanum",
    "cerium",
    "praseodymium",
    "neodymium",
    "promethium",
    "samarium",
    "europium",
    "gadolinium",
    "terbium",
    "dysprosium",
    "holmium",
    "erbium",
    "thulium",
    "ytterbium",
    "lutetium",
)
_RARE_EARTH = r"\b(?:rare[- ]earths?|RE)\b"
# A rare-earth mention followed, within its clause, by one of these words is not the goods.
_RE_TECH = r"technolog"
_RE_EQUIPMENT = r"equipment"
_CLAUSE_BREAK = re.compile(r";|,|\(|\)| or ")

# Words of a title that mark a measure that lifts or eases an earlier one.
SUSPENSION_WORDS = r"\bsuspension\b|\bsuspends?\b|\bpause[sd]?\b"
RELAXATION_WORDS = r"\breduction\b|\blift(?:s|ed)?\b|\beas(?:es|ed|ing)\b|\brelax"
# A suspension of only part of an instrument ("clause 2 of Announcement No. 46").
PARTIAL_WORDS = r"\bclause\b|\barticle \d|\bpart of\b"

# Measure types that restrict what may leave a country (goods named in `products`).
EXPORT_RESTRICTIONS = ("export_ban", "export_licensing")

# Which products count as related when pairing a measure with the other side's responses.
# Same tag on both sides is always related; these pairs add links across tags, each with
# the reason a reviewer can check.
RELATED_PRODUCTS: tuple[tuple[str, str, str], ...] = (
    ("semiconductors", "gallium", "gallium is a chip input (GaN, GaAs)"),
    ("semiconductors", "germanium", "germanium is a chip input (SiGe, germanium wafers)"),
    ("advanced computing", "gallium", "gallium is a chip input (GaN, GaAs)"),
    ("advanced computing", "germanium", "germanium is a chip input (SiGe, germanium wafers)"),
    ("semiconductor equipment", "semiconductors", "chipmaking tools make chips"),
    ("advanced computing", "semiconductors", "advanced computing items are chips"),
)


class MeasuresError(WorkbookError):
    """The timeline cannot be turned into measures (e.g. two rows give the same id)."""


@dataclass(frozen=True)
class Affected:
    """Who a measure is aimed at, and the rule that says so."""

    jurisdictions: tuple[str, ...]
    basis: str


def measure_id(announced: dt.date, implementing_iso3: str, title: str) -> str:
    """A stable id from the announcement date, the implementer and the title's first words.

    `2022-10-07-usa-advanced-computing-and-semiconductor-manufacturing-items`: it does not
    depend on row order, so adding rows to the CSV never renumbers measures.
    """
    words = re.findall(r"[a-z0-9]+", title.lower())[:6]
    actor = implementing_iso3.replace(";", "-").lower()
    return f"{announced.isoformat()}-{actor}-{'-'.join(words)}"


def affected(implementing: Sequence[str], title: str, targets: str, summary: str) -> Affected:
    """The jurisdictions a measure is aimed at, by the first rule that applies.

    1. joint measure (two implementers): each affects the other;
    2. a company of `COMPANY_HOMES` named in the title or targets: its home;
    3. jurisdictions named in the title or targets (`AFFECTED_RULES`);
    4. jurisdictions named in the summary after a word of direction ("bound for China");
    5. none: the text names no jurisdiction (country-neutral or unspecified).

    The implementer itself never counts as affected.
    """
    if len(implementing) > 1:
        return Affected(tuple(implementing), "joint measure: each side's action affects the other")
    own = set(implementing)
    text = f"{title} ; {targets}"
    for company, home in COMPANY_HOMES.items():
        if home not in own and re.search(rf"\b{re.escape(company)}\b", text):
            return Affected((home,), f"target company {company} is based in {home}")
    named = _named(text, own)
    if named:
        return Affected(tuple(named), f"named in title or targets: {_quote(named)}")
    named = _named(summary, own, prefix=_DIRECTION)
    if named:
        return Affected(tuple(named), f"named in the summary: {_quote(named)}")
    return Affected((), "not named in the data (country-neutral or unspecified)")


def _named(text: str, own: set[str], prefix: str = "") -> dict[str, str]:
    """Jurisdictions named in text (other than the implementer), with the words matched."""
    found: dict[str, str] = {}
    if prefix:
        # after a direction word, a list such as "China, Hong Kong and Macau" counts whole
        names = "|".join(f"(?:{p})" for p in AFFECTED_RULES.values())
        lists = re.finditer(
            rf"{prefix}((?:{names})(?:(?:,\s*|\s+and\s+)(?:{names}))*)", text, flags=0
        )
        text = " ; ".join(m.group(0) for m in lists)
    for name, pattern in AFFECTED_RULES.items():
        if name in own:
            continue
        hit = re.search(pattern, text)
        if hit:
            found[name] = _context(text, hit)
    return found


def _context(text: str, hit: re.Match[str]) -> str:
    """The ';'-separated part of the text that holds the match."""
    start = text.rfind(";", 0, hit.start()) + 1
    end = text.find(";", hit.end())
    return text[start : end if end >= 0 else len(text)].strip()


def _quote(named: dict[str, str]) -> str:
    return "; ".join(f"'{words}'" for words in dict.fromkeys(named.values()))


def products(title: str, targets: str) -> tuple[str, ...]:
    """Normalised product tags of a measure, from its title and targets (sorted).

    Each clause (split at ';', ',', brackets and ' or ') is read on its own, so that
    "rare-earth value or made with Chinese RE technology" gives both `rare earths` and
    `rare-earth technology`, while "rare-earth extraction and separation technology"
    gives only `rare-earth technology`.
    """
    tags: set[str] = set()
    for clause in _CLAUSE_BREAK.split(f"{title};{targets}"):
        for tag, pattern in PRODUCT_TAGS.items():
            if re.search(pattern, clause):
                tags.add(tag)
        tags |= _rare_earth_tags(clause)
    return tuple(sorted(tags))


def _rare_earth_tags(clause: str) -> set[str]:
    tags: set[str] = set()
    lowered = clause.lower()
    if any(re.search(rf"\b{e}\b", lowered) for e in RARE_EARTH_ELEMENTS):
        tags.add(RARE_EARTHS)
    for hit in re.finditer(_RARE_EARTH, clause, flags=re.IGNORECASE):
        if hit.group(0) == "re":  # the word "re" in lower case is not "RE" (rare earth)
            continue
        rest = clause[hit.end() :]
        if re.search(_RE_TECH, rest, flags=re.IGNORECASE):
            tags.add(RARE_EARTH_TECHNOLOGY)
        elif re.search(_RE_EQUIPMENT, rest, flags=re.IGNORECASE):
            tags.add(RARE_EARTH_EQUIPMENT)
        else:
            tags.add(RARE_EARTHS)
    return tags


def action(title: str) -> str:
    """imposition, suspension (a pause of an earlier measure) or relaxation (eases one)."""
    if re.search(SUSPENSION_WORDS, title, flags=re.IGNORECASE):
        return Action.SUSPENSION
    if re.search(RELAXATION_WORDS, title, flags=re.IGNORECASE):
        return Action.RELAXATION
    return Action.IMPOSITION


def announcement_numbers(text: str) -> set[tuple[int, int]]:
    """(number, year) of each announcement cited: 'Nos. 55-58, 61, 62 of 2025', 'No. 46 of 2024'."""
    found: set[tuple[int, int]] = set()
    for hit in re.finditer(r"\bNo(?:s)?\.\s*([\d,\s\-–and No.]+?)\s+of\s+(\d{4})", text):
        numbers, year = hit.group(1), int(hit.group(2))
        for part in re.findall(r"\d+\s*[-–]\s*\d+|\d+", numbers):
            if re.search(r"[-–]", part):
                low, high = (int(x) for x in re.split(r"\s*[-–]\s*", part))
                found |= {(n, year) for n in range(low, high + 1)}
            else:
                found.add((int(part), year))
    return found


def _dates_named(text: str) -> set[dt.date]:
    """Dates written out in a title: 'October 9, 2025'."""
    out = set()
    for hit in re.finditer(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        try:
            out.add(dt.datetime.strptime(" ".join(hit.groups()), "%B %d %Y").date())
        except ValueError:
            continue
    return out


def _named_rule(title: str) -> str | None:
    """The name of a rule a title refers to: 'One-year suspension of the Affiliates (50%) Rule'."""
    hit = re.search(r"\bthe ([A-Z][\w-]*)(?: \([^)]*\))? Rule\b", title)
    return hit.group(1) if hit else None


def suspended_by(suspension: dict[str, Any], earlier: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Measures (by id) that a suspension row applies to, each with the rule that linked it.

    Only earlier measures of the same implementer count. Rules, in order:
    1. announcement numbers: the suspension cites the measure's instrument number
       ('Announcements No. 55-58, 61, 62 of 2025' -> 'Announcements No. 61 and No. 62 of 2025');
    2. a date written in its title equals the measure's announcement date
       ('Suspension of the October 9, 2025 export-control announcements');
    3. a rule named in its title appears in the measure's title ('the Affiliates (50%) Rule').
    """
    text = f"{suspension['title']} ; {suspension['targets']}"
    numbers = announcement_numbers(text)
    dates = _dates_named(suspension["title"])
    rule = _named_rule(suspension["title"])
    links: dict[str, str] = {}
    for m in earlier:
        if m["implementing_jurisdiction"] != suspension["implementing_jurisdiction"]:
            continue
        if m["announced"] >= suspension["announced"] or m["action"] != Action.IMPOSITION:
            continue
        cited = numbers & announcement_numbers(m["instrument"] or "")
        if cited:
            shown = ", ".join(f"No. {n} of {y}" for n, y in sorted(cited))
            links[m["measure_id"]] = f"cites its instrument ({shown})"
        elif m["announced"] in dates:
            links[m["measure_id"]] = f"names its announcement date ({m['announced']:%d %B %Y})"
        elif rule and re.search(rf"\b{re.escape(rule)} Rule\b", m["title"]):
            links[m["measure_id"]] = f"names the rule ('{rule} Rule')"
    return links
