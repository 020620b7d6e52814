"""Faults found reading four new articles as a user would (round 38, branch user38):
a second trade figure joined by "and" is of the flow its own clause names, and Made-up
sentences, dated as an article of that day would be; a saved article's "Published ..."
line is its date, not a claim."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.article import document
from analysis.vocab import Label


def test_the_figure_after_and_is_of_the_flow_its_clause_names(tmp_path):
    # 2018 Census: exports $120.3 bn, imports $538.5 bn
    text = (
        "In 2018, U.S. goods exports to China were $120.3 billion and imports were $538.5 billion."
    )
    x = first_verdict_with(tmp_path, text, "2019-07-29", "$538.5 billion")
    assert x.verdict == Label.SUPPORTED
    assert "imports with China in 2018: $538.5 bn" in x.rationale
    assert "exports with China in 2018: $120.3 bn" in x.rationale


def test_a_wrong_second_figure_is_measured_against_its_own_flow(tmp_path):
    # imports said $600 billion: 11% above the imports, not 399% above the exports (one
    # figure right, one wrong: partly supported)
    text = "In 2018, U.S. goods exports to China were $120.3 billion and imports were $600 billion."
    x = first_verdict_with(tmp_path, text, "2019-07-29", "$600 billion")
    assert x.verdict == Label.PARTLY
    assert "$600.0 bn (11.4% apart)" in x.rationale
    assert "imports with China in 2018: $538.5 bn" in x.rationale
    assert "399" not in x.rationale


def test_a_second_figure_of_the_same_flow_keeps_it(tmp_path):
    # control: no flow word after the first figure, the clause before still names it
    text = "U.S. goods exports to China fell by $33.3 billion, or 22%, to $120.3 billion in 2018."
    x = first_verdict_with(tmp_path, text, "2019-07-29", "$120.3 billion")
    assert "imports" not in x.rationale
    assert "exports with China" in x.rationale


def _saved(tmp_path, body: str, meta: bool):
    path = tmp_path / "saved.txt"
    path.write_text(f"China curbs gallium exports\n\nPublished July 4, 2023\n\n{body}\n")
    if meta:
        path.with_suffix(".meta.json").write_text('{"published": "2023-07-04"}')
    return document.load(path)


def test_the_published_line_is_the_date_not_a_claim(tmp_path):
    body = "China said on Monday it will require licences to export gallium from August 1."
    for meta in (True, False):
        art = _saved(tmp_path, body, meta)
        assert str(art.published.date) == "2023-07-04"
        assert not [c for c in art.claims if "Published" in c.text]
        assert [n.reason for n in art.non_claims if "Published" in n.text] == ["publication line"]
        assert any("gallium" in c.text for c in art.claims)  # control: the body's claim stays


def test_a_publishing_sentence_of_the_body_stays_a_claim(tmp_path):
    # control: "published" in the body, not a line of its own at the top, is read as before
    body = "The rule was published in the Federal Register on May 21, 2019, BIS said."
    art = _saved(tmp_path, body, True)
    assert any("Federal Register" in c.text for c in art.claims)
