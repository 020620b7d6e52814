"""How far a reading reaches: a phrase of sequence, a list of uses, a recent measure, a
relaxation's kind, a verb of scope and a speaker's clause each stop where their words do.
Made-up sentences (a review of round 22's rules found each reaching too far)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import borrowed, claim_words
from analysis.article.text import attribution_spans
from analysis.evidence.measure_candidates import relaxed_kind
from analysis.vocab import Label

GALLIUM = "exports of gallium and germanium"


def test_a_phrase_of_sequence_before_a_main_clause_keeps_that_clause_s_actor(tmp_path):
    text = (
        "The US raised tariffs on Chinese goods in May. Since August 2023, China has "
        f"restricted {GALLIUM}. The controls require licences for exports of gallium."
    )
    found = dated_verdicts(tmp_path, text, "2023-10-20")
    # "The controls" refer back to China's restriction, not to the US tariffs before it
    assert verdict_about(found, "The controls require").claim.frame.actor_country == "CHN"


def test_a_list_of_uses_drops_goods_only_never_the_actor_after_it(tmp_path):
    text = f"Antimony is used in ammunition, and in July 2023 China restricted {GALLIUM}."
    x = verdict_about(dated_verdicts(tmp_path, text, "2023-10-20"), "China restricted")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_a_recent_measure_named_by_its_goods_is_matched_though_older_than_the_window(tmp_path):
    # the gallium and germanium controls were announced in July 2023, more than RECENT_DAYS
    # before this article; the goods single the measure out
    x = verdict_about(
        dated_verdicts(tmp_path, f"China has recently restricted {GALLIUM}.", "2023-10-20"),
        "recently",
    )
    assert x.verdict == Label.SUPPORTED


def test_a_relaxed_restriction_of_imports_or_investment_is_not_an_export_control():
    assert relaxed_kind("China lifted restrictions on imports of US beef") == ""
    assert relaxed_kind("Beijing eased curbs on investment by US firms") == ""
    assert relaxed_kind("a pause on the export controls") == "export control"
    assert relaxed_kind("temporary controls will be lifted on graphite items") == "export control"


def test_target_is_a_verb_of_scope_only_after_a_measure_noun():
    imposition = claim_words.patterns()["imposition"]
    assert imposition.search("Beijing's new export controls target tungsten and tellurium")
    assert not imposition.search("China's target is growth of about 5%")
    assert not imposition.search("its target remains self-reliance in chips")


def test_a_clause_opened_by_said_names_a_speaker_not_what_was_said():
    text = "said a representative of the ministry after Washington announced new rules"
    spans = attribution_spans(text)
    assert any(text[a:b].strip().endswith("ministry") for a, b in spans)
    said = "said the United States would impose tariffs after the talks"
    assert not any("impose" in said[a:b] for a, b in attribution_spans(said))


def test_facing_makes_a_country_the_affected_side_only_of_a_measure():
    after = claim_words.patterns()["affected_after"]
    assert after.match(" also faced the same 34% tariff")
    assert after.match(" would be hit with a tariff")
    assert not after.match(" faced criticism over its chip policy")


def test_an_earlier_event_clause_needs_a_span_of_time_not_any_word():
    earlier = claim_words.patterns()["earlier_event_clause"]
    assert earlier.search("China curbed exports, a day after Washington's crackdown")
    assert earlier.search("China curbed exports, 10 days after the US rule")
    assert not earlier.search("China curbed exports, even after the talks")


def test_a_reply_lead_may_name_how_long_after_it_comes():
    lead = claim_words.patterns()["reply_lead"]
    assert lead.search("China's move comes two days after the US rule")
    assert lead.search("Beijing's announcement came a day after the United States acted")


def test_one_span_of_time_serves_every_phrase_of_sequence():
    # the same span words open a timing clause, an earlier-event clause, a reply lead
    p = claim_words.patterns()
    assert borrowed.times_another("just a few weeks after the port talks")
    assert p["earlier_event_clause"].search("Ruritania taxed tin, only a few weeks after the vote")
    assert p["after_event"].search("Ruritania taxed tin, several months following the vote")
    assert p["reply_lead"].match("Ruritania's step came shortly after the vote")
    assert not borrowed.times_another("eventually after the vote")


def test_a_measure_called_recent_was_taken_before_its_saying():
    earlier = claim_words.patterns()["earlier_measure"]
    assert earlier.search("Ruritania's latest duties are lawful")
    assert earlier.search("the duties Ruritania previously set")


def test_would_have_is_no_forecast_but_would_is():
    forecast = claim_words.patterns()["forecast"]
    assert not forecast.search("the rule would have curbed tin sales")
    assert not forecast.search("the rule would otherwise have curbed tin sales")
    assert forecast.search("the rule would curb tin sales")


def test_a_measure_dated_last_week_is_not_one_of_a_year_before(tmp_path):
    # "last week" is too loose to match a day, but a measure whose course from
    # announcement to effect ended a year before it is not the one the claim means
    old = verdict_about(
        dated_verdicts(
            tmp_path,
            "The US placed an investment ban last week on a Chinese camera maker.",
            "2021-12-16",
        ),
        "investment ban",
    )
    assert old.verdict == Label.NOT_CHECKABLE and "last week" in old.rationale
    # one announced within that week is still found
    near = verdict_about(
        dated_verdicts(tmp_path, f"China restricted {GALLIUM} last week.", "2023-07-12"),
        "restricted",
    )
    assert near.verdict == Label.SUPPORTED
