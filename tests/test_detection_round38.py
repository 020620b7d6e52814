"""Check-worthy clauses the detector dropped (round 38, branch fx38b): offices whose title
holds an organisation's or a country's possessive, or the press's other words for an
office. Made-up sentences on stated dates; the verdicts come from the bundled data, never
typed. Rules: docs/factcheck-log.md, "round 38, branch fx38b"."""

from __future__ import annotations

import datetime as dt

from conftest import (
    dated_verdicts,
    inside_office,
    measure_row,
    office_labels,
    office_term,
    office_verdicts,
)

from analysis.article import gazetteer as gz
from analysis.article import measure_reading, name_lists, opinions
from analysis.vocab import Label


def _wang_in_office() -> dt.date:
    """A day a year into Wang Wentao's term as commerce minister (the table gives no end)."""
    person = gz.person("Wang Wentao")
    assert person is not None
    term = next(o for o in person.offices if "commerce" in o.keywords)
    assert term.start and not term.end
    return term.start + dt.timedelta(days=365)


def test_a_possessive_inside_an_organisations_name_is_no_owner_of_the_title(tmp_path):
    """ "Minister of China's Ministry of Commerce": the possessive opens the ministry's name,
    not another person's office ("the president's envoy")."""
    text = "Wang Wentao, Minister of China's Ministry of Commerce."
    assert office_labels(tmp_path, text, _wang_in_office(), "Minister of") == [Label.SUPPORTED]
    wrong = text.replace("Commerce", "Foreign Affairs")
    assert office_labels(tmp_path, wrong, _wang_in_office(), "Minister of") == [Label.UNSUPPORTED]


def test_a_possessive_of_another_office_still_makes_the_title_anothers(tmp_path):
    text = "Wang Wentao, China's president's envoy, said so."
    assert office_verdicts(tmp_path, text, _wang_in_office()) == []


def test_prime_minister_names_chinas_premier(tmp_path):
    """China's press writes "Vice Prime Minister" for a vice premier (`title_synonyms`)."""
    day = inside_office(office_term("Liu He", "premier"))
    text = "Yellen met Vice Prime Minister Liu He and others."
    assert office_labels(tmp_path, text, day, "Liu He") == [Label.SUPPORTED]
    # without "vice" it names the premiership, which he never held
    bare = "Yellen met Prime Minister Liu He and others."
    assert Label.SUPPORTED not in office_labels(tmp_path, bare, day, "Liu He")


GALLIUM = "China announced export controls on gallium and germanium on Monday. "
GALLIUM_DAY = "2023-07-04"
WHEN = "2025-04-05"


def _about(tmp_path, text: str, words: str) -> list[Label]:
    return [x.verdict for x in dated_verdicts(tmp_path, text, GALLIUM_DAY) if words in x.claim.text]


def test_one_of_a_set_of_measures_told_before_tells_its_scope(tmp_path):
    """ "One of the measures covers X", "Another measure covers Y": the measure told before,
    its goods checked (`measure_part_subject`)."""
    assert _about(tmp_path, GALLIUM + "One of the measures covers gallium metal.", "One of") == [
        Label.SUPPORTED
    ]
    assert _about(tmp_path, GALLIUM + "Another measure covers rare earths.", "Another") == [
        Label.UNSUPPORTED
    ]


def test_a_bare_plural_measure_noun_tells_scope_only_after_a_measure(tmp_path):
    """ "Measures span X" right after a measure is told; alone, it refers to nothing."""
    after = GALLIUM + "Measures span gallium and germanium products."
    assert _about(tmp_path, after, "Measures span") == [Label.SUPPORTED]
    assert _about(tmp_path, "Measures span many areas of policy.", "Measures") == []


def test_a_part_of_other_things_is_no_measure_scope(tmp_path):
    text = "Trump and Xi met on Monday. The rest of the talks covered fentanyl."
    assert _about(tmp_path, text, "The rest") == []


def test_a_dash_before_a_summing_up_noun_phrase_ends_the_measure_clause(tmp_path):
    """ "...—moves widely seen as retaliation": the characterisation is a clause of its own,
    so the ban before it stays a claim (`summary_apposition`)."""
    ban = "China banned the export of dual-use items to 16 U.S. companies"
    for dash in ("—", " – ", " - "):
        found = dated_verdicts(tmp_path, f"{ban}{dash}moves widely seen as retaliation.", WHEN)
        assert [x.claim.text for x in found] == [ban]


def test_a_dash_before_other_words_keeps_the_clause_whole(tmp_path):
    """Only a noun summing up the clause cuts it: "—metals seen as vital" is the goods'
    characterisation, so the clause stays an opinion; an aside set off by two dashes is
    no cut either."""
    text = "China banned the export of gallium—metals widely seen as vital."
    assert dated_verdicts(tmp_path, text, WHEN) == []
    aside = "China—moves aside—banned the export of gallium, a step seen as retaliation."
    assert [x.claim.text for x in dated_verdicts(tmp_path, aside, WHEN)] == [
        "China—moves aside—banned the export of gallium"
    ]


