"""Contacts told inside a measure's sentence or by their participants (round 33, fx33v): a
contact after a measure's act by a word of sequence ("The tariff increase went ahead even
after American and Chinese negotiators met in Washington on Thursday") is a claim apart,
checked against the timeline; a bare weekday told in no tense ("a dinner Saturday", in a
story of Sunday) is the nearer one; "the two men also spoke in June to defuse tensions over
... restrictions" is a contact of the pair named before it. Made-up sentences built from the
`visits` rows. Rules: docs/factcheck-log.md, "Contacts told by their roles, weekdays and day
spans (round 33, branch fx33v)"."""

from __future__ import annotations

import datetime as dt

from conftest import checked_about, dated_article, dated_verdicts, read_rows

from analysis.analyses import visits
from analysis.vocab import Label


def _talks() -> dict[str, str]:
    """The latest two-day round of talks held in one city of the United States or China."""
    rows = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == "talks"
        and r["host_country"] in ("USA", "CHN")
        and ";" not in r["places"]
        and r["end"]
        and (dt.date.fromisoformat(r["end"]) - dt.date.fromisoformat(r["start"])).days == 1
    ]
    return rows[-1]


def _leaders(kind: str) -> tuple[str, str, dict[str, str]]:
    """The latest contact of a kind naming both leaders among its people."""
    row = [r for r in read_rows("sources/visits.csv") if r["kind"] == kind][-1]
    names = [n for n, _ in visits.people(row["visitors"] + ";" + row["hosts"])]
    return names[0], names[1], row


def _day(row: dict[str, str], key: str, shift: int = 0) -> dt.date:
    return dt.date.fromisoformat(row[key]) + dt.timedelta(days=shift)


def _negotiators(first: dt.date, last: dt.date, city: str) -> str:
    return (
        "The tariff increase went ahead even after American and Chinese negotiators met in "
        f"{city} on {first:%A} and again on {last:%A}."
    )


def test_a_round_of_talks_after_a_measure_is_a_contact_claim(tmp_path):
    """Cut at "even after": the contact is checked against the round (was read as the
    tariff increase's claim, not checkable in the catalog)."""
    row = _talks()
    text = _negotiators(_day(row, "start"), _day(row, "end"), row["places"])
    x = checked_about(tmp_path, text, _day(row, "end").isoformat(), "negotiators met")
    assert x.claim.text.startswith("even after American"), x.claim.text
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_round_on_other_days_is_unsupported(tmp_path):
    """The twin: the weekdays two days before the round's, told on its last day."""
    row = _talks()
    text = _negotiators(_day(row, "start", -2), _day(row, "end", -2), row["places"])
    x = checked_about(tmp_path, text, _day(row, "end").isoformat(), "negotiators met")
    assert x.rule == "event dates" and x.verdict == Label.UNSUPPORTED, x.rationale


def test_the_measure_before_the_contact_keeps_its_own_claim(tmp_path):
    row = _talks()
    text = _negotiators(_day(row, "start"), _day(row, "end"), row["places"])
    found = dated_verdicts(tmp_path, text, _day(row, "end").isoformat())
    first = [x for x in found if x.claim.text.startswith("The tariff increase")]
    assert first and "negotiators" not in first[0].claim.text, [x.claim.text for x in found]


def test_a_leaders_dinner_on_a_weekday_in_no_tense_is_the_day_before(tmp_path):
    """'emerged after a dinner Saturday', in a story of the Sunday after: that Saturday,
    the nearer one (was the coming Saturday, six days on: unsupported)."""
    a, b, row = _leaders("leaders_meeting")
    day = _day(row, "start")
    place = row["places"].split(";")[0]
    text = (
        f"The truce between the U.S. and China emerged after a meeting {day:%A} "
        f"between {a} and {b} in {place}."
    )
    x = checked_about(tmp_path, text, _day(row, "start", 1).isoformat(), "meeting")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_weekday_said_ahead_stays_ahead(tmp_path):
    """The twin: future words keep the coming weekday ("will hold a dinner Saturday")."""
    a, b, row = _leaders("leaders_meeting")
    day = _day(row, "start")
    text = f"{a} and {b} will hold a meeting {day:%A} in {row['places'].split(';')[0]}."
    found = dated_verdicts(tmp_path, text, _day(row, "start", 1).isoformat())
    when = [w for x in found if x.claim.frame for w in x.claim.frame.when]
    assert when and when[0].start == _day(row, "start", 7).isoformat(), when


def test_the_two_men_spoke_in_a_month_is_their_call(tmp_path):
    """'The two men also spoke in <month> to defuse tensions over ... export restrictions':
    the last two people named before, their call that month (was a measure claim, not
    checkable)."""
    a, b, row = _leaders("call")
    day = _day(row, "start")
    text = (
        f"{a} praised {b} on social media. The two men also spoke in {day:%B} to defuse "
        "tensions over China's restrictions on the export of rare earth elements."
    )
    x = checked_about(tmp_path, text, _day(row, "start", 40).isoformat(), "two men")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def _third_country_talks() -> dict[str, str]:
    """The latest two-day round of talks held in a third country (both delegations listed)."""
    rows = [
        r
        for r in read_rows("sources/visits.csv")
        if r["kind"] == "talks"
        and r["host_country"] not in ("USA", "CHN")
        and r["end"]
        and (dt.date.fromisoformat(r["end"]) - dt.date.fromisoformat(r["start"])).days == 1
    ]
    return rows[-1]


def _span_words(row: dict[str, str], shift: int = 0) -> str:
    first, last = _day(row, "start", shift), _day(row, "end", shift)
    return f"{first:%B} {first.day}–{last.day}"


def test_a_span_of_days_month_first_is_an_interval(tmp_path):
    """'July 28–29': both days (was the first day alone)."""
    row = _third_country_talks()
    text = f"The talks were held in {row['places']} on {_span_words(row)}."
    art = dated_article(tmp_path, text, _day(row, "end", 1).isoformat())
    spans = [(d.start, d.end) for d in art.dates if "–" in d.text]
    assert spans == [(_day(row, "start"), _day(row, "end"))], [d.text for d in art.dates]


def _delegation(row: dict[str, str], shift: int = 0) -> str:
    """The Chinese lead named in apposition, the US delegation led by the first US visitor."""
    people = visits.people(row["visitors"])
    chinese = next(n for n, role in people if "Premier" in role)
    us_name, us_role = people[0]
    return (
        f"On {_span_words(row, shift)}, the Chinese lead representative, Vice Premier "
        f"{chinese}, held discussions with the U.S. delegation led by {us_role} {us_name} "
        f"in {row['places']}."
    )


def test_a_delegation_on_a_month_first_span_is_supported(tmp_path):
    """'On July 28–29, ... held discussions with the U.S. delegation led by ...': the round
    of those days."""
    row = _third_country_talks()
    text = _delegation(row)
    x = checked_about(tmp_path, text, _day(row, "end", 1).isoformat(), "held discussions")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale


def test_the_delegation_on_other_days_is_unsupported(tmp_path):
    """The twin: the same delegation a week earlier than the round."""
    row = _third_country_talks()
    text = _delegation(row, -7)
    x = checked_about(tmp_path, text, _day(row, "end", 1).isoformat(), "held discussions")
    assert x.rule == "event dates" and x.verdict == Label.UNSUPPORTED, x.rationale
