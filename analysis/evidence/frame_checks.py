"""Checkers that read a claim's frame: measures, trade figures, ranks, counts, taxonomy.

Each takes the context and a claim, returns a Verdict when its kind of frame applies (else
None), and decides by an explicit rule:

- **measure**: the catalog's measures of the actor (or on the goods) announced by the
  article's date; a dated claim must match the announcement or effective day (its role
  says which); a "ban" of goods that need only a licence is misleading; nothing found is
  not checkable (the catalog is a selection: absence proves nothing).
- **trade**: the Census figure of the flow and year within 2% (5% when hedged), a change
  within 1.5 points, "lowest / highest since Y" against every year since Y; a year whose
  annual figures were not out by the article's date is not checkable.
- **rank**: the actor's place among producers in the newest USGS edition public by then.
- **count**: entries an Entity List rule added, against the rule of the claim's date.
- **taxonomy**: what the commodity taxonomy says a thing is (gallium is not a rare earth).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.analyses import concentration, measures, trade
from analysis.article import frames
from analysis.article.claims import Claim
from analysis.article.frames import COUNT, MEASURE, RANK, TAXONOMY, TRADE, Frame
from analysis.data import cache, countries, datasets, goods, lexicon
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, Verdict, make_evidence, needs_text
from analysis.fmt import number, usd_bn
from analysis.vocab import Label

# Strengths of measure types a claim's action may mean.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "ban": ("ban", "licence", "listing"),
    "licence": ("ban", "licence", "listing"),
    "restriction": ("ban", "licence", "listing"),
    "listing": ("listing",),
}
_TYPES: dict[str, tuple[str, ...]] = {
    "tariff": ("tariff", "tariff_reduction"),
    "investment": ("investment_restriction",),
    "subsidy": ("subsidy",),
    "law": ("export_control_law",),
    "relaxation": ("suspension", "tariff_reduction"),
}
# Census publishes a year's annual goods trade figures early in February of the next year.
TRADE_RELEASE_MONTH = 2


def _day(value: Any) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


def _frame(claim: Claim) -> Frame | None:
    return getattr(claim, "frame", None)


# --- measures -----------------------------------------------------------------------------


def _candidates(frame: Frame, as_of: dt.date | None) -> pd.DataFrame:
    """The actor's measures of the claim's kind announced by the article's date."""
    table = measures.measures()
    if as_of is not None:
        table = table.loc[table["announced"] <= pd.Timestamp(as_of)]
    if frame.actor_country:
        table = table.loc[table["implementing_iso3"] == frame.actor_country]
    if frame.action in _FAMILIES:
        table = table.loc[
            (table["restricts"] == "exports") & table["strength"].isin(_FAMILIES[frame.action])
        ]
    elif frame.action in _TYPES:
        table = table.loc[table["measure_type"].isin(_TYPES[frame.action])]
    return table


def _on_goods(table: pd.DataFrame, frame: Frame) -> pd.DataFrame:
    """Measures on the claim's goods; goods no measure of the catalog names at all ('advanced
    technologies') do not narrow the search."""
    named = {g for own in measures.measures()["goods"] for g in own}
    wanted = set().union(*(goods.members(g) for g in frame.goods)) & named
    if not wanted:
        return table
    # laws, listings of parties and tariff lists often name no goods: they are not
    # ruled out by the goods a claim names
    optional = frame.action in ("law", "listing", "tariff", "investment", "relaxation")
    return table.loc[
        table["goods"].map(lambda own: bool(wanted & set(own)) or (optional and not own))
    ]


def _dated(frame: Frame) -> list[Any]:
    return [w for w in frame.when if w.start and w.granularity in ("day", "month", "year")]


@cache.derived
def _parts() -> tuple[tuple[str, str, dt.date], ...]:
    """(measure id, part, effective day) of the measures whose parts take effect on days
    of their own (the `measure_parts` table)."""
    table = datasets.load("measure_parts")
    return tuple(
        (str(r.measure_id), str(r.part), pd.Timestamp(r.effective).date())
        for r in table.itertuples()
    )


