"""Country names as the publishers write them, and their ISO 3166 alpha-3 codes."""

from __future__ import annotations

import pycountry
import pytest

from analysis.data import countries, datasets, lexicon


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Burma", "MMR"),
        ("Korea, North", "PRK"),
        ("Korea, Republic of", "KOR"),
        ("Congo (Kinshasa)", "COD"),
        ("Congo (Brazzaville)", "COG"),
        ("Russia", "RUS"),
        ("Turkey", "TUR"),
        ("China", "CHN"),
        ("United States", "USA"),
        ("Vietnam", "VNM"),
        ("Laos", "LAO"),
        (" Bolivia ", "BOL"),
    ],
)
def test_publisher_names_get_iso_codes(name, code):
    assert countries.iso3(name) == code


def test_every_alias_points_at_a_real_iso_code():
    for name, code in lexicon.country_aliases().aliases.items():
        assert pycountry.countries.get(alpha_3=code) is not None, name


@pytest.mark.parametrize("name", ["World total", "Other countries", "World total (rounded)"])
def test_aggregates_get_no_code(name):
    assert countries.is_aggregate(name)
    assert countries.iso3(name) is None


def test_unknown_name_is_refused_with_a_suggestion():
    with pytest.raises(countries.UnknownCountryError, match="did you mean 'Burma'"):
        countries.iso3("Burmah")


def test_several_jurisdictions_in_one_field():
    assert countries.codes("United States; China") == "USA;CHN"
    assert countries.codes("World total") is None


def test_loaded_tables_carry_codes_beside_names():
    frame = datasets.load("rare_earths_mine_production")
    china = frame.loc[frame["country"] == "China", "country_iso3"]
    assert set(china) == {"CHN"}
    assert frame.loc[frame["country"] == "World total", "country_iso3"].isna().all()
    imports = datasets.load("us_import_sources")
    assert set(imports.loc[imports["country"] == "China", "country_iso3"]) == {"CHN"}
