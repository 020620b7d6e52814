"""Checkers that read a claim's figures from its frame: trade, amounts, reserves, ranks,
counts, taxonomy.

Each takes the context and a claim, returns a Verdict when its kind of frame applies (else
None), and decides by an explicit rule:

- **trade**: the Census figure of the flow and year within 2% (5% when hedged), a change
  within 1.5 points, "lowest / highest since Y" against every year since Y; a year whose
  annual figures were not out by the article's date is not checkable.
- **amount** and **reserves**: a country's production tonnage, or share of world reserves,
  in the USGS edition public by then.
- **rank**: the actor's place among producers in the newest USGS edition public by then.
- **count**: entries an Entity List rule added, against the rule of the claim's date.
- **taxonomy**: what the commodity taxonomy says a thing is (gallium is not a rare earth).
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from analysis.analyses import concentration, trade
from analysis.article import claim_words, frames, quantities
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import COUNT, RANK, TAXONOMY, TRADE, Frame
from analysis.data import countries, datasets, goods, lexicon
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import dated_of, day_of, frame_of
from analysis.evidence.model import Context, Verdict, make_evidence, needs_text
from analysis.fmt import number, usd_bn
from analysis.vocab import Label

# Census publishes a year's annual goods trade figures early in February of the next year.
# Years whose figures differ by this little may swap places with a revision of the data
# ("the lowest since 2010" passed only by such a year is partly supported).
REVISION_GAP = 0.01
TRADE_RELEASE_MONTH = 2
TOTAL = "total"  # two-way trade: exports and imports of the year together
_FLOW_WORDS = {TOTAL: "trade (exports and imports)"}


# --- trade ---------------------------------------------------------------------------------


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def _since(ctx: Context, frame: Frame) -> list[str]:
    """The ids of the dates a claim names after "since": where a "lowest since 2010" runs
    from, not the year its figure is for."""
    text = ctx.article.text
    out = []
    for w in frame.when:
        at = ctx.article.date(w.date).start_char
        if at is not None and _SINCE.search(text[max(0, at - 12) : at]):
            out.append(w.date)
    return out


def _trade_year(frame: Frame, as_of: dt.date | None, since: list[str] = ()) -> int | None:
    """The year a trade figure is for: a year the claim names first ('said last month
    that the deficit in 2019 was ...' is about 2019), else its first date's year; never
    a date after "since" (`since`)."""
    order = ("year", "interval", "day", "month")
    dated = [w for w in frame.when if w.start and w.granularity in order and w.date not in since]
    for w in sorted(dated, key=lambda w: order.index(w.granularity)):
        return dt.date.fromisoformat(w.start).year
    return as_of.year - 1 if as_of else None


def _beyond_the_table(frame: Frame, text: str) -> str:
    """Why the annual all-goods table cannot decide a trade claim, or ''."""
    q = frame.quantity
    if q is not None and q.unit == "USD" and q.of != "value":
        return f"The amount is a {q.of} (a pledge or a target), not a recorded trade flow."
    if frame.goods:
        return (
            f"The trade table has all goods together; the claim is about "
            f"{', '.join(goods.label(g) for g in frame.goods)}"
            ": trade by product would decide it."
        )
    spans = [
        (dt.date.fromisoformat(w.end) - dt.date.fromisoformat(w.start)).days
        for w in frame.when
        if w.start and w.end and w.granularity != "day"
    ]
    for w in frame.when:  # dates are judged by their span above, not by their words
        text = text.replace(w.text, " ")
    if (spans and max(spans) < 300) or frames.part_of_year(text):
        return "The claim gives a figure for part of a year; the trade table is by year."
    return ""


def check_trade(ctx: Context, claim: Claim) -> Verdict | None:
    """A US-China goods trade figure, change or extreme against the Census table."""
    frame = frame_of(claim)
    if frame is None:
        return None
    since = _since(ctx, frame)
    if frame.quantity is None and frames.extreme(claim.text):
        return _check_extreme(ctx, claim, frame, since)
    if frame.kind != TRADE or frame.quantity is None:
        return None
    flow = frame.action if frame.action in (*trade.FLOWS, TOTAL) else None
    year = _trade_year(frame, ctx.as_of, since)
    if flow is None or year is None:
        return None
    if frame.partner != "CHN":
        return _not_with_china(claim, frame)
    not_in_table = _beyond_the_table(frame, claim.text)
    if not_in_table:
        decision = v.Decision(Label.NOT_CHECKABLE, not_in_table)
        return _trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)
    found = _trade_table(ctx, claim, flow, year)
    if isinstance(found, Verdict):
        return found
    table, public = found
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
            f"US goods {_FLOW_WORDS.get(flow, flow)} with China in {year}: {usd_bn(shown)} "
            "(Census); the claim says "
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
        sign = -1 if claim_words.patterns()["falls"].search(claim.text) else 1
        gap = abs(sign * claimed - change)
        label = Label.SUPPORTED if gap <= 1.5 else Label.PARTLY if gap <= 5 else Label.UNSUPPORTED
        rows.append(int(table.at[year - 1, "row"]))
        decision = v.Decision(
            label,
            f"US goods {_FLOW_WORDS.get(flow, flow)} with China went from {usd_bn(before)} in "
            f"{year - 1} to "
            f"{usd_bn(shown)} in {year}: {change:+.1f}% (the claim: {sign * claimed:+.1f}%).",
        )
    else:
        return None
    # "fell to $279 billion, the lowest since 2010": the extreme, in the claim or in the
    # figureless rest of its sentence, must hold too
    rest = re.split(r"[.;!?\n]", ctx.article.text[claim.end :], maxsplit=1)[0]
    said = claim.text + ("" if quantities.quantity(rest, []) else rest)
    extreme = _check_extreme(ctx, claim, frame, since, said) if frames.extreme(said) else None
    if extreme is not None and extreme.verdict != Label.NOT_CHECKABLE:
        worse = extreme.verdict != Label.SUPPORTED and decision.label == Label.SUPPORTED
        decision = v.Decision(
            Label.PARTLY if worse else decision.label,
            f"{decision.rationale} {'But' if worse else 'And'}: {extreme.rationale}",
        )
    return _trade_verdict(claim, decision, table, rows, public)


def _check_extreme(
    ctx: Context, claim: Claim, frame: Frame, since: list[str], text: str = ""
) -> Verdict | None:
    """'The deficit hit its lowest level since 2010', 'exports reached a record': the
    year's figure against every year after the one named after "since" (or every year of
    the table for a record), as the magnitude for the balance. Every year between beyond
    it: supported; the figure passed only by years within 1% of it (revisions):
    partly supported; else unsupported."""
    text = text or claim.text
    flow = frames.flow(text)
    which = frames.extreme(text)
    year = _trade_year(frame, ctx.as_of, since)
    if not flow or which is None or year is None:
        return None
    if frame.partner != "CHN":
        return _not_with_china(claim, frame)
    found = _trade_table(ctx, claim, flow, year)
    if isinstance(found, Verdict):
        return found
    table, public = found
    size = table[flow].abs() if flow == "balance" else table[flow]
    named = re.search(r"\bsince\s+(\d{4})\b", text)
    start = min(
        (dt.date.fromisoformat(w.start).year for w in frame.when if w.date in since and w.start),
        default=int(named.group(1)) if named else None,
    )
    between = size.loc[(size.index < year) & size.notna()]
    if start is not None:
        between = between.loc[between.index > start]
    if between.empty:
        return None
    value = float(size.at[year])
    lower = which == "lowest"
    beyond = between.loc[between <= value] if lower else between.loc[between >= value]
    what = f"US goods {_FLOW_WORDS.get(flow, flow)} with China"
    span = f"since {start}" if start is not None else f"in the table ({int(between.index[0])}–)"
    if beyond.empty:
        label, why = Label.SUPPORTED, f"every year {span} was {'higher' if lower else 'lower'}"
    else:
        near = (beyond - value).abs() / value <= REVISION_GAP
        label = Label.PARTLY if near.all() else Label.UNSUPPORTED
        years = ", ".join(f"{y} ({usd_bn(b)})" for y, b in beyond.items())
        why = f"{'lower' if lower else 'higher'} {span}: {years}"
    decision = v.Decision(
        label,
        f"{what} in {year}: {usd_bn(value)} (Census); {why}.",
    )
    rows = [int(table.at[y, "row"]) for y in (year, *between.index)]
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


# --- amounts -------------------------------------------------------------------------------


def check_amount(ctx: Context, claim: Claim) -> Verdict | None:
    """'China mined 240,000 tonnes of rare earths in 2022': the country's production in the
    USGS edition public on the article's date, within the figure's bounds (2%, 5% when
    hedged; partly within 10%)."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    if frame is None or q is None or q.of != quantities.AMOUNT or not frame.goods:
        return None
    commodity = commodity_of(frame.goods[0])
    if commodity is None or not frame.actor_country or frames.not_output(claim.text):
        what = "production" if commodity else f"{frame.goods[0]} production"
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The bundled tables hold countries' {what} by year; this amount is of something "
            "else (reserves, trade, capacity, demand) or of no named country.",
        )
        return Verdict(claim, decision.label, decision.rationale, "production amount")
    series = concentration.series_for(commodity)
    year = _trade_year(frame, ctx.as_of)
    edition = concentration.edition_as_of(commodity, ctx.as_of, year)
    table = datasets.load(series["table"])
    label = next(
        (e["source_edition"] for e in datasets.editions(series["table"]) if e["id"] == edition),
        None,
    )
    # "produced by Japan, Russia and South Korea": the countries listed together, summed
    codes = _listed_countries(ctx, claim) or [frame.actor_country]
    country = " + ".join(countries.name(c) for c in codes)
    row = table.loc[
        (table["commodity"] == commodity)
        & table["country"].map(lambda n: countries.iso3(str(n))).isin(codes)
        & (table["year"] == year)
        & (table["source_edition"] == label)
        & table["value"].notna()
    ]
    if row.empty or row["country"].nunique() < len(codes):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"No {commodity} production of {country} for {year} in the USGS edition public "
            f"by {ctx.as_of} ({label or 'none yet'}).",
        )
        return Verdict(claim, decision.label, decision.rationale, "production amount")
    row = row.drop_duplicates("country")
    found = row.iloc[0]
    scale = 1000 if str(found["unit"]) == "kg" else 1
    tonnes = float(row["value"].astype(float).sum()) / scale
    inside = (q.low is None or tonnes >= q.low) and (q.high is None or tonnes <= q.high)
    apart = abs(tonnes - (q.value or 0.0)) / tonnes if tonnes else 1.0
    verdict = Label.SUPPORTED if inside else Label.PARTLY if apart <= 0.10 else Label.UNSUPPORTED
    parts = (
        " ("
        + ", ".join(f"{r.country} {number(float(r.value) / scale)} t" for r in row.itertuples())
        + ")"
        if len(row) > 1
        else ""
    )
    decision = v.Decision(
        verdict,
        f"{label}: {country} produced {number(tonnes)} t of {commodity} in {year}{parts} "
        f"({series['measure']}); the claim says {q.text} ({apart:.1%} apart).",
    )
    evidence = make_evidence(
        series["table"],
        row.index,
        {
            "value": float(row["value"].astype(float).sum()),
            "unit": found["unit"],
            "year": year,
            "edition": label,
        },
        f"{country}, {commodity}, {series['measure']}, {year}",
        concentration.released(commodity, edition) if edition else None,
    )
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "production amount",
        (evidence,),
        needs_text(decision, f"{commodity} production of {country} in {year}"),
    )


