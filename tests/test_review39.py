"""Review of round 39 (branch rev39): three of the round's rules narrowed on made-up
sentences of other meanings.

- A place not taken (`place_not_taken` in claims.yaml, `clauses._takes_place`): "The United
  States has not overtaken China as the largest producer of rare earths" was read, after
  left39, as the United States' rank (unsupported, though the sentence is true); a
  negation, a modal or "to" right before the verb keeps the cut at "as", so the rank is
  still the party's after the verb (supported). Controls: the place taken, told outright.
- A concession is no condition (`concessive_opens`, `conditionals.conditioned_future`):
  "Even if talks resume, China will keep its ban on exports of gallium to the United
  States" was withheld (not checkable) after left39; it asserts the ban kept whatever
  happens. Control: "Unless the talks succeed, ..." is still withheld.
- A finding quotes a claim once without breaking a quotation it opens or closes with
  (`verdicts._unquoted`): stripping every edge mark left "Made in China 2025” drives ..."
  with its closing mark alone.
"""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.findings.verdicts import _unquoted
from analysis.vocab import Label

_DAY = "2024-06-01"


def _ranks(tmp_path, text: str) -> list:
    return [x for x in dated_verdicts(tmp_path, text, _DAY) if x.rule == "rank of producers"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States has not overtaken China as the largest producer of rare earths.",
        "The United States hasn't overtaken China as the largest producer of rare earths.",
        "The United States could overtake China as the largest producer of rare earths.",
        "The United States is expected to overtake China as the largest producer of rare earths.",
        "The United States never overtook China as the largest producer of rare earths.",
    ],
)
def test_a_place_not_taken_stays_with_its_holder(tmp_path, text):
    (found,) = _ranks(tmp_path, text)
    assert found.claim.frame.actor_country == "CHN"
    assert found.verdict == Label.SUPPORTED


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The United States has overtaken China as the largest producer of rare earths.",
         "USA"),
        ("The United States replaced China as the largest producer of rare earths in 2023.",
         "USA"),
        ("China has overtaken the United States as the largest producer of rare earths.",
         "CHN"),
    ],
)  # fmt: skip
def test_a_place_taken_outright_is_the_subject_s(tmp_path, text, country):
    (found,) = _ranks(tmp_path, text)
    assert found.claim.frame.actor_country == country


_GALLIUM = "China will keep its ban on exports of gallium to the United States."


def test_a_concession_is_no_condition(tmp_path):
    found = dated_verdicts(tmp_path, "Even if talks resume, " + _GALLIUM, "2025-01-10")
    plain = dated_verdicts(tmp_path, _GALLIUM, "2025-01-10")
    assert [x.verdict for x in found] == [x.verdict for x in plain]
    assert plain[0].verdict != Label.NOT_CHECKABLE
    assert not any(x.claim.frame and x.claim.frame.condition for x in found)


def test_a_condition_still_withholds(tmp_path):
    found = dated_verdicts(tmp_path, "Unless the talks succeed, " + _GALLIUM, "2025-01-10")
    assert [x.claim.frame.condition for x in found] == ["Unless the talks succeed"]
    assert [x.verdict for x in found] == [Label.NOT_CHECKABLE]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“It is a common international practice", "It is a common international practice"),
        ("“It is a common international practice”", "It is a common international practice"),
        ('"It is a common practice', "It is a common practice"),
        ("“Made in China 2025” drives the curbs", "“Made in China 2025” drives the curbs"),
        ("China said it was “firmly opposed”", "China said it was “firmly opposed”"),
        ('"Made in China" and "Xinchuang" drive it', '"Made in China" and "Xinchuang" drive it'),
    ],
)
def test_a_quotation_at_a_claim_s_edge_keeps_its_pair(text, quoted):
    assert _unquoted(text) == quoted