def _day(value) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def _long_form(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def test_a_named_rule_issued_on_a_day_is_a_dated_measure_claim(tmp_path):
    """ "The AI Diffusion Rule was issued on D": a passive of issuing with the rule named
    (`issued_passive`), matched to the catalog by the rule's name, its day checked."""
    row = measure_row("usa-2025-01-13-ai-diffusion-rule")
    announced = _day(row["announced"])
    later = (announced + dt.timedelta(days=120)).isoformat()
    right = f"The AI Diffusion Rule was issued on {_long_form(announced)}."
    wrong = f"The AI Diffusion Rule was issued on {_long_form(announced + dt.timedelta(days=60))}."
    assert [x.verdict for x in dated_verdicts(tmp_path, right, later)] == [Label.SUPPORTED]
    assert [x.verdict for x in dated_verdicts(tmp_path, wrong, later)] == [Label.UNSUPPORTED]


def test_other_things_issued_are_no_measure_claim(tmp_path):
    assert dated_verdicts(tmp_path, "The report was issued on Monday.", WHEN) == []


def test_new_rules_introduced_in_the_passive_are_a_restriction():
    """ "Stricter limitations were also introduced on export of ...": the passive of the cue
    "introduced stricter limitations" (`measure_cues` restriction)."""
    assert (
        measure_reading.action("Stricter limitations were also introduced on export of technology")
        == "restriction"
    )
    assert measure_reading.action("New rules were introduced on exports of gallium") == (
        "restriction"
    )


def test_rules_introduced_without_new_words_are_no_restriction():
    """Rules introduced with no word of their being new or stricter, or other things made
    stricter, restrict no trade."""
    assert measure_reading.action("The old rules were introduced in 2006") == ""
    assert measure_reading.action("Stricter dress codes were introduced at the office") == ""


def test_an_office_title_with_commas_is_read_whole(tmp_path):
    """ "Minister of Economy, Trade, and Industry" (an Oxford comma or none) is one title of
    the officials table, not three clauses (`name_lists.office_names`)."""
    person = gz.person("Yasutoshi Nishimura")
    assert person is not None
    term = next(o for o in person.offices if "trade" in o.keywords)
    assert term.start
    day = term.start + dt.timedelta(days=300)
    for title in (
        "Japanese Minister of Economy, Trade, and Industry",
        "Japan's Minister of Economy, Trade and Industry",
    ):
        text = f"Yasutoshi Nishimura, {title}, said so."
        assert office_labels(tmp_path, text, day, "Minister") == [Label.SUPPORTED]
    before = term.start - dt.timedelta(days=400)
    early = "Yasutoshi Nishimura, Japanese Minister of Economy, Trade, and Industry, said so."
    assert Label.SUPPORTED not in office_labels(tmp_path, early, before, "Minister")


def test_a_list_of_portfolios_named_by_no_office_is_still_cut():
    assert name_lists.office_names("the Ministry of Economy, Trade and Industry said") == []


def test_a_forecast_word_in_a_relative_clause_about_people_characterises_them():
    """ "... by Chinese chipmakers who could contribute to ...": the clause states the
    restriction (`characterised_people`); "a bill that would ban" stays a forecast."""
    text = (
        "Washington moved to restrict access to advanced technology by Chinese chipmakers "
        "who could contribute to military advances"
    )
    assert opinions.is_opinion(text) is None
    assert opinions.is_opinion("Lawmakers introduced a bill that would ban chip exports")
    assert opinions.is_opinion("Officials who could not be named spoke")  # no clause before


OCTOBER_2025 = "2025-10-10"  # the day after China's six announcements of 9 October 2025
SET_TOLD = (
    "China on October 9, 2025 announced export controls with extraterritorial reach on rare "
    "earths; they take effect on December 1. "
)


def test_the_rest_of_a_set_is_a_sibling_measure_of_that_day_whatever_its_effective_day(
    tmp_path,
):
    """'The rest of the measures covers X' names a measure of the same day as the one told,
    which may take effect on another day: the told claim's day decides nothing about it
    (round 38, the lead's merge of ent38 and fx38b: The Deep Dive's superhard materials)."""
    text = SET_TOLD + "The rest of the measures covers super-hard materials."
    found = [x for x in dated_verdicts(tmp_path, text, OCTOBER_2025) if "rest" in x.claim.text]
    assert [x.verdict for x in found] == [Label.SUPPORTED]
    assert "superhard" in " ".join(map(str, found[0].evidence[0].values))


def test_the_rest_of_a_set_on_goods_no_measure_of_that_day_covers_is_not_supported(tmp_path):
    text = SET_TOLD + "The rest of the measures covers soybeans."
    found = [x for x in dated_verdicts(tmp_path, text, OCTOBER_2025) if "rest" in x.claim.text]
    assert found and all(x.verdict != Label.SUPPORTED for x in found)
