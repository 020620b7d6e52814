"""The export-control timeline as a queryable table of measures, in a GTA-like schema.

`measures()` turns the policy rows of `export_control_events` (visits and meetings are
left to `analysis.contacts`) into one row per measure with the fields Global Trade Alert
uses: implementing and affected jurisdictions with ISO codes, an intervention type,
announced / effective / removed dates. Several fields are not columns of the CSV and are
derived here by explicit rules, each declared as a table in this module and tested:

- `affected_*`: who the measure is aimed at (`AFFECTED_RULES`, `COMPANY_HOMES`); the rule
  used is recorded in `affected_basis`, and a measure whose text names no jurisdiction
  says so instead of guessing.
- `products`: normalised product tags (`PRODUCT_TAGS`, `RARE_EARTH_ELEMENTS`), keeping
  rare earths (the goods) apart from rare-earth technology (know-how).
- `action` and `suspends`: suspensions and relaxations (`RELAXATION_WORDS`) and the
  earlier measures a suspension applies to (`_suspended_by`).

Dates: `announced` is the CSV's `date`, `effective` its `effective_date` (empty when the
compilers did not verify it), `last_day` its `end_date` (the last day a suspension runs),
and `removed` the first day a measure no longer applies (`last_day` + 1 day), so a
measure is in force on `d` when `effective <= d < removed`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analysis.errors import WorkbookError

if TYPE_CHECKING:
    import pandas as pd

TABLE = "export_control_events"
VISIT_TYPE = "visit/meeting"

# Sides of the dispute, for the two-sided timeline and for pairing responses.
US_SIDE = "US and allies"
CHINA_SIDE = "China"
JOINT_SIDE = "joint"
SIDES: dict[str, str] = {
    "United States": US_SIDE,
    "Japan": US_SIDE,
    "Netherlands": US_SIDE,
    "China": CHINA_SIDE,
}

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

IMPOSITION = "imposition"
SUSPENSION = "suspension"
RELAXATION = "relaxation"
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

STATUS_IN_FORCE = "in force"
STATUS_PARTLY_SUSPENDED = "partly suspended"
STATUS_SUSPENDED = "suspended"
STATUS_EFFECTIVE_UNKNOWN = "effective date unknown"
STATUS_NOT_YET_EFFECTIVE = "announced, not yet effective"


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
        return SUSPENSION
    if re.search(RELAXATION_WORDS, title, flags=re.IGNORECASE):
        return RELAXATION
    return IMPOSITION


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
        if m["announced"] >= suspension["announced"] or m["action"] != IMPOSITION:
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


def measures() -> pd.DataFrame:
    """The policy measures of the timeline (visits and meetings excluded), one row each.

    Columns (GTA-compatible where GTA has a field):
    `measure_id` (stable: date, implementer, title words), `announced`, `effective`,
    `last_day` (last day of a suspension, as published), `removed` (first day no longer
    applying: `last_day` + 1; empty when the data gives no end), `implementing_jurisdiction`,
    `implementing_iso3`, `side` (US and allies / China / joint), `affected_jurisdiction`,
    `affected_iso3` (';'-joined, empty when not named), `affected_basis` (the rule used),
    `measure_type` (as in the CSV), `gta_intervention_type`, `action` (imposition /
    suspension / relaxation), `suspends` (';'-joined measure ids), `suspends_basis`,
    `partial` (suspends only part of an instrument), `targets`, `products` (tuple of tags),
    `instrument`, `agency`, `title`, `summary`, `notes`, `source`, `row` (CSV line number).
    Sorted by announcement date, then row.
    """
    import pandas as pd

    from analysis import countries, datasets

    events = datasets.load(TABLE)
    events = events.loc[events["measure_type"] != VISIT_TYPE]
    records: list[dict[str, Any]] = []
    for row, e in events.iterrows():
        implementing = str(e["actor_country"]).split("; ")
        iso = str(e["actor_country_iso3"])
        announced = e["date"].date()
        hit = affected(implementing, str(e["title"]), str(e["targets"]), str(e["summary"]))
        last_day = None if pd.isna(e["end_date"]) else e["end_date"].date()
        records.append(
            {
                "measure_id": measure_id(announced, iso, str(e["title"])),
                "announced": announced,
                "effective": None if pd.isna(e["effective_date"]) else e["effective_date"].date(),
                "last_day": last_day,
                "removed": last_day + dt.timedelta(days=1) if last_day else None,
                "implementing_jurisdiction": str(e["actor_country"]),
                "implementing_iso3": iso,
                "side": JOINT_SIDE if len(implementing) > 1 else SIDES.get(implementing[0], ""),
                "affected_jurisdiction": "; ".join(hit.jurisdictions) or None,
                "affected_iso3": ";".join(str(countries.iso3(j)) for j in hit.jurisdictions)
                or None,
                "affected_basis": hit.basis,
                "measure_type": str(e["measure_type"]),
                "gta_intervention_type": GTA_TYPES[str(e["measure_type"])],
                "action": action(str(e["title"])),
                "partial": bool(re.search(PARTIAL_WORDS, str(e["title"]), flags=re.IGNORECASE)),
                "targets": str(e["targets"]),
                "products": products(str(e["title"]), str(e["targets"])),
                "instrument": None if pd.isna(e["instrument"]) else str(e["instrument"]),
                "agency": str(e["agency"]),
                "title": str(e["title"]),
                "summary": str(e["summary"]),
                "notes": None if pd.isna(e["notes"]) else str(e["notes"]),
                "source": str(e["source_url_or_ref"]),
                "row": int(row),
            }
        )
    _link_suspensions(records)
    _check_ids(records)
    frame = pd.DataFrame.from_records(records)
    for column in ("announced", "effective", "last_day", "removed"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frame.sort_values(["announced", "row"]).reset_index(drop=True)


def _link_suspensions(records: list[dict[str, Any]]) -> None:
    for r in records:
        links = suspended_by(r, records) if r["action"] == SUSPENSION else {}
        r["suspends"] = ";".join(links) or None
        r["suspends_basis"] = "; ".join(f"{k}: {v}" for k, v in links.items()) or None
        if r["action"] != SUSPENSION:
            r["partial"] = False


def _check_ids(records: list[dict[str, Any]]) -> None:
    from analysis import paths
    from analysis.errors import Problem, ProblemsError

    seen: dict[str, int] = {}
    problems = []
    for r in records:
        if r["measure_id"] in seen:
            problems.append(
                Problem(
                    f"{paths.relative(paths.DATA_DIR / 'sources' / (TABLE + '.csv'))}, "
                    f"row {r['row']}",
                    f"measure id '{r['measure_id']}' is the same as row {seen[r['measure_id']]}'s",
                    "two measures of one implementer on one day need titles that differ "
                    "in their first six words",
                )
            )
        seen[r["measure_id"]] = r["row"]
    if problems:
        raise ProblemsError(problems, "measure ids are not unique")


def _date(value: Any) -> pd.Timestamp:
    import pandas as pd

    try:
        return pd.Timestamp(value).normalize()
    except (TypeError, ValueError) as exc:
        raise WorkbookError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def status_on(date: Any, frame: pd.DataFrame | None = None) -> pd.Series:
    """Each measure's status on a date (index as `frame`).

    One of: 'not yet announced', 'effective date unknown' (announced, the data gives no
    effective date), 'announced, not yet effective', 'removed' (date >= removed),
    'suspended' or 'partly suspended' (a suspension linked by `suspends` is in force that
    day), or 'in force'. A suspension row's own status follows the same rules.
    """
    import pandas as pd

    frame = measures() if frame is None else frame
    day = _date(date)
    status = pd.Series(STATUS_IN_FORCE, index=frame.index, dtype="object")
    suspending = {
        mid: STATUS_PARTLY_SUSPENDED if all(s["partial"] for s in by) else STATUS_SUSPENDED
        for mid, by in active_suspensions(day, frame).items()
    }
    for i, m in frame.iterrows():
        if m["announced"] > day:
            status[i] = "not yet announced"
        elif pd.isna(m["effective"]):
            status[i] = STATUS_EFFECTIVE_UNKNOWN
        elif day < m["effective"]:
            status[i] = STATUS_NOT_YET_EFFECTIVE
        elif pd.notna(m["removed"]) and day >= m["removed"]:
            status[i] = "removed"
        elif m["measure_id"] in suspending:
            status[i] = suspending[m["measure_id"]]
    return status


def active_suspensions(date: Any, frame: pd.DataFrame | None = None) -> dict[str, list[pd.Series]]:
    """The suspension rows in force on a date, by the id of each measure they suspend."""
    frame = measures() if frame is None else frame
    day = _date(date)
    out: dict[str, list[pd.Series]] = {}
    for _, s in frame.loc[frame["action"] == SUSPENSION].iterrows():
        if _applies(s, day) and s["suspends"]:
            for mid in str(s["suspends"]).split(";"):
                out.setdefault(mid, []).append(s)
    return out


def _applies(m: pd.Series, day: pd.Timestamp) -> bool:
    import pandas as pd

    started = pd.notna(m["effective"]) and m["effective"] <= day
    return bool(started and (pd.isna(m["removed"]) or day < m["removed"]))


def in_force_on(
    date: Any, frame: pd.DataFrame | None = None, actions: Sequence[str] = (IMPOSITION,)
) -> pd.DataFrame:
    """Measures in force on a date: effective <= date < removed, suspensions applied.

    Fully suspended measures are left out; partly suspended ones stay, with `status`
    'partly suspended'. Measures without a verified effective date are left out (their
    status is 'effective date unknown': see `status_on`). `actions` picks which kinds of
    measure to list (default: impositions only; add 'suspension' and 'relaxation' to see
    the pauses themselves).
    """
    frame = measures() if frame is None else frame
    out = frame.assign(status=status_on(date, frame))
    keep = out["status"].isin([STATUS_IN_FORCE, STATUS_PARTLY_SUSPENDED])
    return out.loc[keep & out["action"].isin(actions)].reset_index(drop=True)


def counts(
    by: Sequence[str] = ("implementing_jurisdiction", "measure_type", "year"),
    frame: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Number of measures per group; `year` is the year announced. Column `measures`."""
    frame = measures() if frame is None else frame
    frame = frame.assign(year=frame["announced"].dt.year)
    return frame.groupby(list(by)).size().rename("measures").reset_index()


