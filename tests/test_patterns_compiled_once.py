"""The helpers whose patterns round 35 (cpu35) compiles once instead of per call: what they
read is unchanged (docs/performance-log.md, "The fact-check's CPU: round 35")."""

from __future__ import annotations

from analysis.analyses import visits
from analysis.article import claim_types, name_spans
from analysis.data import goods
from analysis.evidence import verdicts


def test_a_contacts_people_name_a_person_by_any_part_as_a_whole_word():
    listed = "Wang Yi; Antony Blinken (Secretary of State)"
    assert visits.names("Antony Blinken", listed)
    assert visits.names("Yi Gang", listed)  # "Yi", a part, as a word
    assert not visits.names("Wan", listed)  # inside "Wang" only
    assert not visits.names("Janet Yellen", listed)


def test_ordinals_in_words_and_in_figures():
    assert verdicts.ordinal("It was his Fourth visit") == 4
    assert verdicts.ordinal("the 22nd round of talks") == 22
    assert verdicts.ordinal("a firstly odd word, 123rd") is None


def test_name_tokens_drop_possessives_and_full_stops_but_keep_initials():
    text = "China's H.W. Bush met Lam."
    words = [w for _, _, w in name_spans._tokens(text, 0, len(text))]
    assert words == ["China", "", "H.W.", "Bush", "met", "Lam", ""]


def test_goods_words_and_name_words():
    assert goods._words(" Graphite (natural)") == "graphite"
    assert goods._words("Rare-earth  elements") == "rare earth elements"
    assert claim_types._words("Vice-Premier, 2024") == {"vice", "premier"}
