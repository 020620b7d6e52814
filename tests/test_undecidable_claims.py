"""Claims of analysis and opinion pieces that the data cannot decide, or decides only when
read right: answers to a measure, measures taken as given, shares of what a product is
made of, purchase bans, leading dates, the day of a report, a sentence's own actor.
Made-up sentences in the shapes such pieces use (docs/factcheck.md, "Claim frames")."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import frames, measure_reading, presupposed, quantities
from analysis.vocab import Label


def test_a_clause_that_only_answers_a_measure_is_not_checkable(tmp_path):
    found = _verdicts(
        tmp_path, "China has hit back at Western export controls twice this year.", "2023-10-25"
    )
    x = _about(found, "hit back at")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_an_answer_that_names_its_own_measure_is_still_a_measure_taken():
    assert presupposed.answers_measure(
        "Seoul has struck back at the Japanese export curbs, calling them unfair"
    )
    assert not presupposed.answers_measure(
        "Seoul retaliated against the Japanese export curbs by restricting exports of steel"
    )
    assert not presupposed.answers_measure(
        "Seoul retaliated against the Japanese export curbs with tariffs on Japanese cars"
    )
    # a clause that opens with the answering words is about the measure answered
    assert not presupposed.answers_measure("in response to a 15% tariff by Tokyo on steel")


def test_permits_named_with_a_determiner_are_taken_as_given(tmp_path):
    found = _verdicts(
        tmp_path,
        "China insists that the antimony export permits protect its security and interests.",
        "2024-09-20",
    )
    x = _about(found, "permits protect")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_share_of_a_products_weight_or_cost_is_not_a_share_of_world_supply(tmp_path):
    text = "Graphite accounts for about 45% of the mass of an electric-car battery."
    q = quantities.quantity(text, [])
    assert q is not None and q.of == "make_up"
    x = _about(_verdicts(tmp_path, text, "2024-03-01"), "45%")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert quantities.quantity("Graphite is 12% of cell costs", []).of == "make_up"


def test_barring_buyers_from_buying_is_an_import_ban():
    assert measure_reading.action(
        "Beijing barred state banks from buying laptops made by Dell"
    ) == ("import ban")
    assert measure_reading.action(
        "Regulators told grid operators to stop purchasing Intel servers"
    ) == ("import ban")


def test_a_leading_starting_date_stays_with_the_clause_and_asserts_the_measure(tmp_path):
    found = _verdicts(
        tmp_path,
        "China's commerce ministry announced controls on antimony on 15 August 2024. "
        "Starting 15 September, exporters of antimony will be subject to new licensing "
        "requirements.",
        "2024-08-20",
    )
    x = _about(found, "exporters of antimony")
    assert x.claim.text.startswith("Starting 15 September")
    assert [w.role for w in x.claim.frame.when] == ["effective"]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_date_opening_a_reporting_clause_is_the_day_of_the_report(tmp_path):
    found = _verdicts(
        tmp_path,
        "On Tuesday, the chipmaker disclosed that Washington had imposed a licence "
        "requirement on its accelerators sold to China.",
        "2021-03-12",
    )
    x = _about(found, "disclosed")
    assert [w.role for w in x.claim.frame.when] == ["reported"]
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_measure_clause_keeps_the_actor_its_sentence_opens_with(tmp_path):
    found = _verdicts(
        tmp_path,
        "The US tightened chip export rules on 17 October 2023. China, which mines most of "
        "the world's graphite, says export permits will be needed, starting in December, for "
        "natural graphite.",
        "2023-10-21",
    )
    x = _about(found, "permits will be needed")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_what_a_good_is_used_for_is_listed_as_a_claim_not_checkable(tmp_path):
    found = _verdicts(
        tmp_path,
        "Antimony is mostly used in flame retardants. Tungsten has become indispensable in "
        "cutting tools.",
        "2024-09-20",
    )
    for words in ("flame retardants", "cutting tools"):
        x = _about(found, words)
        assert x.claim.type == "use" and x.claim.frame.kind == frames.OTHER
        assert x.verdict == Label.NOT_CHECKABLE


def test_a_clause_with_a_measure_word_is_not_a_use_claim(tmp_path):
    found = _verdicts(
        tmp_path,
        "China restricted exports of gallium, which is used in radar chips, on 3 July 2023.",
        "2023-07-05",
    )
    assert all(x.claim.type != "use" or "restricted" not in x.claim.text for x in found)


def test_what_is_answered_must_be_the_measure_itself():
    assert not presupposed.answers_measure(
        "Remarks of the ministry in response to a press question on stronger export controls"
    )


def test_a_law_of_nature_or_an_adage_is_not_legislation():
    assert measure_reading.action("Metcalfe's law says networks gain value as they grow") == ""
    assert measure_reading.action("the second law of thermodynamics applies here as well") == ""
    assert measure_reading.action("Japan's new export control law took effect in 2023") == "law"
