"""A US "surplus" with China in a year of deficit (docs/factcheck-log.md, "Checker logic, round
31 (branch clean31)"): the balance was compared as a magnitude, so the sign the claim gives
was never compared with the row. Made-up sentences; the year and the figure come from the
trade table."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.analyses import trade
from analysis.data import datasets
from analysis.vocab import Label


def _deficit_year() -> tuple[int, float]:
    """The latest year of the table with a US deficit with China, and its size (US$ bn)."""
    table = datasets.load(trade.TABLE).dropna(subset=["balance_usd_millions"])
    row = table.loc[table["balance_usd_millions"] < 0].iloc[-1]
    return int(row["year"]), -float(row["balance_usd_millions"]) / 1000


def _about(tmp_path, text: str, year: int):
    return verdict_about(dated_verdicts(tmp_path, text, f"{year + 1}-06-01"), "billion")


def test_a_us_surplus_in_a_year_of_deficit_is_unsupported(tmp_path):
    year, bn = _deficit_year()
    for i, text in enumerate(
        (
            f"The US had a trade surplus of ${bn:.1f} billion with China in {year}.",
            f"The trade surplus with China was ${bn:.1f} billion in {year}.",
        )
    ):
        (tmp_path / str(i)).mkdir()
        x = _about(tmp_path / str(i), text, year)
        assert x.verdict == Label.UNSUPPORTED, (text, x.rationale)
        assert "deficit" in x.rationale, x.rationale


def test_the_deficit_stays_supported_and_china_s_surplus_is_not_refuted(tmp_path):
    year, bn = _deficit_year()
    (tmp_path / "a").mkdir()
    text = f"The US trade deficit with China was ${bn:.1f} billion in {year}."
    x = _about(tmp_path / "a", text, year)
    assert x.verdict == Label.SUPPORTED, x.rationale
    (tmp_path / "b").mkdir()
    text = f"China's trade surplus with the US was ${bn:.1f} billion in {year}."
    x = _about(tmp_path / "b", text, year)
    assert x.verdict != Label.UNSUPPORTED, x.rationale
