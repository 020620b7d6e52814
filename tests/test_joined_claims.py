"""Sentences that hold two claims (docs/factcheck-log.md, "Sentences that hold two claims",
round 29, branch split22): a second measure joined by "as well as" or ", and", with no
subject of its own and an action word other than the first's, is a claim apart with its own
span and frame, each decided against its own catalog row; the same act said twice, or a
phrase that only qualifies the clause after it, stays one claim. Made-up sentences; the
measures are the catalog's (China's listing of eleven US firms and its licensing of seven
rare earths, both of 4 April 2025; Huawei's listing of May 2019). An office claim of a titled
name is the title and the name, not the rest of its clause."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, office_verdicts

from analysis.article import claim_words, clauses, joined, measure_reading
from analysis.article.clauses import Piece
from analysis.vocab import Label

_LISTING = "China added eleven US defence firms to its unreliable entity list"
_PUBLISHED = "2025-04-20"


def _verdicts(tmp_path: Path, text: str, published: str = _PUBLISHED) -> list:
    return sorted(dated_verdicts(tmp_path, text, published), key=lambda x: x.claim.start)


def test_as_well_as_a_second_measure_gives_two_claims_each_decided_on_its_own_row(tmp_path):
    text = (
        "On 4 April 2025 China's commerce ministry announced the addition of eleven US drone "
        "makers to its unreliable entity list, as well as export licensing of seven rare earth "
        "elements."
    )
    first, second = _verdicts(tmp_path, text)
    assert first.claim.text.endswith("to its unreliable entity list")
    assert second.claim.text == "export licensing of seven rare earth elements"
    assert (first.claim.frame.action, second.claim.frame.action) == ("listing", "licence")
    assert second.claim.frame.actor_country == "CHN"  # the subject carried over
    assert second.claim.frame.goods == ("rare_earths",)
    assert first.verdict == second.verdict == Label.SUPPORTED, (
        first.rationale,
        second.rationale,
    )
    assert "Unreliable Entity List" in first.rationale
    assert "seven medium and heavy rare earths" in second.rationale


def test_and_a_second_predicate_with_another_act_is_a_claim_apart(tmp_path):
    """The second measure's goods are not lent to the first: the listing names none of its
    own and is matched to its row, not refuted on the rare earths."""
    text = (
        f"On 4 April 2025 {_LISTING}, and required export licences for seven rare earth elements."
    )
    first, second = _verdicts(tmp_path, text)
    assert first.claim.text == f"On 4 April 2025 {_LISTING}"
    assert second.claim.text == "required export licences for seven rare earth elements"
    assert first.claim.frame.goods == ()
    assert first.verdict == second.verdict == Label.SUPPORTED, (
        first.rationale,
        second.rationale,
    )


def test_a_listing_and_what_it_bars_are_two_claims(tmp_path):
    """The chips are what the bar is on, not goods of the listing: the listing names none
    and is matched to Huawei's row."""
    text = (
        "In May 2019 the United States added Huawei to the Entity List, and thus barred it "
        "from buying American chips."
    )
    first, second = _verdicts(tmp_path, text, "2019-07-01")
    assert first.claim.text == "In May 2019 the United States added Huawei to the Entity List"
    assert second.claim.text == "barred it from buying American chips"
    assert first.claim.frame.goods == ()
    assert first.verdict == Label.SUPPORTED, first.rationale
    assert "Huawei" in first.rationale


def test_the_same_act_said_twice_stays_one_claim(tmp_path):
    text = (
        "In December 2024 China banned exports of gallium to the United States, and also "
        "banned exports of germanium."
    )
    (x,) = _verdicts(tmp_path, text, "2025-01-10")
    assert x.claim.text.endswith("and also banned exports of germanium")
    assert x.claim.frame.goods == ("gallium", "germanium")


def test_a_qualifying_phrase_after_and_stays_with_its_clause(tmp_path):
    text = (
        f"On 4 April 2025 {_LISTING}, and with the approval of the State Council required "
        "export licences for seven rare earth elements."
    )
    found = _verdicts(tmp_path, text)
    assert len([x for x in found if "rare earth" in x.claim.text]) == 1
    assert any(_LISTING in x.claim.text and "rare earth" in x.claim.text for x in found)


def test_second_measure_predicate():
    run = [Piece(0, 40, "China added ten firms to its entity list", [])]
    second = Piece(42, 80, "restriction on exports of gallium", [], joined=", as well as")
    assert joined.second_measure(run, second)
    assert not joined.second_measure(
        run, Piece(42, 80, second.text, [], joined="as well as")
    )  # no comma
    subject = Piece(42, 80, "the ministry restricted exports of gallium", [], joined=", and")
    assert not joined.second_measure(run, subject)  # a subject of its own (`own_measures`)
    same = Piece(42, 80, "added five more firms to the list", [], joined=", and")
    assert not joined.second_measure(run, same)


