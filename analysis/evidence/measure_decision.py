"""What one catalog measure says of a measure claim (for the measure checker, `frame_checks`):
a ban that is a licence, a licence that is a ban, a raise that was a cut, not yet all in
force, a count of kinds of goods, else supported (`decide`); the windows of days an undated
claim's words allow (a measure to come, `ANNOUNCED_DAYS`; a recent one, `RECENT_DAYS`; a
measure kept in force, `kept`); and the measure check's verdict (`verdict`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from analysis.article import claim_words, measure_reading
from analysis.article.claims import Claim
from analysis.article.frames import Frame
from analysis.data import goods, lexicon
from analysis.evidence import measure_dates, measure_details, measure_direction
from analysis.evidence import verdicts as v
from analysis.evidence.measure_details import day_of, measure_evidence, not_yet, parts_on
from analysis.evidence.model import Context, Verdict, needs_text
from analysis.vocab import Label


def _bars(m: pd.Series) -> bool:
    """Whether a measure bars the parties it lists outright (`bars_listed` in
    data/lexicon/measure_types.yaml): forbidding is what it does, not a licence."""
    return any(
        t.bars_listed for t in lexicon.measure_types().measure_types if t.id == m["measure_type"]
    )


def decide(
    ctx: Context, claim: Claim, frame: Frame, best: pd.Series, dated: list[Any]
) -> v.Decision:
    """What one catalog measure says of a measure claim: a ban that is a licence, a licence
    that is a ban, not yet all in force, a count of kinds of goods, else supported."""
    label = str(best["measure_type"]).replace("_", " ")
    raised = claim_words.patterns()["tariff_raises"].search(claim.text) or (
        measure_direction.direction(claim.text) == measure_direction.UP
        and claim_words.patterns()["tariff_impositions"].search(claim.text)
    )
    if held := measure_details.suspended_when(best, frame.goods, dated, ctx.as_of):
        decision = held  # "took effect on 8 November": a suspension applied from the day before
    elif dated and (elsewhere := measure_details.other_side(best, claim.text, frame.partner)):
        decision = elsewhere  # "a tariff on all Japanese goods": that day's falls on others
    elif raised and dated and frame.action == "tariff" and best["action"] != "imposition":
        decision = v.Decision(  # "raised its tariffs ... from 10 November": they were cut
            Label.UNSUPPORTED,
            f"'{best['title']}' ({label}, announced {day_of(best['announced'])}) lowered, "
            f"cancelled or suspended tariffs; the claim says they were raised ('{raised[0]}').",
        )
    elif (
        measure_reading.forbids(claim.text)
        and best["strength"] != "ban"
        and not _bars(best)
        # an investment restriction may prohibit investment outright (its type's
        # definition): "the investment ban" is not a licence called a ban
        and best["restricts"] != "investment"
    ):
        # a listing is a licence requirement, often with a presumption of denial: close to
        # a ban for the parties listed, but not one; any other licence is not a ban at all
        decision = v.Decision(
            Label.PARTLY if best["strength"] == "listing" else Label.MISLEADING,
            f"'{best['title']}' ({label}, announced {day_of(best['announced'])}) requires "
            "licences; it does not forbid the trade outright.",
        )
    elif frame.action == "licence" and best["strength"] == "ban":
        decision = v.Decision(
            Label.MISLEADING,
            f"'{best['title']}' ({label}, announced {day_of(best['announced'])}) prohibits "
            "the trade; the claim calls it a licence requirement.",
        )
    elif (
        frame.already
        and not claim_words.patterns()["one_of_several"].search(claim.text)  # "including one"
        and (later := not_yet(best, ctx.as_of))
    ):
        decision = v.Decision(
            Label.PARTLY,
            f"'{best['title']}' ({label}) was announced {day_of(best['announced'])}, but not all "
            f"of it applied by the article's date ({ctx.as_of}): {'; '.join(later)}.",
        )
    elif counted := claim_words.patterns()["item_count"].search(claim.text):
        decision = measure_details.item_count_decision(
            best, int(counted.group(1)), counted.group(2).lower()
        )
    else:
        parts = parts_on(best, dated)
        decision = v.Decision(
            Label.SUPPORTED,
            f"The catalog has '{best['title']}' ({label}), announced {day_of(best['announced'])}"
            + (f", effective {day_of(best['effective'])}" if day_of(best["effective"]) else "")
            + (
                f", published {day_of(best['published'])}"
                if any(w.role == "published" for w in dated) and day_of(best["published"])
                else ""
            )
            + (f"; in part later: {'; '.join(parts)}" if parts else "")
            + ".",
        )
    return decision


def goods_left_out(
    decision: v.Decision,
    best: pd.Series,
    claimed: tuple[str, ...],
    found: pd.DataFrame,
    dated: list[Any],
) -> v.Decision:
    """A supported measure claim naming several goods (`claimed`), of which the measure
    names some and a mineral of the commodities table (which measures name exactly) is
    named, held or related (`measure_details.near_goods`) by no candidate measure
    (`found`): partly supported, the claim gives the measure a good it does not cover
    ("will control the export of antimony and rare earth materials" against the antimony
    and superhard-materials licensing; round 38, fx38d). Goods several measures share out
    ("restricted gallium, germanium and graphite") are each some candidate's; a claim with
    several dates may date several measures ("restricted gallium, then graphite since
    December 2023 and antimony since September 2024"), and is left as it is."""
    if decision.label != Label.SUPPORTED or len(claimed) < 2 or len(dated) > 1:
        return decision
    own = {str(g) for g in best["goods"] or ()}
    if not any(measure_details.near_goods(own, {g}) for g in claimed):
        return decision
    left = [
        g
        for g in claimed
        if goods.is_mineral(g)
        and not any(measure_details.near_goods(o, {g}) for o in found["goods"])
    ]
    if not left:
        return decision
    return v.Decision(
        Label.PARTLY,
        f"{decision.rationale[:-1]}; it does not cover "
        + " or ".join(goods.label(g) for g in left)
        + ", which the claim names too.",
    )


# An undated measure stated as to come ("would reduce", "will impose") is one announced in
# the days before the article, if the catalog has it.
ANNOUNCED_DAYS = 7


# An undated measure the claim calls recent ("the recent announcement", "its latest
# curbs": `recent_measure` words) is one announced in this many days before the article
# (about two months; the dev articles' recent measures are 1 to 18 days old).
RECENT_DAYS = 60


TO_COME = re.compile(r"\b(?:would|will)\s+(?:\w+ly\s+)?(?!be\b|have\b|not\b)\w+", re.I)


# After a word of keeping (`measure_kept`), an act going on: "to" and a verb of imposing
# or changing a measure ("will continue to impose new tariffs"), or a gerund ("will keep
# raising tariffs"): more measures to come, not one kept in force (review of round 30).
_KEPT_ACTING = re.compile(r"\s+(?:to\s+(?P<verb>[\w-]+)|[a-z]+ing\b)", re.I)


def kept(text: str, to_come: re.Match[str]) -> bool:
    """Whether the modal phrase `to_come` of `text` keeps a measure in force ("will
    maintain tariffs", "will still be subject to"), not one to come."""
    if not claim_words.patterns()["measure_kept"].search(to_come.group(0)):
        return False
    acting = _KEPT_ACTING.match(text, to_come.end())
    verb = acting and acting["verb"]
    return not acting or bool(verb and not claim_words.patterns()["imposition"].fullmatch(verb))


def announced_lately(
    claim: Claim,
    frame: Frame,
    found: pd.DataFrame,
    as_of: dt.date,
    days: int,
    said: str,
    needs: str,
) -> tuple[pd.DataFrame, Verdict | None]:
    """The measures of `found` announced in the `days` before the article (`as_of`), and,
    when none is, not checkable: the claim `said` what only such a measure can be."""
    found = measure_dates.announced_within(found, as_of, days)
    why = (
        f"{said}; the catalog has none of its kind by {frame.actor or frame.actor_country} "
        f"announced in the {days} days before {as_of}."
    )
    return found, none_left(claim, found, why, needs)


def none_left(claim: Claim, found: pd.DataFrame, why: str, needs: str) -> Verdict | None:
    """Not checkable, saying `why`, when a claim's window of days leaves no candidate."""
    if not found.empty:
        return None
    return verdict(claim, v.Decision(Label.NOT_CHECKABLE, why), found, needs)


def imposed_that_day(claim: Claim, frame: Frame, singled: pd.DataFrame) -> Verdict | None:
    """Unsupported when a relaxation claim ("lifted its curbs on Micron on Sunday") dates,
    to the day, one of the measures `singled` out by its goods, party or rule's name as an
    imposition (or a tightening), and the caller found no relaxation that is the claim's:
    what happened that day went the other way (round 36, fx36b). None when the claim names
    no day, or no imposition falls on it."""
    days = [w for w in measure_dates.dated_of(frame) if w.granularity == "day"]
    if frame.action != "relaxation" or not days or singled.empty:
        return None
    hits = measure_dates.recorded_hits(measure_dates.impositions(singled), days)
    if hits.empty:
        return None
    m = hits.iloc[-1]
    decision = v.Decision(
        Label.UNSUPPORTED,
        f"On the claim's day the catalog records '{m['title']}' "
        f"({str(m['measure_type']).replace('_', ' ')}, announced {day_of(m['announced'])}): "
        "a measure imposed or tightened, not lifted or eased as the claim says; the catalog "
        "has no relaxation of it by then.",
    )
    return verdict(claim, decision, hits.tail(1), "a complete register of relaxations")


def verdict(claim: Claim, decision: v.Decision, rows: pd.DataFrame, needs: str) -> Verdict:
    evidence = (measure_evidence(rows),) if len(rows) else ()
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "measure in the catalog",
        evidence,
        needs_text(decision, needs),
        tuple(claim.notes),
    )
