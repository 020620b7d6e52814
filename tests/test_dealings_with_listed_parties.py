"""Dealings with anyone on a list barred (round 33, fx33f): "US firms are forbidden from
doing business with companies placed on the Entity List" says what any listing entails, as
"Companies listed on the Entity List are required to apply for licenses" does; no listing
of the catalog bears it out or refutes it (`presupposed.bars_dealings_with_listed`, the
`listed_anyone` words). A listing told before the ban, or a ban on parties the clause
names itself, is still checked. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article import presupposed
from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        "US firms are forbidden from doing business with companies placed on the Entity List",
        "Exporters are prohibited from shipping parts to entities listed on the Entity List",
        "Suppliers are banned from dealing with firms named on its export control list",
    ],
)
def test_a_ban_on_dealing_with_anyone_listed_entails_the_listing(text):
    assert presupposed.bars_dealings_with_listed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a listing told first: that listing is asserted
        "Commerce added 12 firms to the Entity List and banned exports to companies listed on it",
        # the parties are the clause's own, not anyone on a list
        "Chinese companies are prohibited from exporting dual-use items to these 16 US entities",
        # no ban word before the listed parties
        "Companies placed on the Entity List include two drone makers",
    ],
)
def test_a_listing_or_parties_of_its_own_are_asserted(text):
    assert not presupposed.bars_dealings_with_listed(text)


def test_the_ban_on_dealings_is_not_checkable(tmp_path):
    text = (
        "US firms are forbidden from doing business with companies placed on the Entity List, "
        "although exceptions can be granted."
    )
    found = verdict_about(dated_verdicts(tmp_path, text, "2025-04-04"), "forbidden from")
    assert found.verdict == Label.NOT_CHECKABLE
    assert found.rule == "measure in the catalog"
    assert "takes the measure as given" in found.rationale
    assert not found.evidence
