""" "Korea" alone is South Korea in this genre (`data/lexicon/places.yaml`, round 31,
clean31; docs/factcheck-log.md, "Checker logic, round 31"): a US tariff "on Korea" is a tariff
on a third party, not checkable, and the US tariff on China of that rate must not decide it
(dt25's listed miss: it was unsupported by the day of the US 20% tariff on China). The
North, the official names and a company named after the country keep their own entities.
Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import entities, text
from analysis.vocab import Label


def _places(sentence: str) -> list[tuple[str, str | None]]:
    found, _, _ = entities.find(sentence, text.sentences(sentence))
    return [(e.text, e.country) for e in found if e.label == "PLACE"]


def test_korea_alone_is_south_korea():
    assert ("Korea", "KOR") in _places("Chips from Korea and Japan face new tariffs.")
    assert ("Korea", "KOR") in _places("Korea's trade ministry met chip makers on Monday.")


def test_the_north_and_the_official_names_keep_theirs():
    got = _places("North Korea and the Republic of Korea were both named.")
    assert got == [("North Korea", "PRK"), ("Republic of Korea", "KOR")]
    got = _places("The Democratic People's Republic of Korea was named.")
    assert got == [("Democratic People's Republic of Korea", "PRK")]
    assert _places("Korea Zinc makes germanium.") == []  # the company, not the place


def test_a_us_tariff_on_korea_is_a_third_party_not_checkable(tmp_path):
    claim = "Washington slapped 20% tariffs on Korea on April 4, 2025."
    x = verdict_about(dated_verdicts(tmp_path, claim, "2025-11-10"), "Korea")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "third party" in x.rationale, x.rationale
