"""What a trade claim's words say, read for the trade checker (`trade_checks`): the year and
the part of a year a figure is for (`figure_year`, `period_before`), the dates after
"since" or compared with, the claim's sentence and its lead, the product a flow is of
(`product_of`, `named_after`), whether the claim is of trade with every partner, and why
the annual all-goods table cannot decide it (`beyond_the_table`).
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.analyses import trade
from analysis.article import claim_words, frames, parties, quantities, text
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.data import goods
from analysis.evidence.model import Context, sentence_span, sentences

# A span under PART_YEAR_DAYS is part of a year.
PART_YEAR_DAYS = 300
# An undated trade figure takes the period of the nearest of this many sentences before it
PERIOD_SENTENCES = 3
TOTAL = "total"  # two-way trade: exports and imports of the year together

# "since 2003", "since at least 2003" (round 32, fck32: Gulf News's "the biggest drop since
# at least 2003" was dated 2003)
_SINCE = re.compile(r"\bsince\s+(?:at\s+least\s+)?(?:the\s+)?$", re.I)
# An extreme's words right before a date ("its lowest level since": `extreme_since` in
# `data/lexicon/claims.yaml`): the date is where the extreme runs from.
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


def china_paragraph(ctx: Context, claim: Claim) -> bool:
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


def product_of(lead: str) -> str:
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


def named_after(text: str, end: int) -> str:
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


def outside_table(ctx: Context, claim: Claim, frame: Frame) -> tuple[str, str]:
    """Why the trade table cannot decide the claim (`beyond_the_table`, read with the figure's
    lead and the source named before it), and, when nothing else keeps it out and the claim
    names no time, the part-year period named just before it (`period_before`)."""
    why = beyond_the_table(frame, claim.text, figure_lead(ctx, claim), source_before(ctx, claim))
    return why, "" if why or frame.when else period_before(ctx, claim)


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
    product = product_of(lead) or next((p for p in _products_after(text) if p != TOTAL), "")
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
    """What the words after each amount of a claim name it as (`named_after`), in order."""
    found = [named_after(text, at + len(q.text.rstrip())) for at, q in quantities.figures(text, [])]
    return [f for f in found if f and f not in (*trade.FLOWS, TOTAL)]


def all_partners(ctx: Context, claim: Claim) -> bool:
    """Whether a claim is of trade with every partner ("the total trade gap shrank by $10
    billion"): `all_partners` words in the claim or before it in its sentence (a clause
    sharing the first one's subject: "Total US exports dropped $1.5 billion ..., while
    imports fell $12.5 billion to $3.1 trillion"; round 39, user39), and no partner named
    in the claim's sentence."""
    sents = sentences(ctx.article.text)
    i = text.sentence_at(sents, claim.start)
    lo, hi = (sents[i].start, sents[i].end) if i >= 0 else (claim.start, claim.end)
    named = any(
        e.label == gz.PLACE and e.country not in (None, "USA") and lo <= e.start < hi
        for e in ctx.article.entities
    )
    said = ctx.article.text[min(lo, claim.start) : claim.end]
    return not named and bool(claim_words.patterns()["all_partners"].search(said))
