"""A hold over a market is no measure (data/lexicon/claims.yaml `market_control`, read by
analysis/article/frames.py): "controls" right before a share ("controls the lion's share
of", "controls 70% of") says how much of a market a country holds, so a clause whose
figure is of something else ("and the US consumes 20% of it") is not matched to an export
control; "export controls" and "the controls" stay measures. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with as _checked

from analysis.article import quantities
from analysis.vocab import Label

HELD = (
    "China controls {share} of global refined gallium supply, and the United States alone "
    "consumes about 20% of it."
)


@pytest.mark.parametrize("share", ["the lion's share", "the lion’s share"])
def test_a_hold_over_supply_is_not_an_export_control(tmp_path, share):
    x = _checked(tmp_path, HELD.format(share=share), "2025-05-14", "consumes")
    assert x.verdict == Label.NOT_CHECKABLE, (x.rationale, x.claim.frame)
    assert x.claim.frame is None or x.claim.frame.kind != "measure", x.claim.frame


def test_export_controls_on_the_same_goods_stay_a_measure(tmp_path):
    x = _checked(
        tmp_path,
        "China banned exports of gallium to the United States on December 3, 2024, and "
        "controls the lion's share of its supply.",
        "2025-05-14",
        "banned",
    )
    assert x.claim.frame is not None and x.claim.frame.kind == "measure", x.claim.frame
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    ("text", "of"),
    [
        # a split of one country's output (round 30, fcq30): not a share of the world's
        ("About 30% of the graphite mined in Ruritania is flake.", "composition"),
        ("Some 40% of cobalt refined in Finland goes to batteries.", "composition"),
        # the decidable twins: the world's output, whoever produced it
        ("Ruritania mined about 30% of the world's graphite.", quantities.WORLD),
        ("China refines 90% of the rare earths mined in the world.", quantities.WORLD),
    ],
)
def test_a_share_of_goods_made_in_one_country_is_its_output_mix(text, of):
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "%"]
    assert q.of == of, q


def test_a_product_mix_of_chinas_output_is_not_checked_as_chinas_world_share(tmp_path):
    x = _checked(
        tmp_path,
        "Roughly 20% of the graphite produced in China was amorphous.",
        "2024-06-01",
        "20%",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
