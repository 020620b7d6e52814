"""Office titles inside sentences set aside as non-claims (a forecast, a judgement, a
quotation), on made-up sentences (round 29, branch fco29). Rule: docs/factcheck-log.md, "Offices
in sentences set aside (round 29, branch fco29)"."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article
from conftest import inside_office as _inside
from conftest import office_term as _term
from conftest import office_verdicts as _offices

from analysis.article import gazetteer as gz
from analysis.vocab import Label

FORECAST = "Analysts expect that Commerce Secretary Gina Raimondo will soften her tone."


def test_a_title_in_a_forecast_is_an_office_claim_decided_by_the_table(tmp_path):
    term = _term("Gina Raimondo", "commerce")
    art = dated_article(tmp_path, FORECAST, _inside(term).isoformat())
    assert any(n.text.startswith("Analysts expect") for n in art.non_claims)  # set aside
    (x,) = _offices(tmp_path, FORECAST, _inside(term))
    assert x.claim.text == "Commerce Secretary Gina Raimondo"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # a day before the term: the office is not yet held (after it, the title may be the
    # one held when the act took place: not checkable, "office held")
    (y,) = _offices(tmp_path, FORECAST, term.start - dt.timedelta(days=200))
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_title_in_a_judgement_of_an_office_the_table_does_not_date_is_not_checkable(
    tmp_path,
):
    person = gz.person("Jeffrey Kessler")
    assert any(o.start is None and o.end is None for o in person.offices)
    text = (
        "Analysts believe Under Secretary of Commerce for Industry and Security "
        "Jeffrey Kessler is wary of a fight."
    )
    found = _offices(tmp_path, text, dt.date(2025, 3, 26))
    assert [x.verdict for x in found] == [Label.NOT_CHECKABLE]
    assert found[0].claim.text.endswith("Jeffrey Kessler")


def test_a_sentence_set_aside_without_a_title_still_gives_no_claim(tmp_path):
    text = "Analysts believe the talks are a sign of goodwill."
    art = dated_article(tmp_path, text, "2023-07-10")
    assert art.claims == []
    assert [n.text for n in art.non_claims if n.reason != "heading"] == [text.rstrip(".")]


def test_a_given_name_in_brackets_inside_a_quotation_is_the_known_official(tmp_path):
    term = _term("Joe Biden", "president")
    text = '"Nobody thinks President (Joe) Biden wants a fight," she said.'
    (x,) = _offices(tmp_path, text, _inside(term))
    assert x.claim.text == "President (Joe) Biden"
    assert x.verdict == Label.SUPPORTED, x.rationale
    (y,) = _offices(tmp_path, text, term.start - dt.timedelta(days=200))
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_title_answers_a_key_on_itself_not_a_longer_keyed_sentence_set_aside(tmp_path):
    """The scorer (`evaluation._verdict_for`): a keyed sentence set aside holds a title's
    office claim, the only claim overlapping it; the key asks about the sentence (a cause, a
    judgement), so the office claim does not answer it; a key on the title itself it does."""
    from analysis.article import office_titles
    from analysis.evidence import evaluation, factcheck

    term = _term("Gina Raimondo", "commerce")
    text = "Analysts believe the patience of Commerce Secretary Gina Raimondo helped the thaw."
    art = dated_article(tmp_path, text, _inside(term).isoformat())
    found = factcheck.check(art)
    assert [x.claim.type for x in found] == ["office"]
    assert office_titles.TITLE_NOTE in found[0].claim.notes
    title = "Commerce Secretary Gina Raimondo"
    at = art.text.index(title)
    assert evaluation._verdict_for((at, at + len(title)), found) is found[0]
    whole = art.text.index("Analysts")
    assert evaluation._verdict_for((whole, whole + len(text) - 1), found) is None
