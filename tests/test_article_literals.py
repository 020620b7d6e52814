"""Many names found at once (`analysis.article.literals`), as a longest-first regex
alternation with the entity boundaries would find them."""

from __future__ import annotations

import re

from analysis.article.literals import Literals


def _found(names: Literals, text: str) -> list[str]:
    return [m.group() for m in names.finditer(text)]


def test_the_longest_name_at_a_place_wins_and_hides_what_it_covers():
    names = Literals(["Li", "Premier Li", "Li Qiang"])
    assert _found(names, "Premier Li Qiang met Li.") == ["Premier Li", "Li"]
    inner = names.match("Premier Li Qiang", 8)
    assert inner is not None and inner.span() == (8, 16) and inner.group() == "Li Qiang"


def test_names_start_and_end_at_word_edges():
    names = Literals(["US", "EU"])
    assert _found(names, "USA, US-made, pre-US, _US, US_ and (US) EU.") == ["US", "US", "EU"]
    assert names.match("aUS", 1) is None


def test_fold_compares_lowercased_and_keeps_the_text_as_written():
    names = Literals(["Rare Earths", "chips"], fold=True)
    found = list(names.finditer("RARE EARTHS and Chips"))
    assert [(m.span(), m.group()) for m in found] == [((0, 11), "RARE EARTHS"), ((16, 21), "Chips")]
    assert _found(Literals(["chips"]), "Chips") == []


def test_the_same_hits_as_the_alternation_it_replaces():
    words = ["China", "Chinese", "Beijing", "U.S.", "rare earth", "rare earths", "Xi"]
    edge_l, edge_r = r"(?<![\w-])", r"(?![\w])"
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    pattern = re.compile(f"{edge_l}(?:{alternation}){edge_r}", re.I)
    text = "U.S. and China-Beijing: rare earths, rare earthy, XI's Chinese-made U.S.A."
    expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
    found = [(m.span(), m.group()) for m in Literals(words, fold=True).finditer(text)]
    assert found == expected and expected


def test_no_names_find_nothing():
    assert _found(Literals([]), "China") == []
    assert Literals([]).match("China", 0) is None


def test_a_text_lowered_once_finds_what_each_slice_lowered_finds():
    """(round 30, speed26) `fold` lowercases the text once when that keeps every place; a
    text where it cannot ('İ' lowers to two characters, 'Σ' by what follows) is read
    slice by slice. Both find what the slices' own keys find."""
    names = Literals(["rare earths", "ΣΑ", "σα", "gallium", "i̇stanbul"], fold=True)
    texts = (
        "RARE EARTHS, Gallium and rare earthsX.",
        "İstanbul buys Gallium; RARE EARTHS too.",  # 'İ' moves every later place
        "ΣΑ and ΣΑΣ and Rare Earths.",  # 'Σ' lowers by what follows
    )
    for text in texts:
        once = [(m.span(), m.group()) for m in names.finditer(text)]
        by_slice = []
        pos = 0
        for c in names._starts.finditer(text):
            if c.start() >= pos and (end := names._end(text, c.start())) is not None:
                by_slice.append(((c.start(), end), text[c.start() : end]))
                pos = end
        assert once == by_slice
    assert names._keyed(texts[0]) == texts[0].lower()
    assert names._keyed(texts[1]) is None and names._keyed(texts[2]) is None
    assert [m.group() for m in names.finditer(texts[1])] == ["Gallium", "RARE EARTHS"]
    assert [m.group() for m in names.finditer(texts[0])] == ["RARE EARTHS", "Gallium"]


def test_names_of_one_character_and_shared_beginnings_as_the_alternation_finds_them():
    """(round 42, speed42) A start tries the names that begin with the text's next two
    characters, then a one-character name: the same hits as the alternation, for names of
    one character, names sharing their first one or two, and a text ending at a start."""
    words = ["X", "Xi", "Xi Jinping", "Xia", "x-ray", "C", "Ch", "China", "Chile", "CH"]
    edge_l, edge_r = r"(?<![\w-])", r"(?![\w])"
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    texts = (
        "X met Xi Jinping, Xia and Xiang in China, Chile, Ch and C; then X",
        "CH, Ch. Chin C-x X-ray x-ray x",
        "C",
    )
    for fold, flags in ((False, 0), (True, re.I)):
        pattern = re.compile(f"{edge_l}(?:{alternation}){edge_r}", flags)
        names = Literals(words, fold=fold)
        for text in texts:
            expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
            assert [(m.span(), m.group()) for m in names.finditer(text)] == expected, text
            assert expected
