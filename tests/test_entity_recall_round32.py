"""Round 32 (ent32): keyed names the annotator missed on the development half, by class.

Each test is a made-up sentence for one class seen in two development outlets or more, or
for a fault of the reader's logic (docs/article.md, "Names by shape and context").
"""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import gazetteer as gz


def test_venues_and_firms_the_tables_now_hold():
    ents = found(
        "The envoys dined at the Diaoyutai State Guest House and met at the Great Hall of the "
        "People. Umicore and Fastmarkets expect prices to stay high."
    )
    assert ents["Diaoyutai State Guest House"].label == gz.PLACE
    assert ents["Diaoyutai State Guest House"].canonical == "Diaoyutai State Guesthouse"
    assert ents["Great Hall of the People"].label == gz.PLACE
    assert (ents["Umicore"].label, ents["Umicore"].country) == (gz.ORG, "BEL")
    assert ents["Fastmarkets"].label == gz.ORG


def test_an_acronym_in_brackets_after_a_body_the_tables_know_is_that_body():
    ents = found(
        "Imports fell, the General Administration of Customs (GAC) reported. GAC data show a "
        "smaller surplus."
    )
    assert ents["GAC"].label == gz.ORG
    assert ents["GAC"].canonical == ents["General Administration of Customs"].canonical
    assert ents["GAC"].evidence.startswith("short form of")


def test_a_list_stated_after_its_head_noun_takes_its_type():
    ents = found(
        "The firms sanctioned are Ardent Vale Systems, Quorrin and Belltide Labs. Its partner "
        "companies include Tessaly and Oakrune."
    )
    for name in ("Quorrin", "Tessaly", "Oakrune"):
        assert ents[name].label == gz.ORG, name
    assert "in a list after 'firms sanctioned are'" in ents["Quorrin"].evidence
    assert "in a list after 'companies include'" in ents["Oakrune"].evidence


def test_a_name_after_an_honorific_with_a_full_stop_is_a_person():
    ents = found(
        "The rule goes too far, said Rep. Dalia Fenwright. Dr. Ines Holloway said it was late."
    )
    for name in ("Dalia Fenwright", "Ines Holloway"):
        assert ents[name].label == gz.PERSON, name
        assert ents[name].evidence == "honorific before the name", name
    assert not {"Rep. Dalia Fenwright", "Dr. Ines Holloway"} & set(ents)


def test_surnames_with_mc_or_accents_are_person_shaped():
    ents = found("Former Senator Tobias McAlden and Chilean Minister Inés Zúñiga met on Monday.")
    assert ents["Tobias McAlden"].label == gz.PERSON
    assert ents["Inés Zúñiga"].label == gz.PERSON
    assert ents["Inés Zúñiga"].role == "Chilean Minister"


def test_a_body_opening_the_title_before_a_person_is_an_organisation():
    ents = found(
        "Maritime Safety Committee Chairman Tobias McAlden said the curbs would stay. "
        "US Treasury Secretary Scott Bessent agreed."
    )
    assert ents["Maritime Safety Committee"].label == gz.ORG
    assert ents["Maritime Safety Committee"].evidence.endswith("before a title")
    assert ents["Tobias McAlden"].role == "Maritime Safety Committee Chairman"
    assert "US Treasury" not in ents  # a portfolio, not a body named


def test_datelines_with_a_comma_before_the_credit_or_a_touching_dash():
    ents = found(
        "Exports slow\nLONDON, (Reuters) - The deficit narrowed in May.\n"
        "SHANGHAI—Officials said the port was busy.\nZORBLAX—The firm said nothing."
    )
    assert ents["LONDON"].label == gz.PLACE
    assert ents["LONDON"].evidence.startswith("dateline in capitals")
    assert ents["SHANGHAI"].canonical == "Shanghai"
    assert ents["SHANGHAI"].evidence.startswith("dateline in capitals")
    assert "ZORBLAX" not in ents or ents["ZORBLAX"].label != gz.PLACE
