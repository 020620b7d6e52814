"""Product names, rules named by their names and the direction of a tariff (docs/factcheck-log.md,
"Product names, rules by name and the direction of a tariff", round 29, branch fcd22).
Made-up sentences; every day comes from the catalog.

A. A product or technology a measure's title names ("the H20", "DUV") is what the measure
   is on, like goods: a day far from that measure misdates it (unsupported), it does not
   make the claim one naming no goods (`measure_dates.unnamed_day`: not checkable).
B. A claim naming a rule by its name ("the 50% affiliates rule") is matched with the
   measures that name gives, or abstains; never the actor's latest measure of the kind.
C. A claim of a tariff imposed or raised is never borne out by a cut or an exclusion, nor
   the reverse; "to 84% from 34% on <day>": "from" a rate does not make the day an
   effective one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace
from pathlib import Path

from conftest import dated_verdicts, measure_row, verdict_about

from analysis.analyses import measures
from analysis.article import claim_patterns, claim_words
from analysis.article.frames import MEASURE, Frame
from analysis.article.quantities import TARIFF, Quantity
from analysis.data import cache
from analysis.evidence import (
    measure_candidates,
    measure_direction,
    measure_naming,
    rule_names,
)
from analysis.evidence.model import Verdict
from analysis.vocab import Label

_H20 = "usa-2025-04-09-h20-licence-requirement"
_DUV = "nld-2023-06-30-advanced-sme-licensing"
_RESCISSION = "usa-2025-05-13-ai-diffusion-rescission"
_AFFILIATES = "usa-2025-09-29-affiliates-rule"
_AFFILIATES_PAUSE = "usa-2025-11-10-affiliates-rule-suspension"
_EXCLUSIONS = "chn-2020-02-21-first-exclusion-60bn-list"
_RAISE_84 = "chn-2025-04-09-tariff-raised-to-84pct"


def _day(measure_id: str) -> dt.date:
    return measure_row(measure_id)["announced"].date()


def _one(tmp_path: Path, text: str, published: dt.date, words: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, f"{published:%Y-%m-%d}"), words)


# --- A. products and technologies ------------------------------------------------------


def test_the_product_names_of_the_lexicon_are_read_as_written():
    assert measure_naming.products_named("Washington barred sales of the H20 and of HBM2E") == (
        "H20",
        "HBM2E",
    )
    assert measure_naming.products_named("curbs on EUV and DUV scanners") == ("EUV", "DUV")
    # an instrument's name is no product
    assert measure_naming.products_named("its Temporary General License lapsed") == ()


def test_a_product_named_on_a_day_far_from_its_measure_is_misdated(tmp_path):
    day = _day(_H20) + dt.timedelta(days=8)
    text = f"The US government restricted exports of the H20 to China on {day:%d %B %Y}."
    x = _one(tmp_path, text, _day(_H20) + dt.timedelta(days=60), "H20")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "H20" in x.rationale, x.rationale


def test_the_product_named_on_its_measure_s_day_is_supported(tmp_path):
    day = _day(_H20)
    text = f"The US government restricted exports of the H20 to China on {day:%d %B %Y}."
    x = _one(tmp_path, text, day + dt.timedelta(days=60), "H20")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_tool_class_named_a_year_off_is_misdated(tmp_path):
    day = _day(_DUV)
    text = f"The Dutch government curbed exports of DUV scanners in {day:%B} {day.year - 1}."
    x = _one(tmp_path, text, day + dt.timedelta(days=60), "DUV")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "DUV" in x.rationale, x.rationale


# --- B. rules named by their names -----------------------------------------------------


def test_names_of_rules_and_generic_rules():
    assert rule_names.named("Commerce paused the 50% affiliates rule") == [
        ("the 50% affiliates rule", ("50%", "affiliates"))
    ]
    assert rule_names.named("Commerce will drop the AI diffusion rule")[0][1] == (
        "AI",
        "diffusion",
    )
    for generic in (
        "The new rules took effect",
        "the US export control rules apply",
        "firms were added to the Entity List",
        "the US imposed the rule",
    ):
        assert rule_names.named(generic) == [], generic


def test_a_rule_the_catalog_does_not_yet_hold_is_not_checkable(tmp_path):
    # the day of another relaxation (the AI Diffusion Rule's rescission), in an article
    # written before the affiliates rule existed: no measure of that name
    day = _day(_RESCISSION)
    text = f"Washington suspended the 50% affiliates rule on {day:%d %B %Y}."
    x = _one(tmp_path, text, day + dt.timedelta(days=20), "affiliates")
    assert _day(_AFFILIATES) > day + dt.timedelta(days=20)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "named so" in x.rationale, x.rationale


def test_a_rule_named_is_matched_with_its_own_measure_not_the_day_s(tmp_path):
    # once the catalog holds the affiliates rule's suspension, the rescission's day is wrong
    day, paused = _day(_RESCISSION), _day(_AFFILIATES_PAUSE)
    text = f"Washington suspended the 50% affiliates rule on {day:%d %B %Y}."
    x = _one(tmp_path, text, paused + dt.timedelta(days=20), "affiliates")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "Affiliates" in x.rationale, x.rationale
    twin = f"Washington suspended the 50% affiliates rule on {paused:%d %B %Y}."
    y = _one(tmp_path, twin, paused + dt.timedelta(days=20), "affiliates")
    assert y.verdict == Label.SUPPORTED, y.rationale


def test_an_undated_rule_named_is_the_measure_that_name_gives(tmp_path):
    # an article after later relaxations of other measures (the affiliates rule's pause)
    text = "Washington rescinded the AI diffusion rule."
    x = _one(tmp_path, text, _day(_AFFILIATES_PAUSE) + dt.timedelta(days=20), "diffusion")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "AI Diffusion" in x.rationale, x.rationale


def test_a_changed_title_is_seen_by_the_names(data_copy, monkeypatch):
    # review of round 29: the texts of the names were kept by `functools.cache`, which a
    # reload of the tables does not clear; a made-up word written into a title is found
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert rule_names.naming(measures.measures(), ("Zorblaxian",)).empty
    table = data_copy / "sources" / f"{measures.TABLE}.csv"
    title = str(measure_row(_AFFILIATES)["title"])
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace(title, f"Zorblaxian {title}", 1), encoding="utf-8")
    os.utime(table, ns=(0, 0))
    found = rule_names.naming(measures.measures(), ("Zorblaxian",))
    # the measure itself, and the pause that suspends it (whose texts hold its title)
    assert set(found["measure_id"]) == {_AFFILIATES, _AFFILIATES_PAUSE}


# --- C. the direction of a tariff ------------------------------------------------------


def test_directions_of_tariff_claims():
    up, down = measure_direction.UP, measure_direction.DOWN
    assert measure_direction.direction("Beijing slapped an extra 15 percent tariff on pork") == up
    assert measure_direction.direction("Washington hiked duties on steel") == up
    assert measure_direction.direction("Beijing exempted US pork from its tariffs") == down
    assert measure_direction.direction("US tariffs on Chinese goods are 30%") == ""


def test_an_imposed_tariff_is_not_borne_out_by_an_exclusion(tmp_path):
    # an article soon after China's exclusion lists, its latest tariff measures
    text = "Beijing slapped an extra 15 percent tariff on American soybeans."
    x = _one(tmp_path, text, _day(_EXCLUSIONS) + dt.timedelta(days=30), "soybeans")
    assert "exclusion" not in x.rationale.lower(), x.rationale
    assert "(tariff reduction)" not in x.rationale, x.rationale
    # review of round 29: the claim is checked, against an imposition (it would pass with
    # no row left): the latest tariff measure on the goods, whose rates are not the claim's
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    (measure_id,) = x.evidence[0].values
    assert measure_row(measure_id)["measure_type"] == "tariff", measure_id
    assert not _eases_tariffs_row(measure_id), measure_id


def test_a_cut_is_borne_out_by_a_reduction(tmp_path):
    text = "Beijing exempted some American goods from its retaliatory tariffs."
    x = _one(tmp_path, text, _day(_EXCLUSIONS) + dt.timedelta(days=30), "exempted")
    assert "exclusion" in x.rationale.lower(), x.rationale


def test_a_raise_to_a_rate_from_another_on_its_day_is_supported(tmp_path):
    day = _day(_RAISE_84)
    old, new = re.findall(r"(\d+)%", str(measure_row(_RAISE_84)["title"]))
    text = f"Beijing raised its tariff on American goods to {new}% from {old}% on {day:%d %B %Y}."
    x = _one(tmp_path, text, day + dt.timedelta(days=30), f"{new}%")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_tariff_lifted_is_not_borne_out_by_a_listing_s_suspension(tmp_path):
    # the latest US relaxation of the article's days is the affiliates rule's suspension
    text = "Washington lifted the tariffs on Chinese goods."
    x = _one(tmp_path, text, _day(_AFFILIATES_PAUSE) + dt.timedelta(days=3), "lifted")
    assert "Affiliates" not in x.rationale, x.rationale
    (measure_id,) = x.evidence[0].values
    row = measure_row(measure_id)
    suspended = [measure_row(i)["measure_type"] for i in str(row["suspends"]).split(";") if i]
    assert row["measure_type"] == "tariff_reduction" or "tariff" in suspended, measure_id


def _eases_tariffs_row(measure_id: str) -> bool:
    row = measure_row(measure_id)
    ids = row["suspends"].split(";") if isinstance(row["suspends"], str) else []
    suspended = [measure_row(i.strip())["measure_type"] for i in ids if i.strip()]
    return row["measure_type"] == "tariff_reduction" or "tariff" in suspended


def test_one_filter_keeps_the_relaxations_of_tariffs_of_a_rate_or_of_tariffs_named():
    # review of round 29: one filter (`_tariff_relaxations`), one call site, for a relaxation
    # claim with a tariff rate and one naming tariffs and no listing or control relaxed
    kept = measure_candidates._tariff_relaxations(measures.measures())
    assert not kept.empty and all(_eases_tariffs_row(i) for i in kept["measure_id"])
    assert "chn-2025-11-09-suspend-us-dual-use-ban-clause" not in set(kept["measure_id"])
    rate = Quantity("10%", 10.0, "%", TARIFF, "", 10.0, 10.0)
    relax = Frame(kind=MEASURE, action="relaxation", quantity=rate)
    assert measure_candidates._of_tariffs_only(relax, "Ruritania cut it to 10%")  # the rate alone
    bare = replace(relax, quantity=None)
    assert measure_candidates._of_tariffs_only(bare, "Ruritania lifted its tariffs on tin")
    assert not measure_candidates._of_tariffs_only(bare, "Ruritania lifted its curbs on tin")
    assert not measure_candidates._of_tariffs_only(
        replace(relax, action="tariff"), "raised it to 10%"
    )


def test_a_tariff_imposed_on_a_cut_s_day_is_refuted(tmp_path):
    # dated: the day's measure stays the candidate, and its direction refutes the claim
    cut = "usa-2025-05-12-geneva-tariff-reduction"
    day = measure_row(cut)["effective"].date()
    text = f"Washington imposed tariffs on Chinese goods on {day:%d %B %Y}."
    x = _one(tmp_path, text, day + dt.timedelta(days=20), "imposed")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "lowered" in x.rationale, x.rationale


def test_a_raise_dated_by_a_month_is_that_month_s_raise_not_its_exclusions(tmp_path):
    # the month of China's first exclusion lists is also the month its tariffs of August
    # took effect: of the measures fitting the month, the one going the claim's way
    cut = measure_row("chn-2019-09-11-first-tariff-exclusion-lists")
    day = cut["announced"].date()
    text = f"Beijing raised its tariffs on American goods in {day:%B %Y}."
    x = _one(tmp_path, text, day + dt.timedelta(days=60), "raised")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "exclusion" not in x.rationale.lower(), x.rationale


def test_a_measure_s_kind_before_rules_names_no_rule(tmp_path):
    """ "the latest restriction rules", "the licensing rules": the kind of a measure, which the
    frame's action reads, is no name of one; the claim is checked on its goods and days."""
    for generic in ("under the latest restriction rules", "the new licensing rules apply"):
        assert rule_names.named(generic) == [], generic
    text = (
        "Under the latest restriction rules, the Chinese government requires exporters of "
        "graphite to apply for licences."
    )
    verdict = _one(tmp_path, text, _day("chn-2023-10-20-graphite-licensing"), "graphite")
    assert verdict.verdict == Label.SUPPORTED, verdict.rationale


def test_a_list_s_name_is_read_from_the_lexicon():
    # review of round 29: the head of a list's name is `rule_name_lists`, not "list" typed
    assert rule_names.names_list("the Unverified List")
    assert rule_names.names_list("the entity list ")
    assert not rule_names.names_list("the AI diffusion rule")
    assert [s for s, _ in rule_names.named("Ruritania left the Zorblax List.")] == [
        "the Zorblax List"
    ]


def test_a_passive_of_imposing_reaches_passive_gap_words_after_the_noun():
    # review of round 29: the gap is `PASSIVE_GAP`, the auxiliaries `passive_auxiliaries`
    p = claim_words.patterns()["tariff_impositions"]
    words = " ".join(["tin"] * (claim_patterns.PASSIVE_GAP - 1))
    assert p.search(f"tariffs on {words} were imposed")
    assert p.search(f"tariffs on {words} being imposed")
    assert not p.search(f"tariffs on {words} tin were imposed")  # one word too many
