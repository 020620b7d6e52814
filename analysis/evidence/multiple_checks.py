"""The multiple check: a US–China goods trade figure stated as a multiple (read by
`quantities.multiple`) against the Census table (`us_china_goods_trade_annual`).

- **change** ("more than doubled between 2001 and 2005", "fell by roughly half from 2022
  to 2025"): the flow's figure in the span's last year over its figure in the first (the
  balance as its magnitude); a multiple dated by one year only, or by none, is left to
  the other checks (the year it is counted from is not said);
- **versus** ("imported about three times as much from China as it exported", "imports
  were roughly four times its exports"): the first flow the claim names over the second,
  in the claim's year (US flows with China: a flow China is the partner of; China's own flows,
  with the US as partner, are not read).

The ratio within the multiple's bounds (`quantities.MULTIPLE_POINT` for a bare multiple,
`MULTIPLE_APPROX` for a hedged one, from the factor itself after "more than" / "less than",
pointing down for a fall: "more than halved" is at most half): supported; a bare multiple
outside them but within `MULTIPLE_NEAR` of its factor: partly supported; else unsupported.
A year whose figures were not out by the article's date, or a flow the table lacks that
year: not checkable; so is a multiple the trade check's own guards put beyond the
all-goods table (`trade_checks.not_us_china`, `beyond_the_table`: a product, services,
China's own statistics), a multiple of a share or of growth rates, and a second flow with
another partner.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis.analyses import trade
from analysis.article import claim_words, frames
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.quantities import CHANGE, RATE, TIMES, VERSUS, Quantity
from analysis.evidence import trade_checks, trade_reading
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import Context, Verdict, sentence_span
from analysis.fmt import usd_bn
from analysis.vocab import Label

# A bare multiple ("doubled") off its factor by more than `quantities.MULTIPLE_POINT` but
# by at most MULTIPLE_NEAR of it ("doubled" for 2.3 times) is partly supported: the
# rounding a reporter makes, not a wrong figure. A hedged one keeps its bounds.
MULTIPLE_NEAR = 0.15


def _span(frame: frames.Frame) -> tuple[int, int] | None:
    """The first and last year of the span a change is stated over ("between 2001 and
    2005", "from 2003 to 2010"), or None when the claim gives no span of two years."""
    for w in frame.when:
        if w.start and w.end and w.granularity == "interval":
            first, last = dt.date.fromisoformat(w.start).year, dt.date.fromisoformat(w.end).year
            if last > first:
                return first, last
    return None


def flows_in_order(text: str) -> list[str]:
    """The US trade flows (exports, imports) a text names, in the order it names them:
    "imported about three times as much from China as it exported" gives imports, exports."""
    found = []
    for name in ("exports", "imports"):
        found += [(m.start(), name) for m in claim_words.patterns()["flows"][name].finditer(text)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _rest_of_sentence(ctx: Context, claim: Claim) -> str:
    """The claim and the rest of its sentence: the clause "as it exported" that names the
    second flow is cut off as a clause of its own."""
    end = sentence_span(ctx, claim)[1]
    return ctx.article.text[claim.start : max(end, claim.end)]


def _sentence_beyond_the_table(
    ctx: Context, claim: Claim, frame: frames.Frame, q: Quantity
) -> str | None:
    """Why the all-goods table cannot decide a multiple, or None: a multiple of rates of
    growth or of a share, not of flows; a product, services or part of a year (the trade
    check's own guards, `trade_reading.beyond_the_table`, over the claim's sentence up to
    its end for two flows, so the second flow counts too: "four times its exports of
    toys"); or a second flow with a partner other than China ("three times its exports to
    Canada")."""
    if q.of == RATE:
        return (
            "The multiple is of two rates of growth, not of two figures; the trade table's "
            "figures are levels: the rates over the span the claim means would decide it."
        )
    sentence = _rest_of_sentence(ctx, claim)
    start = trade_reading.sentence_start(ctx, claim)
    if claim_words.patterns()["multiple_of_share"].search(
        ctx.article.text[start : claim.start] + sentence
    ):
        return (
            "The multiple is of a share of the trade, not of a flow; the trade table has the "
            "flows with China alone: the totals with every partner would decide it."
        )
    lead = trade_reading.figure_lead(ctx, claim)
    if q.of == VERSUS:
        lead = ctx.article.text[start : claim.start] + sentence
    why = trade_reading.beyond_the_table(
        frame, claim.text, lead, trade_reading.source_before(ctx, claim)
    )
    if why or q.of != VERSUS:
        return why or None
    after = claim.start + claim.text.find(q.text) + len(q.text)
    end = claim.start + len(sentence)
    other = {
        e.country
        for e in ctx.article.entities
        if e.label == gz.PLACE and after <= e.start < end and e.country not in (None, "USA")
    }
    if other - {"CHN"}:
        return (
            f"The second flow is with {', '.join(sorted(other - {'CHN'}))}; the trade table is "
            "US goods trade with China: the trade with that partner would decide it."
        )
    return None


def check_multiple(ctx: Context, claim: Claim) -> Verdict | None:
    """A trade flow stated as a multiple: of its own figure years before, or of another
    flow in the same year."""
    frame = frame_of(claim)
    q = frame.quantity if frame else None
    if frame is None or q is None or q.unit != TIMES or frame.kind != frames.TRADE:
        return None
    if frame.partner != "CHN" or frame.actor_country not in (None, "USA", "CHN"):
        return None  # a third country's trade, or with another partner: not the table's
    if (other := trade_checks.not_us_china(ctx, claim, frame)) is not None:
        return other
    if (why := _sentence_beyond_the_table(ctx, claim, frame, q)) is not None:
        return trade_checks.trade_verdict(
            claim, v.Decision(Label.NOT_CHECKABLE, why), pd.DataFrame(), [], dt.date.min
        )
    if q.of == CHANGE:
        span = _span(frame)
        flow = frame.action if frame.action in trade.FLOWS else frames.flow(claim.text)
        if span is None or flow not in trade.FLOWS:
            return None
        pairs = [(flow, span[1]), (flow, span[0])]
    elif q.of == VERSUS:
        named = flows_in_order(_rest_of_sentence(ctx, claim))
        year = trade_reading.figure_year(frame, ctx.as_of)
        if len(named) != 2 or year is None:
            return None
        pairs = [(named[0], year), (named[1], year)]
    else:
        return None
    table = None
    for flow, year in pairs:
        found = trade_checks.trade_table(ctx, claim, flow, year)
        if isinstance(found, Verdict):
            return found
        table, public = found
    (top_flow, top_year), (base_flow, base_year) = pairs
    top = trade_checks.year_figure(table, top_flow, top_year)
    base = trade_checks.year_figure(table, base_flow, base_year)
    ratio = top / base if base else float("inf")
    inside = (q.low is None or ratio >= q.low) and (q.high is None or ratio <= q.high)
    near = not q.hedge and abs(ratio / q.value - 1) <= MULTIPLE_NEAR
    bounds = v.ShareRange("", q.low, q.high).describe().replace("%", "")
    said = f"{q.hedge.replace('_', ' ')} {q.text}".strip()
    decision = v.Decision(
        Label.SUPPORTED if inside else Label.PARTLY if near else Label.UNSUPPORTED,
        f"US goods {top_flow} with China in {top_year}: {usd_bn(top)}; {base_flow} in "
        f"{base_year}: {usd_bn(base)} (Census): {ratio:.2f} times; the claim says {said!r}, "
        f"read as {bounds} times.",
    )
    rows = sorted({int(table.at[y, "row"]) for _, y in pairs})
    return trade_checks.trade_verdict(claim, decision, table, rows, public)
