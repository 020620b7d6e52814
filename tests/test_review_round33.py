"""Round 33's review (rev33, /work/prompts/rev33-findings.md), its confirmed findings.

1. China's two tariff measures whose sourced product text names medical equipment (2018's
   $16 bn list, 2019's rates on the $60 bn list) and their tariff rows hold `medical_goods`,
   so a claim of Chinese tariffs on US medical equipment is checked against them.
2. "pickups", "needles" and "fruits" alone are no goods (common words): "pickup trucks" and
   "hypodermic needles" are.
3. `cache.remember` keeps no value whose computation read no file.
"""

from __future__ import annotations

from typing import Any

from conftest import checked_about, dated_verdicts
from test_entity_recall_round32 import found

from analysis.analyses import measures
from analysis.data import datasets
from analysis.evidence import catalog_scope
from analysis.vocab import Label


def test_china_s_2018_tariff_on_us_medical_equipment_is_checked_against_its_list(tmp_path):
    x = checked_about(
        tmp_path,
        "Beijing put 25% tariffs on American medical equipment in August 2018, officials said.",
        "2018-09-03",
        "medical equipment",
    )
    assert x.claim.frame.goods == ("medical_goods",)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "chn-2018-08-08-retaliatory-tariffs-16bn" in str(x.evidence), x.evidence


def test_a_tariff_on_medical_equipment_is_read_on_china_s_2019_category(tmp_path):
    x = checked_about(
        tmp_path,
        "From June 2019 China kept a 5% tariff on US medical equipment, customs said.",
        "2019-06-12",
        "medical equipment",
    )
    assert x.claim.frame.goods == ("medical_goods",)
    assert x.verdict == Label.SUPPORTED, x.rationale


# 2. Bare common words are no goods: "pickups" in sales, "the fruits of the talks", pine
#    "needles"; their multi-word forms still are.


def test_bare_common_words_are_no_goods_and_their_longer_forms_are():
    ents = found(
        "Traders saw pickups in orders after the truce, and the fruits of the talks showed; "
        "pine needles lay on the path."
    )
    assert not {"pickups", "fruits", "needles"} & set(ents), ents
    ents = found("Duties rose on pickup trucks, vegetables and hypodermic needles from China.")
    assert ents["pickup trucks"].canonical == "motor vehicles"
    assert ents["vegetables"].canonical == "farm goods"
    assert ents["hypodermic needles"].canonical == "medical goods"


def test_a_figure_of_speech_gives_a_claim_no_goods(tmp_path):
    x = checked_about(
        tmp_path,
        "Among the fruits of the Geneva deal, China cut its extra tariff on US goods to 10% "
        "on 14 May 2025.",
        "2025-05-20",
        "10%",
    )
    assert "agriculture" not in x.claim.frame.goods


# 3. The cache keeps no value whose computation read no file (a table function patched in
#    a test): nothing could tell it stale, so later callers would get it for good.


def test_a_value_computed_from_a_patched_table_is_not_kept(monkeypatch):
    datasets.clear_cache()
    empty = measures.measures().iloc[:0]
    monkeypatch.setattr(measures, "measures", lambda: empty)
    assert catalog_scope._tariffs_of("USA") == ()
    monkeypatch.undo()
    assert catalog_scope._tariffs_of("USA"), "the patched answer was kept"
    assert catalog_scope._tariffs_of("USA") is catalog_scope._tariffs_of("USA")  # kept now


# 6. One reading of what keeps a trade claim off the trade table, for the figure and the
#    direction checks alike (`trade_reading.outside_table`).


def test_trade_figures_and_directions_share_one_reading_of_the_table_s_reach(tmp_path, monkeypatch):
    from analysis.evidence import trade_reading

    asked: list[str] = []
    real = trade_reading.outside_table

    def outside_table(ctx: Any, claim: Any, frame: Any) -> tuple[str, str]:
        asked.append(claim.text)
        return real(ctx, claim, frame)

    monkeypatch.setattr(trade_reading, "outside_table", outside_table)
    dated_verdicts(tmp_path, "US exports to China fell 12% in 2019.", "2020-03-01")
    dated_verdicts(tmp_path, "US exports to China fell in 2019, customs data show.", "2020-03-02")
    # the figure check's claim and the direction check's
    assert asked == ["US exports to China fell 12% in 2019", "US exports to China fell in 2019"]
