"""A country named in the reason a measure's parties were listed (`count_reason`: "for its
involvement in advancing China's military AI") is not who listed them: the actor comes
from the clause's other names or the sentences before (round 37, fx37d)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about


def test_the_reason_s_country_does_not_list(tmp_path):
    text = (
        "The Biden administration has blacklisted Chinese entities. Zhipu AI was blacklisted "
        "for its involvement in advancing China's military AI capabilities."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-01-16"), "was blacklisted for")
    assert x.claim.frame.actor_country == "USA", x.claim.frame


def test_a_country_before_the_reason_still_lists(tmp_path):
    text = "China added ten U.S. firms to its list for their role in arms sales to Taiwan."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-01-02"), "ten U.S. firms")
    assert x.claim.frame.actor_country == "CHN", x.claim.frame
