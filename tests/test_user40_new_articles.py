"""Faults found reading four new articles as a user would (round 40, branch user40), on
made-up sentences dated as an article of that day would be: a legal basis that lists
several instruments ("in accordance with the Export Control Law, the Regulations ..., and
other relevant laws and regulations") is a basis up to its last law, not a law the clause
enacts; a numbered document the claim names ("Announcement No. 61 of 2025") singles out
the catalog measure whose instrument cites it, not another measure of its day; a measure
named a practice by its predicate ("Export control on ... is international customary
practice") is not a measure taken."""

from __future__ import annotations

from conftest import dated_verdicts, first_verdict_with

from analysis.article import claim_words, measure_reading
from analysis.vocab import Label

# The catalog, as bundled: row 117 is MOFCOM Announcements No. 61 and No. 62 of 2025 (rare
# earths, 9 October 2025); row 119 the Unreliable Entity List round of the same day.
_ANNOUNCEMENT_61 = 117

_BASIS = (
    "in accordance with the Export Control Law, the Regulations on Export Control of "
    "Dual-Use Items, and other relevant laws and regulations"
)


def _basis(text: str) -> str:
    m = claim_words.patterns()["legal_basis"].search(text)
    return m.group(0) if m else ""


def test_a_legal_basis_runs_through_its_list_of_instruments():
    assert _basis(f"{_BASIS}, on 9 October the ministry imposed licences") == _BASIS
    # controls: a basis of one law ends at its comma; an item naming no law ends the list
    one = "in accordance with the Export Control Law, the ministry imposed licences"
    assert _basis(one) == "in accordance with the Export Control Law"
    other = "pursuant to the Act, the ministry and its agencies imposed licences"
    assert _basis(other) == "pursuant to the Act"
    # ... nor one naming a law only past its first ten words: the main clause, not a basis
    main = (
        "according to the Export Control Law, the government can prohibit or restrict "
        "transactions with importers listed on the control list under the law"
    )
    assert _basis(main) == "according to the Export Control Law"


def test_a_listed_basis_makes_no_law_claim():
    clause = "the Regulations on Export Control of Dual-Use Items, and other relevant laws"
    sentence = f"{_BASIS}, the ministry imposed export licences on rare earths"
    assert measure_reading.action(sentence) == "licence"
    # control: a law that is enacted, not cited as a basis, stays a law
    assert measure_reading.action(f"China adopted {clause}") == "law"


def _rows(x) -> list[int]:
    return [r for e in x.evidence for r in e.rows]


def test_a_numbered_document_singles_out_the_measure_citing_it(tmp_path):
    said = "China's commerce ministry imposed export controls on 9 October."
    x = first_verdict_with(
        tmp_path, f"Regarding Announcement No. 61 of 2025, {said}", "2025-10-10", "Announcement"
    )
    assert x.verdict == Label.SUPPORTED
    assert _rows(x) == [_ANNOUNCEMENT_61]
    # controls: no document, or one no measure cites, leaves the day's measures to the days
    for text in (said, f"Regarding Announcement No. 99 of 2025, {said}"):
        assert _ANNOUNCEMENT_61 not in _rows(dated_verdicts(tmp_path, text, "2025-10-10")[0])


def test_a_document_of_another_year_is_not_cited(tmp_path):
    text = (
        "Regarding Announcement No. 61 of 2024, China's commerce ministry imposed export controls."
    )
    assert all(
        _ANNOUNCEMENT_61 not in _rows(x) for x in dated_verdicts(tmp_path, text, "2025-10-10")
    )


def test_the_legal_basis_clause_of_an_announcement_is_checked_on_it(tmp_path):
    text = (
        f"{_BASIS[0].upper()}{_BASIS[1:]}, on 9 October MOFCOM issued Announcement No. 61 of "
        "2025, imposing export controls on rare earth items."
    )
    x = first_verdict_with(tmp_path, text, "2025-10-10", "Regulations")
    assert x.verdict == Label.SUPPORTED
    assert _rows(x) == [_ANNOUNCEMENT_61]


def test_a_measure_named_a_practice_by_its_predicate_is_not_decided(tmp_path):
    said = "Export control on gallium and germanium items is international customary practice."
    x = first_verdict_with(tmp_path, said, "2023-08-01", "practice")
    assert x.verdict == Label.NOT_CHECKABLE
    assert "practice" in x.rationale
    # controls: the measure a clause imposes stays checked, with "which is common practice"
    # after a comma, and so does one that is not named a practice
    for text in (
        "China imposed export controls on gallium and germanium, which is common practice.",
        "Export controls on gallium and germanium took effect in August 2023.",
    ):
        y = first_verdict_with(tmp_path, text, "2023-08-02", "gallium")
        assert y.verdict == Label.SUPPORTED, (text, y.rationale)
