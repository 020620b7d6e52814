"""Trade figures read and checked as a whole (analysis/article/quantities.py,
analysis/evidence/trade_checks.py): the size of a change beside its rate and the level
it reached, what a figure is of when its sentence says so before it, and the year of a
change over a span. One-sentence articles of a stated date; the figures come from the
trade table, so the sentences hold whatever its vintage."""

from __future__ import annotations

import pytest
from conftest import dated_article
from conftest import first_verdict_with as _checked

from analysis.analyses import trade
from analysis.article import quantities
from analysis.evidence import factcheck
from analysis.vocab import Label


def _table():
    return trade.goods_trade().set_index("year")


def _bn(millions: float) -> str:
    return f"${abs(millions) / 1000:.1f} billion"


def _change(flow: str, year: int) -> tuple[float, float, float]:
    """The year before's figure, the year's, and the change in percent."""
    t = _table()
    before, now = abs(float(t.at[year - 1, flow])), abs(float(t.at[year, flow]))
    return before, now, (now - before) / before * 100


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Sales slid by $4.2 billion (7.5 percent) to $51.8 billion.", "growth"),
        ("Shipments fell sharply, by $9 billion or 12 percent, last year.", "growth"),
        ("The surplus narrowed by 3.1 percent to $80 billion.", "growth"),
        ("Brazil mines 60% of the world's niobium.", quantities.WORLD),
    ],
)
def test_a_percentage_restating_a_change_is_a_rate_of_change(text, of):
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "%"]
    assert q.of == of


def test_an_amount_after_by_and_a_growth_word_is_the_size_of_the_change():
    found = sorted(quantities.figures("Sales slid by $4.2 billion to $51.8 billion.", []))
    assert [q.of for _, q in found] == [quantities.CHANGE, "value"]
    (_, backed), *_ = quantities.figures("The plant was backed by $4 billion of loans.", [])
    assert backed.of == "value"


def test_the_change_its_rate_and_the_level_are_each_checked(tmp_path):
    before, now, pct = _change("imports", 2019)
    text = (
        f"US imports from China slid by {_bn(before - now)} ({abs(pct):.1f} percent) to "
        f"{_bn(now)} in 2019."
    )
    x = _checked(tmp_path, text, "2020-03-01", "slid")
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = text.replace(_bn(before - now), _bn((before - now) * 2))
    y = _checked(tmp_path, wrong, "2020-03-01", "slid")
    assert y.verdict == Label.PARTLY, y.rationale  # the rate and the level hold, not the size


def test_a_change_stated_before_a_wrong_level_does_not_hide_it(tmp_path):
    before, now, _ = _change("exports", 2019)
    text = f"US exports to China shrank by {_bn(before - now)} to {_bn(now * 1.3)} in 2019."
    x = _checked(tmp_path, text, "2020-03-01", "shrank")
    assert x.verdict == Label.PARTLY and "apart" in x.rationale, x.rationale


def test_a_change_over_two_named_years_is_the_later_years_and_its_flow_is_said_before(
    tmp_path,
):
    before, now, pct = _change("imports", 2023)
    text = (
        f"Purchases of Chinese goods slowed as US imports from China dropped steeply, by "
        f"{_bn(before - now)} or {abs(pct):.0f} percent between 2022 and 2023, while exports "
        "held up."
    )
    x = _checked(tmp_path, text, "2024-03-01", f"{abs(pct):.0f} percent")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "2023" in x.rationale and "imports" in x.rationale


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # goods and services, said before the figure or in the clause before
        (
            "The US deficit in goods and services with China fell to $300 billion in 2019.",
            "2020-06-01",
        ),
        (
            "The goods and services deficit with China was $300 billion in 2019, as exports "
            "came to $150 billion.",
            "2020-06-01",
        ),
        # a product the flow is of, even one no lexicon names
        (
            "US exports of sorghum to China rose by 40 percent to $1.1 billion in 2019.",
            "2020-06-01",
        ),
        (
            "US imports of toys, games, and sporting goods from China fell 20 percent to "
            "$30 billion in 2019.",
            "2020-06-01",
        ),
        # a sector named before the figure
        (
            "The drop came mostly from the chemicals and machinery sectors, where combined US "
            "exports to China fell by $3 billion to $20 billion in 2019.",
            "2020-06-01",
        ),
    ],
)
def test_a_figure_of_more_or_less_than_goods_trade_is_not_checkable(tmp_path, text, published):
    for x in factcheck.check(dated_article(tmp_path, text, published)):
        if "$" in x.claim.text:
            assert x.verdict == Label.NOT_CHECKABLE, (x.claim.text, x.rationale)


