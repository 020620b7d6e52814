"""The evidence notebooks run end to end and their findings.json states the data.

Also the contracts' cross-checks, which refuse bad combinations before any kernel starts.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ONE_OFF, read_rows

from analysis.errors import ParameterError
from analysis.runner import suite

pytestmark = pytest.mark.notebook


def _run(executed, label: str):
    """A run of the session's report (or its one-off run), and its findings by id."""
    result = executed.result(label)
    assert result.status == "ok", result.describe()
    found = json.loads((result.output_dir / "findings.json").read_text())["findings"]
    return result, {f["id"]: f for f in found}


@pytest.fixture
def export_controls(executed):
    return _run(executed, "export_controls/default")


@pytest.fixture
def trade_flows(executed):
    assert ONE_OFF == ("trade_flows", {"start_year": "1995"})
    return _run(executed, executed.one_off.run.label)


def test_export_controls_writes_its_chart_and_answers_the_article(export_controls):
    result, found = export_controls
    assert (result.output_dir / "measures_timeline.png").stat().st_size > 10_000
    visit = next(f for f in found.values() if f["id"].startswith("visit-gina-raimondo"))
    assert visit["values"]["ordinal"] == 4
    events = {r["measure_id"]: r for r in read_rows("sources/measures.csv")}
    gallium = events["chn-2023-07-03-gallium-germanium-licensing"]
    (response,) = [
        f for f in found.values() if f["values"].get("response_id") == gallium["measure_id"]
    ]
    trigger = events[response["values"]["measure_id"]]
    lag = (
        dt.date.fromisoformat(gallium["announced"]) - dt.date.fromisoformat(trigger["announced"])
    ).days
    assert response["values"]["lag_days"] == lag
    rare = next(f for f in found.values() if f["id"].startswith("china-rare-earths-measures-by"))
    assert rare["values"]["measures_by_date"] == 0  # by 27 August 2023: nothing on the goods
    assert all(f["sources"] for f in found.values())


def test_trade_flows_states_published_values(trade_flows):
    result, found = trade_flows
    assert (result.output_dir / "trade_flows.png").stat().st_size > 10_000
    rows = {int(r["year"]): r for r in read_rows("sources/us_china_goods_trade_annual.csv")}
    imports = found["trade-imports-1995-2025"]["values"]
    assert imports["first_usd_millions"] == float(rows[1995]["imports_usd_millions"])
    assert imports["last_usd_millions"] == float(rows[2025]["imports_usd_millions"])
    # exports start in 2001 in the data: the finding starts there, not at a zero in 1995
    assert "trade-exports-2001-2025" in found
    arounds = [f for f in found.values() if "-around-" in f["id"]]
    assert {f["values"]["event_year"] for f in arounds} == {2018, 2022, 2023}


def test_critical_minerals_for_another_commodity(executed):
    result, found = _run(executed, "critical_minerals/commodity=graphite-natural")
    for chart in ("china_share.png", "top_producers.png", "stage_shares.png"):
        assert (result.output_dir / chart).stat().st_size > 10_000
    rows = [
        r
        for r in read_rows("sources/critical_minerals_mine_production.csv")
        if r["commodity"] == "graphite (natural)"
        and r["year"] == "2025"
        and r["source_edition"] == "MCS 2026"
    ]
    china = float(next(r["value"] for r in rows if r["country"] == "China"))
    first = next(iter(found.values()))
    assert first["values"]["country_value"] == china
    stages = next(f for f in found.values() if "-stages-" in f["id"])
    assert stages["values"]["refining_share_pct"] > stages["values"]["share_pct"]


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("critical_minerals", {"commodity": "gallium", "stage": "mining"}, "has no 'mining'"),
        ("critical_minerals", {"edition": "DS140"}, "edition 'DS140' gives no China share"),
        (
            "critical_minerals",
            {"commodity": "germanium", "edition": "MCS 2023"},
            "gives no China share of germanium",
        ),
        (
            "critical_minerals",
            {"commodity": "tungsten", "start_year": 1990, "end_year": 1995},
            "leave none of them: choose years in",
        ),
        ("trade_flows", {"start_year": 2026, "end_year": 2030}, "at least 2 are needed"),
        ("export_controls", {"start": "2024-13-01"}, "not a date YYYY-MM-DD"),
        ("export_controls", {"start": "2025-01-01", "end": "2024-01-01"}, "swap them"),
        ("export_controls", {"actors": "France"}, "unknown implementer(s) 'France'"),
        ("trade_flows", {"marks": "2022-10-08"}, "no measure announced on or with id"),
    ],
)
def test_contracts_refuse_bad_combinations(name, params, message):
    with pytest.raises(ParameterError) as caught:
        suite.select([name], params)
    assert message in str(caught.value)


def test_every_edition_the_contract_allows_gives_a_share_or_is_refused_plainly():
    """No allowed edition, commodity and year span reaches a kernel without figures."""
    from analysis.analyses import concentration
    from analysis.notebooks import contracts

    for commodity in concentration.commodities():
        for edition in contracts._editions():
            try:
                (run,) = suite.select(
                    ["critical_minerals"], {"commodity": commodity, "edition": edition}
                )
            except ParameterError as exc:
                assert "gives" in str(exc) or "has no" in str(exc), str(exc)
                continue
            p = run.params
            series = concentration.share_series(
                commodity, "main", edition, p["start_year"], p["end_year"]
            )
            assert series["share_pct"].notna().any(), (commodity, edition)
