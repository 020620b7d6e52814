"""Faults found reading four new articles as a user would (round 40, branch user40), on
made-up sentences dated as an article of that day would be: a legal basis that lists
several instruments ("in accordance with the Export Control Law, the Regulations ..., and
other relevant laws and regulations") is a basis up to its last law, not a law the clause
enacts; a numbered document the claim names ("Announcement No. 61 of 2025") singles out
the catalog measure whose instrument cites it, not another measure of its day."""

from __future__ import annotations

from analysis.article import claim_words, measure_reading

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


def test_a_listed_basis_makes_no_law_claim():
    clause = "the Regulations on Export Control of Dual-Use Items, and other relevant laws"
    sentence = f"{_BASIS}, the ministry imposed export licences on rare earths"
    assert measure_reading.action(sentence) == "licence"
    # control: a law that is enacted, not cited as a basis, stays a law
    assert measure_reading.action(f"China adopted {clause}") == "law"
