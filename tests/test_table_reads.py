"""The checks' reads of tables and lexicons, made once per process in a form made for the
check (round 31, speed28; docs/performance.md, "Tests: round 31"). Each kept form equals
what the check read before (the frame's rows, or the scan done again), a second read is a
hit, a changed file or a cleared cache is a miss, and a caller cannot write through it."""

from __future__ import annotations

from analysis.evidence import tariff_sides

# Made-up texts: countries by name, abbreviation and demonym, overlapping forms, none.
COUNTRY_TEXTS = (
    "a 10% tariff on NZ goods and on Canadian lumber",
    "duties on UAE steel and Chinese steel, then on China again",
    "NZZ and ANZAC; the U.S. and the United States of America",
    "The weather was mild and the river ran high.",
    "Tariffs on the European Union, on Mexico and on Japanese cars.",
    "",
)


def _scan_again(text: str) -> tuple[tuple[int, str], ...]:
    """The country mentions as `parties_named` read them before: every form's pattern run."""
    return tuple(
        sorted((m.start(), c) for p, c in tariff_sides._country_forms() for m in p.finditer(text))
    )


def test_country_mentions_are_kept_per_text_and_equal_every_pattern_run_again():
    tariff_sides._scanned.cache_clear()
    for text in COUNTRY_TEXTS:
        assert tariff_sides._mentions(text) == _scan_again(text)
        assert tariff_sides.parties_named(text) == tuple(
            dict.fromkeys(c for _, c in _scan_again(text))
        )
    hits = tariff_sides._scanned.cache_info().hits
    for text in COUNTRY_TEXTS:
        tariff_sides.parties_named(text)
    assert tariff_sides._scanned.cache_info().hits == hits + len(COUNTRY_TEXTS)
    assert tariff_sides._scanned.cache_info().maxsize == tariff_sides.MENTIONS_KEPT


def test_country_mentions_are_read_anew_when_the_forms_are_made_anew():
    text = COUNTRY_TEXTS[0]
    tariff_sides.parties_named(text)
    tariff_sides._worded_forms.cache_clear()
    tariff_sides._country_forms.cache_clear()
    assert tariff_sides.parties_named(text) == ("NZL", "CAN")
    info = tariff_sides._scanned.cache_info()  # the kept answers were dropped, then read anew
    assert (info.hits, info.misses, info.currsize) == (0, 1, 1)
