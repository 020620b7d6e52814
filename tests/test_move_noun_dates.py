"""A weekday dating a move named as a noun of its maker ("the response to Ruritania's
decision to raise duties on tin to 40 per cent on Monday", "Freedonia's announcement on
Monday") is the day of an act already made, before the article, whatever the tense of the
clause around it; a move said to take effect on that day, or a clause looking ahead, still
looks ahead (`claim_words.move_noun_day`, the nouns of a move `reply_lead`)."""

from __future__ import annotations

import pytest
from conftest import day_read

# 2024-03-13 is a Wednesday: the last Monday is 2024-03-11, the next 2024-03-18.
ARTICLE_DAY = "2024-03-13"


@pytest.mark.parametrize(
    "text",
    [
        # a present copula around the move: the day of the decision, not the next Monday
        "This is a response to Ruritania's decision to raise duties on tin to 40 per cent "
        "on Monday.",
        # a verb of coming after: the announcement was made on the last Monday
        "The step comes in response to the Freedonian president's announcement on Monday "
        "of a 10% duty on Ruritanian tin.",
        # a present verb after the dated order ("formalises"), a later clause looking ahead
        "Freedonia's order on Monday formalises the truce, although officials will monitor it.",
    ],
)
def test_a_weekday_of_a_move_named_as_a_noun_is_the_last_one(tmp_path, text):
    assert day_read(tmp_path, text, ARTICLE_DAY, "Monday") == "2024-03-11"


@pytest.mark.parametrize(
    "text",
    [
        # decidable twins, told ahead: the move takes effect then, or its clause looks ahead
        "Ruritania's decision to impose duties that take effect on Monday angered Freedonia.",
        "Freedonia's new duties on tin will apply on Monday.",
        "The new duty on Ruritanian tin takes effect on Monday.",
    ],
)
def test_a_move_that_starts_or_is_told_ahead_still_looks_ahead(tmp_path, text):
    assert day_read(tmp_path, text, ARTICLE_DAY, "Monday") == "2024-03-18"
