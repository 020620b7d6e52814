"""The trade check: a US–China goods trade figure, change or extreme against the Census
table (`us_china_goods_trade_annual`), read from the claim's frame.

- **level**: the Census figure of the flow and year within 2% (5% when hedged; partly
  within 10%);
- **change**: a rate of change within 1.5 points, the size of a change in dollars within
  1.5 points of the year before's figure (partly within 5 points); each figure a claim
  states is checked ("fell by $87.9 billion (16 percent) to $452.2 billion": three);
- **extreme**: "lowest / highest since Y" against every year since Y;
- a year whose annual figures were not out by the article's date, a figure of more than
  goods trade (services), of a product or a sector, or of part of a year: not checkable.

The other checks on the same table (`multiple_checks`, `trade_direction`) use its public
parts: the guards (`not_us_china`: another partner or every partner; `all_partners`;
`beyond_the_table`: why the all-goods table cannot decide, from `figure_lead`, the claim's
sentence up to its first figure, and `source_before`, its sentence and the one before),
the dates a figure is not for (`since_dates`, `compared_dates`), the period of an undated
figure (`period_before`), the table itself (`trade_table`, `year_figure`, `FLOW_WORDS`)
and the verdict with its evidence (`trade_verdict`). What the claim's words say (its year,
its dates, its product, why the table cannot decide it) is read in `trade_reading`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

import pandas as pd

from analysis.analyses import trade
from analysis.article import claim_words, frames, quantities
from analysis.article.claims import Claim
from analysis.article.frames import TRADE, Frame
from analysis.evidence import figure_years, trade_changes, trade_partner, trade_reading
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import Context, Verdict, make_evidence, needs_text
from analysis.evidence.trade_reading import TOTAL
from analysis.fmt import usd_bn
from analysis.vocab import Label

# Census publishes a year's annual goods trade figures early in February of the next year.
# Years whose figures differ by this little may swap places with a revision of the data
# ("the lowest since 2010" passed only by such a year is partly supported).
REVISION_GAP = 0.01
# Tolerances (docs/factcheck.md, "trade figure"): a level outside its bounds, the figure
# itself at most AMOUNT_NEAR from the table's, is partly supported; a rate of change within
# CHANGE_POINTS percentage points holds, within CHANGE_NEAR_POINTS partly.
AMOUNT_NEAR = 0.10
CHANGE_POINTS, CHANGE_NEAR_POINTS = 1.5, 5.0
# A level this many times smaller or larger than the year's whole flow is a figure of
# something else (one product's trade, a month's, a state's, a flow counted in another
# unit): not checkable against the annual table, never unsupported by it.
SCALE_RATIO = 10
TRADE_RELEASE_MONTH = 2
FLOW_WORDS = {TOTAL: "trade (exports and imports)"}
_GROWTH = claim_words.patterns()["not_shares"]["growth"]


# A year right after the "since" year of an extreme ("widened to $295 billion last year
# after hitting its lowest level since 2010 in 2023") is the extreme's own year, not the
# figure's (`extreme_since` in `data/lexicon/claims.yaml`).
_EXTREME_YEAR = claim_words.patterns()["extreme_year"]


def check_trade(ctx: Context, claim: Claim) -> Verdict | None:
    """A US-China goods trade figure, change or extreme against the Census table."""
    frame = frame_of(claim)
    if frame is None:
        return None
    frame = trade_partner.named(ctx, claim, frame)  # "the deficit with China": China
    since = trade_reading.since_dates(ctx, frame)
    if frame.quantity is None and frames.extreme(claim.text):
        return _check_extreme(ctx, claim, frame, since)
    if frame.kind != TRADE or frame.quantity is None:
        return None
    flow = frame.action if frame.action in (*trade.FLOWS, TOTAL) else None
    compared = trade_reading.compared_dates(ctx, frame)
    year = trade_reading.figure_year(frame, ctx.as_of, since + compared)
    if flow is None or year is None:
        return None
    frame = trade_partner.china_made(ctx, claim, frame)  # "imports of Chinese products"
    if flow == TOTAL and {frame.actor_country, frame.partner} == {"CHN", "USA"}:
        frame = dataclasses.replace(frame, partner="CHN")  # China's trade with the US: two-way
    if frame.partner is None and trade_reading.china_paragraph(ctx, claim):
        frame = dataclasses.replace(frame, partner="CHN")
        claim = dataclasses.replace(
            claim,
            notes=(*claim.notes, "The partner is China, the only one its paragraph trades with."),
        )
    if (other := not_us_china(ctx, claim, frame)) is not None:
        return other
    not_in_table, period = trade_reading.outside_table(ctx, claim, frame)
    if period:
        not_in_table = (
            f"The figure is for the period named just before it ({period}), part of a year; "
            "the trade table is by year."
        )
    if not_in_table:
        decision = v.Decision(Label.NOT_CHECKABLE, not_in_table)
        return trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)
    found = trade_table(ctx, claim, flow, year)
    if isinstance(found, Verdict):
        return found
    table, public = found
    if frame.quantity.unit != "USD" and frame.quantity.of != "growth":
        return None  # a claim led by a share, a tariff rate or a count: another check's
    if wrong_way := trade_partner.surplus_of_deficit(frame, claim.text, table, year):
        return trade_verdict(claim, wrong_way, table, [int(table.at[year, "row"])], public)
    rows = [int(table.at[year, "row"])]
    decisions = []
    sentence, figures = _figures(ctx, claim, frame)
    begin = trade_reading.sentence_start(ctx, claim)
    scaled = []  # figures of another scale: not checkable alone
    theirs = set()  # "after the $419.4 billion shortfall in 2018": that year's figure
    for d in compared:
        y = ctx.article.date(d).start_char - begin
        words = claim_words.patterns()["compared_year"].search(sentence[max(0, y - 80) : y])
        opens = max(0, y - 80) + words.start() if words else y
        theirs |= {at for at, _ in figures if opens <= at < y}
    if (alone := trade_partner.compared_alone(ctx, compared, figures, theirs)) is not None:
        found = trade_table(ctx, claim, flow, alone)  # a clause holding only the figure
        if isinstance(found, Verdict):  # compared with: that year's figure, split off
            return found
        (table, public), year, theirs, rows = found, alone, set(), [int(found[0].at[alone, "row"])]
        compared = []  # that year is the clause's own
    own_years = figure_years.figure_years(ctx, begin, sentence, figures, year, since + compared)
    unpublished = []  # a figure of a year the table lacks or not out by the article's date
    for (at, q), own in zip(figures, own_years, strict=True):
        if at in theirs:
            continue
        after = (
            trade_reading.named_after(sentence, at + len(q.text.rstrip()))
            if q.unit == "USD"
            else ""
        )
        ends = [b + len(r.text) for b, r in figures if b < at]
        said = (after if after in (*trade.FLOWS, TOTAL) else "") or _flow_before(
            sentence, at, claim.start - begin, ends
        )
        said = said or flow
        when = own or year
        if when != year:  # "... by 2015 before dropping to $346.8 billion the following year"
            if isinstance(found := trade_table(ctx, claim, said, when), Verdict):
                unpublished.append(found)
                continue
            public = max(public, found[1])
        if pd.isna(table.at[when, said]):
            continue
        if (far := _another_scale(q, table, said, when)) is not None:
            scaled.append(far)
            continue
        decision = _trade_figure(sentence, at, q, table, said, when)
        if decision is not None:
            decisions.append(decision)
            rows.append(int(table.at[when, "row"]))
            if q.unit == "%" or q.of == quantities.CHANGE:
                rows.append(int(table.at[when - 1, "row"]))
    if not decisions and not scaled:
        return unpublished[0] if unpublished else None
    # a figure of another scale (SCALE_RATIO) decides nothing; the others still do
    decision = v.figures_together(decisions) if decisions else scaled[0]
    rows = sorted(set(rows))
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
    return trade_verdict(claim, decision, table, rows, public)


def _figures(
    ctx: Context, claim: Claim, frame: Frame
) -> tuple[str, list[tuple[int, quantities.Quantity]]]:
    """The claim's sentence up to the claim's end, and the claim's percentages and amounts
    in it (outside its dates), in the order stated: "fell by $87.9 billion (16 percent) to
    $452.2 billion" gives the change, its rate and the level, each checked. The words
    before the claim in its sentence say what a figure is ("Imports dropped sharply, by $109
    billion": a fall of imports)."""
    begin = trade_reading.sentence_start(ctx, claim)
    said = ctx.article.text[begin : claim.end]
    spans = []
    for w in frame.when:
        ref = ctx.article.date(w.date)
        if ref.start_char is not None:
            spans.append((ref.start_char - begin, ref.end_char - begin))
    found = quantities.figures(said, spans)
    return said, sorted((f for f in found if f[0] >= claim.start - begin), key=lambda f: f[0])


def _flow_before(claim: str, at: int, own: int = 0, ends: Sequence[int] = ()) -> str:
    """The flow the words before a figure name, the nearest clause first: in "imports fell
    by $109 billion, while exports held" the $109 billion is imports; a clause of contrast
    is a clause though no comma opens it ("imported $427 billion while exporting only $148
    billion": round 32, fck32). The claim's own words, from `own` in `claim` (its sentence),
    are a clause: "The deficit exists because exports to China were only $124 billion" is of
    exports (round 33, fx33t). An earlier figure's end (`ends`) closes a clause too:
    "exports were $179.3 billion and imports were $557.9 billion" (round 38, user38)."""
    marks = re.finditer(r"[,;:—–]|\b(?:while|whereas)\b", claim[:at])
    opens = (*(m.end() for m in marks), *([own] if 0 < own < at else []), *ends)
    cuts = sorted({0, *(c for c in opens if c < at)})
    for cut in reversed(cuts):
        said = frames.flow(claim[cut:at])
        if said:
            return said
    return ""


def falls(before: str, claim: str) -> bool:
    """Whether the change a figure states is a fall: the nearest growth word before it
    says so ("rose 3% after falling" is a rise), else any fall word of the claim."""
    moves = list(_GROWTH.finditer(before))
    said = moves[-1].group(0) if moves else claim
    return bool(claim_words.patterns()["falls"].search(said))


def _what(flow: str) -> str:
    return f"US goods {FLOW_WORDS.get(flow, flow)} with China"


def year_figure(table: pd.DataFrame, flow: str, year: int) -> float:
    """The year's figure of a flow in US$ millions (the balance as its magnitude)."""
    value = float(table.at[year, flow])
    return abs(value) if flow == "balance" else value


def _another_scale(
    q: quantities.Quantity, table: pd.DataFrame, flow: str, year: int
) -> v.Decision | None:
    """A dollar level `SCALE_RATIO` times or more apart from the year's whole flow: a figure
    of part of that trade or of another flow, not checkable against the year's figure."""
    claimed = q.value / 1e6 if q.unit == "USD" and q.of == "value" and q.value else 0.0
    shown = year_figure(table, flow, year)
    if not (claimed and shown and max(claimed / shown, shown / claimed) >= SCALE_RATIO):
        return None
    return v.Decision(
        Label.NOT_CHECKABLE,
        f"The claim's ${claimed:,.0f} million is {SCALE_RATIO} times or more apart from "
        f"the year's whole {_what(flow)} ({usd_bn(shown)}, Census, {year}): a figure of "
        "part of that trade (a product, a month, a state) or of another flow, which "
        "trade by product or by month would decide.",
    )


def _trade_figure(
    text: str, at: int, q: quantities.Quantity, table: pd.DataFrame, flow: str, year: int
) -> v.Decision | None:
    """One figure of a trade claim against the year's Census figure: a level within its
    bounds (2%, 5% hedged; partly with the figure itself within 10%); a rate of change
    within 1.5 points (partly within 5); the size of a change in dollars within 1.5 points
    of the year before's figure (partly within 5). None for a figure of another kind."""
    what, shown = _what(flow), year_figure(table, flow, year)
    if q.unit == "USD" and q.of == "value":
        claimed = q.value / 1e6 if q.value else 0.0
        # the figure's bounds (a bare figure: within 2%; "more than": at least it)
        low = q.low / 1e6 if q.low is not None else None
        high = q.high / 1e6 if q.high is not None else None
        inside = (low is None or shown >= low) and (high is None or shown <= high)
        # partly: the figure itself within AMOUNT_NEAR (not the hedge's bound: "about $418
        # billion" for $375 billion, 11% off, is not partly right)
        gap = 0.0 if inside else abs(claimed - shown) / shown if shown else 1.0
        label = (
            Label.SUPPORTED if inside else Label.PARTLY if gap <= AMOUNT_NEAR else Label.UNSUPPORTED
        )
        said = f"{q.hedge.replace('_', ' ')} {usd_bn(claimed)}".strip()
        apart = abs(claimed - shown) / shown if shown else 1.0
        return v.Decision(
            label,
            f"{what} in {year}: {usd_bn(shown)} (Census); the claim says "
            f"{said} ({apart:.1%} apart).",
        )
    changes = q.of == "growth" or (q.unit == "USD" and q.of == quantities.CHANGE)
    if not changes or year - 1 not in table.index or pd.isna(table.at[year - 1, flow]):
        return None
    before = (
        abs(float(table.at[year - 1, flow]))
        if flow == "balance"
        else float(table.at[year - 1, flow])
    )
    than = quantities.than_earlier(text, at + len(q.text))  # "9% less than 2019's"
    sign = -1 if (than == "lowest" if than else falls(text[:at], text)) else 1
    change = (shown - before) / before * 100
    if q.unit == "USD":
        claimed_bn = sign * (q.value or 0.0) / 1e9
        gap = abs(claimed_bn * 1000 - (shown - before)) / before * 100
        said = f"{claimed_bn:+,.1f} bn; the year's change: {(shown - before) / 1000:+,.1f} bn"
    else:
        gap = abs(sign * (q.value or 0.0) - change)
        said = f"{sign * (q.value or 0.0):+.1f}%"
    label = (
        Label.SUPPORTED
        if gap <= CHANGE_POINTS
        else Label.PARTLY
        if gap <= CHANGE_NEAR_POINTS
        else Label.UNSUPPORTED
    )
    return v.Decision(
        label,
        f"{what} went from {usd_bn(before)} in {year - 1} to {usd_bn(shown)} in {year}: "
        f"{change:+.1f}% (the claim: {said}).",
    )


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
    own = _EXTREME_YEAR.search(text)  # "its lowest level since 2010 in 2023": that year's
    not_its = since + trade_changes.not_extremes(
        ctx, trade_reading.compared_dates(ctx, frame), (claim.start, claim.start + len(text))
    )
    year = int(own.group(1)) if own else trade_reading.figure_year(frame, ctx.as_of, not_its)
    if not flow or which is None or year is None:
        return None
    if (other := not_us_china(ctx, claim, frame)) is not None:
        return other
    found = trade_table(ctx, claim, flow, year)
    if isinstance(found, Verdict):
        return found
    table, public = found
    size, lower, written = trade_changes.yearly_change(
        text, table[flow].abs() if flow == "balance" else table[flow]
    )
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
    lower = which == "lowest" if lower is None else lower
    beyond = between.loc[between <= value] if lower else between.loc[between >= value]
    what = f"US goods {FLOW_WORDS.get(flow, flow)} with China"
    span = f"since {start}" if start is not None else f"in the table ({int(between.index[0])}–)"
    if beyond.empty:
        label, why = Label.SUPPORTED, f"every year {span} was {'higher' if lower else 'lower'}"
    else:
        near = (beyond - value).abs() / abs(value) <= REVISION_GAP
        label = Label.PARTLY if near.all() else Label.UNSUPPORTED
        years = ", ".join(f"{y} ({written(b)})" for y, b in beyond.items())
        why = f"{'lower' if lower else 'higher'} {span}: {years}"
    decision = v.Decision(
        label,
        f"{what} in {year}: {written(value)} (Census); {why}.",
    )
    rows = [int(table.at[y, "row"]) for y in (year, *between.index)]
    return trade_verdict(claim, decision, table, rows, public)


def trade_verdict(
    claim: Claim, decision: v.Decision, table: pd.DataFrame, rows: list[int], public: dt.date
) -> Verdict:
    """The verdict of a trade claim: the decision, with the table's `rows` as evidence (none
    when it decided without them), published on `public`."""
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


def not_us_china(ctx: Context, claim: Claim, frame: Frame) -> Verdict | None:
    """Not checkable when the figure is not of US trade with China: another partner, a
    total over every partner, or a third country's trade ("Japan's exports to China")."""
    if frame.partner != "CHN" or trade_reading.all_partners(ctx, claim):
        return _not_with_china(claim, frame, every=frame.partner == "CHN")
    if frame.actor_country not in (None, "USA", "CHN"):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The figure is of {frame.actor}'s trade with China; the trade table is US goods "
            "trade with China: that country's trade statistics would decide it.",
        )
        return trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)
    return None


