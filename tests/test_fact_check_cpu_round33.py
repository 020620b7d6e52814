"""The fact-check's CPU, round 33 (docs/performance-log.md, "The fact-check's CPU: round 33";
issue 13): work a clause or a claim does not need is not done, and the answers are the
same. Each test checks both: the answer on made-up sentences, and that the work skipped
(a pattern run, a text scanned, a table copied) is not done. Patterns are watched by
wrapping them (`_Watched`), never by changing a lexicon."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd
import pytest

from analysis.analyses import measures
from analysis.article import (
    claim_words,
    frames,
    measure_acts,
    measure_reading,
    quantities,
    taxonomy_words,
)
from analysis.article.frames import Frame
from analysis.data import lexicon
from analysis.evidence import catalog_scope, factcheck, tariff_sides
from analysis.evidence import verdicts as v


class _Watched:
    """A compiled pattern that counts the times it is run."""

    def __init__(self, pattern: re.Pattern[str], runs: list[str]) -> None:
        self._pattern, self._runs = pattern, runs

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name in ("search", "finditer", "match", "fullmatch", "sub", "subn", "findall"):

            def run(*args: Any, **kwargs: Any) -> Any:
                self._runs.append(name)
                return found(*args, **kwargs)

            return run
        return found


def _watched_cues(monkeypatch: pytest.MonkeyPatch, module: Any, keep: str) -> list[str]:
    """`module.patterns()` with every measure cue but `keep` watched; the runs seen."""
    runs: list[str] = []
    real = claim_words.patterns()
    cues = {k: p if k == keep else _Watched(p, runs) for k, p in real["cues"].items()}
    monkeypatch.setattr(module, "patterns", lambda: {**real, "cues": cues})
    return runs


def test_a_clause_with_no_relaxation_cue_is_not_weighed_for_one(monkeypatch):
    """No relaxation word: `first_easing` answers None at once, running no other cue."""
    runs = _watched_cues(monkeypatch, measure_acts, keep="relaxation")
    assert measure_acts.first_easing("Beijing imposed export controls on gallium.") is None
    assert runs == []
    # a relaxation word: the other cues are read as before ("lifted its ban")
    found = measure_acts.first_easing("Beijing lifted its ban on gallium exports.")
    assert found is not None and found.group(0).lower().startswith("lift")
    assert runs


def test_actions_read_the_same_with_and_without_a_relaxation_cue():
    assert measure_reading.action("Washington lifted its ban on exports of gallium to China.") == (
        "relaxation"
    )
    assert measure_reading.action("Washington banned exports of gallium to China.") == "ban"
    assert measure_reading.action(
        "The ministry suspended the export licence rules for drones."
    ) == ("relaxation")


def test_a_text_that_names_no_rare_earth_is_not_read_for_a_taxonomy(monkeypatch):
    runs: list[str] = []
    real = claim_words.patterns()
    watched = {k: _Watched(real[k], runs) for k in ("taxonomy", "taxonomy_negation")}
    watched["group_count"] = _Watched(real["group_count"], runs)
    watched["member_count"] = [_Watched(p, runs) for p in real["member_count"]]
    monkeypatch.setattr(taxonomy_words, "patterns", lambda: {**real, **watched})
    assert not taxonomy_words.is_taxonomy("Gallium is a critical mineral used in chips.")
    assert runs == []
    assert taxonomy_words.is_taxonomy("There are 17 rare earth elements in the table.")
    assert not taxonomy_words.is_taxonomy("Graphite is not mentioned among rare earth mines.")


def test_the_sentence_is_read_for_stages_only_for_a_place_behind_one(monkeypatch):
    asked: list[str] = []
    real = claim_words.names_stage_or_reserves

    def names(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(claim_words, "names_stage_or_reserves", names)
    sentence = "In tungsten mining, Vietnam grew fast and more than doubled its output."
    found = claim_words.figure_words("Vietnam more than doubled its output", sentence)
    assert [m.group(0) for m in found] == ["doubled"]  # a multiple, as before
    assert asked == []
    sentence = "In antimony mining, Tajikistan trailed only China last year."
    found = claim_words.figure_words("Tajikistan trailed only China", sentence)
    assert asked == [sentence] and found  # a rank: the sentence names a stage
    found = claim_words.figure_words("Tajikistan trailed only China", "It trailed only China.")
    assert found == []  # no stage, no reserves: no rank


def _tariff_frame(**changes: Any) -> Frame:
    frame = Frame(kind=frames.MEASURE, action="tariff", actor_country="USA", partner="CAN")
    return dataclasses.replace(frame, **changes)


def test_a_frame_with_no_goods_has_no_goods_of_its_own_without_a_scan(monkeypatch):
    scanned: list[str] = []
    real = tariff_sides._goods_named

    def goods_named(text: str) -> frozenset[str]:
        scanned.append(text)
        return real(text)

    monkeypatch.setattr(tariff_sides, "_goods_named", goods_named)
    assert tariff_sides.own_goods(_tariff_frame(), "a 25% tariff on Canadian steel") == ()
    assert scanned == []
    with_goods = _tariff_frame(goods=("gallium", "graphite"))
    assert tariff_sides.own_goods(with_goods, "a 25% tariff on Canadian gallium") == ("gallium",)
    assert scanned == ["a 25% tariff on Canadian gallium"]


def test_a_quantifier_is_looked_for_only_in_a_text_that_holds_it(monkeypatch):
    compiled: list[str] = []
    real = quantities.whole_word

    def whole_word(phrase: str) -> re.Pattern[str]:
        compiled.append(phrase)
        return real(phrase)

    monkeypatch.setattr(quantities, "whole_word", whole_word)
    assert quantities.word_at("a few", "only three firms") is None
    assert compiled == []
    # the claim's own reading: no quantifier held, none compiled (review of round 33)
    assert quantities.quantity("Officials met in Geneva on trade.", []) is None
    assert compiled == []
    assert quantities.word_at("a few", "a fewer firms") is None  # held, but not a whole word
    found = quantities.word_at("a few", "only a few firms")
    assert found is not None and found.span() == (5, 10)
    phrases = [q.phrase for q in lexicon.claims().quantifiers]
    assert "vast majority" in phrases
    share = v.share_range("The vast majority of gallium is refined in China.")
    assert share is not None and share.phrase == "vast majority"


def test_the_share_check_reads_no_share_of_a_claim_of_another_type(monkeypatch):
    def unread(text: str) -> None:
        raise AssertionError(f"share read: {text}")

    monkeypatch.setattr(factcheck.v, "share_range", unread)
    claim = dataclasses.make_dataclass("C", [("type", str), ("text", str)])(
        "policy_action", "China controls 90% of gallium refining."
    )
    assert factcheck.check_share(None, claim) is None  # type: ignore[arg-type]


def test_the_actor_s_tariffs_are_read_once_and_lent(monkeypatch):
    first = catalog_scope._tariffs_of("USA")
    assert first is catalog_scope._tariffs_of("USA")
    assert first and all(len(row) == 4 for row in first)
    assert catalog_scope._tariffs_of("ATA") == ()  # no tariffs of that actor

    def copied() -> pd.DataFrame:
        raise AssertionError("the catalog copied for a claim")

    # warm: `third_party` reads the lent tuples, not the catalog, per claim (review of round 33)
    monkeypatch.setattr(catalog_scope.measures, "measures", copied)
    assert catalog_scope.third_party(_tariff_frame(), "25% tariffs on Canada") == "CAN"
    assert catalog_scope.third_party(_tariff_frame(), "tariffs on Canada and China") is None


def test_rows_kept_by_positions_are_the_rows_a_list_of_booleans_keeps():
    catalog = measures.measures()
    for table in (catalog, catalog.iloc[::3], catalog.iloc[:0]):
        for keep in (
            [i % 2 == 0 for i in range(len(table))],
            [False] * len(table),
            [True] * len(table),
        ):
            pd.testing.assert_frame_equal(measures.kept_rows(table, keep), table.loc[keep])


def test_a_clause_s_flow_is_read_once_and_read_again_after_a_lexicon_edit():
    text = "US imports of gallium from China fell by a third last year."
    first = frames.flow(text)
    hits = frames.flow.cache_info().hits
    assert frames.flow(text) == first == "imports"
    assert frames.flow.cache_info().hits == hits + 1
    assert frames.flow("China's exports to the US rose.") == "imports"  # the mirrored flow
    claim_words.patterns.cache_clear()  # the patterns made anew: nothing kept is used
    try:
        assert frames.flow(text) == "imports"
        assert frames.flow.cache_info().currsize == 1
    finally:
        claim_words.patterns.cache_clear()
