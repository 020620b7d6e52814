"""A tariff on goods that carry a tariff on every partner outside the catalog (round 43,
tariff43: `world_tariff` in data/lexicon/goods.yaml, `catalog_scope.world_tariff`): "the U.S.
doubled tariffs on imported steel and aluminum to 50%" names no side and means the Section
232 duties, not the Section 301 rate on Chinese steel; a claim naming China, or other goods,
is checked as before."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.data import goods
from analysis.evidence.model import Verdict
from analysis.vocab import Label


def _tariff(tmp_path: Path, text: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, "2025-06-10"), "tariff")


def test_steel_and_aluminium_carry_a_tariff_on_every_partner():
    assert "steel_aluminium" in goods.world_tariffs()
    assert "electric_vehicles" not in goods.world_tariffs()


def test_a_steel_tariff_naming_no_side_is_not_checkable(tmp_path):
    for i, text in enumerate(
        (
            "On June 4, 2025, the U.S. doubled tariffs on imported steel and aluminum to 50%.",
            "Trump announced tariffs on steel and aluminum in February.",
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _tariff(tmp_path / str(i), text)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "every partner" in x.rationale, x.rationale


def test_a_steel_tariff_on_china_or_other_goods_is_still_checked(tmp_path):
    for i, text in enumerate(
        (
            "The U.S. raised tariffs on Chinese steel and aluminum products to 25% in 2024.",
            "The U.S. raised tariffs on electric vehicles to 100% in 2024.",
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _tariff(tmp_path / str(i), text)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)
        assert "every partner" not in x.rationale, (text, x.rationale)
