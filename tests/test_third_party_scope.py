"""Tariff claims on a third party (docs/factcheck-log.md, "Blind batch of round 30 (branch
blind36)"): the catalog holds the two sides' tariffs on each other, so a US tariff on
Canada or Mexico is not a measure it could hold, and the US tariffs on China must not decide
it (`catalog_scope.third_party`). Made-up sentences, each with a twin on China that stays
decided; the parties come from the catalog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.evidence import catalog_scope
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _about(tmp_path: Path, text: str, words: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, "2025-02-10"), words)


def test_a_us_tariff_on_a_third_country_is_not_checkable(tmp_path):
    for i, (text, words) in enumerate(
        (
            ("Washington imposed a 25% tariff on Canadian goods on 4 February.", "Canadian"),
            ("The United States put tariffs on goods from Mexico last week.", "Mexico"),
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _about(tmp_path / str(i), text, words)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "third party" in x.rationale, x.rationale


def test_the_same_tariff_on_china_is_still_decided(tmp_path):
    for i, (text, words) in enumerate(
        (
            ("Washington imposed a 10% tariff on Chinese goods on 4 February.", "Chinese"),
            ("The United States put a 10% tariff on goods from China last week.", "China"),
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _about(tmp_path / str(i), text, words)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


def _tariff_frame(tmp_path: Path):
    x = _about(
        tmp_path, "Washington imposed a 10% tariff on Chinese goods on 4 February.", "Chinese"
    )
    assert x.claim.frame is not None and x.claim.frame.action == "tariff"
    return x.claim.frame


def test_which_parties_are_third_parties(tmp_path):
    rated = _tariff_frame(tmp_path)  # the US 10% tariff of 4 February 2025
    frame = dataclasses.replace(rated, quantity=None)  # no rate: its day alone moves nothing
    table = measures.measures()
    us_tariffs = table.loc[
        (table["implementing_iso3"] == "USA") & table["measure_type"].isin(("tariff",))
    ]
    parties = {p for a in us_tariffs["affected_iso3"] for p in str(a).split(";")}
    assert "CHN" in parties and "CAN" not in parties  # the catalog as the rule reads it
    assert catalog_scope.third_party(frame, "tariffs on Chinese goods") is None
    assert (
        catalog_scope.third_party(
            dataclasses.replace(frame, partner="CAN"), "tariffs on Canadian goods"
        )
        == "CAN"
    )
    # no actor, or the actor's own country: nothing to say
    assert (
        catalog_scope.third_party(
            dataclasses.replace(frame, partner="CAN", actor_country=None),
            "tariffs on Canadian goods",
        )
        is None
    )
    assert (
        catalog_scope.third_party(
            dataclasses.replace(frame, partner="USA", actor_country="USA"),
            "tariffs on Canadian goods",
        )
        is None
    )
    # a partner the claim's own words do not name (taken from the rest of its sentence)
    canada = dataclasses.replace(frame, partner="CAN")
    assert catalog_scope.third_party(canada, "Washington met its counterpart") is None
    assert catalog_scope.third_party(canada, "25% tariffs on Canada") == "CAN"
    # goods tie the claim to the actor's measure on them, whose side decides it
    assert (
        catalog_scope.third_party(
            dataclasses.replace(canada, goods=("energy",)), "25% tariffs on Canada"
        )
        is None
    )
    # the actor's 10% tariff of that day told of Canada: its rate and day name that measure
    assert catalog_scope.third_party(dataclasses.replace(rated, partner="CAN"), "on Canada") is None
    # a restriction may fall on every party (export controls on 'all'): not this rule's
    assert (
        catalog_scope.third_party(
            dataclasses.replace(frame, partner="CAN", action="restriction"),
            "tariffs on Canadian goods",
        )
        is None
    )


def test_a_tariff_moved_to_another_side_by_its_rate_and_day_is_refuted(tmp_path):
    """The actor's own tariff of that rate on that day, told with another side, is the
    measure the claim means: its row refutes the side (lead, round 30: probe p138 had turned
    not checkable). A rate the actor set on no such day stays outside the catalog."""
    cases = (
        (
            "Beijing said it would put a 34% duty on all South Korean goods from 10 April.",
            "2025-04-05",
            "South Korean",
            Label.UNSUPPORTED,
        ),
        (
            "Washington imposed a 10% tariff on Canadian goods on 4 February.",
            "2025-02-10",
            "Canadian",
            Label.UNSUPPORTED,
        ),
        (
            "Beijing said it would put a 15% duty on all South Korean goods from 10 April.",
            "2025-04-05",
            "South Korean",
            Label.NOT_CHECKABLE,
        ),
        # a step ("by 34%") is no rate of that day's measure: nothing is moved (review of
        # round 30), so the tariff on a third party stays outside the catalog
        (
            "Beijing said it would raise its duty on all South Korean goods by 34% from 10 April.",
            "2025-04-05",
            "South Korean",
            Label.NOT_CHECKABLE,
        ),
    )
    for i, (text, as_of, words, label) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        x = verdict_about(dated_verdicts(tmp_path / str(i), text, as_of), words)
        assert x.verdict == label, (text, x.rationale)


def test_a_claim_that_also_names_the_actor_s_side_is_checked(tmp_path):
    """'10% tariffs on Canada, Mexico and China': the US tariff on China is a measure the
    catalog holds, so the third party named first does not make the claim not checkable
    (round 30, dt25)."""
    frame = dataclasses.replace(_tariff_frame(tmp_path), quantity=None, partner="CAN")
    assert catalog_scope.third_party(frame, "tariffs on Canadian goods") == "CAN"
    assert catalog_scope.third_party(frame, "tariffs on Canadian and Chinese goods") is None
    (tmp_path / "full").mkdir()
    x = _about(
        tmp_path / "full",
        "Washington put 10% tariffs on goods from Canada, Mexico and China on 4 February.",
        "Canada",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_dated_tariff_moved_to_a_country_named_by_its_name_is_refuted(tmp_path):
    """The side named by a country's name after "on" ("on Canada"), not only by a demonym
    ("on Canadian goods"), is compared with the side of the actor's measure of that rate and
    day (lead, round 30: dt25 found it supported). Its twin on China stays supported."""
    cases = (
        (
            "Washington imposed a 125% tariff on Canada on April 10, 2025.",
            "Canada",
            Label.UNSUPPORTED,
        ),
        ("Washington imposed a 125% tariff on China on April 10, 2025.", "China", Label.SUPPORTED),
    )
    for i, (text, words, label) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        x = verdict_about(dated_verdicts(tmp_path / str(i), text, "2025-11-10"), words)
        assert x.verdict == label, (text, x.rationale)
