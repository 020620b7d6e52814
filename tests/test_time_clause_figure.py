"""An earlier measure's figure after a conjunction of time (round 29, fcy22; BusinessWatch
and KNKX): a clause of time after the claim's own act that tells another event in the
pluperfect or by its taking effect ("... weeks after the administration had initially
imposed a 10% tariff", "..., when the other side's tariffs on $100 billion of goods took
effect") holds that event's figures, not the claim's. Made-up sentences built from two US
tariffs on all goods from China in the catalog; the reading fails without the change, the
twins hold either way. Rules: docs/factcheck.md, "Figure years, earlier figures and talks"."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, read_rows, verdict_about

from analysis.article import event_clauses, frames
from analysis.vocab import Label


def _two_tariffs() -> tuple[dict[str, str], dict[str, str]]:
    """The first US tariff on all goods from China of the catalog's latest year of them,
    and the next one whose rates are all others (announced days, rates)."""
    announced = {r["measure_id"]: r["announced"] for r in read_rows("sources/measures.csv")}
    rows = [
        dict(r, announced=announced[r["measure_id"]])
        for r in read_rows("sources/tariff_rates.csv")
        if r["measure_id"].startswith("usa-") and r["goods"] == "all_goods" and r["rate_pct"]
    ]
    year = max(r["announced"][:4] for r in rows)
    rows = sorted((r for r in rows if r["announced"][:4] == year), key=lambda r: r["announced"])
    first = rows[0]
    # one that neither sets nor replaces the first's rate (a step from it would hold both)
    later = next(
        r for r in rows if first["rate_pct"] not in (r["rate_pct"], r["previous_rate_pct"])
    )
    return first, later


def _words(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d:%B} {d.day}, {d.year}"


def _published(row: dict[str, str]) -> str:
    return (dt.date.fromisoformat(row["announced"]) + dt.timedelta(days=2)).isoformat()


def test_the_earlier_measure_s_rate_after_months_after_is_not_the_claim_s(tmp_path):
    first, later = _two_tariffs()
    said = (
        f"On {_words(later['announced'])}, the White House imposed an extra "
        f"{later['rate_pct']} per cent tariff on all goods from China two months after the "
        f"administration had first imposed a {first['rate_pct']} per cent tariff on Chinese "
        "imports."
    )
    x = verdict_about(dated_verdicts(tmp_path, said, _published(later)), "imposed an extra")
    assert x.claim.frame.quantity is not None
    assert x.claim.frame.quantity.value == float(later["rate_pct"])
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_twin_the_claim_s_own_wrong_rate_stays_unsupported(tmp_path):
    first, later = _two_tariffs()
    said = (
        f"On {_words(later['announced'])}, the White House imposed an extra "
        f"{first['rate_pct']} per cent tariff on all goods from China."
    )
    x = verdict_about(dated_verdicts(tmp_path, said, _published(later)), "imposed an extra")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_time_clause_spans_cover_the_other_event_only():
    text = (
        "Beijing had raised its duties in March, when the US tariffs on more than $200 "
        "billion of goods took effect."
    )
    spans = event_clauses.time_clause_spans(text)
    assert any(a <= text.index("$200") < b for a, b in spans)
    assert frames.answered_spans(text) == spans
    # a clause of time opening the claim comes before its act: its figure is read
    opening = "Weeks after the US had imposed 20% tariffs, Beijing set 15% duties on coal."
    assert not event_clauses.time_clause_spans(opening)
    # "after" with no verb of its own is a phrase of the claim's act, left as it was
    assert not event_clauses.time_clause_spans("Beijing set 15% duties on coal after talks.")
