"""Offices named after a known official's name, in an appositive with a country's
possessive, and as a title set off by commas before the name, on made-up sentences (round
25, branch fco16). Rules: docs/factcheck-log.md, "Offices in appositives"."""

from __future__ import annotations

import datetime as dt

from conftest import office_verdicts as _offices

from analysis.article import gazetteer as gz
from analysis.vocab import Label


def _term(name: str, keyword: str) -> gz.Office:
    """The person's dated office whose keywords hold `keyword` (from the officials table)."""
    person = gz.person(name)
    assert person is not None
    return next(o for o in person.offices if keyword in o.keywords and o.start)


def _inside(office: gz.Office) -> dt.date:
    end = office.end or dt.date(2025, 12, 31)
    return office.start + (end - office.start) / 2


def test_a_possessive_appositive_after_a_name_is_an_office_claim(tmp_path):
    day = _inside(_term("Wang Wentao", "commerce"))
    text = "Wang Wentao, China's commerce minister, declined to comment."
    (x,) = _offices(tmp_path, text, day)
    assert x.claim.text == "China's commerce minister"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # another office of his country, held by someone else on the day
    (y,) = _offices(tmp_path, text.replace("commerce", "foreign"), day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    # the speaker's appositive, after a quotation
    quoted = '"This is unfair," said Wang Wentao, China\'s commerce minister.'
    (z,) = _offices(tmp_path, quoted, day)
    assert z.verdict == Label.SUPPORTED, z.rationale


def test_a_title_set_off_by_commas_before_a_name_is_an_office_claim(tmp_path):
    day = _inside(_term("Wang Wentao", "commerce"))
    text = "China's commerce minister, Wang Wentao, declined to comment."
    (x,) = _offices(tmp_path, text, day)
    assert x.claim.text == "China's commerce minister"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # a past holder under the present title
    (y,) = _offices(tmp_path, text.replace("Wang Wentao", "Zhong Shan"), day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    # a phrase that is not a title is not read as one
    other = "China's biggest rival, Wang Wentao, declined to comment."
    assert _offices(tmp_path, other, day) == []


def test_a_title_of_another_country_is_checked_against_that_countrys_holder(tmp_path):
    day = _inside(_term("Xie Feng", "ambassador"))
    text = "Nicholas Burns, China's ambassador to the United States, declined to comment."
    if _term("Nicholas Burns", "ambassador").end < day:  # Burns's term must span the day
        day = _term("Nicholas Burns", "ambassador").end - dt.timedelta(days=30)
    (x,) = _offices(tmp_path, text, day)
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert "Xie Feng" in x.rationale
    # his own country's title is his office
    own = "Nicholas Burns, the US ambassador to China, declined to comment."
    (y,) = _offices(tmp_path, own, day)
    assert y.verdict == Label.SUPPORTED, y.rationale


def test_an_appositive_after_a_list_of_names_is_left_alone(tmp_path):
    day = _inside(_term("Katherine Tai", "trade"))
    text = "Raimondo and Tai, the trade representative and commerce secretary, declined."
    assert _offices(tmp_path, text, day) == []
    # one name, one office: read
    (x,) = _offices(tmp_path, "Tai, the trade representative, declined.", day)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_title_closing_a_clause_before_a_name_set_off_by_commas_is_its_own_claim(tmp_path):
    xie = _term("Xie Feng", "ambassador")
    day = _inside(xie)
    text = (
        "Bessent met China's ambassador to the United States, Xie Feng, in Washington on Tuesday."
    )
    (x,) = _offices(tmp_path, text, day)
    assert x.claim.text == "China's ambassador to the United States, Xie Feng"
    assert x.verdict == Label.SUPPORTED, x.rationale
    # a past holder inside a clause telling an act: the title may be the one held then
    (y,) = _offices(tmp_path, text.replace("Xie Feng", "Qin Gang"), day)
    assert y.verdict == Label.NOT_CHECKABLE, y.rationale
    # a name going on after the comma is no appositive
    assert _offices(tmp_path, text.replace("Feng, in", "Feng and others in"), day) == []


def test_an_appositive_saying_the_office_was_held_then_is_not_judged_on_the_articles_date(
    tmp_path,
):
    liu = _term("Liu He", "premier")
    later = liu.end + dt.timedelta(days=300)
    for text in (
        "Liu He, then the vice premier, praised the deal.",
        "Liu He, China's vice premier at the time, praised the deal.",
        "China's then vice premier, Liu He, praised the deal.",
    ):
        assert _offices(tmp_path, text, later) == [], text
    # "former" after a country's possessive is the title's own word
    (x,) = _offices(tmp_path, "Liu He, China's former vice premier, praised the deal.", later)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_title_of_someone_elses_office_names_none_of_the_officials(tmp_path):
    day = _inside(_term("Wang Yi", "foreign"))
    for text in (
        "Wang Yi, the president's top envoy, praised the deal.",
        "Wang Yi, China's president's envoy, praised the deal.",
    ):
        assert _offices(tmp_path, text, day) == [], text


def test_an_appositive_office_is_judged_on_the_time_its_sentence_dates_the_act(tmp_path):
    # dt18: the title alone is the claim, so the sentence's date was lost and the office
    # judged on the article's date; now, as for a title before a name (`_act_span`)
    envoy = _term("Qin Gang", "ambassador")
    then = _inside(envoy)
    month = then.strftime("%B %Y")
    day = envoy.end + dt.timedelta(days=60)  # after the term: the title is not his then
    for text in (
        f"In {month}, Qin Gang, China's ambassador to the United States, declined to comment.",
        f"Qin Gang, China's ambassador to the United States, said in {month} that talks stalled.",
        f"China's ambassador to the United States, Qin Gang, said in {month} that talks stalled.",
    ):
        (x,) = _offices(tmp_path, text, day)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)
    # an act dated before a current holder's term: the title may be today's (not checkable)
    minister = _term("Wang Wentao", "commerce")
    before = (minister.start - dt.timedelta(days=400)).strftime("%B %Y")
    text = f"In {before}, Wang Wentao, China's commerce minister, declined to comment."
    (y,) = _offices(tmp_path, text, _inside(minister))
    assert y.verdict == Label.NOT_CHECKABLE, y.rationale
    # a date in what the speaker reports is not the act's: the article's date decides
    said = f"Wang Wentao, China's commerce minister, said exports fell in {before}."
    (z,) = _offices(tmp_path, said, _inside(minister))
    assert z.verdict == Label.SUPPORTED, z.rationale


def test_a_title_linked_to_its_holder_makes_no_list_of_names_before_an_appositive(tmp_path):
    # dt18: "A, the Treasury secretary, and B, China's vice premier": A's title, a mention
    # linked to A, is no name of a list, so B's appositive is B's office
    day = _inside(_term("He Lifeng", "premier"))
    text = "Scott Bessent, the Treasury secretary, and He Lifeng, the Chinese vice premier, met."
    labels = [x.verdict for x in _offices(tmp_path, text, day) if "vice premier" in x.claim.text]
    assert labels == [Label.SUPPORTED]
    # a list of two names before one appositive is still left alone
    listed = "Scott Bessent and He Lifeng, the Chinese vice premier, met."
    assert [x for x in _offices(tmp_path, listed, day) if "premier" in x.claim.text] == []
