"""The fact-check on the seed article and on the varied test articles.

Expected numbers are recomputed here from the vendored CSVs with the csv module, so a
change in the data or in the checks shows up as a failure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import dated_article, read_rows

from analysis import paths
from analysis.analyses import measures
from analysis.article import document
from analysis.data import goods
from analysis.evidence import contact_checks, factcheck, render
from analysis.evidence.model import Verdict, as_of
from analysis.vocab import Label

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _read_only(art: document.Article, found: list[Verdict]) -> Iterator[tuple[Verdict, ...]]:
    """The verdicts of a module fixture, shared by its tests (read only): handed out as a
    tuple, and checked unchanged, article and verdicts (their reprs and the JSON of the
    check), when the module's tests are done."""
    before = repr((art, found)), render.to_json(art, found)
    yield tuple(found)
    after = repr((art, found)), render.to_json(art, found)
    assert after == before, "a test changed a module fixture's article or verdicts"


@pytest.fixture(scope="module")
def seed() -> Iterator[tuple[document.Article, tuple[Verdict, ...]]]:
    """The seed article and its verdicts, checked once for the module (read only)."""
    art = document.load(paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt")
    for found in _read_only(art, factcheck.check(art)):
        yield art, found


def _about(found, words: str) -> Verdict:
    (hit,) = [x for x in found if words in x.claim.text]
    return hit


def test_every_claim_gets_a_verdict_with_evidence_or_a_reason(seed):
    art, found = seed
    assert [x.claim.id for x in found] == [c.id for c in art.claims]
    for x in found:
        assert x.verdict in tuple(Label) and x.rationale
        if x.verdict == Label.NOT_CHECKABLE:
            assert x.needs, x.claim.text
        else:
            assert x.evidence and all(e.rows and e.source for e in x.evidence), x.claim.text


def _events():
    return read_rows("sources/measures.csv")


def _goods(row: dict[str, str]) -> set[str]:
    return set(row["goods"].split(";")) - {""}


def test_vast_majority_depends_on_the_stage(seed):
    # Checked as of the article (27 August 2023): the USGS edition out then (MCS 2023, with
    # 2022 figures) and the newest refining share of a year that had ended; never later data.
    art, found = seed
    x = _about(found, "vast majority of the rare earths")
    assert x.verdict == Label.PARTLY
    day = as_of(art)[0]
    rows = read_rows("sources/rare_earths_mine_production.csv")

    def value(country):
        (row,) = [
            r
            for r in rows
            if r["country"] == country and r["year"] == "2022" and r["source_edition"] == "MCS 2023"
        ]
        return float(row["value"])

    mining = next(e for e in x.evidence if e.values["stage"] == "mining")
    assert mining.dataset == "rare_earths_mine_production"
    assert mining.values["share_pct"] == pytest.approx(
        100 * value("China") / value("World total"), abs=1e-3
    )
    refining = next(e for e in x.evidence if e.values["stage"] == "refining")
    shares = read_rows("sources/processing_shares.csv")
    row = shares[refining.rows[0] - 2]
    assert row["stage"].startswith("refining") and int(row["year"]) < day.year
    assert refining.values["share_pct"] == float(row["share_pct"])
    assert all(e.published is None or e.published <= day for e in x.evidence)
    assert "depends on the stage" in x.rationale


def _day_of(title: str) -> dt.date:
    (row,) = [r for r in _events() if r["title"] == title]
    return dt.date.fromisoformat(row["announced"])


def test_ban_claim_is_licensing_of_other_goods(seed):
    _art, found = seed
    x = _about(found, "banned the export of several of them")
    assert x.verdict == Label.MISLEADING
    events = _events()
    in_force = x.evidence[0]
    for line in in_force.rows:
        row = events[line - 2]
        assert row["implementing_jurisdiction"] == "CHN"
        assert row["measure_type"] not in ("export_ban", "technology_export_ban")
        assert row["announced"] <= "2023-08-27"
    assert any("gallium" in _goods(events[line - 2]) for line in in_force.rows)
    # Later: China's export measures on the goods claimed (rare earths, or one of them)
    # announced after the article; the December 2023 ban on rare-earth *technology* is
    # other goods.
    later_rows = {r for e in x.later for r in e.rows}  # each dated: since then (round 36)
    rare = goods.members("rare_earths")
    named = [
        i
        for i, r in enumerate(events, 2)
        if r["implementing_jurisdiction"] == "CHN"
        and r["announced"] > "2023-08-27"
        and r["measure_type"] in ("export_ban", "export_licence_requirement")
        and rare & _goods(r)
    ]
    (technology,) = [
        i for i, r in enumerate(events, 2) if r["measure_type"] == "technology_export_ban"
    ]
    assert named and set(named) <= later_rows and technology not in later_rows
    for line in later_rows:
        row = events[line - 2]
        assert row["announced"] > "2023-08-27" and rare & _goods(row)
    # The lag the note states is the one between the two measures' dates in the CSV.
    (note,) = [n for n in x.notes if "retaliation" in n.lower()]
    first, response = re.findall(r"'([^']+)'", note)[1:]
    assert f"{(_day_of(response) - _day_of(first)).days} days" in note


def _china_ban_row(good: str, before: str) -> int:
    (line,) = [
        i
        for i, r in enumerate(_events(), 2)
        if r["implementing_jurisdiction"] == "CHN"
        and r["measure_type"] == "export_ban"
        and good in _goods(r)
        and r["announced"] <= before
    ]
    return line


def test_a_ban_partly_suspended_for_the_claimed_good_is_no_ban_on_it(tmp_path):
    # In December 2025 China's ban on exports to the US was partly suspended: the clause on
    # gallium, germanium, antimony, superhard materials and graphite (round 31, fcw31; before,
    # the measure stood as a partly suspended ban, partly supported). For gallium only the
    # licence stands; the ban row is still shown, with the suspension's note.
    art = dated_article(tmp_path, "China has banned exports of gallium.", "2025-12-01")
    (x,) = factcheck.check(art)
    assert x.verdict == Label.MISLEADING
    assert "needed a licence" in x.rationale and "By 2025-12-01" in x.rationale
    assert _china_ban_row("gallium", "2025-12-01") in x.evidence[0].rows
    # The note says which suspension applies.
    (suspension,) = [
        r
        for r in _events()
        if r["implementing_jurisdiction"] == "CHN"
        and r["measure_type"] == "suspension"
        and "gallium" in _goods(r)
    ]
    assert any(suspension["title"] in n for n in x.notes)


def test_a_ban_claim_is_checked_on_the_article_day_at_the_latest(tmp_path):
    # "in 2024" said on 1 October 2024 cannot mean the ban of 3 December 2024.
    art = dated_article(tmp_path, "China banned exports of antimony in 2024.", "2024-10-01")
    (x,) = factcheck.check(art)
    ban = _china_ban_row("antimony", "2024-12-31")
    assert x.verdict == Label.MISLEADING and "By 2024-10-01" in x.rationale
    # the ban, announced after the article, is told since then (round 36), never deciding
    assert ban not in {r for e in x.evidence for r in e.rows}
    assert ban in {r for e in x.later for r in e.rows}


def test_a_ban_claim_on_several_goods_is_decided_per_good(tmp_path):
    art = dated_article(
        tmp_path, "China has banned exports of gallium and rare earths.", "2024-12-10"
    )
    (x,) = factcheck.check(art)
    assert x.verdict == Label.PARTLY
    assert "True of gallium, not of rare earths" in x.rationale


def test_suspended_measures_without_an_effective_date_are_not_pending(tmp_path, monkeypatch):
    # A measure the data gives no effective date, fully suspended: it is neither in force
    # nor pending on the suspension's day. (The October 2025 rare-earth controls, their
    # effective date removed for the test.)
    real = measures.measures()
    target = "chn-2025-10-09-rare-earth-extraterritorial-and-technology"
    undated = real.assign(effective=real["effective"].where(real["measure_id"] != target))
    monkeypatch.setattr(measures, "measures", lambda: undated)
    (line,) = real.loc[real["measure_id"] == target, "row"]
    suspended = real.loc[real["suspends"].fillna("").str.contains(target), "announced"].iloc[0]
    art = dated_article(tmp_path, "China has banned rare earth exports.", f"{suspended:%Y-%m-%d}")
    (x,) = factcheck.check(art)
    considered = {r for e in x.evidence if not e.filter.startswith("later") for r in e.rows}
    assert line not in considered
    assert x.verdict == Label.MISLEADING and "licence" in x.rationale


def test_a_ban_announced_but_not_yet_in_force_is_not_lost(tmp_path):
    # Between announcement and effective date the licensing rule is still found.
    (row,) = [
        r for r in _events() if r["measure_id"] == "chn-2023-07-03-gallium-germanium-licensing"
    ]
    assert row["announced"] < row["effective"]
    art = dated_article(tmp_path, "China has banned exports of gallium.", row["announced"])
    (x,) = factcheck.check(art)
    assert x.verdict == Label.MISLEADING
    assert "announced, not yet in force" in x.rationale and row["effective"] in x.rationale


def test_stage_words():
    assert factcheck._stages_named("China's critical minerals dominance", "mining") == []
    assert factcheck._stages_named("China mines 60% of it", "mining") == ["mining"]
    assert factcheck._stages_named("China produces 98% of gallium", "refining") == ["refining"]
    assert factcheck._stages_named("refined and mined", "mining") == ["refining", "mining"]
    assert factcheck._stages_named("rare earths for microprocessors", "mining") == []
    assert factcheck._stages_named("sensitive products", "mining") == []
    assert factcheck._stages_named("China processes 90%", "mining") == ["refining"]


def _china_rare_earth_years() -> list[int]:
    rows = read_rows("sources/rare_earths_mine_production.csv")
    return [int(r["year"]) for r in rows if r["country"] == "China" and r["value"]]


def test_a_share_claim_uses_no_figure_later_than_its_year(tmp_path):
    # Dated 2024, about 2019: the 2019 figure, not the article's year's; the leading
    # "In 2019," stays part of the claim.
    art = dated_article(
        tmp_path, "In 2019, China mined the vast majority of the world's rare earths.", "2024-06-01"
    )
    (x,) = factcheck.check(art)
    assert x.claim.text.startswith("In 2019, China") and x.claim.dates
    expected = max(y for y in _china_rare_earth_years() if y <= 2019)
    assert [e.values["year"] for e in x.evidence] == [expected]
    assert x.verdict != Label.NOT_CHECKABLE


def test_a_share_claim_over_a_span_is_checked_at_its_last_year(tmp_path):
    art = dated_article(
        tmp_path,
        "Between 2018 and 2023 China mined about 60% of the world's rare earths.",
        "2024-06-01",
    )
    (x,) = factcheck.check(art)
    assert [e.values["year"] for e in x.evidence] == [
        max(y for y in _china_rare_earth_years() if y <= 2023)
    ]
    assert any("covers 2018–2023" in n for n in x.notes)


def test_a_named_stage_without_data_is_not_checkable(tmp_path):
    # The bundled data has no magnet share of antimony: another stage must not stand in.
    art = dated_article(tmp_path, "China makes 90% of the world's antimony magnets.", "2023-06-01")
    (x,) = factcheck.check(art)
    assert x.verdict == Label.NOT_CHECKABLE and not x.evidence
    assert "magnets" in x.rationale and "magnets" in x.needs


def test_fourth_visit_is_counted_from_the_timeline(seed):
    art, found = seed
    x = _about(found, "the fourth in a member of the Biden administration")
    assert x.verdict == Label.SUPPORTED
    (evidence,) = x.evidence
    window = contact_checks.visit_window(art, x.claim)
    assert window.text == "in recent months" and window.end == as_of(art)[0]
    contacts = read_rows("sources/visits.csv")
    (raimondo,) = [r for r in contacts if r["visit_id"] == "2023-08-27-raimondo-beijing-shanghai"]
    visit = dt.date.fromisoformat(raimondo["start"])
    first_day = visit - (window.end - window.start)
    expected = [
        i
        for i, r in enumerate(contacts, 2)
        if r["kind"] == "visit"
        and r["host_country"] == "CHN"
        and first_day.isoformat() <= r["start"] <= visit.isoformat()
    ]
    assert list(evidence.rows) == expected
    assert len(expected) == 4


def test_a_meeting_scheduled_months_after_the_article_is_not_decided_by_it(seed):
    # the article is of August 2023; the November meeting the timeline holds was recorded
    # when it took place, later data that never decides a claim (it did until round 35)
    _art, found = seed
    x = _about(found, "meeting scheduled for November")
    assert x.rule == "event dates"
    assert x.verdict == Label.NOT_CHECKABLE and "days after the article" in x.rationale
    assert not x.evidence


def test_visit_dates_match_the_timeline(seed):
    _art, found = seed
    x = _about(found, "four-day visit")
    assert x.verdict == Label.SUPPORTED
    row = read_rows("sources/visits.csv")[x.evidence[0].rows[0] - 2]
    assert (row["start"], row["end"]) == ("2023-08-27", "2023-08-30")


def test_blacklist_is_a_licence_requirement_not_a_ban(seed):
    _art, found = seed
    x = _about(found, "blacklist")
    assert x.verdict == Label.PARTLY
    assert all(
        _events()[line - 2]["measure_type"] == "entity_listing" for line in x.evidence[0].rows
    )


@pytest.fixture(scope="module")
def thinktank() -> Iterator[tuple[Verdict, ...]]:
    """The think-tank article's verdicts, checked once for the tests that read them (read
    only)."""
    art = document.load(FIXTURES / "thinktank-mineral-controls.txt")
    yield from _read_only(art, factcheck.check(art))


def test_share_claims_in_other_articles(thinktank):
    think = thinktank
    x = _about(think, "about 69%")
    assert x.verdict == Label.SUPPORTED and [e.values["stage"] for e in x.evidence] == ["mining"]
    page = factcheck.check(document.load(FIXTURES / "antimony-page.html"))
    half = _about(page, "nearly half")
    assert half.verdict == Label.SUPPORTED
    prices = _about(page, "prices")
    assert prices.verdict == Label.NOT_CHECKABLE and "price" in prices.needs


def test_dated_measure_claims_match_announcement_and_effective_days(thinktank):
    think = thinktank
    x = _about(think, "3 July 2023")
    assert x.verdict == Label.SUPPORTED
    rows = [_events()[line - 2] for line in x.evidence[0].rows]
    assert any(r["announced"] == "2023-07-03" and r["effective"] == "2023-08-01" for r in rows)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=paths.ROOT
    )


