"""Office claims read from titles that still gave wrong decisions after round 23's fixes
(review dt14d, doubts 1, 2; branch fixj14), on made-up sentences keyed by hand from the
officials table: a sentence's leading phrase of time dates the act; a title in a list or an
appositive, or before a possessive, is not its clause's opening; a copula's predicate stops
at another person's title. Rules: docs/factcheck.md, "office held"."""

from __future__ import annotations

import datetime as dt

from conftest import office_labels as _verdicts
from test_office_review import (
    _after,
    _office,
    _offices,  # noqa: F401 (this file's helper name)
)

from analysis.vocab import Label


def test_a_leading_date_dates_the_titled_officials_act(tmp_path):
    ross = _office("Wilbur Ross", "commerce")
    later = _after(ross, 800)
    a, b = ross.start.year + 2, ross.start.year + 3
    text = f"Between {a} and {b}, Commerce Secretary Wilbur Ross pressed chipmakers for data."
    assert _verdicts(tmp_path, text, later, "Ross") == [Label.SUPPORTED]
    a, b = ross.start.year - 3, ross.start.year - 2  # before the office began
    text = f"Between {a} and {b}, Commerce Secretary Wilbur Ross pressed chipmakers for data."
    assert _verdicts(tmp_path, text, later, "Ross") == [Label.UNSUPPORTED]


def test_an_era_named_after_a_president_spans_their_terms(tmp_path):
    tai = _office("Katherine Tai", "trade")
    yellen = _office("Janet Yellen", "treasury")
    later = _after(tai, 150)
    for text in (
        "During Biden's presidency, Trade Representative Katherine Tai reviewed the tariffs.",
        "Under the Biden administration, Trade Representative Katherine Tai reviewed tariffs.",
    ):
        assert _verdicts(tmp_path, text, later, "Tai") == [Label.SUPPORTED], text
    # Trump's terms: neither was Yellen's (both of them, the era naming no term)
    text = "Under the Trump administration, Treasury Secretary Janet Yellen reviewed the tariffs."
    assert _verdicts(tmp_path, text, _after(yellen, 150), "Yellen") == [Label.UNSUPPORTED]
    # "his first term": the titled person's own first term
    trump = _office("Donald Trump", "president")
    text = "During his first term, President Donald Trump raised duties on steel."
    assert _verdicts(tmp_path, text, _after(trump, 400), "Trump") == [Label.SUPPORTED]


def test_a_phrase_of_time_without_a_date_or_an_era_leaves_the_title_undecided(tmp_path):
    ross = _office("Wilbur Ross", "commerce")
    later = _after(ross, 800)
    text = "During the trade war, Commerce Secretary Wilbur Ross warned chipmakers."
    assert _verdicts(tmp_path, text, later, "Ross") == [Label.NOT_CHECKABLE]
    # "in" without a date or an era is no phrase of time: the subject's title, on the day
    text = "In a statement, Commerce Secretary Wilbur Ross warned chipmakers."
    assert _verdicts(tmp_path, text, later, "Ross") == [Label.UNSUPPORTED]


def test_a_title_in_a_list_or_an_appositive_is_not_its_clauses_opening(tmp_path):
    yellen = _office("Janet Yellen", "treasury")
    later = _after(yellen, 60)
    text = (
        "The delegation included Trade Representative Katherine Tai, Treasury Secretary "
        "Janet Yellen and Commerce Secretary Gina Raimondo."
    )
    assert Label.UNSUPPORTED not in _verdicts(tmp_path, text, later, "Yellen")
    raimondo = _office("Gina Raimondo", "commerce")
    text = "The former banker's successor, Commerce Secretary Gina Raimondo, imposed the penalty."
    assert _verdicts(tmp_path, text, _after(raimondo, 200), "Raimondo") == [Label.NOT_CHECKABLE]


def test_a_possessive_after_a_titled_name_names_the_author_of_a_thing(tmp_path):
    biden = _office("Joe Biden", "president")
    for text in (
        "President Biden's trade policy stays in force.",
        "President Biden's duties on steel remain in force.",
    ):
        found = _verdicts(tmp_path, text, _after(biden, 150), "Biden")
        assert found and Label.UNSUPPORTED not in found, text


def test_a_copulas_predicate_stops_at_another_persons_title(tmp_path):
    he = _office("He Lifeng", "premier", ended=False)
    day = he.start + dt.timedelta(days=700)
    text = "Wang Yi was joined by Vice Premier He Lifeng and Commerce Minister Wang Wentao."
    assert _verdicts(tmp_path, text, day, "Wang Wentao") == [Label.SUPPORTED]


def test_a_titled_owner_is_not_the_claim_of_a_clause_about_what_they_own(tmp_path):
    # round 36 (fx36c): "President X's government has stepped up efforts ..." tells what the
    # government did, which no table holds; the office is the title's own claim, spanning
    # the title and the name only, not the clause's
    from conftest import dated_article

    xi = _office("Xi Jinping", "president", ended=False)
    on = xi.start + dt.timedelta(days=300)
    day = on.isoformat()
    text = (
        "President Xi Jinping's government has stepped up efforts to intimidate Taiwan by "
        "flying fighter jets near the island."
    )
    claims = dated_article(tmp_path, text, day).claims
    offices = [c for c in claims if c.type == "office"]
    assert [c.text for c in offices] == ["President Xi Jinping"]
    assert all("the office named as a title before the name" in c.notes for c in offices)
    assert _verdicts(tmp_path, text, on, "Xi Jinping") == [Label.SUPPORTED]
