"""Round 41 (ent41): organisations named by a description, and goods words in figures of speech.

Classes written from the development half's B items only and validated on its A items
(docs/factcheck-log.md, "Descriptions of bodies, fruit and farm machinery as kinds (round
41, branch ent41)"). Each test is a made-up sentence, with controls of other meanings.
"""

from __future__ import annotations

from conftest import entities_by_text as found

from analysis.article import document
from analysis.article import gazetteer as gz
from analysis.evidence import factcheck
from analysis.vocab import Label


def _at(text: str) -> dict[int, object]:
    """The entities found in `text`, by their start."""
    art = document.from_text(text, {"headline": "", "published": "2025-03-01"})
    return {e.start: e for e in art.entities}


def test_a_body_written_in_lower_case_is_a_kind_word_of_that_body():
    ents = found(
        "The commerce ministry said on Monday that Chinese customs would check every "
        "shipment, and China's finance ministry agreed."
    )
    for text, body in (
        ("commerce ministry", "China's Ministry of Commerce (MOFCOM)"),
        ("Chinese customs", "China's General Administration of Customs"),
        ("China's finance ministry", "China's Ministry of Finance"),
    ):
        assert (ents[text].label, ents[text].canonical, ents[text].generic) == (
            gz.ORG,
            body,
            True,
        ), text


def test_a_body_written_in_capitals_or_by_one_word_stays_a_name():
    ents = found(
        "The Commerce Ministry said on Monday that the Chinese Finance Ministry and MOFCOM "
        "agreed, dpa reported."
    )
    for text in ("Commerce Ministry", "Chinese Finance Ministry", "MOFCOM", "dpa"):
        assert ents[text].label == gz.ORG and not ents[text].generic, text


def test_fruit_is_a_farm_kind_word_outside_its_figures_of_speech():
    text = (
        "China put duties on fruits and fresh fruit from the US. Among the fruits of the "
        "talks, the truce may yet bear fruit, as the last one bore fruit."
    )
    ents = _at(text)
    goods = {text[s : e.end] for s, e in ents.items() if e.label == gz.COMMODITY}
    assert goods == {"fruits", "fruit"}
    first_fruit = text.index("fresh fruit") + len("fresh ")
    assert ents[first_fruit].canonical == "farm goods" and ents[first_fruit].generic
    figures = [text.index("fruits of"), text.index("bear fruit") + 5, text.index("bore fruit") + 5]
    assert not set(figures) & set(ents)


def test_a_body_written_as_a_description_still_acts_for_its_country():
    art = document.from_text(
        "China's commerce ministry said on Monday it would impose export controls on gallium "
        "and germanium from August 1.",
        {"headline": "", "published": "2023-07-03"},
    )
    (x,) = factcheck.check(art)
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED
