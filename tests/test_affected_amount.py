"""A demonym after the trade a tariff covers ("a 25% tariff on $34 billion of Canadian
goods") is the side the tariff falls on (`affected_amounts` in data/lexicon/claims.yaml;
docs/factcheck-log.md, "Checker logic, round 31 (branch clean31)"): the frame read no side, and
the US tariff on China of that rate, coverage and day supported the claim. Made-up
sentences; the rate, coverage and day come from the tables."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.article import parties
from analysis.evidence.measure_details import day_of
from analysis.evidence.rate_named import rates_table
from analysis.vocab import Label


def _us_tariff_with_coverage() -> tuple[float, float, str]:
    """The rate, coverage (US$ bn) and effective day of the first US tariff on China the
    tariff table gives both for."""
    table = rates_table().dropna(subset=["rate_pct", "coverage_usd_bn"])
    catalog = measures.measures()
    for r in table.itertuples():
        m = catalog.loc[catalog["measure_id"] == r.measure_id].iloc[0]
        if m["implementing_iso3"] == "USA" and m["affected_iso3"] == "CHN" and m["effective"]:
            day = day_of(m["effective"])
            if day:
                return (
                    float(r.rate_pct),
                    float(r.coverage_usd_bn),
                    f"{day:%B} {day.day}, {day.year}",
                )
    raise AssertionError("no US tariff with a coverage in the tables")


def _claim(who: str) -> str:
    rate, bn, day = _us_tariff_with_coverage()
    text = (
        f"The United States imposed a {rate:g}% tariff on ${bn:g} billion of {who} goods on {day}."
    )
    return text


def test_the_side_after_an_amount_is_read():
    assert parties.demonym_affected("a 25% tariff on $34 billion of Canadian goods") == "CAN"
    assert parties.demonym_affected("duties on $16bn worth of Japanese imports") == "JPN"
    assert parties.demonym_affected("a tariff on Canadian goods") == "CAN"


def test_the_us_of_a_currency_is_no_demonym():
    """ "US$34bn": the currency, not the side (round 31, clean31: it was read as the US)."""
    assert parties.demonym_affected("a tariff on US$34bn worth of Japanese imports") == "JPN"
    assert parties.demonym_affected("a tariff on US goods") == "USA"


def test_a_tariff_on_an_amount_of_a_third_party_s_goods_is_not_supported(tmp_path):
    text = _claim("Canadian")
    x = verdict_about(dated_verdicts(tmp_path, text, "2026-01-10"), "Canadian")
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "Canada" in x.rationale, x.rationale


def test_its_twin_on_china_stays_supported(tmp_path):
    text = _claim("Chinese")
    x = verdict_about(dated_verdicts(tmp_path, text, "2026-01-10"), "Chinese")
    assert x.verdict == Label.SUPPORTED, x.rationale
