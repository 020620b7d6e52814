"""A list of lower-case nouns is no run of clauses (round 39, branch fx39c): "the assembly,
maintenance, repair, and upgrading of these technologies" is one noun phrase, and cut at its
commas the clause around it loses its subject or its verb (`name_lists.noun_lists`). Made-up
sentences. Rules: docs/factcheck-log.md, "round 39, branch fx39c"."""

from __future__ import annotations

import pytest

from analysis.article import document, name_lists

_META = {"headline": "", "outlet": "", "language": "en", "published": "2025-06-01", "url": None}


def _claims(text: str) -> list[str]:
    art = document.from_text(text, dict(_META), None, metadata_where="test")
    return [c.text for c in art.claims]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("covers the assembly, maintenance, repair, and upgrading of kilns", "the assembly"),
        ("its mining, smelting and refining of tin", "its mining"),
        ("these permits, licences, or waivers", "these permits"),
    ],
)
def test_a_list_of_nouns_after_a_determiner_is_one_span(text, listed):
    spans = name_lists.noun_lists(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:].startswith(listed)
    assert text[:end].endswith(("upgrading", "refining", "waivers"))


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose, fell, and rose again.",  # no determiner: clauses of their own
        "The US imposed tariffs, and China retaliated.",  # two clauses
        "the export, and the import",  # two items only
        "the rules, which took effect in May, and the licences",  # a relative clause
        "the tariffs, Ruritania and Freedonia",  # names, not lower-case nouns
    ],
)
def test_clauses_and_short_pairs_are_no_noun_list(text):
    assert name_lists.noun_lists(text) == []


def test_the_clause_around_a_noun_list_stays_whole():
    """Cut at the list's commas, the licence clause lost the saying before it."""
    text = (
        "Ruritania announced on Monday that transfers of the design, assembly, repair, and "
        "upgrading of tin smelters would require export licences."
    )
    claims = _claims(text)
    assert any("announced" in c and "licences" in c for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "The visit capped two days of talks by the US secretary of state with Chinese officials.",
        "US Commerce Secretary urges stability during visit to China.",
    ],
)
def test_talks_of_an_office_named_without_a_name_are_an_event(text):
    """A participant named by a country's office alone (`clause_types._role`)."""
    art = document.from_text(text, dict(_META), None, metadata_where="test")
    assert [c.type for c in art.claims] == ["event_date"], text


@pytest.mark.parametrize(
    "text",
    [
        "The talks between officials of the two sides were long.",  # no office named
        "US farmers fear the talks will fail.",  # a country's people, no office
        "The US secretary of state praised the chip industry.",  # an office, no event
        # an office and a visit, but a judgement: the seed's headline stays a heading
        "US Secretary of Commerce visits Ruritania in a difficult balancing act",
    ],
)
def test_no_office_or_no_event_or_an_opinion_stays_no_event(text):
    art = document.from_text(text, dict(_META), None, metadata_where="test")
    assert "event_date" not in [c.type for c in art.claims], text
