"""Evidence as of the article (issue 12; round 36, branch later36; docs/factcheck.md, "The
JSON form"): evidence items dated after the article's date are set apart under `later` in
one place (`factcheck.as_of_the_article`), never among the deciding `evidence`, and never
change a verdict; the evaluation counts as later evidence only later-dated items left among
the deciding evidence. Each test fails without its change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import checked_about

from analysis import paths
from analysis.analyses import measures
from analysis.article import document
from analysis.evidence import evaluation, factcheck, render
from analysis.evidence.model import Context, Evidence, Verdict, as_of
from analysis.vocab import Label


@pytest.fixture(scope="module")
def seed() -> tuple[document.Article, list[Verdict]]:
    art = document.load(paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt")
    return art, factcheck.check(art)


def _announced(rows: tuple[int, ...]) -> set[dt.date]:
    """The announcement days of catalog rows (the CSV's line numbers)."""
    table = measures.measures()
    return {d.date() for d in table.loc[table["row"].isin(rows), "announced"]}


def test_no_seed_evidence_is_dated_after_the_article(seed):
    art, found = seed
    day, _ = as_of(art)
    assert day is not None
    assert not [e for x in found for e in x.evidence if e.after(day)]
    moved = [e for x in found for e in x.later]
    assert moved and all(e.after(day) for e in moved)


def test_later_measures_cited_as_context_are_set_apart_with_their_dates(seed):
    # c10: "Beijing has also banned the export of several of them" (rare earths) is
    # misleading by the measures of 2023; China's rare-earth controls of 2025 are told as
    # what came since, each item dated by its measure's announcement, none deciding.
    art, found = seed
    day, _ = as_of(art)
    (x,) = [x for x in found if "banned the export of several of them" in x.claim.text]
    assert x.verdict == Label.MISLEADING
    assert x.later and all(e.filter.startswith("later") for e in x.later)
    for e in x.later:
        assert _announced(e.rows) == {e.published} and e.after(day)
    for e in x.evidence:
        assert e.published is not None and max(_announced(e.rows)) == e.published <= day
    printed = render.table(art, found)
    for e in x.later:
        assert f"Since then ({e.published}): measures rows {e.rows[0]}" in printed
    html = str(render.to_html(found))
    assert all(f"Since then ({e.published})" in html for e in x.later)
    (claim,) = [
        c for c in json.loads(render.to_json(art, found))["claims"] if c["id"] == x.claim.id
    ]
    assert [e["published"] for e in claim["later"]] == [str(e.published) for e in x.later]
    assert all(e["published"] <= str(day) for e in claim["evidence"])


def _ctx_and_claim(seed) -> tuple[Context, Verdict]:
    art, found = seed
    day, basis = as_of(art)
    x = next(x for x in found if x.evidence)
    return Context(art, day, basis), x


def test_one_place_sets_later_evidence_apart_for_any_check(seed, monkeypatch):
    ctx, x = _ctx_and_claim(seed)
    assert ctx.as_of is not None
    early = dataclasses.replace(x.evidence[0], published=ctx.as_of)
    late = dataclasses.replace(x.evidence[0], published=ctx.as_of + dt.timedelta(days=1))

    def made_up(evidence: tuple[Evidence, ...]):
        return lambda _ctx, claim: Verdict(claim, Label.SUPPORTED, "why", "made up", evidence)

    monkeypatch.setattr(factcheck, "CHECKS", (made_up((early, late)),))
    got = factcheck.check_claim(ctx, x.claim)
    assert got.evidence == (early,) and got.later == (late,)
    assert got.verdict == Label.SUPPORTED and got.rule == "made up"
    assert not evaluation.later_than(got, ctx.as_of)
    # evidence all out after the article: the verdict rested on it alone, not checkable
    monkeypatch.setattr(factcheck, "CHECKS", (made_up((late,)),))
    got = factcheck.check_claim(ctx, x.claim)
    assert got.evidence == () and got.later == (late,)
    assert got.verdict == Label.NOT_CHECKABLE and "after the article" in got.rule


def test_the_evaluation_counts_later_items_left_among_the_deciding_evidence(seed):
    ctx, x = _ctx_and_claim(seed)
    assert ctx.as_of is not None
    late = dataclasses.replace(x.evidence[0], published=ctx.as_of + dt.timedelta(days=1))
    decisive = dataclasses.replace(x, verdict=Label.SUPPORTED)
    deciding = dataclasses.replace(decisive, evidence=(late,), later=())
    apart = dataclasses.replace(decisive, evidence=x.evidence, later=(late,))
    assert evaluation.later_than(deciding, ctx.as_of)
    assert not evaluation.later_than(apart, ctx.as_of)
    tally = evaluation.as_of_tally([deciding, apart], ctx.as_of)
    assert tally == {"verdicts": 2, "evidence_after": 1, "later": 1}


def test_a_ban_announced_after_the_article_does_not_decide_the_claim(tmp_path: Path):
    # "In October, China banned ..." said in November 2023: the ban on magnet technology of
    # 21 December 2023 is since then, told, not weighed: by the article's date the claim
    # names goods no measure covered while others did (misleading); said in January 2024,
    # that ban was public and dates the claim too early (unsupported: round 35, fx35d).
    text = "In October, China banned the export of technology to make rare earth magnets."
    before = checked_about(tmp_path, text, "2023-11-15", "banned")
    assert before.verdict == Label.MISLEADING
    assert not [e for e in before.evidence if e.after(dt.date(2023, 11, 15))]
    assert dt.date(2023, 12, 21) in {e.published for e in before.later}
    after = checked_about(tmp_path, text, "2024-01-15", "banned")
    assert after.verdict == Label.UNSUPPORTED
    assert dt.date(2023, 12, 21) in {e.published for e in after.evidence}


def test_a_dated_measure_of_the_other_side_decides_without_later_measures(tmp_path: Path):
    # MOFCOM had no catalogued measure by May 2020 (its first are of 2023): the claim's own
    # side's measures, all later, are since then, and the US rule of those days decides
    day = dt.date(2020, 5, 28)
    x = checked_about(
        tmp_path,
        "MOFCOM unveiled the foreign direct product rule against Huawei earlier this month.",
        day.isoformat(),
        "MOFCOM",
    )
    assert x.verdict == Label.UNSUPPORTED and x.rule == "measure dates"
    table = measures.measures()
    ids = {k for e in x.evidence for k in e.values}
    sides = set(table.loc[table["measure_id"].isin(ids), "implementing_iso3"])
    assert ids and sides == {"USA"}
    assert all(e.published and e.published <= day for e in x.evidence)
    assert x.later and all(e.after(day) for e in x.later)
