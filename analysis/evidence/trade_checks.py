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
and the verdict with its evidence (`trade_verdict`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pandas as pd

from analysis.analyses import trade
from analysis.article import claim_words, frames, parties, quantities, text
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import TRADE, Frame
from analysis.data import goods
from analysis.evidence import figure_years, trade_changes, trade_partner
from analysis.evidence import verdicts as v
from analysis.evidence.frame_checks import frame_of
from analysis.evidence.model import (
    Context,
    Verdict,
    make_evidence,
    needs_text,
    sentence_span,
    sentences,
)
from analysis.fmt import usd_bn
from analysis.vocab import Label

# Census publishes a year's annual goods trade figures early in February of the next year.
# Years whose figures differ by this little may swap places with a revision of the data
# ("the lowest since 2010" passed only by such a year is partly supported).
REVISION_GAP = 0.01
# Tolerances (docs/factcheck.md, "trade figure"): a level outside its bounds, the figure
# itself at most AMOUNT_NEAR from the table's, is partly supported; a rate of change within
# CHANGE_POINTS percentage points holds, within CHANGE_NEAR_POINTS partly; a span under
# PART_YEAR_DAYS is part of a year.
AMOUNT_NEAR = 0.10
CHANGE_POINTS, CHANGE_NEAR_POINTS = 1.5, 5.0
PART_YEAR_DAYS = 300
# A level this many times smaller or larger than the year's whole flow is a figure of
# something else (one product's trade, a month's, a state's, a flow counted in another
# unit): not checkable against the annual table, never unsupported by it.
SCALE_RATIO = 10
# An undated trade figure takes the period of the nearest of this many sentences before it
PERIOD_SENTENCES = 3
TRADE_RELEASE_MONTH = 2
TOTAL = "total"  # two-way trade: exports and imports of the year together
FLOW_WORDS = {TOTAL: "trade (exports and imports)"}
_GROWTH = claim_words.patterns()["not_shares"]["growth"]


# "since 2003", "since at least 2003" (round 32, fck32: Gulf News's "the biggest drop since
# at least 2003" was dated 2003)
_SINCE = re.compile(r"\bsince\s+(?:at\s+least\s+)?(?:the\s+)?$", re.I)


# A year right after the "since" year of an extreme ("widened to $295 billion last year
# after hitting its lowest level since 2010 in 2023") is the extreme's own year, not the
# figure's (`extreme_since` in `data/lexicon/claims.yaml`).
_EXTREME_YEAR = claim_words.patterns()["extreme_year"]
_EXTREME_BEFORE = claim_words.patterns()["extreme_before"]


def since_dates(ctx: Context, frame: Frame) -> list[str]:
    """The ids of the dates a claim names after "since": where a "lowest since 2010" runs
    from, not the year its figure is for."""
    text = ctx.article.text
    out = []
    for w in frame.when:
        at = ctx.article.date(w.date).start_char
        if at is not None and _SINCE.search(text[max(0, at - 24) : at]):
            out.append(w.date)
    return out


def compared_dates(ctx: Context, frame: Frame) -> list[str]:
    """The ids of the dates a claim names for a figure it compares with ("just under the
    record set in 2018", "after the $419.4 billion shortfall in 2018": `compared_year`
    words right before the date), not the year its own figure is for."""
    text = ctx.article.text
    words = claim_words.patterns()["compared_year"]
    out = []
    for w in frame.when:
        at = ctx.article.date(w.date).start_char
        if at is not None and (
            words.search(text[max(0, at - 80) : at]) or _EXTREME_BEFORE.search(text[:at])
        ):
            out.append(w.date)
    return out


def period_before(ctx: Context, claim: Claim) -> str:
    """The part of a year an undated trade figure is for when the nearest of the
    `PERIOD_SENTENCES` sentences before it that names a period names a month or a quarter ("The
    deficit with China dropped in June. ... Exports increased by $3.1 billion to $10.1
    billion"): that date's words, or '' (a year there, or none, leaves the claim alone)."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    if i < 0:
        return ""
    for s in reversed(sents[max(0, i - PERIOD_SENTENCES) : i + 1]):
        found = [
            d
            for d in ctx.article.dates
            if s.start <= d.start_char < s.end and d.start and d.granularity != "day"
        ]
        if s is sents[i] and any(claim.start <= d.start_char < claim.end for d in found):
            return ""  # the claim dates itself
        if not found:
            continue
        spans = [((d.end or d.start) - d.start).days for d in found]
        return found[0].text if max(spans) < PART_YEAR_DAYS else ""
    return ""


def figure_year(frame: Frame, as_of: dt.date | None, since: list[str] = ()) -> int | None:
    """The year a trade figure is for: a year the claim names first ('said last month
    that the deficit in 2019 was ...' is about 2019), else its first date's year (the last
    year of a span of years: 'fell 20% between 2022 and 2023' is about 2023); never a date
    after "since" (`since`), nor the day the figures were released ("according to data
    released today": a date whose role is `announced`)."""
    order = ("year", "interval", "day", "month")
    dated = [
        w
        for w in frame.when
        if w.start and w.granularity in order and w.date not in since and w.role != "announced"
    ]
    for w in sorted(dated, key=lambda w: order.index(w.granularity)):
        first = dt.date.fromisoformat(w.start).year
        last = dt.date.fromisoformat(w.end).year if w.end else first
        # "between 2022 and 2023": a change over the span is the last year's figure
        return last if w.granularity == "interval" and last > first else first
    return as_of.year - 1 if as_of else None


_WITH = re.compile(r"\b(?:from|to|with|into)\s+(?:the\s+)?$", re.I)


def _china_paragraph(ctx: Context, claim: Claim) -> bool:
    """Whether a trade claim naming no partner is about China: every partner its
    paragraph's earlier sentences trade with ("imports from China", "exports to China") is
    China, and the claim is not of a total ("overall", "total": `all_goods` words)."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    if i < 0 or re.search(r"\b(?:total|overall|worldwide|global)\b", claim.text, re.I):
        return False
    partners = set()
    for s in sents[:i]:
        if s.paragraph != sents[i].paragraph or not frames.flow(s.text):
            continue
        partners |= {
            e.country
            for e in ctx.article.entities
            if s.start <= e.start < s.end
            and e.country not in (None, "USA")
            and _WITH.search(ctx.article.text[max(s.start, e.start - 12) : e.start])
            and not parties.a_part(s.text, e)  # "imports, particularly from China"
        }
    return partners == {"CHN"}


def sentences_of(ctx: Context) -> list[text.Sentence]:
    """The article's sentences (computed once per article text)."""
    return sentences(ctx.article.text)


def sentence_start(ctx: Context, claim: Claim) -> int:
    """Where the claim's sentence starts in the article."""
    return sentence_span(ctx, claim)[0]


def source_before(ctx: Context, claim: Claim) -> str:
    """The claim's sentence and the one before it in its paragraph: where a figure's
    source is named ("..., according to Chinese customs data. Imports from the U.S.
    totaled $163.62 billion")."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    if i < 0:
        return claim.text
    first = i - 1 if i > 0 and sents[i - 1].paragraph == sents[i].paragraph else i
    return ctx.article.text[sents[first].start : sents[i].end]


def figure_lead(ctx: Context, claim: Claim) -> str:
    """The claim's sentence up to the claim's first figure: what a figure is of is often
    said before it ("the goods and services deficit stood at ...", "U.S. imports of
    computers, peripherals, and parts decreased by ...")."""
    start = sentence_start(ctx, claim)
    figures = quantities.figures(claim.text, [])
    first = min((at for at, _ in figures), default=len(claim.text))
    return ctx.article.text[start : claim.start + first]


# Where the phrase of a flow's product ends: a mark, a figure, a preposition or an
# auxiliary (grammar, here), or a verb of the flow's level (`flow_level_verbs`).
_PHRASE_END = re.compile(
    r"[;:(\[$\d]|\b(?:to|from|into|with|by|in|at|for|on|was|were|is|are|has|have|had)\b", re.I
)


def _phrase_end(phrase: str) -> int | None:
    """Where the product's phrase after a flow's "of" ends, if it does."""
    ends = [p.search(phrase) for p in (_PHRASE_END, claim_words.patterns()["flow_level_verbs"])]
    return min((e.start() for e in ends if e is not None), default=None)


def _product_of(lead: str) -> str:
    """The product the last flow before a figure is of ("exports of crude petroleum"), or
    '' when that flow is all goods ("imports of Chinese goods", "exports to China")."""
    flows = list(claim_words.patterns()["flows"]["exports"].finditer(lead)) + list(
        claim_words.patterns()["flows"]["imports"].finditer(lead)
    )
    if not flows:
        return ""
    last = max(flows, key=lambda m: m.start())
    of = claim_words.patterns()["flow_of"].match(lead, last.start())
    if of is None:
        return ""
    phrase = of.group(1)
    end = _phrase_end(phrase)
    phrase = phrase[:end] if end is not None else phrase
    named = [
        w
        for w in re.findall(r"[\w’'-]+", phrase)
        if w[0].islower() and not claim_words.patterns()["all_goods"].match(w)
    ]
    return phrase.strip(" ,") if named else ""


_AMOUNT_IN = re.compile(r"\s*(?:in|worth of)\s+[“\"‘']?(?P<phrase>[^“\"”.;:()]{1,80})")


def _named_after(text: str, end: int) -> str:
    """What an amount is of when the words right after it say so: "$657 billion in total
    trade" is two-way trade (TOTAL), "a $355 billion deficit" the balance, "$75 billion
    in “cell phones”", "$14 billion in soybeans" or "$147 billion worth of food" a product
    (the phrase), "$151 billion in products" or "worth of goods" all goods ('')."""
    noun = re.match(r"\s*(?:(?:goods|merchandise|trade)\s+)?([a-z]+)", text[end:])
    if noun and noun.group(1) in ("deficit", "surplus") and frames.flow(noun.group(1)):
        return frames.flow(noun.group(1))  # "a $355 billion deficit"
    m = _AMOUNT_IN.match(text, end)
    if m is None:
        return ""
    phrase = m.group("phrase")
    if claim_words.patterns()["two_way"].match(phrase):
        return TOTAL
    cut = _phrase_end(phrase)
    phrase = phrase[:cut] if cut is not None else phrase
    words = re.findall(r"[\w’'-]+", phrase)
    if not words or not words[0][0].islower() or frames.flow(words[0]):
        return ""  # "in 2021", "in China", "in exports to Canada"
    named = [w for w in words if not claim_words.patterns()["all_goods"].match(w)]
    return phrase.strip(" ,") if named else ""


# A flow "at the end of 2020" or "by the end of 2020" is the year's whole flow, told when the
# year closed, not a part of that year (round 33, fx33t: The Balance; Daily Management
# Review's "By the end of the year, the trade deficit with the PRC reached $295.4 billion")
_YEAR_END = re.compile(r"\b(?:at|by)\s+(the\s+end\s+of\s+(?:19|20)\d\d)\b", re.I)


def beyond_the_table(frame: Frame, text: str, lead: str = "", source: str = "") -> str:
    """Why the annual all-goods table cannot decide a trade claim, or ''. `lead` is the
    claim's sentence up to its first figure, `source` its sentence and the one before."""
    q = frame.quantity
    if q is not None and q.unit == "USD" and q.of not in ("value", quantities.CHANGE):
        return f"The amount is a {q.of} (a pledge or a target), not a recorded trade flow."
    words = claim_words.patterns()
    if words["china_side_sources"].search(source):
        return (
            "The figure is from China's own trade statistics; the trade table is US Census "
            "data, which values and times trade otherwise: China's customs figures would "
            "decide it."
        )
    if words["wider_than_goods"].search(lead):
        return (
            "The figure is of more than goods trade (services or the current account); the "
            "trade table is goods trade: goods-and-services figures would decide it."
        )
    product = _product_of(lead) or next((p for p in _products_after(text) if p != TOTAL), "")
    if product or words["trade_breakdown"].search(lead):
        return (
            f"The figure is of part of the trade ({product or 'a sector'}); the trade table "
            "has all goods together: trade by product would decide it."
        )
    if frame.goods:
        return (
            f"The trade table has all goods together; the claim is about "
            f"{', '.join(goods.label(g) for g in frame.goods)}"
            ": trade by product would decide it."
        )
    year_ends = {m.group(1) for m in _YEAR_END.finditer(text)}
    spans = [
        (dt.date.fromisoformat(w.end) - dt.date.fromisoformat(w.start)).days
        for w in frame.when
        if w.start and w.end and w.granularity != "day" and w.text not in year_ends
    ]
    for w in frame.when:  # dates are judged by their span above, not by their words
        text = text.replace(w.text, " ")
    if (spans and max(spans) < PART_YEAR_DAYS) or frames.part_of_year(text):
        return "The claim gives a figure for part of a year; the trade table is by year."
    return ""


def _products_after(text: str) -> list[str]:
    """What the words after each amount of a claim name it as (`_named_after`), in order."""
    found = [
        _named_after(text, at + len(q.text.rstrip())) for at, q in quantities.figures(text, [])
    ]
    return [f for f in found if f and f not in (*trade.FLOWS, TOTAL)]


def all_partners(ctx: Context, claim: Claim) -> bool:
    """Whether a claim is of trade with every partner ("the total trade gap shrank by $10
    billion"): `all_partners` words, and no partner named in the claim's sentence."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    lo, hi = (sents[i].start, sents[i].end) if i >= 0 else (claim.start, claim.end)
    named = any(
        e.label == gz.PLACE and e.country not in (None, "USA") and lo <= e.start < hi
        for e in ctx.article.entities
    )
    return not named and bool(claim_words.patterns()["all_partners"].search(claim.text))


def check_trade(ctx: Context, claim: Claim) -> Verdict | None:
    """A US-China goods trade figure, change or extreme against the Census table."""
    frame = frame_of(claim)
    if frame is None:
        return None
    frame = trade_partner.named(ctx, claim, frame)  # "the deficit with China": China
    since = since_dates(ctx, frame)
    if frame.quantity is None and frames.extreme(claim.text):
        return _check_extreme(ctx, claim, frame, since)
    if frame.kind != TRADE or frame.quantity is None:
        return None
    flow = frame.action if frame.action in (*trade.FLOWS, TOTAL) else None
    compared = compared_dates(ctx, frame)
    year = figure_year(frame, ctx.as_of, since + compared)
    if flow is None or year is None:
        return None
    if frame.partner is None and claim_words.patterns()["china_made"].search(claim.text):
        frame = dataclasses.replace(frame, partner="CHN")  # "imports of Chinese products"
    if flow == TOTAL and {frame.actor_country, frame.partner} == {"CHN", "USA"}:
        frame = dataclasses.replace(frame, partner="CHN")  # China's trade with the US: two-way
    if frame.partner is None and _china_paragraph(ctx, claim):
        frame = dataclasses.replace(frame, partner="CHN")
        claim = dataclasses.replace(
            claim,
            notes=(*claim.notes, "The partner is China, the only one its paragraph trades with."),
        )
    if (other := not_us_china(ctx, claim, frame)) is not None:
        return other
    not_in_table = beyond_the_table(
        frame, claim.text, figure_lead(ctx, claim), source_before(ctx, claim)
    )
    period = "" if not_in_table or frame.when else period_before(ctx, claim)
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
    begin = sentence_start(ctx, claim)
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
        after = _named_after(sentence, at + len(q.text.rstrip())) if q.unit == "USD" else ""
        said = (after if after in (*trade.FLOWS, TOTAL) else "") or _flow_before(
            sentence, at, claim.start - begin
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
    begin = sentence_start(ctx, claim)
    said = ctx.article.text[begin : claim.end]
    spans = []
    for w in frame.when:
        ref = ctx.article.date(w.date)
        if ref.start_char is not None:
            spans.append((ref.start_char - begin, ref.end_char - begin))
    found = quantities.figures(said, spans)
    return said, sorted((f for f in found if f[0] >= claim.start - begin), key=lambda f: f[0])


def _flow_before(claim: str, at: int, own: int = 0) -> str:
    """The flow the words before a figure name, the nearest clause first: in "imports fell
    by $109 billion, while exports held" the $109 billion is imports; a clause of contrast
    is a clause though no comma opens it ("imported $427 billion while exporting only $148
    billion": round 32, fck32). The claim's own words, from `own` in `claim` (its sentence),
    are a clause: "The deficit exists because exports to China were only $124 billion" is of
    exports (round 33, fx33t)."""
    marks = re.finditer(r"[,;:—–]|\b(?:while|whereas)\b", claim[:at])
    cuts = sorted({0, *(m.end() for m in marks), *([own] if 0 < own < at else [])})
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
    not_its = since + trade_changes.not_extremes(ctx, compared_dates(ctx, frame))
    year = int(own.group(1)) if own else figure_year(frame, ctx.as_of, not_its)
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
    if frame.partner != "CHN" or all_partners(ctx, claim):
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
