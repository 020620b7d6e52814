"""Faults found reading four new articles as a user would (round 38, branch user38):
a second trade figure joined by "and" is of the flow its own clause names. Made-up
sentences, dated as an article of that day would be."""

from __future__ import annotations

from conftest import first_verdict_with

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
