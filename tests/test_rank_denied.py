"""A rank the claim denies ("China is not the largest producer of X", "... is not a major
producer"; not "is not only the largest"): the verdict on the rank turned round
(`rank_negation` in data/lexicon/claims.yaml, `figure_checks.check_rank`; docs/factcheck-log.md,
"Differential test of round 31's merges (round 31, branch dt26)"): the denial was read as
the rank itself, supported for the first producer. Made-up sentences; the producers come
from the production table's newest edition."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

_TABLE = Path(__file__).resolve().parents[1] / "data/sources/critical_minerals_mine_production.csv"


def _first_two(commodity: str) -> tuple[str, str]:
    """The first and second producers of `commodity` in the newest edition's newest year."""
    t = pd.read_csv(_TABLE)
    t = t.loc[(t["commodity"] == commodity) & (t["measure"] == "mine production")]
    t = t.loc[t["source_edition"] == max(t["source_edition"], key=lambda e: int(e.split()[-1]))]
    t = t.loc[(t["year"] == t["year"].max()) & ~t["country"].str.contains("World|Other")]
    top = t.sort_values("value", ascending=False)["country"].tolist()
    return top[0], top[1]


def _verdict(tmp_path, text: str):
    return verdict_about(dated_verdicts(tmp_path, text, "2026-11-30"), "producer").verdict


def test_a_denied_rank_is_turned_round(tmp_path):
    first, second = _first_two("antimony")
    assert _verdict(tmp_path, f"{first} is the largest producer of antimony.") == Label.SUPPORTED
    denied = f"{first} is not the largest producer of antimony."
    assert _verdict(tmp_path, denied) == Label.UNSUPPORTED
    assert _verdict(tmp_path, f"{first} is not a major producer of antimony.") == (
        Label.UNSUPPORTED
    )
    assert _verdict(tmp_path, f"{second} is not the largest producer of antimony.") == (
        Label.SUPPORTED
    )


def test_not_only_is_no_denial(tmp_path):
    first, _ = _first_two("antimony")
    text = f"{first} is not only the largest producer of antimony but a big refiner too."
    assert _verdict(tmp_path, text) == Label.SUPPORTED