def _relations() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for a, b, why in RELATED_PRODUCTS:
        out[(a, b)] = out[(b, a)] = why
    return out


def relation(first: Iterable[str], later: Iterable[str]) -> list[str]:
    """Why two measures' products are related: same tags, or pairs of `RELATED_PRODUCTS`."""
    first, later = set(first), set(later)
    reasons = [f"same product: {tag}" for tag in sorted(first & later)]
    known = _relations()
    for a in sorted(first):
        for b in sorted(later - {a}):
            if (a, b) in known:
                reasons.append(f"{a} -> {b}: {known[(a, b)]}")
    return reasons


def responses(
    frame: pd.DataFrame | None = None,
    max_lag_days: int | None = None,
    actions: Sequence[str] = (IMPOSITION,),
) -> pd.DataFrame:
    """Each measure paired with the other side's later measures on related products.

    Sides are US and allies (US, Japan, Netherlands) against China; joint measures are
    not paired. Products are related when they share a tag or form a pair of
    `RELATED_PRODUCTS`. `lag_days` counts from announcement to announcement; `rank` is 1
    for the other side's first related measure after this one, and `trigger_rank` is 1
    for the latest related measure before the response (its nearest possible trigger).
    Columns: `measure_id`, `announced`, `side`, `title`, `row`, `response_id`,
    `response_announced`, `response_side`, `response_title`, `response_row`, `lag_days`,
    `rank`, `trigger_rank`, `related_by`.
    """
    import pandas as pd

    frame = measures() if frame is None else frame
    pool = frame.loc[frame["action"].isin(actions) & frame["side"].isin([US_SIDE, CHINA_SIDE])]
    pairs = []
    for _, m in pool.iterrows():
        later = pool.loc[(pool["side"] != m["side"]) & (pool["announced"] > m["announced"])]
        for _, r in later.iterrows():
            lag = int((r["announced"] - m["announced"]).days)
            if max_lag_days is not None and lag > max_lag_days:
                continue
            why = relation(m["products"], r["products"])
            if why:
                pairs.append(
                    {
                        "measure_id": m["measure_id"],
                        "announced": m["announced"],
                        "side": m["side"],
                        "title": m["title"],
                        "row": m["row"],
                        "response_id": r["measure_id"],
                        "response_announced": r["announced"],
                        "response_side": r["side"],
                        "response_title": r["title"],
                        "response_row": r["row"],
                        "lag_days": lag,
                        "related_by": "; ".join(why),
                    }
                )
    columns = [
        "measure_id",
        "announced",
        "side",
        "title",
        "row",
        "response_id",
        "response_announced",
        "response_side",
        "response_title",
        "response_row",
        "lag_days",
        "rank",
        "trigger_rank",
        "related_by",
    ]
    ranks = ("rank", "trigger_rank")
    out = pd.DataFrame.from_records(pairs, columns=[c for c in columns if c not in ranks])
    out = out.sort_values(["response_announced", "response_id", "lag_days", "row"])
    out["trigger_rank"] = out.groupby("response_id").cumcount() + 1
    out = out.sort_values(["announced", "measure_id", "lag_days", "response_row"])
    out["rank"] = out.groupby("measure_id").cumcount() + 1
    return out[columns].reset_index(drop=True)