def _effective_days(m: pd.Series) -> list[dt.date | None]:
    """The days a measure or any of its parts takes effect."""
    return [_day(m["effective"])] + [day for mid, _, day in _parts() if mid == m["measure_id"]]


def _parts_on(m: pd.Series, dated: list[Any]) -> list[str]:
    """The parts of a measure whose own effective day a claim's effective date names."""
    return [
        f"{part} (effective {day})"
        for mid, part, day in _parts()
        if mid == m["measure_id"]
        and day != _day(m["effective"])
        and any(w.role == "effective" and _within(day, w) for w in dated)
    ]


def _not_yet(m: pd.Series, day: dt.date | None) -> list[str]:
    """What of a measure was not in force on `day`: all of it (effective later), or the
    parts that take effect later (`measure_parts`)."""
    effective = _day(m["effective"])
    if day is None:
        return []
    if effective and effective > day:
        return [f"it took effect on {effective}"]
    return [
        f"{part} (effective {when})"
        for mid, part, when in _parts()
        if mid == m["measure_id"] and when > day
    ]


def _within(day: dt.date, when: Any) -> bool:
    return dt.date.fromisoformat(when.start) <= day <= dt.date.fromisoformat(when.end or when.start)


def _role_days(m: pd.Series, when: Any) -> list[dt.date | None]:
    """The measure's days a claim's date may name: by its role (an `acted` date, or one
    with no tense, either the announcement or an effective day)."""
    if when.role == "effective":
        return _effective_days(m)
    if when.role == "acted" or when.tense == "":
        return [_day(m["announced"]), *_effective_days(m)]
    return [_day(m["announced"])]


def _matches(m: pd.Series, when: Any) -> bool:
    return any(d is not None and _within(d, when) for d in _role_days(m, when))


def check_measure(ctx: Context, claim: Claim) -> Verdict | None:
    """A measure claim against the measures catalog (see the module's rules)."""
    frame = _frame(claim)
    if frame is None or frame.kind != MEASURE or not frame.action:
        return None
    if not (frame.actor_country or frame.goods):
        return None
    undecidable = outside_the_catalog(frame, claim.text)
    if undecidable:
        return _verdict(claim, undecidable, pd.DataFrame(), "a fuller register of measures")
    base = _candidates(frame, ctx.as_of)
    found = _on_goods(base, frame)
    dated = _dated(frame)
    if dated and not found.empty and _hits(found, dated).empty:
        found = base  # the days decide: the goods may be named loosely
    elif dated and found.empty:
        found = _hits(base, dated) if len(base) else base
    who = frame.actor or frame.actor_country or "anyone"
    what = " and ".join(goods.label(g) for g in frame.goods) or "the goods it names"
    if found.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The measures catalog has no {frame.action} measure by {who} on {what} announced "
            f"by {ctx.as_of or 'today'}; the catalog is a selection, so this proves nothing.",
        )
        return _verdict(claim, decision, found, "a complete register of trade measures")
    named = {ctx.article.entity(e).canonical for e in claim.entities}
    terms = agency_terms(frame.actor) if frame.actor in named else ()
    if terms and frame.action in _FAMILIES:  # a body the claim names must be the issuer
        mine = by_agency(found, terms)
        if mine.empty:
            issuers = "; ".join(sorted(set(found["agency"].astype(str))))
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The catalog's matching measures were issued by {issuers}; what the claim "
                f"says of {frame.actor} is not in the data.",
            )
            return _verdict(claim, decision, found.tail(1), "the measure's full text")
        found = mine
    best = found.iloc[-1]
    if dated:
        hits = _hits(found, dated)
        if hits.empty:
            best = _nearest(found, dated[0])
            said = ", ".join(f"'{w.text}' ({w.role})" for w in dated)
            took = _day(best["effective"]) or "on a date not in the data"
            off = _days_off(best, dated)
            decision = v.Decision(
                Label.PARTLY if off <= NEAR_DAYS else Label.UNSUPPORTED,
                f"The catalog's matching measure, '{best['title']}', was announced "
                f"{_day(best['announced'])} and took effect {took}; the claim says {said}"
                + (f" ({off} day{'s' if off > 1 else ''} off)." if off <= NEAR_DAYS else "."),
            )
            return _verdict(claim, decision, found.loc[[best.name]], "the measure's notice")
        best = hits.iloc[-1]
        found = hits
    if frame.codes:
        decision = _codes_decision(best, frame.codes)
        return _verdict(claim, decision, found.loc[[best.name]], "the measure's customs codes")
    label = str(best["measure_type"]).replace("_", " ")
    if frames.forbids(claim.text) and best["strength"] != "ban":
        # a listing is a licence requirement, often with a presumption of denial: close to
        # a ban for the parties listed, but not one; any other licence is not a ban at all
        decision = v.Decision(
            Label.PARTLY if best["strength"] == "listing" else Label.MISLEADING,
            f"'{best['title']}' ({label}, announced {_day(best['announced'])}) requires "
            "licences; it does not forbid the trade outright.",
        )
    elif frame.action == "licence" and best["strength"] == "ban":
        decision = v.Decision(
            Label.MISLEADING,
            f"'{best['title']}' ({label}, announced {_day(best['announced'])}) prohibits "
            "the trade; the claim calls it a licence requirement.",
        )
    elif frame.already and (later := _not_yet(best, ctx.as_of)):
        decision = v.Decision(
            Label.PARTLY,
            f"'{best['title']}' ({label}) was announced {_day(best['announced'])}, but not all "
            f"of it applied by the article's date ({ctx.as_of}): {'; '.join(later)}.",
        )
    else:
        parts = _parts_on(best, dated)
        decision = v.Decision(
            Label.SUPPORTED,
            f"The catalog has '{best['title']}' ({label}), announced {_day(best['announced'])}"
            + (f", effective {_day(best['effective'])}" if _day(best["effective"]) else "")
            + (f"; in part later: {'; '.join(parts)}" if parts else "")
            + ".",
        )
    return _verdict(claim, decision, found.loc[[best.name]], "the measure's notice")


