"""A party's state of being on a list, and what a list does (round 40, left40; CNET, user39).

"Chinese telecom Huawei has been on the list since May 2019" read no claim: the perfect of
being on a list (`listing` in claims.yaml) tells the listing that began it, decided by the
May 2019 Huawei listing. "The Commerce Department's Entity List restricts companies'
ability to use American tech" and "Being added to the list restricts companies from ..."
were supported by the latest listing: a description of what the list does, with no party
or date (`listing_description`), is not checkable. Controls: a listing told as an act, a
list of other things, talks with the list's keepers. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2020-12-20"
_LIST = "The Commerce Department keeps the Entity List. "


def _verdicts(tmp_path, text: str) -> dict[str, Label]:
    return {x.claim.text: x.verdict for x in dated_verdicts(tmp_path, text, _DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Chinese telecom Huawei has been on the list since May 2019.",
        "Huawei has remained on the list since May 2019.",
    ],
)
def test_a_state_of_being_listed_is_the_listing(tmp_path, text):
    found = _verdicts(tmp_path, _LIST + text)
    assert found.get(text.rstrip(".")) == Label.SUPPORTED, found


@pytest.mark.parametrize(
    "text",
    [
        "Gallium has been on the list of critical minerals since 2018.",
        "Huawei has been in talks with the list's keepers since May 2019.",
    ],
)
def test_other_lists_and_talks_are_no_listing(tmp_path, text):
    found = _verdicts(tmp_path, text)
    assert all(v == Label.NOT_CHECKABLE for v in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department's Entity List restricts companies' ability to use American tech.",
        "The U.S. Commerce Department's Entity List restricts companies' ability to use "
        "American tech.",
        "Being added to the list restricts companies from exporting US technology without a "
        "license.",
    ],
)
def test_what_a_list_does_is_not_checkable(tmp_path, text):
    found = _verdicts(tmp_path, _LIST + text)
    assert found.get(text.rstrip(".")) == Label.NOT_CHECKABLE, found


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department added SMIC to its Entity List in December 2020.",
        "Huawei was added to the list in May 2019.",
        "Huawei has been on the Entity List since May 2019.",
    ],
)
def test_a_listing_told_as_an_act_keeps_its_verdict(tmp_path, text):
    found = _verdicts(tmp_path, _LIST + text)
    assert found.get(text.rstrip(".")) == Label.SUPPORTED, found
