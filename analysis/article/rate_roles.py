"""Which role a tariff rate has in its claim's clause: the rate set, or the rate a change
replaced (round 32, fcr32; docs/factcheck-log.md, "Tariff rates by their place in the clause").

A rate right after `rate_replaced` words ("from 25%", "up from 10%") is the rate replaced.
A rate in force (after `rate_in_place` words: "the current 10% tariff") is the rate replaced
only when the claim states a change ("the present 15% tariff ... will be reduced to 7.5%",
"reduced to 30 percent from the current 145 percent", "will cut the present 15% tariff");
with none it is the rate itself ("leaving the current 30% and 10% tariffs in
place": İLKHA). A rate in the subject of a change to another rate ("The zero to 7.5 percent
tariffs that currently apply to steel ... will increase to 25 percent": Britain Herald; "The
10 percent tariff ... would be increased to 20 percent": LifeSiteNews) is the rate
replaced: no verb of a change or an imposition before it, and after it a change verb
(`tariff_raises`, `tariff_cuts`, `rate_changes`) with "to" and a figure.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.article.claim_words import patterns, words


@cache
def _changed_to() -> re.Pattern[str]:
    """A verb of a change, then within five words (no punctuation) "to" and a figure, hedged
    or not (`hedges`: "will increase to 25 percent", "would be increased to about 20
    percent", "cut them to 10%")."""
    w = words()
    verbs = "|".join((*w.tariff_raises, *w.tariff_cuts, *w.rate_changes))
    hedged = "|".join(h for kind in w.hedges.values() for h in kind)
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+[\w-]+){{0,5}}?\s+to\s+(?:(?:{hedged})\s+)?\d",
        re.I,
    )


@cache
def _acted_before() -> re.Pattern[str]:
    """A verb of a change or an imposition anywhere before a rate ("raised the 10% tariff",
    "China imposed 15% tariffs"), or "to" right before it that ends no range ("raised to
    25%", not "zero to 7.5 percent": `rate_range_numbers`): the rate is no subject of a
    change after it."""
    w = words()
    verbs = "|".join((*w.tariff_raises, *w.tariff_cuts, *w.rate_changes, *w.imposition_verbs))
    ranges = "".join(rf"(?<!\b{n})" for n in w.rate_range_numbers)
    return re.compile(rf"\b(?:{verbs})\b|{ranges}(?<!\d)(?<!\d%)\s+to\s*$", re.I)


@cache
def _in_place() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words().rate_in_place) + r")\s*$", re.I)


def replaced(text: str, at: int, end: int) -> bool:
    """Whether the tariff rate at `at`..`end` of a claim `text` is the rate a change
    replaced (see the module's rules)."""
    before = text[:at]
    if patterns()["rate_replaced"].search(before):
        return True
    if _in_place().search(before):  # "reduced to 30 percent from the current 145 percent"
        p = patterns()
        return any(x.search(text) for x in (_changed_to(), p["tariff_raises"], p["tariff_cuts"]))
    return bool(_changed_to().search(text, end)) and not _acted_before().search(before)