def _codes_decision(m: pd.Series, codes: tuple[str, ...]) -> v.Decision:
    """The customs codes a claim lists against those the catalog gives for the measure (a
    code matches one it starts, or that starts it: HS6 headings and national subheadings)."""
    given = "" if pd.isna(m["hs_codes"]) else str(m["hs_codes"])
    listed = [c.strip().replace(".", "") for c in given.split(";") if c.strip()]
    if not listed:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The catalog does not list the customs codes of '{m['title']}'; it gives the goods "
            f"it covers as {', '.join(goods.label(g) for g in m['goods']) or 'none'}.",
        )
    found = [c for c in codes if any(c.startswith(x) or x.startswith(c) for x in listed)]
    missing = [c for c in codes if c not in found]
    label = Label.SUPPORTED if not missing else Label.PARTLY if found else Label.UNSUPPORTED
    return v.Decision(
        label,
        f"'{m['title']}' lists {len(listed)} customs codes; of the claim's {len(codes)}, "
        f"{len(found)} are among them" + (f" ({', '.join(missing)} not)." if missing else "."),
    )


def agency_terms(actor: str | None) -> tuple[str, ...]:
    """How the measures table's `agency` column names the body a claim's actor is (its
    `agency` in the organisations lexicon); nothing for a country or a whole government."""
    return next((o.agency for o in lexicon.organisations() if o.name == actor), ())


def by_agency(table: pd.DataFrame, terms: tuple[str, ...]) -> pd.DataFrame:
    """The measures whose issuing agency is named by one of `terms`."""
    return table.loc[table["agency"].map(lambda a: any(t in str(a) for t in terms))]


