"""The direction of a tariff claim and of a catalog measure: an imposition or raise against
a cut, exclusion or suspension (round 29, branch fcd22).

A claim that a tariff was imposed or raised ("put an extra 15 percent tariff on American
soybeans", `tariff_impositions`, `tariff_raises`) is borne out only by a measure that
imposes or raises tariffs, never by one that lowers, excludes or suspends them (a
`tariff_reduction` of the catalog: its action is a relaxation), and a claim that tariffs
were cut (`tariff_cuts`) only by a relaxation; the measure checker
(`frame_checks.check_measure`) keeps only the measures of the claim's direction. A claim
that says both, or neither ("tariffs on US goods are 10%": a level, which any change may
have set), keeps them all.
"""

from __future__ import annotations

import pandas as pd

from analysis.article import claim_words

UP, DOWN = "up", "down"


def direction(text: str) -> str:
    """UP when the claim's words impose or raise a tariff and none cuts one, DOWN for the
    reverse, else ''."""
    p = claim_words.patterns()
    up = bool(p["tariff_impositions"].search(text) or p["tariff_raises"].search(text))
    down = bool(p["tariff_cuts"].search(text) or p["cues"]["relaxation"].search(text))
    if up == down:
        return ""
    return UP if up else DOWN


def of_direction(table: pd.DataFrame, way: str) -> pd.DataFrame:
    """The measures of `table` going `way`: impositions for UP, relaxations for DOWN; all
    of them when `way` is ''."""
    if not way or table.empty:
        return table
    return table.loc[(table["action"] == "imposition") == (way == UP)]
