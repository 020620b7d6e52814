"""Readings straight news needs (branch fcd5): a tariff rate whose tariffs open a long
clause, a verb that changes a measure's level, "regulation of exports", a year that names
an act, and a running total opened by "Since ...". Made-up sentences, each on a stated
date; rates and dates come from the bundled tables, never typed."""

from __future__ import annotations

import pandas as pd
from conftest import dated_verdicts as _verdicts
from conftest import measure_row as _measure
from conftest import verdict_about as _about

from analysis.analyses import measures, visits
from analysis.article import date_patterns, frames, quantities
from analysis.article.presupposed import presupposes_measure
from analysis.data import datasets
from analysis.evidence import tariff_checks
from analysis.vocab import Label

US_GENEVA = "usa-2025-05-12-geneva-tariff-reduction"
CHINA_GENEVA = "chn-2025-05-12-geneva-tariff-reduction"
TUNGSTEN = "chn-2025-02-04-tungsten-tellurium-bismuth-molybdenum-indium"


def _after(measure_id: str, days: int = 1) -> str:
    return (_measure(measure_id)["announced"] + pd.Timedelta(days=days)).date().isoformat()


def _top_rate(measure_id: str) -> pd.Series:
    """The measure's highest rate on all goods (with the rate it replaced)."""
    table = tariff_checks.rates_table()
    rows = table.loc[table["measure_id"] == measure_id].dropna(subset=["rate_pct"])
    return rows.sort_values("rate_pct").iloc[-1]


def test_a_rate_of_tariffs_named_far_back_in_its_clause_is_a_tariff_rate():
    text = (
        "Under the deal, Washington's duties on most goods imported from Asia will be set at "
        "30 percent."
    )
    (q,) = [q for _, q in quantities.figures(text, []) if q.unit == "%"]
    assert q.of == quantities.TARIFF
    # a share of imports with no tariff word stays one
    other = "Under the deal, most goods imported from Asia will be 30 percent of the total."
    (q,) = [q for _, q in quantities.figures(other, []) if q.unit == "%"]
    assert q.of == "imports"


def test_such_a_rate_is_checked_against_the_tariff_table(tmp_path):
    row = _top_rate(US_GENEVA)
    rate, before = row["rate_pct"], row["previous_rate_pct"]
    text = (
        f"Under the arrangement, U.S. tariffs on goods imported from China will be reduced "
        f"to {rate:g} percent from the current {before:g} percent."
    )
    x = _about(_verdicts(tmp_path, text, _after(US_GENEVA)), "reduced")
    assert x.rule == "tariff rate" and x.verdict == Label.SUPPORTED
    wrong = text.replace(f"to {rate:g} percent", f"to {rate + 20:g} percent")
    x = _about(_verdicts(tmp_path, wrong, _after(US_GENEVA)), "reduced")
    assert x.claim.frame.quantity.of == quantities.TARIFF
    # a relaxation of tariffs is matched with relaxations of tariffs only, never with the
    # suspension of another kind of measure announced about then
    # (since round 28, fcx20, the rate it replaces singles out the cut, whose rows decide:
    # the evidence names rows as "measure: products")
    assert x.verdict == Label.UNSUPPORTED
    used = {m.split(":")[0] for e in x.evidence for m in e.values}
    kinds = measures.measures().set_index("measure_id")["measure_type"]
    assert used and all(kinds.get(m) == "tariff_reduction" for m in used)


def test_a_verb_that_changes_a_measures_level_asserts_the_change(tmp_path):
    assert not presupposes_measure("Beijing will lower its tariffs on American goods")
    assert not presupposes_measure("Washington is cutting the duties on toys")
    assert presupposes_measure("The cost of these tariffs fell on importers")
    rate = _top_rate(CHINA_GENEVA)["rate_pct"]
    text = f"In turn, Beijing will lower its tariffs on American goods to {rate:g} percent."
    x = _about(_verdicts(tmp_path, text, _after(CHINA_GENEVA)), "lower its tariffs")
    assert x.verdict == Label.SUPPORTED and x.rule == "tariff rate"


def test_regulation_of_exports_is_a_restriction(tmp_path):
    month = _measure(TUNGSTEN)["announced"].strftime("%B")
    text = f"In {month} China introduced tighter regulation of exports of tungsten and indium."
    x = _about(_verdicts(tmp_path, text, _after(TUNGSTEN, 30)), "regulation of exports")
    assert x.claim.frame.kind == frames.MEASURE
    assert x.verdict == Label.SUPPORTED
    # a regulation that is not of trade is no measure word
    text = "The regulation of banks is a matter for the central bank of Peru."
    assert not any("regulation" in y.claim.text for y in _verdicts(tmp_path, text, "2024-01-10"))


def test_a_year_that_names_an_act_is_not_a_date():
    found = date_patterns.scan("under Section 232 of the Trade Expansion Act of 1962 in 2019")
    assert [r.groups.get("year") for r in found] == ["2019"]


def test_an_opening_since_phrase_stays_with_the_count_it_makes_a_running_total(tmp_path):
    text = (
        "Since the start of the decade, the Commerce Department has added 300 entities to "
        "the Entity List."
    )
    (x,) = _verdicts(tmp_path, text, "2024-06-01")
    assert x.claim.text.startswith("Since the start of the decade")
    assert x.verdict == Label.NOT_CHECKABLE and "running total" in x.rationale
    # "since" giving a reason is still dropped from the clause it opens
    text = "Since it wants to protect its industry, China restricted exports of graphite."
    found = _verdicts(tmp_path, text, "2024-06-01")
    assert not any(y.claim.text.startswith("Since") for y in found)


def _contact(visit_id: str) -> pd.Series:
    return visits.official_contacts().set_index("visit_id").loc[visit_id]