def _in_process(capsys, *args: str) -> tuple[int, str]:
    """`workbook ARGS` through the command line's entry point in this process (the same
    `cli.main` as `python -m analysis`): for output whose end-to-end contract another test
    checks in a real process (`workbook article --json`: test_article_seed.py; `workbook
    check --json`: test_check_batch.py's progress bar on a terminal; `workbook check`, its
    exit codes and stderr: `test_check_table_and_bad_path` below)."""
    from analysis import cli

    capsys.readouterr()
    code = cli.main(list(args))
    return code, capsys.readouterr().out


def test_check_json_keeps_the_article_ids_and_spans(capsys):
    path = str(paths.ROOT / "data/articles/raimondo-china-visit-2023.txt")
    code, checked = _in_process(capsys, "check", path, "--json")
    assert code == 0
    code, annotated = _in_process(capsys, "article", path, "--json")
    assert code == 0
    got = json.loads(checked)
    claims = json.loads(annotated)["claims"]
    assert got["schema"] == render.SCHEMA
    assert [(c["id"], c["start"], c["end"]) for c in got["claims"]] == [
        (c["id"], c["start"], c["end"]) for c in claims
    ]
    for c in got["claims"]:
        assert set(c) >= {"id", "text", "verdict", "rationale", "evidence"}
        for e in c["evidence"]:
            assert set(e) >= {"dataset", "rows", "values", "source"}
    assert sum(got["counts"].values()) == len(got["claims"])