def _listed_countries(ctx: Context, claim: Claim) -> list[str]:
    """The countries a claim lists together ("Japan, Russia and South Korea"), as ISO
    codes, when it lists two or more; else []."""
    text = ctx.article.text
    places = sorted(
        (e for e in (ctx.article.entity(i) for i in claim.entities) if e.label == gz.PLACE),
        key=lambda e: e.start,
    )
    run: list = []
    for e in places:
        if run and not _LIST_JOIN.fullmatch(text[run[-1].end : e.start]):
            if len(run) > 1:
                break
            run = []
        if e.country:
            run.append(e)
    codes = list(dict.fromkeys(e.country for e in run))
    return codes if len(codes) > 1 and _LIST_END.search(text[run[0].end : run[-1].start]) else []


_LIST_JOIN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LIST_END = re.compile(r"\band\b")


# --- rank ----------------------------------------------------------------------------------


_OWNED = re.compile(r"['’]s\s+([A-Z][\w&.-]+)")
_PLACE = re.compile(
    r"\b(second|third|fourth|fifth|\d(?:nd|rd|th))[- ](?:largest|biggest|top|leading)", re.I
)


def check_rank(ctx: Context, claim: Claim) -> Verdict | None:
    """'China is the largest producer of X': the actor's rank in the newest USGS edition
    public by the article's date."""
    frame = frame_of(claim)
    if frame is None or frame.kind != RANK or not frame.goods or not frame.actor_country:
        return None
    commodity = commodity_of(frame.goods[0])
    if commodity is None:
        return None
    # a company named before the rank word is what is ranked ("Canada's Teck is the biggest")
    said = claim_words.patterns()["rank"].search(claim.text)
    upto = claim.start + (said.start() if said else len(claim.text))
    named = [ctx.article.entity(e) for e in claim.entities]
    text = ctx.article.text
    firm = next(
        (
            e.text if e.kind == "company" else text[e.start : e.end + 2] + m.group(1)
            for e in named
            if e.start < upto
            and (
                e.kind == "company"
                # "Belgium's Umicore": what the country owns is ranked, not the country
                or (e.label == gz.PLACE and (m := _OWNED.match(text, e.end)))
            )
        ),
        None,
    )
    region = claim_words.patterns()["regional_rank"].search(claim.text)
    if firm or region:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim ranks {'a company, ' + firm if firm else 'producers ' + region.group()}"
            "; the bundled tables rank countries' output in the world.",
        )
        return Verdict(
            claim,
            decision.label,
            decision.rationale,
            "rank of producers",
            (),
            needs_text(decision, f"{commodity} output by company or region"),
        )
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
    left_out = _left_out(ctx, claim)
    last = last.loc[~last["country"].map(lambda c: countries.iso3(str(c)) in left_out)]
    order = [countries.iso3(str(name)) for name in last["country"]]
    rank = order.index(frame.actor_country) + 1 if frame.actor_country in order else None
    top = last.iloc[0]
    # "the second-largest producer": the place the claim gives, else first
    m = _PLACE.search(claim.text)
    place = (v.ordinal(m.group(1)) or 1) if m else 1
    label = Label.SUPPORTED if rank == place else Label.UNSUPPORTED
    outside = f"outside {', '.join(countries.name(c) for c in left_out)}, " if left_out else ""
    rationale = (
        f"In {edition}, {outside}{top['country']} was the largest producer of {commodity} in "
        f"{year} ({top['share_pct']:.0f}% of the world total)"
        + ("." if rank == 1 else f"; {frame.actor} ranked {rank or 'nowhere'}.")
        + (f" The claim gives place {place}." if place != 1 else "")
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


def _left_out(ctx: Context, claim: Claim) -> set[str]:
    """Countries a ranking leaves out ('the largest producer outside China')."""
    out = set()
    for e in (ctx.article.entity(r) for r in claim.entities):
        before = ctx.article.text[max(claim.start, e.start - 16) : e.start]
        if e.country and re.search(
            claim_words.patterns()["rank_excluding"].pattern + r"\s+(?:the\s+)?$", before, re.I
        ):
            out.add(e.country)
    return out


def _not_with_china(claim: Claim, frame: Frame) -> Verdict:
    """A flow with another partner, or none: the trade table is US trade with China."""
    decision = v.Decision(
        Label.NOT_CHECKABLE,
        "The bundled trade table covers US goods trade with China only; the claim is "
        + (f"about trade with {frame.partner}." if frame.partner else "not about China."),
    )
    return _trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)


