"""A ban claimed on a class of goods the lexicon marks `umbrella` ("critical minerals") is
a ban on any commodity the commodities table files under that class (gallium, germanium,
antimony, ...): `goods.filed_under`, `measure_checks._covers`. Blind batches of round 25/26:
the Institute of Geoeconomics ("ban exports ... of the critical minerals gallium, germanium
and antimony": partly supported, "not of critical minerals") and Share Talk ("a ban on
exporting several critical minerals ... to the United States": misleading). Made-up
sentences; the first two fail without the change."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.data import goods
from analysis.vocab import Label


def _verdict(tmp_path, text: str, words: str, published: str = "2024-12-10"):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_a_ban_on_critical_minerals_is_borne_out_by_a_ban_on_one_of_them(tmp_path):
    x = _verdict(
        tmp_path,
        "On 3 December 2024 China banned exports of critical minerals to the United States.",
        "China banned exports of critical minerals",
    )
    assert x.verdict == Label.SUPPORTED


def test_the_class_named_beside_its_members_is_not_refuted_on_its_own(tmp_path):
    x = _verdict(
        tmp_path,
        "On 3 December 2024 China banned exports to the United States of the critical "
        "minerals gallium, germanium and antimony.",
        "China banned exports",
    )
    assert x.verdict == Label.SUPPORTED


def test_twin_a_ban_on_a_mineral_no_measure_covers_is_still_refuted(tmp_path):
    # a named mineral outside every ban stays decided against the catalog
    x = _verdict(
        tmp_path,
        "On 3 December 2024 China banned exports of lithium to the United States.",
        "China banned exports of lithium",
    )
    assert x.verdict in (Label.UNSUPPORTED, Label.MISLEADING)


def test_only_umbrella_classes_have_goods_filed_under_them():
    assert {"gallium", "germanium", "antimony", "graphite"} <= goods.filed_under(
        "critical_minerals"
    )
    assert goods.filed_under("rare_earths") == frozenset()  # members() reads that group
    assert goods.filed_under("gallium") == frozenset()