def test_check_says_so_when_there_is_nothing_to_check(tmp_path, capsys):
    path = tmp_path / "lorem.txt"
    path.write_text("Lorem ipsum dolor sit amet.\nNothing here at all.\n", encoding="utf-8")
    code, plain = _in_process(capsys, "check", str(path))
    assert code == 0
    assert "No checkable claims found." in plain
    assert "warning: no entities and no claims found" in plain
    code, printed = _in_process(capsys, "check", str(path), "--json")
    assert code == 0
    got = json.loads(printed)
    assert got["claims"] == [] and any("no claims" in w for w in got["warnings"])


@pytest.mark.process
def test_check_table_and_bad_path():
    ok = _cli("check", "data/articles/raimondo-china-visit-2023.txt")
    assert ok.returncode == 0
    assert "MISLEADING" in ok.stdout and "claims checked:" in ok.stdout
    bad = _cli("check", "no/such/document.txt")
    assert bad.returncode == 2 and "no such article" in bad.stderr.lower()
    assert "Traceback" not in bad.stderr


def test_verdict_chart_carries_its_source_line(seed):
    from analysis import charts

    _art, found = seed
    fig = charts.verdict_table(
        render.frame(found),
        title="t",
        subtitle=render.summary(found),
        source=render.source_line(found),
    )
    texts = [t.get_text() for t in fig.texts] + [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("Sources:") and "Rare-earth mine production" in t for t in texts)
    assert sum(t == "misleading" for t in texts) == sum(
        x.verdict == Label.MISLEADING for x in found
    )


