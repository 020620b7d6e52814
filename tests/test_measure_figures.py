"""The figures of a tariff claim that singles out no measure otherwise (docs/factcheck-log.md,
"Figures of a measure claim, round 31 (branch fig31)"): a coverage one measure has, or a sum
of the actor's lists the `tariff_rates` table documents (`coverage_sums`), bears the claim
out; a wrong coverage of a measure the claim singles out by its day is refuted; a coverage
neither a measure nor a sum holds is not decided (it was supported by the actor's tariffs
existing), nor is the size of a cut none of the actor's relaxations makes. Made-up sentences;
the figures come from the tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import dated_verdicts, measure_row

from analysis.data import datasets
from analysis.evidence import coverage_sums, rate_named
from analysis.evidence import verdicts as v
from analysis.vocab import Label

_LIST_2 = "usa-2018-08-07-section-301-list-2"
_PUBLISHED = "2019-12-01"  # after the US lists 1 to 4A were announced


def _coverage(measure_id: str) -> float:
    table = datasets.load(rate_named.TABLE)
    return float(table.loc[table["measure_id"] == measure_id, "coverage_usd_bn"].dropna().iloc[0])


def _tariff_verdict(tmp_path: Path, text: str, published: str = _PUBLISHED):
    found = dated_verdicts(tmp_path, text, published)
    hits = [x for x in found if "tariffs" in x.claim.text]
    assert hits, [x.claim.text for x in found]
    return hits[0]


def _totals() -> list[float]:
    day = dt.date.fromisoformat(_PUBLISHED)
    return [t for t, _ in coverage_sums.running_totals("USA", day)]


def test_one_measure_s_coverage_is_supported(tmp_path):
    bn = _coverage(_LIST_2)
    x = _tariff_verdict(
        tmp_path, f"The United States has imposed tariffs on ${bn:g} billion of Chinese goods."
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_wrong_coverage_of_a_dated_measure_is_unsupported(tmp_path):
    bn = _coverage(_LIST_2) * (1 + 3 * v.COVERAGE_NEAR)
    day = measure_row(_LIST_2)["announced"].date()
    text = (
        f"On {day:%d %B %Y}, the United States imposed tariffs on ${bn:g} billion of Chinese goods."
    )
    x = _tariff_verdict(tmp_path, text)
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_a_coverage_the_data_does_not_hold_is_not_decided(tmp_path):
    # a list's figure in millions: no measure and no sum of the lists has it
    bn = _coverage(_LIST_2)
    x = _tariff_verdict(
        tmp_path, f"The United States has imposed tariffs on ${bn:g} million of Chinese goods."
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_figure_beyond_every_sum_is_not_decided(tmp_path):
    bn = max(_totals()) * (1 + 3 * v.COVERAGE_CLOSE)
    x = _tariff_verdict(
        tmp_path, f"The United States has imposed tariffs on ${bn:g} billion of Chinese goods."
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_true_total_of_several_lists_is_supported(tmp_path):
    total = max(_totals())
    x = _tariff_verdict(
        tmp_path, f"The United States has imposed tariffs on ${total:g} billion of Chinese goods."
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert any("sum of the actor's tariff lists" in n for n in x.notes), x.notes
    shown = {m for e in x.evidence for m in e.values}
    assert shown == set(coverage_sums.summed("USA", dt.date.fromisoformat(_PUBLISHED), total)[1])


def test_a_list_is_counted_once_in_the_totals():
    # List 3's rise to 25% amends List 3: the totals never add its $200 bn twice
    covered = sum(
        _coverage(m)
        for m in (
            "usa-2018-06-15-section-301-list-1",
            _LIST_2,
            "usa-2018-09-17-section-301-list-3",
        )
    )
    day = measure_row("usa-2019-05-08-section-301-list-3-increase-25")["announced"].date()
    assert max(t for t, _ in coverage_sums.running_totals("USA", day)) == covered


def _unset_rate() -> int:
    """A whole percentage no rate of China's rows sets or replaces (within RATE_POINTS)."""
    table = datasets.load(rate_named.TABLE)
    china = table.loc[table["measure_id"].str.startswith("chn-")]
    held = [*china["rate_pct"].dropna(), *china["previous_rate_pct"].dropna()]
    return next(n for n in range(1, 100) if all(abs(n - r) > v.RATE_POINTS for r in held))


def test_the_size_of_a_cut_no_relaxation_makes_is_not_decided(tmp_path):
    text = f"China will reduce its tariffs on US goods by {_unset_rate()} percent."
    x = _tariff_verdict(tmp_path, text, "2025-05-14")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_dollar_figure_tied_to_no_trade_covered_is_no_coverage():
    from analysis.article import claim_words

    tied = claim_words.patterns()["coverage_stated"]
    assert tied.search("imposed tariffs on about $90 billion of goods")
    assert tied.search("duties on $12 billion worth of steel")
    assert tied.search("tariffs covering $40 billion in imports")
    assert not tied.search("The surplus grew to $90 billion, tariffs mount")
