"""Figures the data holds by year do not decide a claim set at an earlier time it does not
date ("Back then, China mined over 90% ..."): not checkable, while the same claim in the
present is decided (round 35, fx35f: `factcheck.at_an_earlier_time`); a share of
resources is not one of reserves; a prosecution is a legal action, not a measure of the
catalog; a measure named only as the cause of what the clause asserts ("Due to tariffs
imposed by ..., EVs were shut out") is not checked against the catalog. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

from analysis.article.quantities import word_at
from analysis.vocab import Label

SHARE = "{when}China mined over 90% of the world's rare earths."
RANK = "{when}the United States was the world's largest producer of rare earths."


def test_an_undated_earlier_share_is_not_checkable(tmp_path: Path) -> None:
    x = first_verdict_with(tmp_path, SHARE.format(when="Back then, "), "2025-07-31", "90%")
    assert x.rule == "share by stage"
    assert x.verdict == Label.NOT_CHECKABLE and "'Back then'" in x.rationale, x.rationale


def test_the_same_share_now_is_decided(tmp_path: Path) -> None:
    x = first_verdict_with(tmp_path, SHARE.format(when="Today "), "2025-07-31", "90%")
    assert x.rule == "share by stage"
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_present_word_after_the_earlier_time_decides(tmp_path: Path) -> None:
    text = "Back then the industry was small; now China mines over 90% of the world's rare earths."
    x = first_verdict_with(tmp_path, text, "2025-07-31", "90%")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_an_earlier_rank_is_not_checkable(tmp_path: Path) -> None:
    x = first_verdict_with(tmp_path, RANK.format(when="Decades ago, "), "2025-07-31", "largest")
    assert x.rule == "rank of producers"
    assert x.verdict == Label.NOT_CHECKABLE and "'Decades ago'" in x.rationale, x.rationale
    now = first_verdict_with(tmp_path, RANK.format(when="Today "), "2025-07-31", "largest")
    assert now.verdict == Label.UNSUPPORTED, now.rationale


def test_a_share_of_resources_is_not_one_of_reserves(tmp_path: Path) -> None:
    said = "China holds 40% of the world's rare earth {what}."
    x = first_verdict_with(tmp_path, said.format(what="resources"), "2025-07-31", "40%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    reserves = first_verdict_with(tmp_path, said.format(what="reserves"), "2025-07-31", "40%")
    assert reserves.rule == "share of reserves" and reserves.verdict != Label.NOT_CHECKABLE


def test_an_indictment_is_a_legal_action(tmp_path: Path) -> None:
    text = (
        "The Commerce Department said the listing comes after the US Justice Department "
        "unsealed an indictment in January of Huawei over banned exports to Iran."
    )
    x = first_verdict_with(tmp_path, text, "2019-05-16", "indictment")
    assert x.verdict == Label.NOT_CHECKABLE and "indictment" in x.rationale, x.rationale


def test_a_measure_named_only_as_a_cause_is_not_checkable(tmp_path: Path) -> None:
    cause = (
        "Due to tariffs imposed by Donald Trump during his presidency, Chinese electric "
        "vehicles were all but shut out of the US."
    )
    x = first_verdict_with(tmp_path, cause, "2024-05-14", "tariffs")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    own = "Donald Trump imposed tariffs on Chinese electric vehicles during his presidency."
    assert first_verdict_with(tmp_path, own, "2024-05-14", "tariffs").verdict == Label.SUPPORTED


def test_an_international_bodys_meeting_is_not_a_us_china_contact(tmp_path: Path) -> None:
    forum = (
        "In a communique at the end of the two-day meeting in Osaka, G20 leaders said "
        "global growth remained low."
    )
    x = first_verdict_with(tmp_path, forum, "2019-06-29", "G20 leaders")
    assert x.rule == "event dates"
    assert x.verdict == Label.NOT_CHECKABLE and "G20 leaders" in x.rationale, x.rationale
    pair = "Trump and Xi met in Osaka on Saturday on the sidelines of the G20 summit."
    assert first_verdict_with(tmp_path, pair, "2019-06-29", "met").verdict == Label.SUPPORTED


def test_a_quantifier_inside_a_hyphenated_compound_is_no_share() -> None:
    assert word_at("half", "after the one-and-a-half-hour conversation") is None
    assert word_at("half", "a half-day meeting") is None
    assert word_at("majority", "a majority-owned subsidiary") is None
    found = word_at("half", "china mines half of the world's graphite")
    assert found is not None and found.group(0) == "half"