def test_a_flow_of_goods_named_by_nationality_is_all_goods(tmp_path):
    now = abs(float(_table().at[2019, "exports"]))
    x = _checked(
        tmp_path,
        f"US exports of American goods to China came to {_bn(now)} in 2019.",
        "2020-06-01",
        "$",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


@pytest.mark.parametrize(
    "source",
    [
        "Beijing's sales held up in 2021, according to China's customs.",
        "The General Administration of Customs released its yearly figures on Friday.",
    ],
)
def test_a_figure_from_chinas_own_customs_is_not_held_to_the_census_table(tmp_path, source):
    now = abs(float(_table().at[2021, "imports"]))
    text = f"In 2021, goods exported from China to the US came to {_bn(now)}."
    census = _checked(tmp_path, text, "2022-06-01", "$")
    assert census.verdict == Label.SUPPORTED, census.rationale  # read as the US import figure
    other_side = _checked(tmp_path, f"{source} {text}", "2022-06-01", "$")
    assert other_side.verdict == Label.NOT_CHECKABLE and "China's" in other_side.rationale


def _mined(country: str, year: int, edition: str = "MCS 2024") -> float:
    from analysis.data import datasets

    t = datasets.load("rare_earths_mine_production")
    row = t.loc[(t["country"] == country) & (t["year"] == year) & (t["source_edition"] == edition)]
    return float(row["value"].iloc[0])


def _t(tonnes: float) -> str:
    return f"{tonnes:,.0f} tonnes"


def test_a_tonnage_worldwide_is_the_world_total(tmp_path):
    world = _mined("World total", 2023)
    text = "Rare earth output was up again in 2023, reaching {} worldwide."
    x = _checked(tmp_path, text.format(_t(world)), "2024-06-01", "worldwide")
    assert x.verdict == Label.SUPPORTED and "the world" in x.rationale, x.rationale
    y = _checked(tmp_path, text.format(_t(world * 1.5)), "2024-06-01", "worldwide")
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_each_tonnage_is_checked_for_its_own_year(tmp_path):
    now, before = _mined("China", 2023), _mined("China", 2022)
    text = "In 2023, China mined {} of rare earths, up from {} the previous year."
    x = _checked(tmp_path, text.format(_t(now), _t(before)), "2024-06-01", "mined")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # the figure "the previous year" is for 2022, whether or not its clause is a claim apart
    y = _checked(tmp_path, text.format(_t(now), _t(before / 2)), "2024-06-01", "previous")
    assert y.verdict in (Label.PARTLY, Label.UNSUPPORTED) and "2022" in y.rationale, y.rationale


@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        # the USGS edition public on the day decides (MCS 2023: China first; MCS 2024: Belgium)
        (
            "Belgium is the largest source of U.S. imports of germanium.",
            "2023-06-01",
            "unsupported",
        ),
        ("Belgium is the largest source of U.S. imports of germanium.", "2024-06-01", "supported"),
        # the country the clause is about, not one named in an aside
        (
            "China – well ahead of Canada – is the second-largest source of US imports of "
            "germanium.",
            "2024-06-01",
            "supported",
        ),
        (
            "Germany is the biggest supplier of gallium to the United States.",
            "2024-06-01",
            "unsupported",
        ),
    ],
)
def test_a_rank_among_import_sources_is_checked_against_the_usgs_sources(
    tmp_path, text, published, verdict
):
    x = _checked(tmp_path, text, published, "Germany" if "Germany" in text else "source")
    assert x.verdict == Label(verdict) and x.rule == "rank of import sources", x.rationale