RAIMONDO = "2023-08-27-raimondo-beijing-shanghai"
YELLEN = "2023-07-06-yellen-beijing"


def test_the_person_who_received_a_visitor_is_not_the_visitor(tmp_path):
    start = _contact(RAIMONDO)["start"]
    day = start.strftime("%A")
    text = (
        f"Commerce Secretary Gina Raimondo began a trip to China. She arrived in Beijing on "
        f"{day} and was greeted at the airport by Zhou Ming, the director of the ministry's "
        "protocol department."
    )
    published = (start + pd.Timedelta(days=1)).date().isoformat()
    x = _about(_verdicts(tmp_path, text, published), "greeted at the airport")
    assert x.verdict == Label.SUPPORTED and x.rule == "event dates"


def test_a_meeting_with_an_official_the_contact_does_not_list_on_other_days(tmp_path):
    row = _contact(YELLEN)
    assert "Xie Feng" not in "; ".join(row["people"])
    published = row["start"].date().isoformat()
    text = "Treasury Secretary Janet Yellen met earlier this week with Ambassador Xie Feng."
    x = _about(_verdicts(tmp_path, text, published), "Xie Feng")
    assert x.verdict == Label.NOT_CHECKABLE and "without Xie Feng" in x.rationale
    # a host the contact lists, on its days, is still decided
    host = row["people"][-1]
    text = f"Treasury Secretary Janet Yellen met {host} in Beijing this week."
    end = row["end"].date().isoformat()
    assert _about(_verdicts(tmp_path, text, end), host).verdict == Label.SUPPORTED


def test_a_contact_dated_by_the_relative_clause_after_it_is_a_claim(tmp_path):
    row = _contact(YELLEN)
    start, end = row["start"], row["end"]
    text = (
        f"Treasury Secretary Janet Yellen began a visit to Beijing on {start.strftime('%A')}. Her "
        f"trip, which is due to run until {end.strftime('%A')}, comes after a tense spring."
    )
    x = _about(_verdicts(tmp_path, text, start.date().isoformat()), "Her trip")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED
    wrong = text.replace(end.strftime("%A"), (end + pd.Timedelta(days=2)).strftime("%A"))
    x = _about(_verdicts(tmp_path, wrong, start.date().isoformat()), "Her trip")
    assert x.verdict != Label.SUPPORTED
    # a contact taken as given with no date after it stays scene-setting
    plain = (
        f"Treasury Secretary Janet Yellen began a visit to Beijing on {start.strftime('%A')}. "
        "Her trip, which was long planned, comes after a tense spring."
    )
    found = _verdicts(tmp_path, plain, start.date().isoformat())
    assert not any(y.claim.text.startswith("Her trip") for y in found)


def test_earlier_or_later_opening_a_sentence_bounds_the_period(tmp_path):
    (raw,) = date_patterns.scan("Earlier this year, China restricted exports of tungsten.")
    assert raw.kind == "relative_unit" and raw.start == 0
    text = "Earlier this year, China restricted exports of tungsten and indium."
    x = _about(_verdicts(tmp_path, text, _after(TUNGSTEN, 30)), "restricted exports")
    assert x.claim.text.startswith("Earlier this year")
    (when,) = x.claim.frame.when
    assert when.start.endswith("-01-01") and when.end == _after(TUNGSTEN, 30)
    text = "Later this month, China's curbs on tungsten will take effect."
    (x,) = _verdicts(tmp_path, text, _after(TUNGSTEN, -10))
    (when,) = x.claim.frame.when
    assert when.start == _after(TUNGSTEN, -10) and when.tense == "future"


def test_a_party_named_and_n_others_count_n_plus_one_entries(tmp_path):
    rules = datasets.load("entity_list_rules")
    rule = rules.loc[rules["entries_added_total"].notna()].iloc[0]
    n = int(rule["entries_added_total"]) - 1
    day = (pd.Timestamp(rule["published"]) + pd.Timedelta(days=2)).date().isoformat()
    text = (
        f"This week the Commerce Department added Zenith Networks and {n} affiliates to the "
        "Entity List."
    )
    (x,) = _verdicts(tmp_path, text, day)
    assert x.rule == "entity list count" and x.verdict == Label.SUPPORTED
    text = f"This week the Commerce Department added {n} affiliates to the Entity List."
    (x,) = _verdicts(tmp_path, text, day)
    assert x.verdict != Label.SUPPORTED


def test_what_being_on_a_list_entails_is_a_description_not_a_measure(tmp_path):
    assert presupposes_measure("For firms on the Entity List, exporters must obtain a licence")
    assert not presupposes_measure("The Commerce Department added 30 firms to the Entity List")
    text = "For parties placed on the Entity List, every export needs a licence from Commerce."
    (x,) = _verdicts(tmp_path, text, "2021-03-01")
    assert x.verdict == Label.NOT_CHECKABLE


def test_a_predicate_after_an_aside_with_a_figure_is_a_claim_of_its_own():
    # round 23's second review, tests 16-22: the aside and a dated predicate go with the
    # subject's clause; a predicate that states a figure does not
    from types import SimpleNamespace as P

    from analysis.article import claim_types as ct
    from analysis.article.claims import _CONTINUATION

    def pieces(rest_types):
        return [
            P(text="Tariffs on US goods", types=[ct.POLICY_ACTION]),
            P(text="including soybeans", types=[]),
            P(text="were imposed by China on 6 July", types=rest_types),
        ]

    assert ct.predicate_after_aside(pieces([ct.EVENT_DATE]), _CONTINUATION) == {1, 2}
    figure = [ct.POLICY_ACTION, ct.QUANTITY_SHARE]
    assert ct.predicate_after_aside(pieces(figure), _CONTINUATION) == set()