def outside_the_catalog(frame: Frame, text: str) -> v.Decision | None:
    """Measure claims the catalog cannot decide whatever it holds: denials ('the curbs
    were not directed at any country'); about restrictions
    notified privately ('sent in letters to top toolmakers'), which it does not hold; dated
    by when news of a measure came out ('first disclosed on 1 September'), which it does
    not record; or
    entirely before its first measure (absence there proves nothing). A framework law is
    the exception: a country enacts one, which the catalog holds, so a law dated before it
    is checked (and wrong)."""
    if frame.negated:
        return v.Decision(
            Label.NOT_CHECKABLE,
            "The claim says what a measure did not do or was not; the catalog records what "
            "measures did, which does not decide that.",
        )
    private = frames.unpublished(text)
    if private:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about restrictions notified privately ('{private}'); the catalog "
            "holds published measures only.",
        )
    reported = [w for w in frame.when if w.role == "reported"]
    if reported:
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim dates when news of the measure came out ('{reported[0].text}'); the "
            "catalog records the days measures were announced and took effect, not that.",
        )
    first = _day(measures.measures()["announced"].min())
    ends = [dt.date.fromisoformat(w.end or w.start) for w in frame.when if w.start]
    if first and ends and max(ends) < first and frame.action != "law":
        return v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is dated before the catalog's first measure ({first}); the catalog "
            "does not cover that period.",
        )
    return None


# A measure's day missed by at most this many days (a notice published, dated and in force
# on nearby days; "on Friday" for a Thursday announcement) is partly right, not wrong.
NEAR_DAYS = 3


def _days_off(m: pd.Series, dated: list[Any]) -> int:
    """How far the claim's dates lie from the measure's days: for each date, the days to
    its role's day (announced or effective); the largest of these."""
    worst = 0
    for w in dated:
        start, end = dt.date.fromisoformat(w.start), dt.date.fromisoformat(w.end or w.start)
        known = [d for d in _role_days(m, w) if d is not None]
        if not known:
            return 10**6
        gap = min(
            0 if start <= d <= end else min(abs((d - start).days), abs((d - end).days))
            for d in known
        )
        worst = max(worst, gap)
    return worst


def _hits(found: pd.DataFrame, dated: list[Any]) -> pd.DataFrame:
    """The measures the claim's dates fit: one measure matching every date ('announced on 3
    July, in force from 1 August'); or, for several dates of one role ('announced in
    December 2023 and April 2025': several measures), measures that match each date, when
    every date is matched."""
    if found.empty:
        return found
    every = found.loc[found.apply(lambda m: all(_matches(m, w) for w in dated), axis=1)]
    if not every.empty or len(dated) < 2 or len({w.role for w in dated}) > 1:
        return every
    each = [found.apply(lambda m, w=w: _matches(m, w), axis=1) for w in dated]
    if not all(hit.any() for hit in each):
        return every
    return found.loc[pd.concat(each, axis=1).any(axis=1)]


def _nearest(found: pd.DataFrame, when: Any) -> pd.Series:
    day = pd.Timestamp(when.start)
    return found.loc[(found["announced"] - day).abs().idxmin()]


def _verdict(claim: Claim, decision: v.Decision, rows: pd.DataFrame, needs: str) -> Verdict:
    evidence = ()
    if len(rows):
        values = {
            str(m["measure_id"]): f"{m['measure_type']}, announced {_day(m['announced'])}"
            for _, m in rows.iterrows()
        }
        published = max(_day(d) for d in rows["announced"])
        evidence = (
            make_evidence(measures.TABLE, rows["row"], values, "matching measures", published),
        )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure in the catalog",
        evidence,
        needs_text(decision, needs),
        tuple(claim.notes),
    )


# --- trade ---------------------------------------------------------------------------------


def _trade_year(frame: Frame, as_of: dt.date | None) -> int | None:
    for w in frame.when:
        if w.start and w.granularity in ("year", "interval", "day", "month"):
            return dt.date.fromisoformat(w.start).year
    return as_of.year - 1 if as_of else None


