"""A claim per checkable part of a sentence (round 26, branch fcc17, class C of the false
decisions: the keyed part is one clause of a longer claim, and the checker decided on
another). Two structures are cut into claims of their own: a second predicate of the same
subject holding a figure of its own ("... and is also responsible for an estimated 70% of
...", up to `clauses.SECOND_FIGURE_WORDS` words between "and" and the figure), and a clause
after a single spaced dash ("reached $X - the U.S. has no larger figure ..."; not an aside
set off by two dashes). Each twin must stay one claim, decided. Made-up sentences; the rule
is in docs/article.md (claims) and docs/factcheck-log.md (round 26)."""

from __future__ import annotations

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.article import clauses
from analysis.vocab import Label

SECOND_FIGURE = (
    "China mined about 69% of the world's rare earths in 2023 and was also responsible for"
    " an estimated 90% of refined germanium."
)


def test_a_second_predicate_with_its_own_figure_is_a_claim_of_its_own(tmp_path):
    art = dated_article(tmp_path, SECOND_FIGURE, "2024-06-01")
    texts = [c.text for c in art.claims]
    assert "China mined about 69% of the world's rare earths in 2023" in texts, texts
    assert any(t.endswith("an estimated 90% of refined germanium") for t in texts), texts


def test_each_figure_is_checked_on_its_own_part(tmp_path):
    found = dated_verdicts(tmp_path, SECOND_FIGURE, "2024-06-01")
    mined = verdict_about(found, "rare earths")
    assert mined.verdict == Label.SUPPORTED, mined.rationale
    assert "germanium" not in mined.claim.text
    refined = verdict_about(found, "germanium")
    # the germanium share the data has is too old for 2023: that part alone abstains
    assert refined.verdict == Label.NOT_CHECKABLE, refined.rationale
    assert "rare earths" not in refined.claim.text


def test_too_many_words_before_the_second_figure_keep_one_claim():
    words = " ".join(["word"] * (clauses.SECOND_FIGURE_WORDS + 1))
    text = f"China mined 69% of rare earths and {words} 90% of refined germanium."
    near = "China mined 69% of rare earths and was also 90% of refined germanium."
    assert not any(" and " in m.group() for m in clauses._BREAK.finditer(text))
    assert any(" and " in m.group() for m in clauses._BREAK.finditer(near))


def test_a_range_of_two_figures_stays_one_claim(tmp_path):
    art = dated_article(
        tmp_path,
        "China mined between 60% and 70% of the world's rare earths in 2023.",
        "2024-06-01",
    )
    assert [c.text for c in art.claims] == [
        "China mined between 60% and 70% of the world's rare earths in 2023"
    ]


DASH = (
    "The goods deficit with China fell to $279.4 billion in 2023 - the deficit has not been"
    " that low with any other rival in a decade."
)


def test_a_clause_after_a_spaced_dash_is_not_part_of_the_figure_claim(tmp_path):
    found = dated_verdicts(tmp_path, DASH, "2024-03-01")
    x = verdict_about(found, "$279.4 billion")
    assert x.claim.text == "The goods deficit with China fell to $279.4 billion in 2023"
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert not any(
        "any other rival" in v.claim.text and v.verdict != Label.NOT_CHECKABLE for v in found
    )


def test_an_aside_between_two_dashes_stays_in_its_claim(tmp_path):
    text = "China – the largest refiner of graphite – imposed export controls on graphite."
    art = dated_article(tmp_path, text, "2024-03-01")
    assert [c.text for c in art.claims] == [text.rstrip(".")]


def test_a_dash_before_a_clause_with_its_own_measure_keeps_the_first_decided(tmp_path):
    text = (
        "China imposed export controls on graphite on October 20, 2023 — it had announced"
        " them in the same month."
    )
    found = dated_verdicts(tmp_path, text, "2024-03-01")
    x = verdict_about(found, "October 20, 2023")
    assert x.claim.text == "China imposed export controls on graphite on October 20, 2023"
    assert x.verdict == Label.SUPPORTED, x.rationale


@pytest.mark.parametrize("word", clauses.CLAUSE_SUBJECTS)
def test_a_dash_and_a_subordinator_read_one_list_of_subject_words(word):
    """Both breaks before a clause's subject (after a spaced dash, after "because") open on
    the words of `clauses.CLAUSE_SUBJECTS`; a capitalised subject after a dash does not."""
    dash = f"Imports fell 20% in 2023 - {word} tariffs cut them by half."
    cause = f"The curbs were lifted in 2024 because {word} rules had lapsed."
    assert [m.group() for m in clauses._BREAK.finditer(dash)] == [" - "], dash
    assert [m.group() for m in clauses._BREAK.finditer(cause)] == [" "], cause
