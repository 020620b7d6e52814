"""Year lines (round 36, fx36f): a line that is only a year ("2023") gives the days under it
that state no year its year, not the article's (analysis/article/year_lines.py)."""

from __future__ import annotations

from conftest import checked_about, dated_article

from analysis.vocab import Label

# China's gallium and germanium licensing took effect on 1 August 2023 (measures.csv
# chn-2023-07-03-gallium-germanium-licensing); its antimony licensing on 15 September 2024
TIMELINE = (
    "Export controls so far:\n"
    "2023\n"
    "• August 1: Licensing took effect for exports of gallium and germanium.\n"
    "• December 21: Beijing banned the export of rare earth extraction technologies.\n"
    "2024\n"
    "• September 15: Licensing took effect for exports of antimony.\n"
    "Uses of the minerals\n"
    "• On March 3 the ministry spoke of antimony."
)


def _days(tmp_path, text, published):
    return {d.text: str(d.date) for d in dated_article(tmp_path, text, published).dates}


def test_a_day_under_a_year_line_takes_its_year(tmp_path):
    days = _days(tmp_path, TIMELINE, "2024-12-12")
    assert days["August 1"] == "2023-08-01"
    assert days["December 21"] == "2023-12-21"
    assert days["September 15"] == "2024-09-15"


def test_a_heading_without_a_date_ends_the_year(tmp_path):
    # "Uses of the minerals" moves on: March 3 is read from the article's date again (the
    # last 3 March on or before it, told in the past), not from the line "2024" above
    days = _days(tmp_path, TIMELINE.replace("2024\n", "2022\n"), "2024-12-12")
    assert days["September 15"] == "2022-09-15"
    assert days["March 3"] == "2024-03-03"


def test_without_a_year_line_the_article_date_gives_the_year(tmp_path):
    text = TIMELINE.replace("2023\n", "").replace("2024\n", "")
    assert _days(tmp_path, text, "2024-12-12")["August 1"] == "2024-08-01"


def test_a_year_in_a_sentence_is_not_a_year_line(tmp_path):
    text = "Exports fell in\n2023 and rose after.\nAugust 1: Licensing took effect for gallium."
    assert _days(tmp_path, text, "2024-12-12")["August 1"] == "2024-08-01"


def test_a_timeline_item_is_checked_on_its_year(tmp_path):
    x = checked_about(tmp_path, TIMELINE, "2024-12-12", "August 1")
    assert x.verdict == Label.SUPPORTED, x.rationale