def check_trade(ctx: Context, claim: Claim) -> Verdict | None:
    """A US-China goods trade figure, change or extreme against the Census table."""
    frame = _frame(claim)
    if frame is None or frame.kind != TRADE or frame.quantity is None:
        return None
    flow = frame.action if frame.action in trade.FLOWS else None
    year = _trade_year(frame, ctx.as_of)
    if flow is None or year is None:
        return None
    if frame.partner != "CHN":
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The bundled trade table covers US goods trade with China only; the claim is "
            + (f"about trade with {frame.partner}." if frame.partner else "not about China."),
        )
        return _trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)
    table = trade.goods_trade().set_index("year")
    public = dt.date(year + 1, TRADE_RELEASE_MONTH, 1)
    if year not in table.index or pd.isna(table.at[year, flow]):
        decision = v.Decision(Label.NOT_CHECKABLE, f"The trade table has no {flow} for {year}.")
        return _trade_verdict(claim, decision, table, [], public)
    if ctx.as_of and public > ctx.as_of:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"Annual {flow} for {year} were published after the article ({public:%B %Y}).",
        )
        return _trade_verdict(claim, decision, table, [], public)
    q = frame.quantity
    value = float(table.at[year, flow])
    shown = abs(value) if flow == "balance" else value
    rows = [int(table.at[year, "row"])]
    if q.unit == "USD":
        claimed = q.value / 1e6 if q.value else 0.0
        # the figure's bounds (a bare figure: within 2%; "more than": at least it)
        low = q.low / 1e6 if q.low is not None else None
        high = q.high / 1e6 if q.high is not None else None
        inside = (low is None or shown >= low) and (high is None or shown <= high)
        nearest = min(
            (b for b in (low, high, claimed) if b is not None), key=lambda b: abs(b - shown)
        )
        gap = 0.0 if inside else abs(nearest - shown) / shown if shown else 1.0
        label = Label.SUPPORTED if inside else Label.PARTLY if gap <= 0.10 else Label.UNSUPPORTED
        said = f"{q.hedge.replace('_', ' ')} {usd_bn(claimed)}".strip()
        apart = abs(claimed - shown) / shown if shown else 1.0
        decision = v.Decision(
            label,
            f"US goods {flow} with China in {year}: {usd_bn(shown)} (Census); the claim says "
            f"{said} ({apart:.1%} apart).",
        )
    elif q.of == "growth" and year - 1 in table.index and pd.notna(table.at[year - 1, flow]):
        before = (
            abs(float(table.at[year - 1, flow]))
            if flow == "balance"
            else float(table.at[year - 1, flow])
        )
        change = (shown - before) / before * 100
        claimed = q.value or 0.0
        sign = (
            -1
            if re.search(
                r"\b(?:fell|drop\w*|declin\w*|narrow\w*|down|decreas\w*|shr[ai]nk\w*)\b",
                claim.text,
                re.I,
            )
            else 1
        )
        gap = abs(sign * claimed - change)
        label = Label.SUPPORTED if gap <= 1.5 else Label.PARTLY if gap <= 5 else Label.UNSUPPORTED
        rows.append(int(table.at[year - 1, "row"]))
        decision = v.Decision(
            label,
            f"US goods {flow} with China went from {usd_bn(before)} in {year - 1} to "
            f"{usd_bn(shown)} in {year}: {change:+.1f}% (the claim: {sign * claimed:+.1f}%).",
        )
    else:
        return None
    return _trade_verdict(claim, decision, table, rows, public)


def _trade_verdict(
    claim: Claim, decision: v.Decision, table: pd.DataFrame, rows: list[int], public: dt.date
) -> Verdict:
    evidence = (
        (make_evidence(trade.TABLE, rows, {"rows": len(rows)}, "annual goods trade", public),)
        if rows
        else ()
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "trade figure",
        evidence,
        needs_text(decision, "the Census figure for that flow and year"),
        tuple(claim.notes),
    )


# --- rank ----------------------------------------------------------------------------------


