"""Explainers and timelines (batch fcx10): made-up texts. Rules: docs/factcheck-log.md
("Readings for explainers and timelines") and docs/article.md."""

from __future__ import annotations

from conftest import dated_article

from analysis.article import lead_in, presupposed, timeline
from analysis.article.text import sentences

# A timeline of made-up events, published long after them.
_TIMELINE = (
    "March 3, 2023\n"
    "The ministry announces licences for tungsten exports, effective March 20.\n"
    "\n"
    "May 2, 2023\n"
    "Washington raises tariffs on Chinese steel to 40%.\n"
)


def _days(art) -> dict[str, str]:
    return {d.text: str(d.date) for d in art.dates}


def test_a_date_in_an_entry_is_read_from_the_entry_s_day_not_the_article_s(tmp_path):
    # "effective March 20" in an article of September 2024 would look ahead to March 2025;
    # under the entry of March 3, 2023 it is the March 20 after that day
    art = dated_article(tmp_path, _TIMELINE, "2024-09-30")
    assert _days(art)["March 20"] == "2023-03-20", _days(art)


def test_an_entry_s_undated_claim_is_of_the_entry_s_day(tmp_path):
    art = dated_article(tmp_path, _TIMELINE, "2024-09-30")
    (claim,) = [c for c in art.claims if "steel" in c.text]
    assert [(w.text, w.start) for w in claim.frame.when] == [("May 2, 2023", "2023-05-02")], (
        claim.frame
    )


def test_entries_may_open_with_their_date_and_a_colon(tmp_path):
    text = (
        "Jan. 9: Ottawa acts on graphite\n"
        "Ottawa bans graphite exports to Japan.\n"
        "Jan. 20: Tokyo answers\n"
        "Officials meet in Osaka.\n"
    )
    art = dated_article(tmp_path, text, "2024-03-15")
    (claim,) = [c for c in art.claims if c.text.startswith("Ottawa bans")]
    assert [(w.text, w.start) for w in claim.frame.when] == [("Jan. 9", "2024-01-09")], claim.frame


def test_one_dated_line_is_a_headline_not_a_timeline(tmp_path):
    # a single line opening with a date heads nothing: the article's date still decides
    text = _TIMELINE.split("\n\n")[0]
    art = dated_article(tmp_path, text, "2024-09-30")
    assert _days(art)["March 20"] != "2023-03-20", _days(art)
    assert timeline.MIN_ENTRIES == 2


def test_entries_run_from_their_date_line_to_the_next():
    text = "Intro line.\nApril 1, 2022\nOne.\nTwo.\nApril 9, 2022\nThree.\n"
    sents = sentences(text)

    class _Ref:
        def __init__(self, word: str) -> None:
            self.start_char = text.index(word)
            self.end_char = self.start_char + len(word)
            self.granularity = "day"

    found = timeline.entries(text, sents, [_Ref("April 1, 2022"), _Ref("April 9, 2022")])
    assert [(e.first, e.last, e.heading) for e in found] == [(1, 3, 0), (4, 5, 1)]
    assert timeline.entry_at(found, 0) is None


class _Ref:
    """A day expression of a made-up text, where `word` stands."""

    def __init__(self, text: str, word: str) -> None:
        self.start_char = text.index(word)
        self.end_char = self.start_char + len(word)
        self.granularity = "day"


def _entries(text: str, *days: str) -> list[tuple[int, int, int]]:
    found = timeline.entries(text, sentences(text), [_Ref(text, d) for d in days])
    return [(e.first, e.last, e.heading) for e in found]


def test_the_last_entry_ends_after_as_many_lines_as_the_longest_before_it():
    text = "April 1, 2022\nOne.\nTwo.\nApril 9, 2022\nThree.\nFour.\nFive.\n"
    assert _entries(text, "April 1, 2022", "April 9, 2022") == [(0, 2, 0), (3, 5, 1)]


def test_the_last_entry_ends_before_a_heading():
    text = "April 1, 2022\nOne.\nTwo.\nApril 9, 2022\nThree.\nWhat comes next\nFour.\n"
    assert _entries(text, "April 1, 2022", "April 9, 2022") == [(0, 2, 0), (3, 4, 1)]


def test_prose_after_a_timeline_is_read_from_the_article_s_day(tmp_path):
    text = (
        _TIMELINE + "\nAnalysts say the ministry refines most tungsten today.\n"
        "Ottawa banned exports of graphite last month.\n"
    )
    art = dated_article(tmp_path, text, "2025-03-30")
    assert _days(art)["today"] == "2025-03-30", _days(art)
    (after,) = [c for c in art.claims if "graphite" in c.text]
    assert [(w.text, w.start) for w in after.frame.when] == [("last month", "2025-02-01")]
    # the last entry's own claim is still of the entry's day
    (steel,) = [c for c in art.claims if "steel" in c.text]
    assert [(w.text, w.start) for w in steel.frame.when] == [("May 2, 2023", "2023-05-02")]


def test_a_list_item_acts_through_its_intro_line(tmp_path):
    # the item names only the target ("US soybeans"); the measure before it is Washington's
    text = (
        "Washington imposed a 15% tariff on Chinese steel on May 2, 2023.\n"
        "Beijing answered with:\n"
        "20% duties on US soybeans.\n"
    )
    art = dated_article(tmp_path, text, "2023-06-01")
    (item,) = [c for c in art.claims if "soybeans" in c.text]
    assert item.frame.actor_country == "CHN", item.frame


