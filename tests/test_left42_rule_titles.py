"""Rules named by a title (round 42, branch left42): "the interim final rule titled Expansion
of ...", "a memorandum entitled “Addressing ...”" (`rule_title` in `claim_patterns`), a quoted
name after "a"/"an" ("an “Affiliates Rule”") and a memorandum's name ("the America First Trade
Policy Memorandum") are names of a rule, matched to the catalog measure whose title or
instrument holds every word (`rule_names.named`), else not checkable. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import first_verdict_with

from analysis.evidence import rule_names
from analysis.vocab import Label


def _words(text: str) -> list[tuple[str, ...]]:
    return [w for _, w in rule_names.named(text)]


def test_a_title_after_titled_or_entitled_names_a_rule() -> None:
    assert _words("the interim rule titled Expansion of Widget Controls to Cover Gadgets.") == [
        ("Expansion", "Widget", "Cover", "Gadgets")
    ]
    assert _words('a memorandum entitled "Addressing Foreign Checks" from the bureau') == [
        ("Foreign", "Checks")
    ]
    # the title ends at its last capitalised word: "on" and a month are no words of it
    assert _words("the rule titled Widget Controls on September 29") == [("Widget",)]


def test_quoted_names_after_a_and_memoranda_are_names() -> None:
    assert _words("MOFCOM introduced an “Affiliates Rule” in its regime") == [("Affiliates",)]
    assert _words("stems from the America First Trade Policy Memorandum, issued") == [
        ("America", "Policy")
    ]


def test_controls_of_other_meanings_name_no_rule() -> None:
    # an article's title, not a rule's; a title in lower case; an unquoted "a ... rule"
    assert _words('The paper ran an article entitled "China targets rare earths"') == []
    assert _words("a new rule titled the way the last one was") == []
    assert _words("an interim rule on chips") == []
    assert _words("the memorandum directed agencies to report") == []


def test_a_rule_titled_so_that_no_row_holds_is_not_checkable(tmp_path: Path) -> None:
    text = (
        "The Commerce Department suspended the interim final rule titled Expansion of "
        "Gadget Controls to Cover Widget Makers for one year."
    )
    x = first_verdict_with(tmp_path, text, "2025-11-20", "titled")
    assert x.verdict == Label.NOT_CHECKABLE and "titled Expansion" in x.rationale, x.rationale


def test_a_rule_dated_without_a_title_keeps_its_check(tmp_path: Path) -> None:
    text = (
        "The Commerce Department issued a rule on September 29, 2025 extending the Entity "
        "List to affiliates."
    )
    x = first_verdict_with(tmp_path, text, "2025-11-20", "issued a rule")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_title_a_row_s_instrument_holds_names_that_row(tmp_path: Path) -> None:
    # the catalog's fentanyl-tariff cut of 4 November 2025 quotes its order's title
    text = (
        "President Trump signed an executive order titled Modifying Duties Addressing the "
        "Synthetic Opioid Supply Chain in the People’s Republic of China on November 4, 2025."
    )
    x = first_verdict_with(tmp_path, text, "2025-11-05", "titled")
    assert x.verdict == Label.SUPPORTED and "fentanyl" in x.rationale, x.rationale
