"""The knowledge tables (measures, entity-list rules, visits, officials, commodities) and
the lexicons: their schemas, keys and links, the facts a check relies on, the migration
of the tables they replace, and the catalog as the Frictionless reference tool sees it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import read_yaml, write_yaml

from analysis import paths
from analysis.analyses import measures, visits
from analysis.article import gazetteer
from analysis.data import datasets, goods, lexicon
from analysis.errors import DataValidationError, ProblemsError

KNOWLEDGE = (
    "measures",
    "tariff_rates",
    "entity_list_rules",
    "visits",
    "officials",
    "commodities",
)
MIGRATIONS = paths.DATA_DIR / "migrations"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("name", KNOWLEDGE)
def test_each_table_loads_validated_and_every_row_has_a_source(name):
    frame = datasets.load(name)
    assert len(frame) > 0
    assert frame["source_urls"].str.match(r"^https?://").all()


def test_the_measures_catalog_is_wide_enough_and_sourced():
    frame = datasets.load("measures")
    years = frame["announced"].dt.year
    assert len(frame) >= 80 and years.min() <= 2018 and years.max() >= 2025
    assert {"USA", "CHN", "JPN", "NLD", "EU"} <= set(frame["implementing_jurisdiction"])
    primary = (frame["source_type"] == "primary").mean()
    assert 0 < primary < 1  # both kinds occur; the share is reported in docs/data.md


def test_measure_links_point_at_real_measures_and_goods_at_known_goods():
    frame = datasets.load("measures")
    ids = set(frame["measure_id"])
    for column in ("suspends", "amends"):
        linked = {i for text in frame[column].dropna() for i in str(text).split(";")}
        assert linked <= ids, linked - ids
    named = {g for text in frame["goods"].dropna() for g in str(text).split(";")}
    assert named <= goods.ids(), named - goods.ids()


def test_tariff_rates_belong_to_tariff_measures_and_say_what_they_cover():
    rates = datasets.load("tariff_rates")
    catalog = datasets.load("measures").set_index("measure_id")
    kinds = set(catalog.loc[rates["measure_id"], "measure_type"])
    assert kinds <= {"tariff", "tariff_reduction"}, kinds
    named = {g for text in rates["goods"].dropna() for g in str(text).split(";")}
    assert named <= goods.ids(), named - goods.ids()
    # a row gives a rate, a coverage or both; the notes quote the wording relied on
    assert (rates["rate_pct"].notna() | rates["coverage_usd_bn"].notna()).all()
    assert rates["notes"].str.contains("'").all()
    # a rate's own start day is one the measure does not already give
    later = rates.dropna(subset=["effective"])
    assert (later["effective"].values != catalog.loc[later["measure_id"], "effective"].values).all()


def test_a_tariff_rate_of_an_unknown_measure_is_refused(tmp_path):
    src = datasets.path_of("tariff_rates")
    row = _rows(src)[0]
    copy = tmp_path / "tariff_rates.csv"
    copy.write_text(src.read_text(encoding="utf-8").replace(row["measure_id"], "usa-0000-x", 1))
    with pytest.raises(DataValidationError) as err:
        datasets.load("tariff_rates", copy)
    assert "column 'measure_id'" in str(err.value)


def test_no_measure_ends_before_it_was_announced():
    frame = datasets.load("measures")
    ended = frame.dropna(subset=["ended"])
    assert (ended["ended"] >= ended["announced"]).all()


def test_a_broken_link_is_refused_with_row_column_and_a_suggestion(tmp_path):
    src = datasets.path_of("measures")
    text = src.read_text(encoding="utf-8")
    row = next(r for r in _rows(src) if r["suspends"])
    bad = text.replace(row["suspends"], row["suspends"] + "x", 1)
    copy = tmp_path / "measures.csv"
    copy.write_text(bad, encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        datasets.load("measures", copy)
    message = str(err.value)
    assert "column 'suspends'" in message and "did you mean" in message


def test_taxonomy_facts_come_from_the_table():
    table = datasets.load("commodities").set_index("commodity_id")
    elements = table.loc[table["is_rare_earth"] & (table.index != goods.RARE_EARTHS)]
    assert len(elements) == 17
    assert {"scandium", "yttrium", "dysprosium", "terbium"} <= set(elements.index)
    assert goods.is_rare_earth("gallium") is False and goods.is_rare_earth("germanium") is False
    assert goods.is_rare_earth("dysprosium") is True
    assert goods.members(goods.RARE_EARTHS) == frozenset({goods.RARE_EARTHS, *elements.index})


def test_goods_are_resolved_from_words_and_labelled_for_sentences():
    assert goods.resolve("Rare earth") == goods.resolve("REEs") == "rare_earths"
    assert goods.resolve("graphite (natural)") == "graphite"
    assert goods.resolve("chips") == "semiconductors"
    assert goods.label("semiconductor_equipment") == "semiconductor equipment"
    with pytest.raises(Exception, match="did you mean"):
        goods.resolve("galium")
    # a maker's product is no good of the tables: names_a_good says so without raising
    assert goods.names_a_good("chips") and goods.names_a_good("Rare earth")
    assert not goods.names_a_good("H20") and not goods.names_a_good("galium")


def test_whether_words_name_a_good_asks_no_fuzzy_match(monkeypatch):
    # the nearest names serve only resolve's error; names_a_good, asked of every goods
    # compound an article writes, answers without them (round 40, speed40)
    def no_fuzzy_match(*args, **kwargs):
        raise AssertionError("names_a_good asked difflib for the nearest names")

    monkeypatch.setattr(goods.difflib, "get_close_matches", no_fuzzy_match)
    goods.names_a_good.cache_clear()
    try:
        assert goods.names_a_good("chips") and goods.names_a_good("electric vehicles")
        assert not goods.names_a_good("galium") and not goods.names_a_good("H20 processors")
        assert goods.names_a_good("rare-earth") and goods.names_a_good("graphite (natural)")
    finally:
        goods.names_a_good.cache_clear()


def test_visits_and_officials_give_the_people_and_their_sides():
    contacts = visits.official_contacts()
    raimondo = contacts.loc[contacts["official"] == "Gina Raimondo"].iloc[0]
    assert (raimondo["jurisdiction"], raimondo["host"]) == ("United States", "China")
    officials = datasets.load("officials")
    assert set(officials["pronoun"].dropna()) <= {"she", "he"}
    rows = _rows(datasets.path_of("visits"))
    assert len(contacts) == len(rows)


def test_measures_frame_derives_only_from_explicit_fields():
    frame = measures.measures()
    suspensions = frame.loc[frame["measure_type"] == "suspension"]
    assert (suspensions["action"] == "suspension").all()
    partial = frame.loc[frame["partial"]]
    # a partial suspension names fewer goods than the measure it suspends
    by_id = dict(zip(frame["measure_id"], frame["goods"], strict=True))
    for _, s in partial.iterrows():
        assert any(set(by_id[m]) - set(s["goods"]) for m in s["suspends"].split(";"))
    assert frame.loc[frame["measure_type"] == "export_ban", "strength"].eq("ban").all()


def test_every_row_of_the_replaced_timeline_is_carried_on():
    old = _rows(MIGRATIONS / "export_control_events.csv")
    new = {r["measure_id"]: r for r in _rows(datasets.path_of("measures"))}
    new_visits = {r["visit_id"]: r for r in _rows(datasets.path_of("visits"))}
    assert len(old) == 34
    for row in old:
        for target in row["migrated_to"].split(";"):
            if target.startswith("visits:"):
                successor = new_visits[target.removeprefix("visits:")]
                assert successor["start"] == row["date"], target
                continue
            successor = new[target]
            same_day = successor["announced"] == row["date"] or (
                row["effective_date"] and successor["effective"] == row["effective_date"]
            )
            assert same_day, target
            first_source = row["source_url_or_ref"].split(" ; ")[0].strip()
            assert first_source in successor["source_urls"] or "corrected" in row.get(
                "notes", ""
            ), target


def test_every_row_of_the_replaced_entity_list_sample_is_carried_on():
    old = _rows(MIGRATIONS / "entity_list_additions.csv")
    new = {r["rule_id"]: r for r in _rows(datasets.path_of("entity_list_rules"))}
    assert len(old) == 33 and len(new) >= 40
    for row in old:
        successor = new[row["migrated_to"]]
        assert successor["entries_added_total"] == row["entities_added_total"]
        if row["china_added"]:
            assert successor["china_added"] == row["china_added"]


def test_an_announcement_day_of_an_entity_list_rule_has_its_page_and_is_not_after_printing():
    rows = _rows(datasets.path_of("entity_list_rules"))
    dated = [r for r in rows if r["announced"]]
    assert dated, "no Entity List rule has an announcement day"
    for row in rows:
        assert bool(row["announced"]) == bool(row["announced_source"]), row["rule_id"]
        if row["announced"]:
            assert row["announced"] <= row["published"], row["rule_id"]
            assert row["announced_source"].startswith("http"), row["rule_id"]


@pytest.mark.parametrize("name", lexicon.names())
def test_each_lexicon_fits_its_declared_shape(name):
    lexicon.load(name)


def test_a_lexicon_that_does_not_fit_is_refused_with_file_entry_and_field(tmp_path, monkeypatch):
    raw = read_yaml(lexicon.path_of("organisations"))
    raw["organisations"][2]["country"] = "China"
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    write_yaml(tmp_path / "organisations.yaml", raw)
    lexicon.clear_cache()
    try:
        with pytest.raises(ProblemsError) as err:
            lexicon.load("organisations")
    finally:
        lexicon.clear_cache()
    assert "organisations[2]" in str(err.value) and "country" in str(err.value)


def test_measure_types_in_the_catalog_and_the_vocabulary_agree():
    enum = next(
        f["constraints"]["enum"]
        for f in datasets.resource("measures")["schema"]["fields"]
        if f["name"] == "measure_type"
    )
    assert enum == [t.id for t in lexicon.measure_types().measure_types]


def test_every_place_of_the_visits_table_is_a_known_place():
    """A contact is found by where it was ('talks in Geneva'): the article must read the
    timeline's places as places."""
    known = {t.canonical for t in gazetteer.other_places()} | {
        s for t in gazetteer.other_places() for s in t.aliases
    }
    places = {
        p.split(" (")[0] for r in _rows(datasets.path_of("visits")) for p in r["places"].split(";")
    }
    assert places - {""} <= known, sorted(places - known - {""})
