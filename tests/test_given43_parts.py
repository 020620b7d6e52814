"""A measure named only in a part of the clause that takes it as given (round 43, given43):
a clause of time opening the sentence ("When Beijing announced the curbs last year, gallium
prices surged by 27%") or a participle modifying a noun ("China is the top producer of all
five recently restricted metals"); what the main clause asserts is not a measure, and the
existence of one in the catalog must not bear it out (`presupposed.given_parts`, in
`presupposed.adjunct_only`). Made-up sentences; controls of other meanings keep their
reading."""

from __future__ import annotations

import pytest
from conftest import first_verdict_with

from analysis.article import presupposed
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "When Seoul announced the curbs in May, nickel prices jumped by 12%",
        "After Tokyo imposed the tariffs, its carmakers moved plants abroad",
        "Once the ban took effect, traders turned to smugglers",
        "When Seoul imposed curbs on fluorine exports, prices rose",
        "Vietnam is the second producer of the three newly restricted minerals",
        "Shares of the blacklisted firms fell sharply",
    ],
)
def test_a_measure_only_in_a_given_part_is_not_asserted(text):
    assert presupposed.adjunct_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # the main clause names a measure of its own
        "After talks in Geneva, the US cut tariffs to 30%",
        "When China imposed export controls in July 2023, it also banned technology exports",
        # a claim cut from its sentence that opens with "after" is the subordinate clause
        "after Washington expanded its list of companies subject to export controls, software",
        # a participle that is the clause's verb, not a modifier
        "Section 744.21 previously restricted exports to China for military end use",
        "China restricted exports of gallium and germanium",
        # no comma: no main clause after a clause of time
        "When the ban took effect in December",
    ],
)
def test_a_measure_asserted_by_the_clause_is_still_read(text):
    assert not presupposed.adjunct_only(text)


def test_a_modifier_in_a_clause_naming_goods_tells_the_scope():
    # "Among the restricted elements are gadolinium": the goods are the measure's
    text = "Among the restricted elements are gadolinium and yttrium"
    assert presupposed.adjunct_only(text)
    assert not presupposed.adjunct_only(text, (text.index("gadolinium"),))


def test_a_price_move_dated_by_a_measure_is_not_supported_by_it(tmp_path):
    text = (
        "China restricts gallium. When Beijing announced the curbs in July 2023, gallium "
        "prices surged by 27%."
    )
    x = first_verdict_with(tmp_path, text, "2024-12-04", "prices surged")
    assert x.verdict == Label.NOT_CHECKABLE
    # control: the curbs asserted in a clause of their own are checked against the catalog
    own = "In July 2023, China announced export controls on gallium and germanium."
    y = first_verdict_with(tmp_path, own, "2024-12-04", "export controls")
    assert y.verdict == Label.SUPPORTED
