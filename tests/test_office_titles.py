"""Offices named as a title before a known official's name, and taking office in any tense,
on made-up sentences (round 23, branch fco14). Rules: docs/factcheck.md, "office held" and
"taking office"; docs/article.md, office claims."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article
from conftest import inside_office as _inside
from conftest import office_term as _term
from conftest import office_verdicts as _offices

from analysis.article import gazetteer as gz
from analysis.evidence import evaluation, factcheck
from analysis.vocab import Label


def test_a_speakers_title_is_an_office_claim(tmp_path):
    ross = _term("Wilbur Ross", "commerce")
    text = '"We will not hesitate," Commerce Secretary Wilbur Ross said in a statement.'
    (x,) = _offices(tmp_path, text, _inside(ross))
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "Commerce Secretary Wilbur Ross" in x.claim.text
    # after his term, the title is wrong: a statement reported as news is made in office
    later = _inside(_term("Gina Raimondo", "commerce"))
    (y,) = _offices(tmp_path, text, later)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    # and the quote keeps its own (attributed) claim
    art = dated_article(tmp_path, text, later.isoformat())
    assert any(c.type == "attribution" for c in art.claims)


def test_the_subject_of_a_verb_names_an_office_unless_the_clause_is_about_goods(tmp_path):
    day = _inside(_term("Mike Pompeo", "state"))
    (x,) = _offices(tmp_path, "Secretary of State Mike Pompeo declined to comment.", day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    text = "Secretary of State Mike Pompeo criticised the new export curbs on gallium."
    # the clause is about the curbs, not his office: it is no office claim; since round 29
    # (fco29) the title alone is one, as in any sentence set aside
    found = _offices(tmp_path, text, day)
    assert [x.claim.text for x in found] == ["Secretary of State Mike Pompeo"]
    # the office began after the article: the title is wrong whatever the clause tells
    early = _term("Mike Pompeo", "state").start - dt.timedelta(days=60)
    text = "Secretary of State Antony Blinken declined to comment."
    (y,) = _offices(tmp_path, text, early)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_title_inside_a_claim_of_another_kind_is_a_claim_of_its_own_once(tmp_path):
    tai = _term("Katherine Tai", "trade")
    text = (
        "U.S. Trade Representative Katherine Tai will visit Beijing next week. "
        "On Tuesday, U.S. Trade Representative Katherine Tai met Chinese officials in Beijing."
    )
    found = _offices(tmp_path, text, _inside(tai))
    assert len(found) == 1, [x.claim.text for x in found]
    assert found[0].claim.text == "U.S. Trade Representative Katherine Tai"
    assert found[0].verdict == Label.SUPPORTED
    art = dated_article(tmp_path, text, _inside(tai).isoformat())
    assert any(c.type == "event_date" for c in art.claims)  # the visit keeps its claim


def test_a_title_that_says_the_office_is_not_held_then_is_no_office_claim(tmp_path):
    biden = _term("Joe Biden", "president")
    before = biden.start - dt.timedelta(days=30)
    for title in ("President-elect", "then-President", "presidential nominee"):
        text = f"{title} Joe Biden criticised the plan."
        assert _offices(tmp_path, text, before) == [], title


def test_a_courtesy_title_the_table_does_not_list_for_the_person_is_left_alone(tmp_path):
    day = _inside(_term("Nicholas Burns", "ambassador"))
    assert _offices(tmp_path, "Ambassador Katherine Tai declined to comment.", day) == []


def test_a_title_of_an_office_held_before_the_article_may_be_the_one_held_then(tmp_path):
    biden = _term("Joe Biden", "president")
    later = biden.end + dt.timedelta(days=90)
    text = "The rule, introduced by President Joe Biden, was rescinded."
    (x,) = _offices(tmp_path, text, later)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    (y,) = _offices(tmp_path, "President Joe Biden said the rule would stay.", later)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    (z,) = _offices(tmp_path, "Former President Joe Biden said the rule would stay.", later)
    assert z.verdict == Label.SUPPORTED, z.rationale


def test_a_caption_gives_a_title_without_an_article(tmp_path):
    wang = gz.person("Wang Wentao")
    office = next(o for o in wang.offices if "commerce" in o.keywords)
    day = office.start + dt.timedelta(days=200)
    (x,) = _offices(tmp_path, "Wang Wentao, Minister of Commerce of China.", day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    (y,) = _offices(tmp_path, "Wang Wentao, Minister of Foreign Affairs of China.", day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_taking_office_in_the_future_is_checked_against_the_first_day(tmp_path):
    biden = _term("Joe Biden", "president")
    before = biden.start - dt.timedelta(days=30)
    first = f"{biden.start:%B} {biden.start.day}"
    later = biden.start + dt.timedelta(days=30)
    for verb in ("is set to take office", "will take office", "takes office"):
        text = f"President-elect Joe Biden {verb} on {first}."
        (x,) = _offices(tmp_path, text, before)
        assert x.verdict == Label.SUPPORTED, (verb, x.rationale)
    text = f"President-elect Joe Biden is set to take office on {later:%B} {later.day}."
    (y,) = _offices(tmp_path, text, before)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_re_inaugurated_for_a_second_term_is_taking_office(tmp_path):
    person = gz.person("Donald Trump")
    second = max((o for o in person.offices if o.start), key=lambda o: o.start)
    day = second.start + dt.timedelta(days=60)
    when = f"{second.start:%B} {second.start.day}, {second.start.year}"
    text = f"Donald Trump was re-inaugurated for a second term on {when}."
    (x,) = _offices(tmp_path, text, day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = f"{second.start:%B} {second.start.day}, {second.start.year - 1}"
    (y,) = _offices(tmp_path, text.replace(when, wrong), day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_taking_office_under_a_timeline_heading_is_dated_by_it(tmp_path):
    person = gz.person("Donald Trump")
    second = max((o for o in person.offices if o.start), key=lambda o: o.start)
    day = second.start + dt.timedelta(days=200)

    def line(d: dt.date) -> str:
        return f"{d:%B} {d.day}, {d.year}"

    text = (
        f"{line(second.start)}\nDonald Trump is inaugurated for a second term.\n\n"
        f"{line(second.start + dt.timedelta(days=10))}\nThe United States announces a tariff.\n\n"
        f"{line(second.start + dt.timedelta(days=20))}\nChina announces a tariff in reply.\n"
    )
    found = _offices(tmp_path, text, day)
    assert [x.verdict for x in found] == [Label.SUPPORTED], [x.rationale for x in found]


def test_an_office_without_dates_is_not_checkable_and_no_other_check_reads_it(tmp_path):
    person = gz.person("Jeffrey Kessler")
    undated = next(o for o in person.offices if o.start is None and o.end is None)
    assert "industry" in undated.keywords
    text = (
        "The Commerce Department added 12 Chinese entities to the Entity List, "
        "said Under Secretary of Commerce for Industry and Security Jeffrey Kessler."
    )
    found = _offices(tmp_path, text, dt.date(2025, 3, 26))
    assert [x.verdict for x in found] == [Label.NOT_CHECKABLE]


def test_a_keyed_span_goes_to_the_narrowest_of_claims_overlapping_it_equally(tmp_path):
    tai = _term("Katherine Tai", "trade")
    text = "U.S. Trade Representative Katherine Tai met Chinese officials in Beijing on Monday."
    art = dated_article(tmp_path, text, _inside(tai).isoformat())
    found = factcheck.check(art)[::-1]  # whatever their order
    key = "U.S. Trade Representative Katherine Tai"
    x = evaluation._verdict_for((0, len(key)), found)
    assert x is not None and x.claim.type == "office"
    whole = evaluation._verdict_for((0, len(text) - 1), found)
    assert whole is not None and whole.claim.type != "office"


def test_a_title_after_a_bracket_or_a_quote_opens_its_clause_when_found_and_when_checked(
    tmp_path,
):
    """One test of speaker and subject for finding a titled name and checking its office
    (`claim_types.title_role`; review rev14, item 3): a title right after "(" or a quotation
    mark is its clause's subject in both, so a former officeholder's title there is judged
    on the article's date, not left as the office held when the act took place."""
    from analysis.article.claim_types import SPEAKER, SUBJECT, title_role

    ross = _term("Wilbur Ross", "commerce")
    later = ross.end + dt.timedelta(days=400)
    for text in (
        "Beijing protested (Commerce Secretary Wilbur Ross declined to comment).",
        'Beijing protested, and "Commerce Secretary Wilbur Ross praised the staff."',
    ):
        name_end = text.index("Ross") + len("Ross")
        assert title_role(text, text.index("Commerce"), name_end) == SUBJECT
        (x,) = _offices(tmp_path, text, later)
        assert x.verdict == Label.UNSUPPORTED, x.rationale
    text = "Beijing protested, and Commerce Secretary Wilbur Ross praised the staff."
    name_end = text.index(" praised")
    assert title_role(text, text.index("Commerce"), name_end) is None
    assert title_role("(Commerce Secretary Wilbur Ross", 1, 31) == SUBJECT
    assert title_role("The rules stand, said Commerce Secretary X.", 22, 42) == SPEAKER