def check_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China is the largest producer of X': the actor's rank in the newest USGS edition
    public by the article's date."""
    frame = _frame(claim)
    if frame is None or frame.kind != RANK or not frame.goods or not frame.actor_country:
        return None
    commodity = _commodity(frame.goods[0])
    if commodity is None:
        return None
    edition = concentration.edition_as_of(commodity, ctx.as_of)
    if edition is None:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"No USGS edition on {commodity} was public by {ctx.as_of}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    shares = concentration.country_shares(commodity, "main", edition)
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    if shares.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"{edition} gives no country shares of {commodity}."
        )
        return Verdict(claim, decision.label, decision.rationale, "rank of producers")
    year = int(shares["year"].max())
    last = shares.loc[shares["year"] == year].sort_values("share_pct", ascending=False)
    order = [countries.iso3(str(name)) for name in last["country"]]
    rank = order.index(frame.actor_country) + 1 if frame.actor_country in order else None
    top = last.iloc[0]
    label = Label.SUPPORTED if rank == 1 else Label.UNSUPPORTED
    rationale = (
        f"In {edition}, {top['country']} was the largest producer of {commodity} in {year} "
        f"({top['share_pct']:.0f}% of the world total)"
        + ("." if rank == 1 else f"; {frame.actor} ranked {rank or 'nowhere'}.")
    )
    rows = [int(r) for r in last["row"].head(3)]
    evidence = (
        make_evidence(
            concentration.series_for(commodity, "main")["table"],
            rows,
            {"year": year, "edition": edition},
            "largest producers",
            concentration.released(commodity, edition),
        ),
    )
    return Verdict(claim, label, rationale, "rank of producers", evidence)


def _commodity(good: str) -> str | None:
    """The production-table commodity of a goods id ('graphite' -> 'graphite (natural)')."""
    known = concentration.commodities()
    label = goods.label(good)
    return next((c for c in known if c.split(" (")[0] == label), None)


# --- counts --------------------------------------------------------------------------------


def check_count(ctx: Context, claim: Claim) -> Verdict | None:
    """'added 140 entities': the Entity List rule of the claim's date."""
    frame = _frame(claim)
    if (
        frame is None
        or frame.kind != COUNT
        or frame.quantity is None
        or frame.actor_country
        not in (
            "USA",
            None,
        )
    ):
        return None
    rules = datasets.load("entity_list_rules")
    dated = _dated(frame)
    day = dt.date.fromisoformat(dated[0].start) if dated else ctx.as_of
    if day is None:
        return None
    near = rules.loc[
        (rules["published"] - pd.Timestamp(day)).abs().le(pd.Timedelta(days=7))
        | (rules["effective"] - pd.Timestamp(day)).abs().le(pd.Timedelta(days=7))
    ]
    if near.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE, f"No Entity List rule within a week of {day} in the bundled data."
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    claimed = frame.quantity.value
    counts = {int(x) for x in near["entries_added_total"].dropna()} | {
        int(x) for x in near["china_added"].dropna()
    }
    label = Label.SUPPORTED if claimed in counts else Label.UNSUPPORTED
    rule = near.iloc[0]
    decision = v.Decision(
        label,
        f"The Entity List rule of {_day(rule['published'])} added "
        f"{number(rule['entries_added_total'])} entries"
        + (f", {number(rule['china_added'])} under China" if pd.notna(rule["china_added"]) else "")
        + f"; the claim says {number(claimed)}.",
    )
    evidence = (
        make_evidence(
            "entity_list_rules",
            near.index,
            {"counts": sorted(counts)},
            "rules of that week",
            _day(rule["published"]),
        ),
    )
    return Verdict(claim, decision.label, decision.rationale, "entity list count", evidence)


# --- taxonomy ------------------------------------------------------------------------------


def check_taxonomy(ctx: Context, claim: Claim) -> Verdict | None:
    """'gallium, a rare earth' / 'the 17 rare earths': the commodity taxonomy decides."""
    frame = _frame(claim)
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
    group = re.search(r"\bgroup of (\d+)\b|\b(\d+) rare[- ]earth", claim.text, re.I)
    if group:
        count = float(group.group(1) or group.group(2))
    if named and frame.negated:
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
        label = Label.SUPPORTED if int(count) == len(elements) else Label.UNSUPPORTED
        decision = v.Decision(
            label, f"The rare earths are {len(elements)} elements; the claim says {int(count)}."
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