def _rule(rule_id: str) -> dict:
    from analysis.data import datasets

    t = datasets.load("entity_list_rules")
    return t.loc[t["rule_id"] == rule_id].iloc[0].to_dict()


def test_an_entity_list_count_is_public_from_the_announcement_the_catalog_records(tmp_path):
    # printed on 19 December 2022, in force on the 16th, announced (catalog) on the 15th
    added = int(_rule("el-2022-12-19")["entries_added_total"])
    text = "The Commerce Department added {} entities to the Entity List."
    x = _checked(tmp_path, text.format(added), "2022-12-15", "Entity List")
    assert x.verdict == Label.SUPPORTED, x.rationale
    y = _checked(tmp_path, text.format(added + 20), "2022-12-15", "Entity List")
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_an_entity_list_count_near_the_rules_of_one_announcement_is_partly_supported(tmp_path):
    both = int(_rule("el-2025-03-28-a")["entries_added_total"]) + int(
        _rule("el-2025-03-28-b")["entries_added_total"]
    )
    text = "The Commerce Department added {} entities to the Entity List."
    x = _checked(tmp_path, text.format(both), "2025-03-29", "Entity List")
    assert x.verdict == Label.SUPPORTED, x.rationale
    y = _checked(tmp_path, text.format(both - 2), "2025-03-29", "Entity List")
    assert y.verdict == Label.PARTLY, y.rationale


def test_a_part_of_an_entity_list_addition_is_not_checkable(tmp_path):
    x = _checked(
        tmp_path,
        "Commerce added firms to the Entity List this week, and the additions include 21 "
        "entities that make AI chips.",
        "2022-12-20",
        "21",
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_share_to_a_tenth_of_a_point_needs_its_own_years_figure(tmp_path):
    # the bundled refining share of germanium stops years before 2023
    text = "China accounted for {} of refined germanium production last year."
    x = _checked(tmp_path, text.format("59.2%"), "2024-12-03", "germanium")
    assert x.verdict == Label.NOT_CHECKABLE and any("precise" in n for n in x.notes), x.notes
    # a rounded figure is judged against an earlier year's share, unless that share is more
    # than factcheck.STALE_YEARS older than the claim's year (docs/factcheck.md, "When the
    # checker abstains"): the germanium share, of 2021, decides a claim about 2022, not 2023
    rounded = _checked(tmp_path, text.format("60%"), "2023-06-01", "germanium")
    assert rounded.verdict != Label.NOT_CHECKABLE, rounded.rationale
    stale = _checked(tmp_path, text.format("60%"), "2024-12-03", "germanium")
    assert stale.verdict == Label.NOT_CHECKABLE and "too old" in stale.rationale, stale.rationale


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Despite hosting the world's second largest reserves of rare earths, Brazil "
            "mines little.",
            "supported",
        ),
        (
            "Despite hosting the world's second largest reserves of rare earths, India "
            "mines little.",
            "unsupported",
        ),
        # a holder named only in an earlier sentence is a guess
        (
            "Brazil has plans. Despite hosting the world's second largest reserves of rare "
            "earths, the country mines little.",
            "not checkable",
        ),
    ],
)
def test_a_reserve_rank_takes_its_holder_from_the_rest_of_its_sentence(tmp_path, text, verdict):
    x = _checked(tmp_path, text, "2025-07-01", "reserves")
    assert x.verdict == Label(verdict), x.rationale


@pytest.mark.parametrize(
    ("before", "checked"),
    [
        ("US imports of goods from China shrank in 2023. In 2022, they had peaked.", True),
        # a paragraph trading with nobody named: no guess
        ("Imports shrank in 2023. In 2022, they had peaked.", False),
    ],
)
def test_a_trade_figure_naming_no_partner_is_about_the_one_its_paragraph_trades_with(
    tmp_path, before, checked
):
    now = abs(float(_table().at[2019, "imports"]))
    text = f"{before} Before the pandemic, in 2019, the US imported {_bn(now)}."
    x = _checked(tmp_path, text, "2024-03-01", "2019, the US imported")
    assert (x.verdict == Label.SUPPORTED) == checked, x.rationale
