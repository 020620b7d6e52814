"""Tariff claims on a third country or on no country, in the wordings the third-party rule
of blind36 passed by (docs/factcheck-log.md, "Tariffs on other countries, in more wordings
(round 30, branch tp30)"; `tariff_sides`, hooked into `catalog_scope.outside_the_catalog`):
a partner named by an abbreviation, a partner phrase of other countries, and goods borrowed
from earlier sentences. Made-up sentences, each with a twin on China that stays decided."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.evidence import tariff_sides
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _about(tmp_path: Path, text: str, words: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, "2025-02-12"), words)


def _each(tmp_path: Path, cases: tuple[tuple[str, str], ...]) -> list[tuple[str, Verdict]]:
    out = []
    for i, (text, words) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        out.append((text, _about(tmp_path / str(i), text, words)))
    return out


# --- a partner named by an abbreviation (places.yaml aliases) ---------------------------


def test_abbreviated_country_names_are_read_from_the_gazetteer():
    assert tariff_sides.parties_named("a 10% tariff on NZ goods") == ("NZL",)
    assert tariff_sides.parties_named("duties on UAE steel and Chinese steel") == ("ARE", "CHN")
    assert tariff_sides.parties_named("NZZ and ANZAC") == ()  # whole words only


def test_a_tariff_on_an_abbreviated_third_country_is_not_checkable(tmp_path):
    cases = (
        ("Trump put a 10% tariff on NZ exports last week, with China hit harder.", "NZ"),
        ("Trump put a 10% tariff on UAE exports last week, with China hit harder.", "UAE"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "third party" in x.rationale, x.rationale


def test_the_same_tariff_on_china_is_still_decided(tmp_path):
    cases = (
        ("Trump put a 10% tariff on Chinese exports last week, with NZ hit harder.", "Chin"),
        ("Trump put a 10% tariff on PRC exports last week, with the UAE spared.", "PRC"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


# --- a partner phrase of other countries (`other_partners`) ----------------------------


def test_what_puts_a_tariff_on_other_countries():
    words = claim_words.patterns()["other_partners"]
    for text in ("a wide range of other countries", "many other nations", "other economies"):
        assert words.search(text), text
    for text in ("other Chinese firms", "the other side", "another country"):
        assert not words.search(text), text


def test_a_tariff_on_other_countries_naming_no_side_is_not_checkable(tmp_path):
    cases = (
        (
            "Washington imposed a 10% tariff on imports from many other countries last week.",
            "other",
        ),
        ("Trump put a 10% tariff on a wide range of other nations last week.", "other"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "other countries" in x.rationale, x.rationale


def test_a_tariff_on_china_and_other_countries_is_still_decided(tmp_path):
    cases = (
        (
            "Washington imposed a 10% tariff on imports from China and other countries last week.",
            "China",
        ),
        ("Trump put a 10% tariff on Chinese goods and many other nations last week.", "Chinese"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict in (Label.SUPPORTED, Label.UNSUPPORTED), (text, x.rationale)


# --- goods borrowed from earlier sentences -----------------------------------------------

_FARM = "China put tariffs of 15% on American coal and liquefied natural gas on 10 February. "


def test_borrowed_goods_do_not_hide_a_third_party(tmp_path):
    cases = (
        (_FARM + "Beijing paired the move with tariffs on Canadian goods.", "Canadian"),
        (_FARM + "Beijing paired the move with tariffs on goods from Canada.", "Canada"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "third party (CAN)" in x.rationale, x.rationale


def test_the_same_follow_up_on_the_us_is_still_decided(tmp_path):
    cases = (
        (_FARM + "Beijing paired the move with a 10% tariff on American goods.", "American goods"),
        (_FARM + "Beijing paired the move with a 10% tariff on goods from the US.", "from the US"),
    )
    for text, x in _each(tmp_path, cases):
        assert x.verdict in (Label.SUPPORTED, Label.UNSUPPORTED), (text, x.rationale)
