"""The measures table: derived fields by their rules, in-force dates, responses, coverage."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import read_rows

from analysis.analyses import measure_text
from analysis.analyses import measures as M
from analysis.vocab import Action, Side

CSV = "sources/export_control_events.csv"


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return M.measures()


def _by_title(frame: pd.DataFrame, start: str) -> pd.Series:
    (i,) = frame.index[frame["title"].str.startswith(start)]
    return frame.loc[i]


def _csv_policy_rows() -> list[tuple[int, dict[str, str]]]:
    rows = read_rows(CSV)
    return [(i + 2, r) for i, r in enumerate(rows) if r["measure_type"] != "visit/meeting"]


# --- the table -------------------------------------------------------------------------


def test_one_row_per_policy_row_of_the_csv_visits_left_out(frame):
    expected = _csv_policy_rows()
    assert sorted(frame["row"]) == [line for line, _ in expected]
    for line, r in expected:
        got = frame.loc[frame["row"] == line].iloc[0]
        assert got["announced"].date().isoformat() == r["date"]
        assert got["title"] == r["title"]
        assert got["measure_type"] == r["measure_type"]
        assert got["source"] == r["source_url_or_ref"]


def test_ids_are_unique_and_do_not_depend_on_row_order(frame):
    assert frame["measure_id"].is_unique
    assert measure_text.measure_id(
        dt.date(2022, 10, 7), "USA", "Advanced computing and semiconductor x"
    ) == ("2022-10-07-usa-advanced-computing-and-semiconductor-x")
    assert measure_text.measure_id(dt.date(2025, 5, 12), "USA;CHN", "Geneva joint statement") == (
        "2025-05-12-usa-chn-geneva-joint-statement"
    )


def test_removed_is_the_day_after_the_last_day_of_a_suspension(frame):
    for line, r in _csv_policy_rows():
        got = frame.loc[frame["row"] == line].iloc[0]
        if r["end_date"]:
            last = dt.date.fromisoformat(r["end_date"])
            assert got["removed"].date() == last + dt.timedelta(days=1)
            assert got["last_day"].date() == last
        else:
            assert pd.isna(got["removed"])


def test_every_measure_type_has_a_gta_type(frame):
    assert frame["gta_intervention_type"].notna().all()
    ban = _by_title(frame, "Revised Catalogue of Technologies")
    licensing = _by_title(frame, "Export controls on gallium")
    assert ban["gta_intervention_type"] == "Export ban"
    assert licensing["gta_intervention_type"] == "Export licensing requirement"


# --- affected jurisdictions ------------------------------------------------------------


def test_affected_rules_in_order():
    joint = measure_text.affected(["United States", "China"], "x", "y", "z")
    assert joint.jurisdictions == ("United States", "China")
    assert "joint" in joint.basis
    company = measure_text.affected(
        ["China"], "operators told to stop buying Micron products", "", ""
    )
    assert company.jurisdictions == ("United States",)
    assert "Micron" in company.basis
    title = measure_text.affected(["China"], "controls against the United States", "gallium", "")
    assert title.jurisdictions == ("United States",)
    summary = measure_text.affected(
        ["United States"], "EO", "chips", "a regime in China, Hong Kong and Macau."
    )
    assert summary.jurisdictions == ("China", "Hong Kong", "Macau")
    assert summary.basis.startswith("named in the summary")
    none = measure_text.affected(
        ["Netherlands"], "licence rule", "lithography", "aligning with US controls"
    )
    assert none.jurisdictions == ()
    assert none.basis.startswith("not named")


def test_the_implementer_is_never_its_own_target():
    hit = measure_text.affected(["United States"], "US-person support for PRC fabs", "", "")
    assert hit.jurisdictions == ("China",)
    own = measure_text.affected(["China"], "China made exports of Chinese gallium", "", "")
    assert own.jurisdictions == ()


def test_affected_on_the_bundled_rows(frame):
    assert _by_title(frame, "Strengthened dual-use")["affected_iso3"] == "USA"
    assert _by_title(frame, "Executive Order 14105")["affected_iso3"] == "CHN;HKG;MAC"
    assert _by_title(frame, "Huawei Technologies")["affected_jurisdiction"] == "China"
    gallium = _by_title(frame, "Export controls on gallium")
    assert pd.isna(gallium["affected_jurisdiction"])
    assert gallium["affected_basis"].startswith("not named")


# --- products, actions, suspensions ----------------------------------------------------


def test_rare_earth_goods_and_technology_are_different_tags():
    tech = measure_text.products("Catalogue", "rare-earth extraction and separation technology")
    assert tech == ("rare-earth technology",)
    both = measure_text.products(
        "x", "items with 0.1% rare-earth value or made with Chinese RE technology"
    )
    assert both == ("rare earths", "rare-earth technology")
    elements = measure_text.products("Seven rare earths", "samarium; dysprosium (magnets)")
    assert elements == ("rare earths",)
    assert measure_text.products("x", "rare-earth production equipment") == (
        "rare-earth equipment",
    )


def test_chip_tags():
    assert measure_text.products("x", "semiconductor manufacturing equipment") == (
        "semiconductor equipment",
    )
    assert measure_text.products("x", "Micron Technology memory chips") == ("semiconductors",)
    assert "advanced computing" in measure_text.products("x", "advanced computing ICs")


def test_actions():
    assert measure_text.action("Suspension of clause 2 of Announcement No. 46") == Action.SUSPENSION
    assert (
        measure_text.action("Geneva joint statement: mutual 90-day tariff reduction")
        == Action.RELAXATION
    )
    assert measure_text.action("Export controls on antimony") == Action.IMPOSITION


def test_announcement_numbers():
    assert measure_text.announcement_numbers("Announcements No. 55-58, 61, 62 of 2025") == {
        (55, 2025),
        (56, 2025),
        (57, 2025),
        (58, 2025),
        (61, 2025),
        (62, 2025),
    }
    assert measure_text.announcement_numbers("MOFCOM Announcements No. 61 and No. 62 of 2025") == {
        (61, 2025),
        (62, 2025),
    }
    assert measure_text.announcement_numbers("MOFCOM Announcement No. 46 of 2024") == {(46, 2024)}


def test_suspensions_link_to_the_measures_they_pause(frame):
    oct9 = set(frame.loc[frame["announced"] == "2025-10-09", "measure_id"])
    assert len(oct9) == 2
    mofcom70 = _by_title(frame, "Suspension of the October 9, 2025")
    assert set(mofcom70["suspends"].split(";")) == oct9
    assert not mofcom70["partial"]
    clause2 = _by_title(frame, "Suspension of clause 2")
    assert clause2["suspends"] == _by_title(frame, "Strengthened dual-use")["measure_id"]
    assert clause2["partial"]
    affiliates = _by_title(frame, "One-year suspension of the Affiliates")
    assert affiliates["suspends"] == _by_title(frame, "Affiliates Rule:")["measure_id"]
    assert "Affiliates Rule" in affiliates["suspends_basis"]
    # impositions suspend nothing
    assert frame.loc[frame["action"] == Action.IMPOSITION, "suspends"].isna().all()


# --- in force on a date: hand-made timeline --------------------------------------------


def _timeline(rows: list[dict]) -> pd.DataFrame:
    base = {
        "effective": None,
        "removed": None,
        "action": Action.IMPOSITION,
        "suspends": None,
        "partial": False,
        "products": (),
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


def test_in_force_on_the_bundled_timeline(frame):
    rule = _by_title(frame, "Affiliates Rule:")["measure_id"]
    assert rule in set(M.in_force_on("2025-10-01", frame)["measure_id"])
    assert rule not in set(M.in_force_on("2025-12-01", frame)["measure_id"])
    # the suspension runs to 2026-11-09 inclusive; the rule applies again the next day
    assert rule not in set(M.in_force_on("2026-11-09", frame)["measure_id"])
    assert rule in set(M.in_force_on("2026-11-10", frame)["measure_id"])


# --- responses ---------------------------------------------------------------------------


def test_lag_pairing_on_a_hand_made_timeline():
    t = _timeline(
        [
            {"measure_id": "us1", "announced": "2022-01-10", "products": ("semiconductors",)},
            {"measure_id": "nl1", "announced": "2022-02-01", "products": ("lithography",)},
            {
                "measure_id": "cn1",
                "announced": "2022-03-01",
                "products": ("gallium",),
                "side": Side.CHINA,
            },
            {
                "measure_id": "cn2",
                "announced": "2022-01-20",
                "products": ("semiconductors",),
                "side": Side.CHINA,
            },
            {
                "measure_id": "cn3",
                "announced": "2022-04-01",
                "products": ("tungsten",),
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
    # nl1's product is related to no Chinese measure's, and nothing answers cn2 or cn3
    assert set(got["measure_id"]) == {"us1"}
    assert M.responses(t, max_lag_days=30)["response_id"].tolist() == ["cn2"]


def test_us_chip_rules_answered_by_gallium_and_germanium_licensing(frame):
    rows = read_rows(CSV)
    us = next(r for r in rows if r["date"] == "2022-10-07")
    cn = next(r for r in rows if r["title"].startswith("Export controls on gallium"))
    lag = (dt.date.fromisoformat(cn["date"]) - dt.date.fromisoformat(us["date"])).days
    got = M.responses(frame)
    pair = got.loc[
        (got["announced"] == "2022-10-07") & (got["response_title"] == cn["title"])
    ].iloc[0]
    assert pair["lag_days"] == lag
    assert "gallium" in pair["related_by"] and "germanium" in pair["related_by"]
    assert set(got["side"]) == {Side.US, Side.CHINA}
    assert (got["side"] != got["response_side"]).all()
    assert (got["lag_days"] > 0).all()


# --- coverage and counts ---------------------------------------------------------------


def test_covering_rare_earths_keeps_goods_apart_from_technology(frame):
    goods = M.covering("Rare earth", frame=frame)
    assert "Revised Catalogue of Technologies Prohibited" not in " ".join(goods["title"])
    assert goods["announced"].min() == pd.Timestamp("2025-04-04")
    assert M.covering("rare earths", on="2023-12-31", frame=frame).empty
    tech = M.covering("rare-earth technology", on="2023-12-31", frame=frame)
    assert tech["measure_type"].tolist() == ["export_ban"]
    gallium = M.covering("gallium", on="2023-08-01", frame=frame)
    assert gallium["measure_type"].tolist() == ["export_licensing"]
    assert gallium["status"].tolist() == ["in force"]


def test_unknown_commodity_says_what_is_known():
    with pytest.raises(Exception, match="did you mean 'gallium'"):
        M.product_tag("galium")
    assert M.product_tag("graphite (natural)") == "graphite"


def test_counts_match_a_hand_count(frame):
    got = M.counts(("implementing_jurisdiction", "year"), frame)
    assert got["measures"].sum() == len(_csv_policy_rows())
    hand = sum(
        1
        for _, r in _csv_policy_rows()
        if r["actor_country"] == "China" and r["date"].startswith("2025")
    )
    china_2025 = got.loc[(got["implementing_jurisdiction"] == "China") & (got["year"] == 2025)]
    assert china_2025["measures"].tolist() == [hand]


def test_select_by_actor_and_window(frame):
    rows = _csv_policy_rows()
    china = M.select(frame, actors="China")
    hand = [line for line, r in rows if "China" in r["actor_country"].split("; ")]
    assert sorted(china["row"]) == hand  # the joint Geneva statement counts for China too
    assert sorted(china["implementing_jurisdiction"].unique()) == ["China", "United States; China"]
    window = M.select(frame, start="2023-01-01", end="2023-12-31", actors="Japan, Netherlands")
    assert window["implementing_jurisdiction"].tolist() == ["Japan", "Netherlands"]
    with pytest.raises(Exception, match="unknown implementer"):
        M.select(frame, actors="France")


def test_find_by_date_or_id(frame):
    by_date = M.find("2025-10-09", frame)
    assert len(by_date) == 2
    one = M.find(by_date["measure_id"].iloc[0], frame)
    assert one["measure_id"].tolist() == [by_date["measure_id"].iloc[0]]
    assert M.find("", frame).empty
    with pytest.raises(Exception, match="announcement dates in the timeline are 2018-06-15"):
        M.find("2022-10-08", frame)