def product_tag(commodity: str) -> str:
    """The product tag for a commodity as people write it ('Rare earth', 'graphite (natural)')."""
    text = commodity.strip().lower()
    text = re.sub(r"\s*\(.*\)$", "", text)
    text = re.sub(r"[- ]+", " ", text)
    tags = {t.replace("-", " "): t for t in _all_tags()}
    if text in ("rare earth", "rare earths", "rare earth elements", "rees", "ree"):
        return RARE_EARTHS
    if text in tags:
        return tags[text]
    if text.rstrip("s") in tags:
        return tags[text.rstrip("s")]
    import difflib

    near = difflib.get_close_matches(text, list(tags), n=1)
    hint = f"did you mean '{tags[near[0]]}'? " if near else ""
    raise WorkbookError(
        f"no product tag for commodity {commodity!r}: {hint}known tags: {', '.join(_all_tags())}"
    )


def _all_tags() -> list[str]:
    return sorted([*PRODUCT_TAGS, RARE_EARTHS, RARE_EARTH_TECHNOLOGY, RARE_EARTH_EQUIPMENT])


def covering(commodity: str, on: Any = None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures whose products include a commodity; with `on`, only those in force that day.

    `commodity` is matched to a product tag (`product_tag`): 'rare earths' finds the goods,
    not 'rare-earth technology' (ask for that tag separately). Every row carries its
    `measure_type` and `gta_intervention_type`, so a ban and a licensing requirement stay
    distinguishable, and `status` on the date (or 'listed' without one).
    """
    frame = measures() if frame is None else frame
    tag = product_tag(commodity)
    hits = frame.loc[frame["products"].map(lambda p: tag in p)]
    if on is None:
        return hits.assign(status="listed").reset_index(drop=True)
    return in_force_on(on, hits, actions=(IMPOSITION, SUSPENSION, RELAXATION))


ALL_ACTORS = "all"


def actors_from(text: str) -> list[str]:
    """'all', or implementers separated by commas ('United States, China').

    Raises WorkbookError naming the implementers the timeline knows.
    """
    if text.strip().lower() == ALL_ACTORS:
        return []
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    known = sorted({j for j in SIDES})
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise WorkbookError(
            f"unknown implementer(s) {', '.join(map(repr, unknown))}: use 'all' or "
            f"comma-separated names from {', '.join(known)}"
        )
    return wanted


def select(
    frame: pd.DataFrame | None = None,
    *,
    start: Any = None,
    end: Any = None,
    actors: str = ALL_ACTORS,
) -> pd.DataFrame:
    """Measures announced in [start, end] by the given implementers ('all' or a comma list;
    a joint measure counts for each of its implementers)."""
    frame = measures() if frame is None else frame
    keep = frame["announced"].notna()
    if start is not None:
        keep &= frame["announced"] >= _date(start)
    if end is not None:
        keep &= frame["announced"] <= _date(end)
    wanted = actors_from(actors)
    if wanted:
        keep &= frame["implementing_jurisdiction"].map(
            lambda j: any(part in wanted for part in str(j).split("; "))
        )
    return frame.loc[keep].reset_index(drop=True)


def find(refs: str, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures named by announcement date (YYYY-MM-DD) or id, separated by commas.

    Every reference must match at least one measure; otherwise WorkbookError lists the
    dates that exist.
    """
    frame = measures() if frame is None else frame
    parts = [p.strip() for p in refs.split(",") if p.strip()]
    keep = frame["measure_id"].isin(parts)
    missing = []
    for part in parts:
        if part in set(frame["measure_id"]):
            continue
        try:
            hit = frame["announced"] == _date(part)
        except WorkbookError:
            hit = frame["announced"].isna()
        if not hit.any():
            missing.append(part)
        keep |= hit
    if missing:
        dates = ", ".join(sorted({f"{d:%Y-%m-%d}" for d in frame["announced"]}))
        raise WorkbookError(
            f"no measure announced on or with id {', '.join(map(repr, missing))}: "
            f"announcement dates in the timeline are {dates}"
        )
    return frame.loc[keep].reset_index(drop=True)
