"""The measures catalog: fields from the table, in-force dates, responses, coverage."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import read_rows

from analysis.analyses import measures as M
from analysis.data import lexicon
from analysis.vocab import Action, Side

CSV = "sources/measures.csv"


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return M.measures()


def _by_id(frame: pd.DataFrame, measure_id: str) -> pd.Series:
    (i,) = frame.index[frame["measure_id"] == measure_id]
    return frame.loc[i]


# --- the table -------------------------------------------------------------------------


def test_one_row_per_row_of_the_csv_with_its_own_values(frame):
    rows = read_rows(CSV)
    assert sorted(frame["row"]) == list(range(2, len(rows) + 2))
    for line, r in enumerate(rows, 2):
        got = frame.loc[frame["row"] == line].iloc[0]
        assert got["measure_id"] == r["measure_id"]
        assert got["announced"].date().isoformat() == r["announced"]
        assert got["implementing_iso3"] == r["implementing_jurisdiction"]
        assert got["goods"] == tuple(g for g in r["goods"].split(";") if g)
        assert got["source"] == r["source_urls"]
        if r["ended"]:
            last = dt.date.fromisoformat(r["ended"])
            assert got["last_day"].date() == last
            assert got["removed"].date() == last + dt.timedelta(days=1)
        else:
            assert pd.isna(got["removed"])


def test_type_fields_come_from_the_vocabulary(frame):
    vocab = {t.id: t for t in lexicon.measure_types().measure_types}
    for _, m in frame.iterrows():
        kind = vocab[m["measure_type"]]
        assert (m["gta_intervention_type"], m["strength"]) == (kind.gta_type, kind.strength)
    tech = _by_id(frame, "chn-2023-12-21-rare-earth-technology-export-ban")
    gallium = _by_id(frame, "chn-2023-07-03-gallium-germanium-licensing")
    assert (tech["strength"], gallium["strength"]) == ("ban", "licence")


def test_sides_and_affected_jurisdictions_are_read_not_guessed(frame):
    sides = lexicon.measure_types().sides
    assert frame["side"].tolist() == [sides[i] for i in frame["implementing_iso3"]]
    ban = _by_id(frame, "chn-2024-12-03-us-dual-use-export-ban")
    assert ban["affected_iso3"] == "USA" and ban["affected_jurisdiction"] == "United States"
    gallium = _by_id(frame, "chn-2023-07-03-gallium-germanium-licensing")
    assert pd.isna(gallium["affected_iso3"])  # 'all': the measure names no country


def test_suspensions_and_reductions_are_actions_of_their_type(frame):
    assert set(frame.loc[frame["measure_type"] == "suspension", "action"]) == {Action.SUSPENSION}
    assert set(frame.loc[frame["measure_type"] == "tariff_reduction", "action"]) == {
        Action.RELAXATION
    }
    others = frame.loc[~frame["measure_type"].isin(["suspension", "tariff_reduction"])]
    assert set(others["action"]) == {Action.IMPOSITION}


def test_a_suspension_naming_fewer_goods_is_partial(frame):
    clause2 = _by_id(frame, "chn-2025-11-09-suspend-us-dual-use-ban-clause")
    assert clause2["suspends"] == "chn-2024-12-03-us-dual-use-export-ban" and clause2["partial"]
    oct9 = _by_id(frame, "chn-2025-11-07-suspend-october-9-controls")
    assert len(oct9["suspends"].split(";")) == 2 and not oct9["partial"]


# --- in force on a date: hand-made timeline --------------------------------------------


def _timeline(rows: list[dict]) -> pd.DataFrame:
    base = {
        "effective": None,
        "removed": None,
        "action": Action.IMPOSITION,
        "suspends": None,
        "partial": False,
        "goods": (),
        "side": Side.US,
    }
    out = pd.DataFrame([{**base, **r} for r in rows])
    for column in ("announced", "effective", "removed"):
        out[column] = pd.to_datetime(out[column])
    out["title"] = out["measure_id"]
    out["row"] = range(2, len(out) + 2)
    return out


EDGE = _timeline(
    [
        {"measure_id": "a", "announced": "2024-01-01", "effective": "2024-03-01"},
        {"measure_id": "b", "announced": "2024-01-01"},  # effective date not known
        {"measure_id": "c", "announced": "2024-01-01", "effective": "2024-01-01"},
        {
            "measure_id": "s",
            "announced": "2024-06-01",
            "effective": "2024-06-01",
            "removed": "2024-09-01",
            "action": Action.SUSPENSION,
            "suspends": "c",
        },
        {"measure_id": "d", "announced": "2024-01-01", "effective": "2024-01-01"},
        {
            "measure_id": "p",
            "announced": "2024-06-01",
            "effective": "2024-06-01",
            "action": Action.SUSPENSION,
            "suspends": "d",
            "partial": True,
        },
        {
            "measure_id": "e",
            "announced": "2024-01-01",
            "effective": "2024-01-01",
            "removed": "2024-05-01",
        },
    ]
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2023-12-31", {}),
        ("2024-01-01", {"c": "in force", "d": "in force", "e": "in force"}),
        ("2024-02-29", {"c": "in force", "d": "in force", "e": "in force"}),
        ("2024-03-01", {"a": "in force", "c": "in force", "d": "in force", "e": "in force"}),
        ("2024-05-01", {"a": "in force", "c": "in force", "d": "in force"}),
        ("2024-06-01", {"a": "in force", "d": "partly suspended"}),
        ("2024-08-31", {"a": "in force", "d": "partly suspended"}),
        ("2024-09-01", {"a": "in force", "c": "in force", "d": "partly suspended"}),
    ],
)
def test_in_force_on_edges(day, expected):
    got = M.in_force_on(day, EDGE)
    assert dict(zip(got["measure_id"], got["status"], strict=True)) == expected


def test_status_names_why_a_measure_is_not_in_force():
    status = dict(zip(EDGE["measure_id"], M.status_on("2024-07-01", EDGE), strict=True))
    assert status["b"] == "effective date unknown"
    assert status["c"] == "suspended"
    assert status["e"] == "removed"
    assert dict(zip(EDGE["measure_id"], M.status_on("2024-02-01", EDGE), strict=True))["a"] == (
        "announced, not yet effective"
    )
    assert M.status_on("2023-01-01", EDGE).eq("not yet announced").all()


def test_status_of_some_rows_reads_their_suspensions_from_the_whole_frame():
    # the suspensions "s" and "p" are not among the rows asked about, yet they decide
    some = EDGE.loc[EDGE["measure_id"].isin(["c", "d", "e"])]
    got = M.status_on("2024-07-01", EDGE, rows=some)
    assert list(got.index) == list(some.index)
    assert list(got) == ["suspended", "partly suspended", "removed"]
    assert got.equals(M.status_on("2024-07-01", EDGE).loc[some.index])


def test_in_force_on_the_bundled_catalog(frame):
    rule = "usa-2025-09-29-affiliates-rule"
    last = _by_id(frame, "usa-2025-11-10-affiliates-rule-suspension")["last_day"]
    assert rule in set(M.in_force_on("2025-10-01", frame)["measure_id"])
    assert rule not in set(M.in_force_on("2025-12-01", frame)["measure_id"])
    # the suspension runs to its last day inclusive; the rule applies again the next day
    assert rule not in set(M.in_force_on(last, frame)["measure_id"])
    assert rule in set(M.in_force_on(last + pd.Timedelta(days=1), frame)["measure_id"])


# --- responses ---------------------------------------------------------------------------


def test_lag_pairing_on_a_hand_made_timeline():
    t = _timeline(
        [
            {"measure_id": "us1", "announced": "2022-01-10", "goods": ("semiconductors",)},
            {"measure_id": "nl1", "announced": "2022-02-01", "goods": ("drones",)},
            {
                "measure_id": "cn1",
                "announced": "2022-03-01",
                "goods": ("gallium",),
                "side": Side.CHINA,
            },
            {
                "measure_id": "cn2",
                "announced": "2022-01-20",
                "goods": ("semiconductors",),
                "side": Side.CHINA,
            },
            {
                "measure_id": "cn3",
                "announced": "2022-04-01",
                "goods": ("tungsten",),
                "side": Side.CHINA,
            },
        ]
    )
    got = M.responses(t)
    us1 = got.loc[got["measure_id"] == "us1"]
    assert us1["response_id"].tolist() == ["cn2", "cn1"]
    assert us1["lag_days"].tolist() == [10, (dt.date(2022, 3, 1) - dt.date(2022, 1, 10)).days]
    assert us1["rank"].tolist() == [1, 2]
    assert "gallium is a chip input" in us1["related_by"].iloc[1]
    # nl1's goods are related to no Chinese measure's, and nothing answers cn2 or cn3
    assert set(got["measure_id"]) == {"us1"}
    assert M.responses(t, max_lag_days=30)["response_id"].tolist() == ["cn2"]


def test_us_chip_rules_answered_by_gallium_and_germanium_licensing(frame):
    us = _by_id(frame, "usa-2022-10-07-advanced-computing-rule")
    cn = _by_id(frame, "chn-2023-07-03-gallium-germanium-licensing")
    got = M.responses(frame)
    pair = got.loc[
        (got["measure_id"] == us["measure_id"]) & (got["response_id"] == cn["measure_id"])
    ].iloc[0]
    assert pair["lag_days"] == (cn["announced"] - us["announced"]).days
    assert "gallium" in pair["related_by"] and "germanium" in pair["related_by"]
    assert set(got["side"]) == {Side.US, Side.CHINA}
    assert (got["side"] != got["response_side"]).all()
    assert (got["lag_days"] > 0).all()


# --- coverage and counts ---------------------------------------------------------------


def test_covering_rare_earths_keeps_goods_apart_from_technology(frame):
    on_goods = M.covering("Rare earth", frame=frame)
    assert "chn-2023-12-21-rare-earth-technology-export-ban" not in set(on_goods["measure_id"])
    # the April 2025 controls list single elements: they cover rare earths
    assert "chn-2025-04-04-seven-medium-heavy-rare-earths" in set(on_goods["measure_id"])
    assert M.covering("rare earths", on="2023-12-31", frame=frame).empty
    tech = M.covering("rare-earth technology", on="2023-12-31", frame=frame)
    assert tech["strength"].tolist() == ["ban"]
    gallium = M.covering("gallium", on="2023-08-01", frame=frame)
    assert gallium["measure_type"].tolist() == ["export_licence_requirement"]
    assert gallium["status"].tolist() == ["in force"]


def test_unknown_commodity_says_what_is_known():
    with pytest.raises(Exception, match="did you mean"):
        M.covering("galium")


def test_counts_match_a_hand_count(frame):
    rows = read_rows(CSV)
    got = M.counts(("implementing_jurisdiction", "year"), frame)
    assert got["measures"].sum() == len(rows)
    hand = sum(
        1 for r in rows if r["implementing_jurisdiction"] == "CHN" and r["announced"] >= "2025"
    )
    china_2025 = got.loc[(got["implementing_jurisdiction"] == "China") & (got["year"] == 2025)]
    assert china_2025["measures"].tolist() == [hand]


def test_select_by_actor_window_and_what_is_restricted(frame):
    rows = read_rows(CSV)
    china = M.select(frame, actors="China")
    assert sorted(china["row"]) == [
        i for i, r in enumerate(rows, 2) if r["implementing_jurisdiction"] == "CHN"
    ]
    window = M.select(frame, start="2023-01-01", end="2023-12-31", actors="Japan, Netherlands")
    assert set(window["implementing_jurisdiction"]) == {"Japan", "Netherlands"}
    exports = M.select(frame, restricts="exports")
    own = exports.loc[exports["action"] == Action.IMPOSITION]
    assert (own["restricts"] == "exports").all()
    paused = exports.loc[exports["action"] != Action.IMPOSITION]
    assert "chn-2025-11-07-suspend-october-9-controls" in set(paused["measure_id"])
    with pytest.raises(Exception, match="unknown implementer"):
        M.select(frame, actors="France")


def test_find_by_date_or_id(frame):
    by_date = M.find("2025-10-09", frame)
    assert len(by_date) >= 2
    one = M.find(by_date["measure_id"].iloc[0], frame)
    assert one["measure_id"].tolist() == [by_date["measure_id"].iloc[0]]
    assert M.find("", frame).empty
    with pytest.raises(Exception, match="announcement dates in the catalog are 2018-06-15"):
        M.find("2022-10-08", frame)


def test_text_columns_are_one_block_of_the_same_values(frame: pd.DataFrame) -> None:
    """The catalog's text columns are held as one block of Python objects (a selection of
    rows takes one block, not one per column), with the values the table gives: text as
    `str`, a missing field NaN (as the string columns had it), never None or 'nan'."""
    text = [c for c in frame.columns if frame[c].dtype == object and c != "goods"]
    assert {"measure_id", "title", "suspends", "affected_iso3"} <= set(text)
    assert frame._mgr.nblocks <= len(set(frame.dtypes.astype(str)))  # one block per dtype
    for column in text:
        values = frame[column]
        assert values.map(lambda x: isinstance(x, str) or pd.isna(x)).all(), column
        assert not values.map(lambda x: x is None or x == "nan").any(), column
    assert frame["suspends"].isna().any()  # missing: NaN, so `.fillna('')` and `pd.isna` hold
    picked = frame.loc[frame["restricts"] == "exports"]
    assert picked._mgr.nblocks == frame._mgr.nblocks
