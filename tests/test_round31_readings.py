"""Readings of round 31 (branch fcw31): wrong verdicts on decidable claims whose class two
outlets or more showed. Made-up sentences, each on a stated date, checked against the
catalog; each rule has a twin that must stay as it was. Rules: docs/factcheck-log.md ("Wrong
verdicts and undetected decidable claims, round 31")."""

from __future__ import annotations

from conftest import dated_article as _article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.analyses import visits
from analysis.evidence import verdicts as v
from analysis.vocab import Label

# --- a group of goods with its members in apposition ---------------------------------------


def test_members_in_apposition_to_their_group_are_the_goods(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing has banned exports to the United States of the strategic minerals germanium "
        "and gallium.",
        "2025-01-10",
    )
    x = _about(found, "banned exports")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_members_after_a_dash_and_including_are_the_goods(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals – including germanium and "
        "gallium – to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}, x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_good_after_and_is_not_a_member_of_the_group(tmp_path):
    found = _verdicts(
        tmp_path,
        "China has imposed an export ban on strategic minerals and gallium to the United States.",
        "2025-01-10",
    )
    x = _about(found, "export ban on strategic minerals")
    assert "critical_minerals" in x.claim.frame.goods, x.claim.frame
    assert x.verdict == Label.PARTLY, x.rationale


# --- a person's own visits counted with no window ------------------------------------------


def test_one_off_is_unsupported_for_an_exact_count():
    events = ["Yellen, visit 1", "Yellen, visit 2"]
    assert v.decide_ordinal(3, events, events[-1], exact=True).label == Label.UNSUPPORTED
    assert v.decide_ordinal(2, events, events[-1], exact=True).label == Label.SUPPORTED
    # twin: a count over a window stays fuzzy
    assert v.decide_ordinal(3, events, events[-1]).label == Label.PARTLY


def test_a_persons_own_trip_one_off_is_partly_while_visits_are_a_selection(tmp_path):
    # the visits table holds a selection of visits (its descriptor's `coverage`), so a
    # person's own count may miss earlier ones: one off stays partly supported (review of
    # round 31, finding 3: it was unsupported)
    found = _verdicts(
        tmp_path,
        "Janet Yellen's third trip to China as Treasury Secretary began on 4 April 2024.",
        "2024-04-10",
    )
    x = _about(found, "third trip")
    assert x.verdict == Label.PARTLY, x.rationale


def _visits_complete(monkeypatch):
    """The visits table as if its descriptor held every visit from its first day."""
    covered, complete = visits.coverage()
    monkeypatch.setattr(visits, "coverage", lambda: (covered, complete | {visits.VISIT}))


def test_a_whole_record_counts_exactly(tmp_path, monkeypatch):
    # with visits complete and the person's only listed office begun after the table's
    # first day (Blinken, 2021), one off is unsupported
    _visits_complete(monkeypatch)
    found = _verdicts(
        tmp_path, "Antony Blinken's third trip to China began on 24 April 2024.", "2024-04-30"
    )
    x = _about(found, "third trip")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_an_office_begun_before_the_table_is_no_whole_record(monkeypatch):
    # twin: an office begun before the table's first day may hold visits it lacks (Ross,
    # Commerce Secretary from 2017); an office without a start likewise (Yellen's Fed chair)
    _visits_complete(monkeypatch)
    assert visits.whole_record("Antony Blinken")
    assert not visits.whole_record("Wilbur Ross")
    assert not visits.whole_record("Janet Yellen")


def test_a_persons_own_trip_counted_right_stays_supported(tmp_path):
    found = _verdicts(
        tmp_path,
        "Janet Yellen's second trip to China as Treasury Secretary began on 4 April 2024.",
        "2024-04-10",
    )
    x = _about(found, "second trip")
    assert x.verdict == Label.SUPPORTED, x.rationale


# --- a day without a year in the future tense, days before the article ----------------------


def test_a_future_day_just_before_the_article_is_that_day(tmp_path):
    text = "Effective March 1, export curbs on tin will be implemented by Ruritania."
    art = _article(tmp_path, text, "2023-03-06")
    days = [d for d in art.dates if d.text == "March 1"]
    assert days and str(days[0].start) == "2023-03-01", days


def test_a_future_day_long_before_the_article_is_next_years(tmp_path):
    # twin: a day more than `FUTURE_GRACE` before the article still looks ahead a year
    text = "Effective March 1, export curbs on tin will be implemented by Ruritania."
    art = _article(tmp_path, text, "2023-04-20")
    days = [d for d in art.dates if d.text == "March 1"]
    assert days and str(days[0].start) == "2024-03-01", days


# --- a ban lifted for the claimed good by a partial suspension ------------------------------


def test_a_ban_suspended_for_the_claimed_good_is_no_ban_on_it(tmp_path):
    found = _verdicts(
        tmp_path,
        "Beijing's ban on exports of antimony to the United States is still in force.",
        "2025-12-15",
    )
    x = _about(found, "ban on exports of antimony")
    # the ban's suspension leaves antimony needing a licence: misleading
    assert x.verdict == Label.MISLEADING, x.rationale


def test_the_same_ban_before_its_suspension_stands(tmp_path):
    # twin: before the suspension began the ban stood
    found = _verdicts(
        tmp_path,
        "Beijing's ban on exports of antimony to the United States is still in force.",
        "2025-03-15",
    )
    x = _about(found, "ban on exports of antimony")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_suspension_of_other_goods_leaves_the_ban_standing(tmp_path):
    # twin: the suspension names gallium, germanium, antimony, superhard materials and
    # graphite; the ban on exports to US military users of dual-use items stays
    found = _verdicts(
        tmp_path,
        "China has banned exports of dual-use items to the United States.",
        "2025-12-15",
    )
    x = _about(found, "banned exports of dual-use items")
    # the ban stands for the other dual-use items, not in full: partly supported
    assert x.verdict == Label.PARTLY, x.rationale
