"""Review of round 38 (branch rev38): made-up sentences of other meanings on which two of
the round's rules reached too far. A date after "as of" with the present perfect tells where
things stood that day (fx38d), so a measure announced only after it is not the claim's; China's
"Prime Minister" for its premier (fx38b) is no Japanese title. The days and offices come from
the bundled tables, never typed. Rules: docs/factcheck-log.md, "Review of round 38"."""

from __future__ import annotations

import datetime as dt

from conftest import dated_verdicts, measure_row, office_labels, verdict_about

from analysis.article import presupposed
from analysis.vocab import Label

GALLIUM = "chn-2023-07-03-gallium-germanium-licensing"


def _month(day: dt.date) -> str:
    return day.strftime("%B %Y")


def test_a_state_told_as_of_a_day_before_the_measure_is_refuted(tmp_path):
    """ "As of January 2023, China has restricted ...": nothing of the kind was announced by
    then; the standing date still bounds the measure (it no longer dates it exactly)."""
    m = measure_row(GALLIUM)
    before = (m["announced"] - dt.timedelta(days=120)).date()
    text = f"As of {_month(before)}, China has restricted exports of gallium and germanium."
    found = dated_verdicts(tmp_path, text, "2024-10-01")
    assert verdict_about(found, "China has restricted").verdict == Label.UNSUPPORTED


def test_a_state_told_as_of_a_day_after_the_measure_stands(tmp_path):
    m = measure_row(GALLIUM)
    after = (m["effective"] + dt.timedelta(days=40)).date()
    text = f"As of {_month(after)}, China has restricted exports of gallium and germanium."
    found = dated_verdicts(tmp_path, text, "2024-10-01")
    assert verdict_about(found, "China has restricted").verdict == Label.SUPPORTED


def _premier_day() -> dt.date:
    from analysis.article import gazetteer as gz

    person = gz.person("Li Qiang")
    assert person is not None
    term = next(o for o in person.offices if "premier" in o.keywords)
    assert term.start
    return term.start + dt.timedelta(days=30)


def test_another_countrys_prime_minister_is_not_chinas_premier(tmp_path):
    """`title_synonyms` names China's premiership; a Japanese title is another country's."""
    day = _premier_day()
    said = "Japanese Prime Minister Li Qiang met business leaders."
    assert Label.SUPPORTED not in office_labels(tmp_path, said, day, "Li Qiang")
    chinese = said.replace("Japanese", "Chinese")
    assert office_labels(tmp_path, chinese, day, "Li Qiang") == [Label.SUPPORTED]


def test_a_nationality_word_opening_a_title_names_its_country(tmp_path):
    """ "Japanese Premier Li Qiang" was taken for China's premiership before the round too."""
    day = _premier_day()
    said = "Japanese Premier Li Qiang met business leaders."
    assert Label.SUPPORTED not in office_labels(tmp_path, said, day, "Li Qiang")


def test_a_clause_of_time_dated_past_goods_joined_by_and_is_asserted():
    """fx38c's 'when' adjunct keeps a dated measure; its date may follow goods joined by
    "and", which end an adjunct of role but not the clause of time's date."""
    dated = (
        "Gallium prices jumped when China restricted exports of gallium and germanium in July 2023"
    )
    assert not presupposed.adjunct_only(dated)
    assert presupposed.adjunct_only(dated.removesuffix(" in July 2023"))
    # a date of another clause, after a comma, still dates nothing of the adjunct's
    assert presupposed.adjunct_only(
        "Deliveries were halted when the new controls came into force, as in July 2023"
    )


def _gallium_claim(tmp_path, tail: str) -> Label:
    m = measure_row(GALLIUM)
    text = f"In {_month(m['announced'].date())} China restricted exports of gallium and {tail}."
    found = dated_verdicts(tmp_path, text, "2024-10-01")
    return verdict_about(found, "restricted exports").verdict


def test_goods_set_apart_from_the_measure_are_not_left_out(tmp_path):
    """fx38d's goods left out: "rather than antimony" gives the measure no antimony."""
    assert _gallium_claim(tmp_path, "germanium rather than antimony") == Label.SUPPORTED
    assert _gallium_claim(tmp_path, "germanium instead of antimony") == Label.SUPPORTED


def test_goods_added_with_not_only_are_still_left_out(tmp_path):
    said = "not only germanium but also antimony"
    assert _gallium_claim(tmp_path, said) == Label.PARTLY
    assert _gallium_claim(tmp_path, "germanium and antimony") == Label.PARTLY


def test_half_a_dozen_is_not_a_dozen():
    """fx38a's dozens: "half a dozen" read "a dozen" inside it as twelve."""
    from analysis.article import quantities

    dozen = quantities.quantity("the US added a dozen Chinese entities", [])
    assert dozen is not None and dozen.value == 12
    half = quantities.quantity("the US added half a dozen Chinese entities", [])
    assert half is None or half.value != 12


def test_a_demonym_is_read_where_a_title_opens_longest_form_first():
    """`parties.demonym_at`, which the office check reads a title's nationality with: the
    country and the demonym's end, the longer form first, and nothing inside a word."""
    from analysis.article import gazetteer as gz
    from analysis.article import parties

    text = "said South Korean Prime Minister Han"
    at = text.index("South")
    country, end = parties.demonym_at(text, at)
    assert text[at:end] == "South Korean" and country == gz.demonyms()["South Korean"]
    assert parties.demonym_at("Japanese Premier", 0) == (gz.demonyms()["Japanese"], 8)
    assert parties.demonym_at("Non-Japanese Premier", 4) is None
    assert parties.demonym_at("the Japanese Premier", 0) is None