def test_exclusively_is_no_relaxation():
    """'exclusively mined in China' says where the goods come from; it eases nothing."""
    text = "restriction on exports of seven rare earth elements exclusively mined in China"
    assert measure_reading.action(text) == "restriction"
    assert measure_reading.action("goods excluded from the tariffs") == "relaxation"


def _offices(tmp_path: Path, text: str, published: str) -> list[tuple[str, str]]:
    return [(x.claim.text, x.verdict) for x in office_verdicts(tmp_path, text, published)]


def test_an_office_claim_is_the_title_and_the_name_not_what_the_clause_goes_on_to_say(tmp_path):
    """'President X turned up the pressure ... on Friday' holds the office and something
    the officials table cannot decide: the office claim is the title and the name."""
    text = (
        "Commerce Secretary Gina Raimondo turned up the pressure on Beijing on Friday, "
        "threatening new curbs on chips."
    )
    assert _offices(tmp_path, text, "2023-09-01") == [
        ("Commerce Secretary Gina Raimondo", Label.SUPPORTED)
    ]


def test_a_speakers_clause_stays_whole(tmp_path):
    """'Commerce Secretary X said in a statement' says nothing but who spoke: the office
    claim keeps the clause (a sentence's quote and its speaker are one office claim)."""
    text = '"We will act," Commerce Secretary Wilbur Ross said in a statement.'
    assert _offices(tmp_path, text, "2019-05-20") == [
        ("Commerce Secretary Wilbur Ross said in a statement", Label.SUPPORTED)
    ]


def test_a_clause_saying_the_official_took_office_stays_whole(tmp_path):
    text = "President Joe Biden took office on 20 January 2021, promising a review of the tariffs."
    assert _offices(tmp_path, text, "2021-03-01") == [
        ("President Joe Biden took office on 20 January 2021", Label.SUPPORTED)
    ]


def test_a_piece_s_leading_joins_come_from_added_joins():
    # review of round 29: "as well as" was typed in `clauses` too; every `added_joins` word
    # is stripped from a piece's start, whole ("as well as", not "as" alone)
    lead = clauses._lead()
    for join in claim_words.words().added_joins:
        opening = f"{join} new curbs on tin"
        found = lead.match(opening)
        assert found is not None and opening[found.end() :] == "new curbs on tin", join


# A measure told as an act after a word of sequence (round 35, fx35h): the List 3 raise of
# 10 May 2019 and the US chip rule of 2 December 2024 are the catalog's.
_TALKS = "Trade talks in Washington ended without a deal on Friday, hours after "
_RAISE = "the United States raised tariffs on $200 billion of Chinese imports to {}%"


def test_a_measure_told_after_a_word_of_sequence_is_a_claim_apart_checked_on_its_row(tmp_path):
    text = f"{_TALKS}{_RAISE.format(25)}."
    found = _verdicts(tmp_path, text, "2019-05-12")
    measure = found[-1]
    assert measure.claim.text == "hours after " + _RAISE.format(25)
    assert measure.claim.frame.action == "tariff"
    assert measure.verdict == Label.SUPPORTED, measure.rationale
    assert "List 3" in measure.rationale
    # the rate changed: the same claim apart is refuted by its row
    wrong = _verdicts(tmp_path, f"{_TALKS}{_RAISE.format(35)}.", "2019-05-12")[-1]
    assert wrong.claim.text == "hours after " + _RAISE.format(35)
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale


def test_a_measure_after_a_word_of_sequence_with_no_comma_is_cut_from_the_clause_before():
    text = "It made the move after the U.S. government upgraded its controls on chip exports."
    assert joined.measure_breaks(text) == [(text.index(" after"), text.index("after"), " ")]
    assert joined.measure_after(Piece(0, 0, "Donald Trump rolled out tariffs", [], joined="since"))


def test_a_measure_after_a_word_of_sequence_in_the_passive_is_taken_as_given(tmp_path):
    """ "after the export restrictions were announced" takes the measure as given: no claim
    apart, the clause stays not checkable."""
    text = "Antimony shipments fell sharply after the export restrictions were announced."
    assert joined.measure_breaks(text) == []
    (x,) = _verdicts(tmp_path, text, "2024-12-05")
    assert x.claim.text == text.rstrip(".")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
