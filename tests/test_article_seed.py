"""The seed article end to end: what a careful reader finds, through `workbook article --json`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from analysis import paths

SEED = "data/articles/raimondo-china-visit-2023.txt"
LABELS = {"PERSON", "ORG", "PLACE", "COMMODITY", "INSTRUMENT"}


@pytest.fixture(scope="module")
def seed_json() -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "article", SEED, "--json"],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=True,
    )
    return json.loads(proc.stdout)


def test_json_schema(seed_json):
    required = {
        "schema": str,
        "title": str,
        "published_basis": str,
        "text": str,
        "entities": list,
        "dates": list,
        "claims": list,
        "non_claims": list,
        "warnings": list,
    }
    for key, kind in required.items():
        assert isinstance(seed_json[key], kind), key
    assert seed_json["schema"] == "article/2"
    assert all("frame" in c for c in seed_json["claims"])
    assert seed_json["published"] is None or dt.date.fromisoformat(seed_json["published"])
    text = seed_json["text"]
    for e in seed_json["entities"]:
        assert set(e) >= {"id", "text", "label", "canonical", "start", "end"}
        assert e["label"] in LABELS
        assert text[e["start"] : e["end"]] == e["text"]
    for d in seed_json["dates"]:
        assert set(d) >= {"id", "text", "date", "start", "end", "start_char", "end_char", "basis"}
        assert text[d["start_char"] : d["end_char"]] == d["text"]
        assert d["basis"]
    entity_ids = {e["id"] for e in seed_json["entities"]}
    date_ids = {d["id"] for d in seed_json["dates"]}
    for n, c in enumerate(seed_json["claims"], 1):
        assert c["id"] == f"c{n}"
        assert set(c) >= {"id", "text", "type", "topic", "start", "end", "entities", "dates"}
        assert text[c["start"] : c["end"]] == c["text"]
        assert set(c["entities"]) <= entity_ids and set(c["dates"]) <= date_ids
    starts = [c["start"] for c in seed_json["claims"]]
    assert starts == sorted(starts)


def test_publication_window_is_inferred_and_explained(seed_json):
    assert seed_json["published"] is None  # the exact day is not in the text
    # 27 August is a Sunday in 2023 (checked here by the calendar, not by the code under test)
    assert dt.date(2023, 8, 27).weekday() == 6
    assert seed_json["published_range"] == {"start": "2023-08-21", "end": "2023-08-27"}
    assert "inferred" in seed_json["published_basis"]
    assert "this Sunday, August 27" in seed_json["published_basis"]


def _groups(seed_json, label):
    return {e["canonical"] for e in seed_json["entities"] if e["label"] == label}


def test_every_name_a_careful_reader_lists(seed_json):
    assert _groups(seed_json, "PERSON") == {
        "Gina Raimondo",
        "Loubna Anaki",
        "Joe Biden",
        "Xi Jinping",
    }
    assert {"US Department of Commerce", "Biden administration"} <= _groups(seed_json, "ORG")
    assert {
        "United States",
        "China",
        "Beijing",
        "Shanghai",
        "Washington",
        "Taiwan",
        "China Sea",
        "Rhode Island",
        "New York",
    } <= _groups(seed_json, "PLACE")
    assert {"rare earths", "semiconductors"} <= _groups(seed_json, "COMMODITY")
    assert {"export controls", "entity listing", "export ban"} <= _groups(seed_json, "INSTRUMENT")


def test_roles_misspelling_and_metonyms(seed_json):
    ents = seed_json["entities"]
    first = next(e for e in ents if e["text"] == "Gina Raimondo")
    assert first["role"] == "US Commerce Secretary"
    (misspelt,) = [e for e in ents if e["text"] == "Gina Raimond"]
    assert misspelt["canonical"] == "Gina Raimondo" and "similarity" in misspelt["note"]
    codes = {e["canonical"]: e["country"] for e in ents if e["label"] == "PLACE"}
    assert codes["China"] == "CHN" and codes["Taiwan"] == "TWN" and codes["Beijing"] == "CHN"
    text = seed_json["text"]
    travel = text.index("Beijing and Shanghai")
    imposed = text.index("Washington has imposed")
    by_start = {e["start"]: e for e in ents}
    assert by_start[travel]["metonym_for"] is None  # a city she travels to
    assert by_start[imposed]["metonym_for"] == "United States government"
    headed = next(e for e in ents if e["text"] == "the department")
    assert headed["label"] == "ORG" and headed["canonical"] == "US Department of Commerce"


def _date(seed_json, words):
    (d,) = [d for d in seed_json["dates"] if d["text"] == words]
    return d


def test_every_date_expression_is_resolved(seed_json):
    assert [d["text"] for d in seed_json["dates"]] == [
        "this Sunday, August 27",
        "four-day visit",
        "Wednesday",
        "in recent months",
        "November",
    ]
    assert _date(seed_json, "this Sunday, August 27")["date"] == "2023-08-27"
    visit = _date(seed_json, "four-day visit")
    start = dt.date(2023, 8, 27)
    assert (visit["start"], visit["end"]) == (
        start.isoformat(),
        (start + dt.timedelta(days=3)).isoformat(),
    )
    assert _date(seed_json, "Wednesday")["date"] == "2023-08-30"
    assert dt.date(2023, 8, 30).weekday() == 2  # a Wednesday
    recent = _date(seed_json, "in recent months")
    assert recent["vague"] and recent["end"] == "2023-08-27" and recent["start"] < "2023-08-01"
    november = _date(seed_json, "November")
    assert (november["start"], november["end"]) == ("2023-11-01", "2023-11-30")


def _claim(seed_json, words):
    (c,) = [c for c in seed_json["claims"] if words in c["text"]]
    return c


def test_the_checkable_claims(seed_json):
    share = _claim(seed_json, "vast majority of the rare earths")
    assert share["type"] == "quantity_share"
    assert share["topic"] == "critical-mineral supply share"
    assert share["actor"] == "China"
    ban = _claim(seed_json, "Beijing has also banned the export of several of them")
    assert ban["type"] == "policy_action" and "causal" in ban["types"]
    assert ban["actor_country"] == "CHN" and "rare earths" in ban["commodities"]
    count = _claim(seed_json, "the fourth in a member of the Biden administration")
    assert count["type"] == "count"
    assert _date(seed_json, "in recent months")["id"] in count["dates"]
    for words in ("Washington has imposed", "imposed a blacklist"):
        c = _claim(seed_json, words)
        assert c["type"] == "policy_action" and c["topic"] == "export controls"
        assert c["actor_country"] == "USA"
    visit = _claim(seed_json, "four-day visit")
    assert visit["type"] == "event_date"
    meeting = _claim(seed_json, "meeting scheduled for November")
    assert meeting["type"] == "event_date"
    assert _date(seed_json, "November")["id"] in meeting["dates"]
    names = {seed_json["entities"][int(i[1:]) - 1]["canonical"] for i in meeting["entities"]}
    assert {"Xi Jinping", "Joe Biden"} <= names


def test_teaser_is_not_a_claim_and_opinion_is_kept_apart(seed_json):
    assert not any("limit investments" in c["text"] for c in seed_json["claims"])
    reasons = {n["text"]: n["reason"] for n in seed_json["non_claims"]}
    hope = next(t for t in reasons if "some hope" in t)
    assert reasons[hope].startswith("opinion")
    assert "heading" in reasons["Expected progress"]
    assert not any("balancing act" in c["text"] for c in seed_json["claims"])


def test_plain_summary_reads_well(capsys):
    # `workbook article` through its entry point in this process (the command's contract
    # in a real process: `seed_json` above)
    from analysis import cli

    capsys.readouterr()
    assert cli.main(["article", str(paths.ROOT / SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("US Secretary of Commerce visits China in a difficult balancing act")
    for heading in ("People", "Organisations", "Places", "Dated events", "Claims (12)"):
        assert heading in out
    events = out[out.index("Dated events") : out.index("Claims (")]
    assert events.index("in recent months") < events.index("this Sunday, August 27")
    assert events.index("'Wednesday'") < events.index("'November'")
