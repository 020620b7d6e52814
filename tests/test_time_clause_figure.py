"""An earlier measure's figure after a conjunction of time (round 29, fcy22; BusinessWatch
and KNKX): a clause of time after the claim's own act that tells another event in the
pluperfect or by its taking effect ("... weeks after the administration had initially
imposed a 10% tariff", "..., when the other side's tariffs on $100 billion of goods took
effect") holds that event's figures, not the claim's. Made-up sentences built from two US
tariffs on all goods from China in the catalog; the reading fails without the change, the
twins hold either way. Rules: docs/factcheck-log.md, "Figure years, earlier figures and talks"."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, measure_row, read_rows, verdict_about

from analysis.article import claim_words, event_clauses, measure_reading
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
    assert measure_reading.answered_spans(text) == spans
    # a clause of time opening the claim comes before its act: its figure is read
    opening = "Weeks after the US had imposed 20% tariffs, Beijing set 15% duties on coal."
    assert not event_clauses.time_clause_spans(opening)
    # "after" with no verb of its own is a phrase of the claim's act, left as it was
    assert not event_clauses.time_clause_spans("Beijing set 15% duties on coal after talks.")


# --- the claim's own act taking effect (review of round 29) ------------------------------

_RAISE = "chn-2025-04-11-tariff-raised-to-125pct"


def _raise_said(rate: str) -> tuple[str, str]:
    """A made-up claim of the catalog's raise, dated by its effective day, whose clause of
    time tells the raise itself taking effect at `rate` (and the article's day)."""
    row = measure_row(_RAISE)
    day = row["effective"].date()
    said = (
        f"China raised its tariff on American goods on {_words(day.isoformat())}, when the "
        f"new {rate}% rate took effect."
    )
    return said, (day + dt.timedelta(days=20)).isoformat()


def _raise_rates() -> tuple[str, str]:
    """The raise's new rate and the one before it (tariff_rates.csv)."""
    (row,) = (r for r in read_rows("sources/tariff_rates.csv") if r["measure_id"] == _RAISE)
    return row["rate_pct"], row["previous_rate_pct"]


def test_the_claim_s_own_act_taking_effect_keeps_its_rate(tmp_path):
    new, old = _raise_rates()
    wrong = str(2 * int(float(new)) - int(float(old)))  # one more such step: not its rate
    assert wrong not in (new, old)
    said, published = _raise_said(wrong)
    x = verdict_about(dated_verdicts(tmp_path, said, published), "raised its tariff")
    assert x.claim.frame.quantity is not None, x.claim.frame
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    # the twin with the catalog's own rate is borne out
    said, published = _raise_said(new)
    y = verdict_about(dated_verdicts(tmp_path, said, published), "raised its tariff")
    assert y.verdict == Label.SUPPORTED, y.rationale


def test_taking_effect_is_another_event_only_when_a_party_is_named():
    own = "Beijing raised its duties in March, when the new 30% rate took effect."
    assert not event_clauses.time_clause_spans(own)
    other = "Beijing raised its duties in March, when the US 30% rate took effect."
    assert event_clauses.time_clause_spans(other)


def test_a_pluperfect_needs_a_participle_not_any_word_ending_in_t():
    p = claim_words.patterns()["time_clause"]
    assert not p.search("Ruritania raised its tariff to 40% after it had about 20 days left.")
    assert not p.search("Ruritania raised its tariff to 40% when it had not agreed a deal.")
    assert p.search("Ruritania raised its tariff to 40% after Freedonia had cut its quota.")
    assert p.search("Ruritania raised its tariff to 40% after Freedonia had imposed a ban.")
