"""Faults found reading four new articles as a user would (round 43, branch user43), on
made-up sentences dated as an article of that day would be: a date opening its sentence
before a colon or a dash, with another date of the sentence after it, is the day of the
report ('October 21: China on Friday announced ...'), not the day of what it tells; alone
before its colon it still heads a timeline's entry and dates it."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.vocab import Label


def test_the_report_day_before_a_colon_does_not_date_the_act(tmp_path):
    text = "July 4: China on Monday announced export controls on gallium and germanium."
    x = first_verdict_with(tmp_path, text, "2023-07-04", "announced export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "July 4" not in x.rationale


def test_nor_does_it_date_an_earlier_act_told_in_the_same_sentence(tmp_path):
    text = (
        "October 21: China on Friday announced new curbs on exports of graphite, days after "
        "the United States tightened restrictions on exports of advanced chips."
    )
    x = first_verdict_with(tmp_path, text, "2023-10-21", "United States tightened")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_date_alone_before_its_colon_still_dates_the_entry(tmp_path):
    # controls: a timeline's entry is dated by its heading, right or wrong
    right = "July 3: China announced export controls on gallium and germanium."
    x = first_verdict_with(tmp_path, right, "2023-07-10", "announced export controls")
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = "May 3: China announced export controls on gallium and germanium."
    y = first_verdict_with(tmp_path, wrong, "2023-07-10", "announced export controls")
    assert y.verdict != Label.SUPPORTED, y.rationale
    assert "May 3" in y.rationale


_LONG = (
    "Biggest stories of the year: the chip war reaches the ports of Oakland and Seattle, two "
    "of the busiest gateways on the West Coast of the country."
)


def test_a_long_first_line_before_the_published_line_is_the_headline():
    from analysis.article import document

    text = f"{_LONG}\n\nPublished March 3, 2021\n\nThe port said imports fell in February.\n"
    assert document.from_text(text, annotate=False).title == _LONG


def test_a_long_first_line_with_no_published_line_is_no_headline():
    # controls: the same line opening the text, or before a line of another kind
    from analysis.article import document

    for text in (
        f"{_LONG}\n\nThe port said imports fell in February.\n",
        f"{_LONG}\n\nPublished by the port authority of Oakland.\n",
        f"{_LONG[:-1]}:\n\nPublished March 3, 2021\n\nThe port said imports fell.\n",
    ):
        assert document.from_text(text, annotate=False).title == "", text


def test_an_undated_article_says_how_to_give_its_day(tmp_path):
    from analysis.article import document
    from analysis.evidence import model

    path = tmp_path / "story.txt"
    path.write_text("A deal\n\nChina agreed to buy more American farm goods last week.\n")
    day, basis = model.as_of(document.load(path))
    assert day is None
    assert "story.meta.json" in basis and '"published"' in basis
    # control: given so, the day is the article's and the notice is gone
    (tmp_path / "story.meta.json").write_text('{"published": "2019-10-18"}')
    day, basis = model.as_of(document.load(path))
    assert day is not None and day.isoformat() == "2019-10-18"
    assert "meta.json" not in basis


def test_a_country_whose_ability_a_measure_restricts_is_not_its_actor(tmp_path):
    for text in (
        "The October 2022 controls restrict China's ability to purchase advanced computing chips.",
        "The October 2022 controls restrict the People's Republic of China's (PRC's) ability "
        "to purchase advanced computing chips.",
    ):
        x = first_verdict_with(tmp_path, text, "2023-01-10", "ability")
        assert x.claim.frame.actor_country != "CHN", text
        assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_country_before_its_own_controls_still_acts(tmp_path):
    # control: a possessive before the measure itself names who imposes it
    text = "China's export controls on gallium and germanium took effect in August 2023."
    x = first_verdict_with(tmp_path, text, "2023-09-10", "gallium")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED, x.rationale
