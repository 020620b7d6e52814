"""A relaxation read from exports let go again or approvals sped up ("resumed shipments of
chipmaking tools to China", "sped up approvals for rare earth exports": `export_easing` in
data/lexicon/claims.yaml) eases an export control, never a tariff: a tariff cut or a tariff
exclusion list bore such claims out (docs/factcheck-log.md, "Differential test of round 31's
merges (round 31, branch dt26)"). Made-up sentences; the days come from the catalog."""

from __future__ import annotations

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence import measure_candidates
from analysis.evidence.measure_details import day_of
from analysis.vocab import Label


def _relaxations(actor: str, tariffs: bool) -> pd.DataFrame:
    """The actor's relaxations of tariffs (`tariffs`) or of export controls, oldest first."""
    every = measures.measures()
    mine = every.loc[every["implementing_iso3"] == actor]
    of_exports = measure_candidates.relaxing(mine, "export control")
    cuts = measure_candidates._tariff_relaxations(mine)
    rows = cuts if tariffs else of_exports
    return rows.sort_values("announced")


def test_exports_resumed_or_approvals_sped_up_are_export_easings():
    assert measure_candidates.relaxed_kind("Beijing sped up approvals for graphite exports")
    assert measure_candidates.relaxed_kind("Washington resumed deliveries of lithography tools")
    assert measure_candidates.relaxed_kind("Beijing resumed sales of magnets to carmakers")
    # a tariff named: any relaxation, as before
    assert not measure_candidates.relaxed_kind("Beijing cut tariffs and resumed soybean purchases")


def test_approvals_sped_up_before_any_easing_of_exports_are_not_borne_out_by_a_tariff_cut(
    tmp_path,
):
    first = day_of(_relaxations("CHN", tariffs=False).iloc[0]["announced"])
    assert (
        not _relaxations("CHN", tariffs=True)
        .loc[pd.to_datetime(_relaxations("CHN", tariffs=True)["announced"]).dt.date < first]
        .empty
    )  # a tariff cut before it, which bore the claim out
    text = "Beijing quietly sped up approvals for rare earth exports."
    x = verdict_about(dated_verdicts(tmp_path, text, str(first - pd.Timedelta(days=1))), "sped")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_shipments_resumed_on_the_day_of_a_tariff_cut_are_not_borne_out_by_it(tmp_path):
    cuts = _relaxations("USA", tariffs=True)
    on_all = cuts["goods"].map(lambda g: "all_goods" in g) & (
        cuts["measure_type"] == "tariff_reduction"
    )
    cut = cuts.loc[on_all].iloc[0]  # the first cut of the tariff on all goods
    day = day_of(cut["announced"])
    easing_days = {day_of(d) for d in _relaxations("USA", tariffs=False)["announced"]}
    assert day not in easing_days
    said = f"{day:%B} {day.day}, {day.year}"
    text = f"Washington resumed deliveries of lithography tools to China on {said}."
    x = verdict_about(dated_verdicts(tmp_path, text, "2026-11-30"), "resumed")
    assert cut["title"] not in x.rationale, x.rationale  # an easing of exports may be, not it
    twin = f"Washington eased tariffs on Chinese goods on {said}."
    y = verdict_about(dated_verdicts(tmp_path, twin, "2026-11-30"), "eased tariffs")
    assert y.verdict == Label.SUPPORTED, y.rationale