def test_a_list_item_s_intro_must_end_with_a_colon():
    text = "Beijing answered.\n20% duties on US soybeans.\n"
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) is None
    text = "Beijing answered with:\n10% duties on US corn.\n20% duties on US soybeans.\n"
    assert lead_in.lead(text, sentences(text), 2, whole_lines=True) == 0


def test_a_line_reporting_speech_introduces_no_list(tmp_path):
    # the statement's speaker is not the actor of the passive sentence after the quotation
    text = (
        "Beijing said in a statement:\n"
        '"We oppose the bullying."\n'
        "Export controls on advanced chips were tightened on 17 October 2023.\n"
    )
    art = dated_article(tmp_path, text, "2023-11-01")
    (claim,) = [c for c in art.claims if "chips" in c.text]
    assert claim.frame.actor_country != "CHN", claim.frame
    text = "Beijing said in a statement:\nExport controls on chips were tightened.\n"
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) is None


def test_a_line_adding_to_a_told_act_introduces_a_list(tmp_path):
    # "added" before the colon adds items to the act, it reports no speech
    text = (
        "Washington raised its tariff on all Chinese goods to 54% on 2 April 2025.\n\n"
        "Beijing hit back two days later and added:\n\n"
        "Export controls on samarium, gadolinium and five other rare earths.\n\n"
        "A 34% tariff on all US goods.\n"
    )
    art = dated_article(tmp_path, text, "2025-04-20")
    items = [c for c in art.claims if "samarium" in c.text or "34%" in c.text]
    assert len(items) == 2, [c.text for c in art.claims]
    assert all(c.frame.actor_country == "CHN" for c in items), [c.frame for c in items]
    # control: a verb of saying right before the colon still reports speech
    for line in ("Beijing said in a statement:", "The minister told reporters:"):
        text = f"{line}\nExport controls on chips were tightened.\n"
        assert lead_in.lead(text, sentences(text), 1, whole_lines=True) is None, line
    text = "Beijing said it would respond with:\nExport controls on gallium.\n"
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) == 0


def test_a_line_reporting_speech_introduces_a_list_its_words_announce():
    text = "BIS said the revisions include:\n10 entities in China.\n12 entities in Iran.\n"
    assert lead_in.lead(text, sentences(text), 2, whole_lines=True) == 0


def test_an_item_or_a_line_between_of_two_sentences_is_no_list_item():
    # with whole_lines, the item and every line up to the colon line are one sentence each
    text = "Beijing answered with:\n15% duties on US coal. More came later.\n"
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) is None
    text = "Beijing answered with:\n15% duties on coal. And more.\n10% duties on US oil.\n"
    assert lead_in.lead(text, sentences(text), 3, whole_lines=True) is None
    # control: one sentence a line
    text = "Beijing answered with:\n15% duties on US coal.\n10% duties on US oil.\n"
    assert lead_in.lead(text, sentences(text), 2, whole_lines=True) == 0


def test_a_quotation_line_is_no_list_item():
    text = 'Beijing answered with:\n"No comment."\n20% duties on US soybeans.\n'
    assert lead_in.lead(text, sentences(text), 2, whole_lines=True) is None
    text = "Beijing answered with:\n10% duties on US corn.\n20% duties on US soybeans.\n"
    assert lead_in.lead(text, sentences(text), 2, whole_lines=True) == 0


def test_a_quoted_line_under_a_list_intro_is_no_item():
    # round 23's second review, tests 16-22: the line itself in quotation marks is speech
    text = 'Beijing answered with:\n"20% duties on US soybeans."\n'
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) is None
    # control: the same line unquoted is an item
    text = "Beijing answered with:\n20% duties on US soybeans.\n"
    assert lead_in.lead(text, sentences(text), 1, whole_lines=True) == 0


def test_a_line_naming_its_own_actor_ends_the_list(tmp_path):
    text = (
        "Beijing answered with:\n"
        "15% tariffs on US coal.\n"
        "Washington raised tariffs on Chinese steel.\n"
        "Export controls on advanced chips were tightened on 17 October 2023.\n"
    )
    art = dated_article(tmp_path, text, "2023-11-01")
    (claim,) = [c for c in art.claims if "chips" in c.text]
    assert claim.frame.actor_country != "CHN", claim.frame
    # an item between that names no actor keeps the list going
    text = "Beijing answered with:\n15% tariffs on US coal.\n20% duties on US soybeans.\n"
    art = dated_article(tmp_path, text, "2023-11-01")
    (item,) = [c for c in art.claims if "soybeans" in c.text]
    assert item.frame.actor_country == "CHN", item.frame


def test_verbs_that_raise_or_take_back_a_measure_assert_it():
    # "their duties" names a measure as given; a verb that raises or takes it back asserts
    # a change of it, which the catalog records
    for text in (
        "Both countries rolled back their duties last week.",
        "Ottawa increases its tariffs on steel by a further 5%.",
        "The government doubled its levies on imported cars.",
    ):
        assert not presupposed.presupposes_measure(text), text
    assert presupposed.presupposes_measure("Their duties cost importers $5 billion.")
