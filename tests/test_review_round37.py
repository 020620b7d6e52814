"""Review of round 37 (rev37): made-up sentences of the shapes round 37's rules read, with
other meanings, that those rules decided wrongly: a rate "on" something no verb lays a
tariff on, "dominates" denied, a bare share borrowing its mineral across a heading, and a
first place "outside China" decided by China's share. Each test failed before its fix;
each has a control the rule still reads. Figures and days from the tables."""

from __future__ import annotations

from conftest import dated_article as _article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import quantities
from analysis.vocab import Label


def test_a_rate_on_something_is_a_tariff_only_when_a_verb_lays_it():
    for said in (
        "US farmers lost 10% on soybean sales to China in 2018",
        "Nvidia said China accounted for 13% on its revenue",
        "Analysts put the chance of a deal at 60% on Friday",
    ):
        q = quantities.quantity(said, [])
        assert q is not None and q.of != quantities.TARIFF, (said, q)
    # control: a verb of laying a tariff a few words before the rate (fx37b's case)
    for laid in (
        "The new retaliation would add another 5% on U.S. soybeans",
        "China slapped 25% on US soybeans",
    ):
        q = quantities.quantity(laid, [])
        assert q is not None and q.of == quantities.TARIFF, (laid, q)


def test_a_rate_lost_on_sales_is_no_tariff_measure(tmp_path):
    found = _verdicts(
        tmp_path, "US farmers lost 10% on soybean sales to China in 2018.", "2019-03-01"
    )
    x = _about(found, "lost 10%")
    assert x.claim.frame is None or x.claim.frame.action != "tariff", x.rationale
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_dominating_denied_is_no_first_place(tmp_path):
    found = _verdicts(
        tmp_path, "China no longer dominates the global supply of graphite.", "2025-03-12"
    )
    x = _about(found, "dominates")
    assert x.verdict != Label.SUPPORTED, x.rationale
    assert x.claim.frame is None or x.claim.frame.kind != "rank"
    # control: not denied, the same words rank (fx37b)
    found = _verdicts(tmp_path, "China dominates the global supply of graphite.", "2025-03-12")
    assert _about(found, "dominates").claim.frame.kind == "rank"


def test_a_bare_share_does_not_borrow_its_mineral_across_a_heading(tmp_path):
    text = (
        "China produces most of the world's graphite.\n\nTrade outlook\n\n"
        "About 60% of the world's output comes from China."
    )
    art = _article(tmp_path, text, "2025-03-12")
    shares = [c for c in art.claims if "60%" in c.text]
    assert shares and "graphite" not in shares[0].commodities, [c.commodities for c in shares]
    # control: in one section, two sentences back, it is lent (fx37b)
    same = (
        "China produces most of the world's graphite. Trade has been volatile. "
        "About 60% of the world's output comes from China."
    )
    art = _article(tmp_path, same, "2025-03-12")
    shares = [c for c in art.claims if "60%" in c.text]
    assert shares and "graphite" in shares[0].commodities, [c.commodities for c in shares]


def test_a_first_place_outside_china_is_not_decided_by_china_s_share(tmp_path):
    for said in (
        "Japan dominated the refining of rare earths outside China.",
        "Japan is the largest refiner of rare earths outside China.",
    ):
        x = _about(_verdicts(tmp_path, said, "2025-10-14"), "Japan")
        assert x.verdict == Label.NOT_CHECKABLE, (said, x.rationale)
    # control: with China in the race, its share over half still decides
    x = _about(
        _verdicts(tmp_path, "Japan is the top processor of rare earths.", "2025-10-14"), "Japan"
    )
    assert x.verdict == Label.UNSUPPORTED, x.rationale