def _trade_table(
    ctx: Context, claim: Claim, flow: str, year: int
) -> Verdict | tuple[pd.DataFrame, dt.date]:
    """The trade table (with two-way trade) and when the year's figures came out, or the
    verdict when the table has no such figure or it came out after the article."""
    table = trade.goods_trade().set_index("year")
    table[TOTAL] = table["exports"] + table["imports"]  # two-way trade; NaN when one is missing
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
    return table, public


def commodity_of(good: str) -> str | None:
    """The production-table commodity of a goods id ('graphite' -> 'graphite (natural)')."""
    known = concentration.commodities()
    label = goods.label(good)
    return next((c for c in known if c.split(" (")[0] == label), None)


# --- counts --------------------------------------------------------------------------------


def check_count(ctx: Context, claim: Claim) -> Verdict | None:
    """'added 140 entities': the Entity List rule of the claim's date."""
    frame = frame_of(claim)
    if frame is None or frame.kind != COUNT or frame.quantity is None:
        return None
    # additions to the (US) Entity List whoever the sentence names first; other lists
    # (China's unreliable entity list) are not in the table
    on_the_list = re.search(r"(?<!Unreliable )\bEntity List\b", claim.text)
    if frame.actor_country not in ("USA", None) and not on_the_list:
        return None
    if claim_words.patterns()["other_lists"].search(claim.text):
        return None  # China's unreliable entity list or control list: not in the rules table
    if claim_words.patterns()["running_total"].search(claim.text):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim gives a running total of listings; the bundled table has one row per "
            "Entity List rule (a selection), so it cannot add them up.",
        )
        return Verdict(claim, decision.label, decision.rationale, "entity list count")
    rules = datasets.load("entity_list_rules")
    dated = dated_of(frame)
    day = dt.date.fromisoformat(dated[0].start) if dated else ctx.as_of
    if day is None:
        return None
    near = rules.loc[
        (rules["published"] - pd.Timestamp(day)).abs().le(pd.Timedelta(days=7))
        | (rules["effective"] - pd.Timestamp(day)).abs().le(pd.Timedelta(days=7))
    ]
    if near.empty:
        return None  # no rule that week: the measure checks may still read the claim
    q = frame.quantity
    claimed = q.value
    counts = {int(x) for x in near["entries_added_total"].dropna()} | {
        int(x) for x in near["china_added"].dropna()
    }
    # "more than 60" holds for any count above 60; a bare count must be exact
    low, high = (q.low, q.high) if q.hedge else (claimed, claimed)
    fits = [c for c in counts if (low is None or c >= low) and (high is None or c <= high)]
    label = Label.SUPPORTED if fits else Label.UNSUPPORTED
    rule = near.iloc[0]
    decision = v.Decision(
        label,
        f"The Entity List rule of {day_of(rule['published'])} added "
        f"{number(rule['entries_added_total'])} entries"
        + (f", {number(rule['china_added'])} under China" if pd.notna(rule["china_added"]) else "")
        + f"; the claim says {' '.join((q.hedge.replace('_', ' '), q.text)).strip()!r}.",
    )
    # a rule in force was public by then: BIS posts a rule for inspection (and it takes
    # effect) days before the Federal Register prints it
    public = min(
        (d for d in (day_of(rule["published"]), day_of(rule["effective"])) if d), default=None
    )
    evidence = (
        make_evidence(
            "entity_list_rules",
            near.index,
            {"counts": sorted(counts)},
            "rules of that week",
            public,
        ),
    )
    return Verdict(claim, decision.label, decision.rationale, "entity list count", evidence)


# --- taxonomy ------------------------------------------------------------------------------


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
