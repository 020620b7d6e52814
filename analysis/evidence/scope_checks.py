"""A scope told after a measure ("They apply to gallium and germanium", "The elements affected
are samarium, ...": `scope_told`) is judged against the measure claim it refers back to, not
any measure of the actor (review of round 32): that claim's verdict picks the measure, and
each good the clause names must be among the measure's goods. A class the measure lists
covers an element only when it lists none of that class's elements itself ("the seven
medium and heavy rare earths" are not neodymium)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.analyses import measures
from analysis.article.claims import Claim
from analysis.data import goods
from analysis.evidence import frame_checks, tariff_checks
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, Evidence, Verdict, needs_text
from analysis.vocab import Label


def check_scope(ctx: Context, claim: Claim) -> Verdict | None:
    """A scope clause's verdict: not checkable when no measure claim before it is pinned;
    supported when the clause names no good and that claim's measure is found, or when a
    measure covers every good it names: that claim's measure, or one of its actor and kind
    announced the same day on the clause's goods; unsupported when that claim's measure is
    on minerals only and one is outside them; not checkable otherwise (goods tags are not
    exhaustive)."""
    frame = claim.frame
    if frame is None or frame.scope_of is None:
        return None
    told = next((c for c in ctx.article.claims if c.id == frame.scope_of), None)
    measure = _measure_of(ctx, told) if told is not None else None
    said = frame.goods if claim.commodities else ()  # not goods borrowed from the measure
    if measure is not None and told is not None and said and not _covering(measure, said):
        # the claim told before may name its measure loosely ("the export controls" matched
        # to a listing of that day): a measure of its kind announced the same day may be it;
        # the day is matched below, so the told claim's own dates (its measure's effective
        # day, "it takes effect on Thursday") do not refute a sibling measure of that day
        # ("The rest of the measures covers super-hard materials": round 38)
        kin = replace(told.frame, goods=said, scope_of=None, when=())
        found = _measure_of(ctx, replace(claim, frame=kin))
        if (
            found
            and found[0] != Label.UNSUPPORTED
            and _covering(found, said)
            and _same_day(found, measure)
        ):
            measure = found
    if measure is None:
        return _decided(
            claim,
            Label.NOT_CHECKABLE,
            "The clause tells the scope of a measure referred back to; no measure claim told "
            "before it singles out a measure of the catalog, so what it covers is not known.",
            (),
        )
    rows, shown = measure[1], measure[2]
    names = "; ".join(rows["title"].astype(str))
    if not said:
        why = f"The clause names no good; the measure referred back to is {names}."
        return _decided(claim, Label.SUPPORTED, why, shown)
    own = _goods_of(rows)
    outside = [g for g in said if not _covers(own, g)]
    if not outside:
        label, why = Label.SUPPORTED, f"The measure referred back to ({names}) covers them."
    elif len(rows) == 1 and all(map(goods.is_mineral, [*outside, *own])):
        label = Label.UNSUPPORTED
        why = f"The measure referred back to ({names}) does not list {_labels(outside)}."
    else:
        label = Label.NOT_CHECKABLE
        why = (
            f"The catalog does not list {_labels(outside)} among the goods of the measure "
            f"referred back to ({names}); its goods tags are not every good a measure covers."
        )
    return _decided(claim, label, why, shown)


_Found = tuple[Label, pd.DataFrame, tuple[Evidence, ...]]


def _measure_of(ctx: Context, told: Claim) -> _Found | None:
    """The verdict of a measure claim, the catalog's rows of the measure it is matched to and
    their evidence, when it singles one out (`_pinned`); else None."""
    for run in (tariff_checks.check_tariff, frame_checks.check_measure):
        if (found := run(ctx, told)) is not None:
            shown = [e for e in found.evidence if e.dataset == measures.TABLE]
            if not shown or not _pinned(found.verdict, shown[0]):
                return None
            table = measures.measures()
            rows = table.loc[table["measure_id"].astype(str).isin(shown[0].values)]
            return found.verdict, rows, tuple(shown)
    return None


def _covering(measure: _Found | None, said: tuple[str, ...]) -> bool:
    """Whether a measure found covers every good `said`."""
    if measure is None:
        return False
    return all(_covers(_goods_of(measure[1]), g) for g in said)


def _same_day(one: _Found, other: _Found) -> bool:
    """Whether two measures found were announced on a day in common."""
    return bool(set(one[1]["announced"].astype(str)) & set(other[1]["announced"].astype(str)))


def _goods_of(rows: pd.DataFrame) -> set[str]:
    """The goods the catalog's rows name."""
    return set().union(*map(set, rows["goods"]))


def _pinned(label: Label, shown: Evidence) -> bool:
    """Whether a measure claim singles out its measure: borne out (in part: not all of it
    applied yet), or refuted on a detail (a day, a rate) of the one measure matched."""
    return label in (Label.SUPPORTED, Label.PARTLY) or (
        label == Label.UNSUPPORTED and len(shown.values) == 1
    )


def _covers(own: set[str], good: str) -> bool:
    """Whether a measure's goods `own` cover `good`: named, or in a group named whose
    members the measure does not list one by one."""
    if good in own:
        return True
    return any(good in goods.members(o) and not own & (goods.members(o) - {o}) for o in own)


def _labels(named: list[str]) -> str:
    return " and ".join(goods.label(g) for g in named)


def _decided(claim: Claim, label: Label, why: str, evidence: tuple[Evidence, ...]) -> Verdict:
    decision = v.Decision(label, why)
    return Verdict(
        claim,
        decision.label,
        decision.rationale,
        "scope of the measure referred to",
        evidence,
        needs_text(decision, "the full text of the measure referred to"),
        tuple(claim.notes),
    )
