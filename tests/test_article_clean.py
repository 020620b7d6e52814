"""The cleaner on the seed article: each known defect repaired, nothing else changed."""

from __future__ import annotations

from analysis.article import document


def test_seed_article_defects_are_repaired(seed_article_path):
    art = document.load(seed_article_path)
    kinds = [r.kind for r in art.repairs]
    assert kinds.count("duplicate_headline") == 1  # the truncated copy; the headline stays
    for kind in ("reading_time", "read_also_teaser", "mismatched_quotes", "tracking_tag"):
        assert kinds.count(kind) == 1, kind
    assert art.title == "US Secretary of Commerce visits China in a difficult balancing act"
    assert art.text.startswith(art.title + "\n\n")
    assert art.text.count("US Secretary of Commerce visits China") == 1
    assert "2 mins" not in art.text
    assert "Read also" not in art.text
    assert "rf-5-general" not in art.text
    assert "»" not in art.text and "” protect" not in art.text
    assert "applying limits for “protect” the interests" in art.text
    assert art.text[len(art.title) :].lstrip().startswith("US Commerce Secretary Gina Raimondo")
    assert art.text.endswith("preparing for a difficult balancing act.\n")


def test_nothing_else_changes(seed_article_path):
    art = document.load(seed_article_path)
    # The original is rebuilt exactly from the clean text and the recorded repairs...
    assert art.restore() == art.original
    # ...and every character outside a repair is the same character of the original.
    repaired = set()
    for rep in art.repairs:
        repaired.update(range(rep.start, rep.end))
    kept = "".join(ch for i, ch in enumerate(art.original) if i not in repaired)
    replacements = "".join(r.replacement for r in art.repairs)
    assert len(art.text) == len(kept) + len(replacements)
    for offset, ch in enumerate(art.text):
        original_offset = art.to_original(offset)
        if original_offset not in repaired:
            assert art.original[original_offset] == ch


def test_offsets_map_back_to_the_original(seed_article_path):
    art = document.load(seed_article_path)
    for word in ("Gina Raimond,", "Loubna Anaki", "Xi Jinping", "rare earths"):
        start = art.text.index(word)
        back = art.to_original(start)
        assert art.original[back : back + len(word)] == word


def test_glued_teaser_and_other_outlets():
    raw = (
        "Chips race heats up\n\nChips race heats up\n\n4 min read\n\n"
        "Washington tightened rules on chip exports.Read also: Gallium prices jump\n"
    )
    art = document.from_text(raw, {"headline": "Chips race heats up"})
    assert art.text == "Chips race heats up\n\nWashington tightened rules on chip exports.\n"
    assert art.restore() == raw


def test_a_glued_teaser_ending_in_a_space_on_the_last_line_restores_exactly():
    # the teaser's trailing space is the teaser's, not blank space left at the end
    raw = "Washington tightened rules.Read also: Gallium prices jump \n"
    art = document.from_text(raw, {})
    assert art.text == "Washington tightened rules.\n"
    assert art.restore() == raw


def test_clean_text_is_left_alone():
    raw = "Beijing said on Monday it «firmly opposes» the rules.\n"
    art = document.from_text(raw, {"headline": "Beijing responds"})
    assert art.text == raw
    assert art.repairs == []


def test_missing_file_is_a_clear_error(tmp_path):
    import pytest

    from analysis.errors import ArticleError

    with pytest.raises(ArticleError, match="no such article file"):
        document.load(tmp_path / "nope.txt")