def _not_with_china(claim: Claim, frame: Frame, every: bool = False) -> Verdict:
    """A flow with another partner, with every partner, or none: the trade table is US
    trade with China."""
    about = (
        "about trade with every partner (a total)."
        if every
        else f"about trade with {frame.partner}."
        if frame.partner
        else "not about China."
    )
    decision = v.Decision(
        Label.NOT_CHECKABLE,
        "The bundled trade table covers US goods trade with China only; the claim is " + about,
    )
    return trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)


def last_year_out(day: dt.date) -> int:
    """The last year whose annual figures were out on `day` (they come out in
    `TRADE_RELEASE_MONTH` of the next year, as `trade_table` dates them)."""
    return day.year - 1 if day >= dt.date(day.year, TRADE_RELEASE_MONTH, 1) else day.year - 2


def trade_table(
    ctx: Context, claim: Claim, flow: str, year: int
) -> Verdict | tuple[pd.DataFrame, dt.date]:
    """The trade table (with two-way trade) and when the year's figures came out, or the
    verdict when the table has no such figure or it came out after the article."""
    table = trade.goods_trade().set_index("year")
    table[TOTAL] = table["exports"] + table["imports"]  # two-way trade; NaN when one is missing
    public = dt.date(year + 1, TRADE_RELEASE_MONTH, 1)
    if year not in table.index or pd.isna(table.at[year, flow]):
        decision = v.Decision(Label.NOT_CHECKABLE, f"The trade table has no {flow} for {year}.")
        return trade_verdict(claim, decision, table, [], public)
    if ctx.as_of and public > ctx.as_of:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"Annual {flow} for {year} were published after the article ({public:%B %Y}).",
        )
        return trade_verdict(claim, decision, table, [], public)
    return table, public
