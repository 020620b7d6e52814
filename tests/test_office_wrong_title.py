"""A title naming only an office the officials table gives another person of the official's
country ("Chinese premier Xi Jinping") is a wrong title, refuted by the table's holder and the
office the person held then; a title kept by custom ("Ambassador Jamieson Greer") is not
(round 32, fco32)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts

from analysis.vocab import Label


def _title(found: list, words: str):
    return next(x for x in found if x.claim.text == words)


def test_another_persons_office_as_title_is_refuted(tmp_path: Path) -> None:
    text = "Officials said Chinese premier Xi Jinping spoke with the visitors in Beijing on Monday."
    title = _title(dated_verdicts(tmp_path, text, "2024-05-06"), "Chinese premier Xi Jinping")
    assert title.verdict == Label.UNSUPPORTED
    assert title.rule == "office held"
    people = [(e.values["person"], e.values["office"]) for e in title.evidence]
    assert people == [
        ("Li Qiang", "Premier of the State Council"),
        ("Xi Jinping", "President of the People's Republic of China"),
    ]


def test_own_title_stays_supported(tmp_path: Path) -> None:
    text = (
        "Officials said Chinese President Xi Jinping spoke with the visitors in Beijing on Monday."
    )
    title = _title(dated_verdicts(tmp_path, text, "2024-05-06"), "Chinese President Xi Jinping")
    assert title.verdict == Label.SUPPORTED


def test_courtesy_title_is_no_wrong_title(tmp_path: Path) -> None:
    text = "Officials said Ambassador Jamieson Greer spoke with the visitors in Geneva on Monday."
    found = dated_verdicts(tmp_path, text, "2025-05-12")
    assert not [x for x in found if x.claim.text == "Ambassador Jamieson Greer"]
    assert not [x for x in found if x.rule == "office held" and x.verdict == Label.UNSUPPORTED]