def test_brief_leads_with_what_the_article_gets_wrong(seed):
    from analysis.findings import brief

    art, found = seed
    b = brief.build(art)
    assert b.worth_reading()[0].verdict == Label.MISLEADING
    assert brief.minerals(found) == ["rare earths"]
    stage = next(f for f in b.findings if f.id.startswith("china-rare-earths-stages"))
    rows = read_rows("sources/rare_earths_mine_production.csv")
    china = next(
        r
        for r in rows
        if r["country"] == "China" and r["year"] == "2023" and r["source_edition"] == "MCS 2025"
    )
    assert f"{float(china['value']):,.0f}" in stage.text
    assert all(f.sources for f in b.findings)
    # The visit is counted in the window the article's claim implies, as the fact-check does.
    ordinal = _about(found, "the fourth in a member")
    window = contact_checks.visit_window(art, ordinal.claim)
    (visit,) = [f for f in b.findings if f.id.startswith("visit-")]
    assert visit.values["window_days"] == (window.end - window.start).days
    assert visit.values["ordinal"] == 4
    trade = [f for f in b.findings if f.id.startswith("trade-")]
    # the last year whose annual figures were out by the article's last possible day
    # (August 2023: 2022's, published in February 2023), not the day's own year
    assert trade and all(f.values["last_year"] == 2022 for f in trade)
    assert all(f.values["last_year"] - f.values["first_year"] == brief.TRADE_YEARS for f in trade)
    assert [name for name, _fig in brief.stage_charts(b)] == ["stages_rare_earths"]


@pytest.mark.notebook
def test_fact_check_and_brief_notebooks_run(executed):
    from analysis.findings import record

    results = [executed.result("fact_check/default"), executed.result("brief/default")]
    assert [r.status for r in results] == ["ok", "ok"], [r.describe() for r in results]
    art = document.load(paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt")
    decided = [x for x in factcheck.check(art) if x.verdict != Label.NOT_CHECKABLE]
    written = record.read(results[0].output_dir / "findings.json")
    assert [f["values"]["claim_id"] for f in written] == [x.claim.id for x in decided]
    assert (results[0].output_dir / "verdicts.png").stat().st_size > 0
    assert (results[1].output_dir / "stages_rare_earths.png").stat().st_size > 0


def test_brief_stage_charts_before_the_usgs_series_starts(tmp_path):
    from analysis.findings import brief

    art = dated_article(tmp_path, "China refines 97% of the world's rare earths.", "2011-06-01")
    assert min(_china_rare_earth_years()) > 2011  # no USGS country figure by then
    ((name, fig),) = brief.stage_charts(brief.build(art))
    texts = [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts]
    assert name == "stages_rare_earths"
    assert any("No USGS rare earths figure by 2011" in t for t in texts)


def test_an_ordinal_since_a_month_counts_from_that_month(tmp_path):
    art = dated_article(
        tmp_path,
        "Gina Raimondo was the fourth cabinet-level US official to visit China since June.",
        "2023-08-30",
    )
    (claim,) = art.claims
    window = contact_checks.visit_window(art, claim)
    assert window.text == "since June"
    assert (window.start, window.end) == (dt.date(2023, 6, 1), dt.date(2023, 8, 30))


def test_an_entity_list_rule_in_force_before_its_printing_was_public_then(tmp_path):
    rules = [
        r
        for r in read_rows("sources/entity_list_rules.csv")
        if r["effective"] and r["effective"] < r["published"] and r["entries_added_total"]
    ]
    assert rules, "the table has no rule in force before the Federal Register printed it"
    rule = rules[-1]
    day = dt.date.fromisoformat(rule["effective"])
    text = (
        f"On {day:%d %B %Y}, the Commerce Department added {rule['entries_added_total']} "
        "entities to the Entity List."
    )
    (x,) = factcheck.check(dated_article(tmp_path, text, rule["effective"]))
    assert x.verdict == Label.SUPPORTED and x.rule == "entity list count", x.rationale


def test_an_entity_list_rule_announced_before_its_printing_was_public_from_the_announcement(
    tmp_path,
):
    rules = [
        r
        for r in read_rows("sources/entity_list_rules.csv")
        if r["announced"]
        and r["announced"] < min(filter(None, (r["published"], r["effective"])))
        and r["entries_added_total"]
    ]
    assert rules, "the table has no rule announced before it took effect or was printed"
    rule = rules[-1]
    day = dt.date.fromisoformat(rule["announced"])
    added = rule["entries_added_total"]
    text = f"The Commerce Department added {added} entities to the Entity List."
    (x,) = factcheck.check(dated_article(tmp_path, text, rule["announced"]))
    assert x.verdict == Label.SUPPORTED and x.rule == "entity list count", x.rationale
    assert x.evidence[0].published == day  # the announcement, not the later printing


def _ended_office() -> dict[str, str]:
    """An office of the officials table with both ends known, held by a known person."""
    rows = [
        r
        for r in read_rows("sources/officials.csv")
        if r["start"] and r["end"] and r["role_keywords"] and len(r["name"].split()) == 2
    ]
    assert rows, "the officials table has no office with both ends known"
    return rows[0]


@pytest.mark.parametrize(
    ("wording", "when", "verdict"),
    [
        ("the {role}", "during", Label.SUPPORTED),
        ("the {role}", "after", Label.UNSUPPORTED),
        ("a former {role}", "after", Label.SUPPORTED),
        ("a former {role}", "during", Label.UNSUPPORTED),
    ],
)
def test_an_office_named_after_a_person_is_checked_on_the_articles_day(
    tmp_path, wording, when, verdict
):
    office = _ended_office()
    start, end = (dt.date.fromisoformat(office[k]) for k in ("start", "end"))
    day = start + (end - start) / 2 if when == "during" else end + dt.timedelta(days=200)
    text = (
        f"The delegation was led by {office['name']}, "
        f"{wording.format(role=office['role_keywords'])}."
    )
    found = factcheck.check(dated_article(tmp_path, text, day.isoformat()))
    (x,) = [x for x in found if x.claim.type == "office"]
    assert x.verdict == verdict and x.evidence, x.rationale


@pytest.mark.parametrize(
    ("count", "verdict"),
    [("more than {low}", Label.SUPPORTED), ("more than {high}", Label.UNSUPPORTED)],
)
def test_an_entity_list_count_holds_within_its_hedge_whoever_is_named_first(
    tmp_path, count, verdict
):
    rule = next(r for r in read_rows("sources/entity_list_rules.csv") if r["entries_added_total"])
    total = int(rule["entries_added_total"])
    day = dt.date.fromisoformat(rule["published"])
    said = count.format(low=total - 5, high=total + 5)
    # the target is named first: the list's owner acts, not the company
    text = f"Huawei was among {said} companies added to the Entity List on {day:%d %B %Y}."
    (x,) = factcheck.check(dated_article(tmp_path, text, rule["published"]))
    assert x.verdict == verdict and x.rule == "entity list count", x.rationale


def test_an_office_someone_else_held_that_day_is_unsupported_with_its_holder(tmp_path):
    rows = [r for r in read_rows("sources/officials.csv") if r["start"] and r["end"]]
    # an office of two or more words, and another official of its country with other offices
    holder = next(r for r in rows if len(r["role_keywords"].split()) > 1)
    other = next(
        r
        for r in rows
        if r["country"] == holder["country"]
        and r["name"] != holder["name"]
        and not any(
            o["role_keywords"] == holder["role_keywords"] for o in rows if o["name"] == r["name"]
        )
    )
    start, end = (dt.date.fromisoformat(holder[k]) for k in ("start", "end"))
    day = start + (end - start) / 2
    text = f"The talks were led by {other['name']}, the {holder['role_keywords']}."
    found = factcheck.check(dated_article(tmp_path, text, day.isoformat()))
    (x,) = [x for x in found if x.claim.type == "office"]
    assert x.verdict == Label.UNSUPPORTED and holder["name"] in x.rationale, x.rationale
    assert x.evidence and x.evidence[0].values["person"] == holder["name"]


def test_the_most_specific_office_a_role_names_is_the_one_checked(tmp_path):
    rows = [r for r in read_rows("sources/officials.csv") if r["start"] and r["end"]]
    # 'the vice president' names the vice presidency, though its words hold 'president'
    wide, narrow = next(
        (a, b)
        for a in rows
        for b in rows
        if a["country"] == b["country"]
        and set(a["role_keywords"].split()) < set(b["role_keywords"].split())
        and a["start"] <= b["start"] <= a["end"]
    )
    text = f"The talks were led by {wide['name']}, the {narrow['role_keywords']}."
    found = factcheck.check(dated_article(tmp_path, text, narrow["start"]))
    (x,) = [x for x in found if x.claim.type == "office"]
    assert x.verdict == Label.UNSUPPORTED and narrow["name"] in x.rationale, x.rationale


def test_the_printed_table_sets_evidence_published_later_apart(seed):
    # what `workbook check` prints, as the JSON does with its `later` list: evidence that
    # came out after the day checked against (a verdict's `later`, round 36) is labelled
    # "Since then", never "Evidence"
    art, found = seed
    day, _basis = as_of(art)
    x = found[0]
    assert x.evidence and day is not None
    late = dataclasses.replace(x.evidence[0], published=day + dt.timedelta(days=30))
    moved = dataclasses.replace(x, evidence=(), later=(late,))
    printed = render.table(art, [moved])
    assert f"Since then ({late.published}): {late.dataset} rows" in printed
    assert "Evidence:" not in printed
    as_json = json.loads(render.to_json(art, [moved]))
    assert as_json["claims"][0]["later"] and not as_json["claims"][0]["evidence"]
    assert "Evidence:" in render.table(art, [x])
