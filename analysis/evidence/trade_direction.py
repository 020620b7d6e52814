"""The direction of a US–China goods trade flow stated without a figure ("imports from China
declined sharply", "the deficit with China widened in 2022"): the Census table's figure of
the year against the year before's. The flow and its year are read as for a trade figure
(`analysis/evidence/trade_checks.py`); what the annual all-goods table cannot hold (part of
a year, a product, China's own statistics, a year not out by the article's date) is not
checkable there either."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from analysis.article import claim_words, frames
from analysis.article import trade_partners as tp
from analysis.article.claims import Claim
from analysis.evidence import trade_checks as tc
from analysis.evidence import trade_reading
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import Context, Verdict
from analysis.fmt import usd_bn
from analysis.vocab import Label

# China as the other side of the flow: "imports from China", "exports to China"
_WITH_CHINA = re.compile(r"\b(?:from|to|with)\s+(?:the\s+)?(?:mainland\s+)?China\b", re.I)


# A word of change qualifying the flow's noun, at most one word between ("a lower trade
# deficit", "a smaller deficit": round 38, fx38a)
_QUALIFIER = re.compile(r"\b[\w-]+\s+(?:[\w-]+\s+)?$")


def _direction(text: str) -> int:
    """+1 for a rise, -1 for a fall: the first word of change after the flow's word, or
    qualifying it ("had a lower trade deficit with China in 2019 than in 2018")."""
    flow_at = min(
        (m.start() for p in claim_words.patterns()["flows"].values() for m in p.finditer(text)),
        default=0,
    )
    words = claim_words.patterns()
    if (before := _QUALIFIER.search(text, 0, flow_at)) and any(
        words[w].match(text, before.start()) for w in ("falls", "rises")
    ):
        flow_at = before.start()
    found = [(m.start(), -1) for m in words["falls"].finditer(text, flow_at)]
    found += [(m.start(), 1) for m in words["rises"].finditer(text, flow_at)]
    return min(found)[1] if found else 0


def check_direction(ctx: Context, claim: Claim) -> Verdict | None:
    """A flow with China that rose or fell, with no figure: the year's Census figure against
    the year before's (the balance as a magnitude: a deficit that "widened" grew). The
    direction holding: supported; else unsupported."""
    frame = frame_of(claim)
    flow = frames.flow(claim.text)
    if frame is None or frame.quantity is not None or frames.extreme(claim.text):
        return None
    with_china = [
        m for m in _WITH_CHINA.finditer(claim.text) if not tp.relation_party(claim.text, m.start())
    ]  # "the trade war with China" names a party to the war, not the flow's partner
    if flow not in ("exports", "imports", "balance", trade_reading.TOTAL) or not with_china:
        return None
    sign = _direction(claim.text)
    year = trade_reading.figure_year(
        frame,
        ctx.as_of,
        trade_reading.since_dates(ctx, frame) + trade_reading.compared_dates(ctx, frame),
    )
    if not sign or year is None or trade_reading.all_partners(ctx, claim):
        return None
    why, period = trade_reading.outside_table(ctx, claim, frame)
    if why or period:
        why = why or f"The change is for {period}, part of a year; the trade table is by year."
        decision = v.Decision(Label.NOT_CHECKABLE, why)
        return tc.trade_verdict(claim, decision, pd.DataFrame(), [], dt.date.min)
    found = tc.trade_table(ctx, claim, flow, year)
    if isinstance(found, Verdict):
        return found
    table, public = found
    if year - 1 not in table.index or pd.isna(table.at[year - 1, flow]):
        return None
    now, before = abs(float(table.at[year, flow])), abs(float(table.at[year - 1, flow]))
    held = (now - before) * sign > 0
    what = f"US goods {tc.FLOW_WORDS.get(flow, flow)} with China"
    decision = v.Decision(
        Label.SUPPORTED if held else Label.UNSUPPORTED,
        f"{what}: {usd_bn(before)} in {year - 1}, {usd_bn(now)} in {year} (Census): "
        f"{'a rise' if now > before else 'a fall'}; the claim says it "
        f"{'rose' if sign > 0 else 'fell'}.",
    )
    rows = [int(table.at[y, "row"]) for y in (year - 1, year)]
    return tc.trade_verdict(claim, decision, table, rows, public)
