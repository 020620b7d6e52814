"""A listing claim that counts its parties, dated by a period holding several listings of
its kind ("put 16 entities on its export control list last month" of a month with China's
listings of 16 and of 12): the listing whose title gives the count is the one it means, not
the period's latest (`measure_details.counted_best`; round 26, dt21: a regression of the
count frames read by the catalog check). Made-up sentences on real catalog rows."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.vocab import Label


@pytest.mark.parametrize(
    "text",
    [
        # April 2025: China's control listings of 16 (4 April) and of 12 (9 April)
        "Beijing put 16 American entities on its export control list last month.",
        "Beijing put 12 American entities on its export control list last month.",
        # April 2025: Unreliable Entity List listings of eleven (4 April) and six (9 April)
        "China placed 11 American companies on its Unreliable Entity List in April 2025.",
    ],
)
def test_the_listing_of_the_period_giving_the_count_is_the_one_meant(tmp_path, text):
    x = _about(_verdicts(tmp_path, text, "2025-05-20"), text.split(" on ")[0])
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_count_no_listing_of_the_period_gives_is_not_checkable(tmp_path):
    text = "Beijing put 20 American entities on its export control list last month."
    x = _about(_verdicts(tmp_path, text, "2025-05-20"), "Beijing put 20")
    assert x.verdict == Label.NOT_CHECKABLE
    assert "20 American entities" in x.rationale


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # the Xinjiang listing of 28 was October 2019, not July
        ("Washington put 28 Chinese entities on the Entity List on 7 July 2019.", "2019-10-29"),
        # China's control listing of 28 US entities was 2 January 2025
        (
            "Beijing added 28 US entities to its export control list on 2 November 2024.",
            "2025-01-22",
        ),
    ],
)
def test_a_count_a_title_gives_singles_out_the_listing_a_wrong_date_is_told_against(
    tmp_path, text, as_of
):
    x = _about(_verdicts(tmp_path, text, as_of), text.split(" on ")[0])
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    # twin: a count no title of the actor's listings gives singles out none
    twin = text.replace("28", "31")
    x = _about(_verdicts(tmp_path, twin, as_of), twin.split(" on ")[0])
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_count_singles_out_no_listing_when_the_claim_names_no_list(tmp_path):
    # "a list of firms tied to the military" is no instrument: the count of 28 does not make
    # the Xinjiang listing of 28 its measure (`measure_naming.names_instrument`)
    text = "Washington on 7 July 2019 added 28 Chinese companies to a list of military firms."
    x = _about(_verdicts(tmp_path, text, "2019-10-29"), "Washington on 7 July")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
