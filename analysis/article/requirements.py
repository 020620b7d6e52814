"""Modal words that state what a rule binds its parties to, not an opinion.

"Exporters must obtain a licence" states the rule (`requirement` in
data/lexicon/claims.yaml). Notices translated from Chinese state it with "should" after the
party bound ("exporters should apply for export licences for dual-use items", "exporters
of the listed items should complete licensing procedures": `bound_requirement`); "should"
anywhere else ("Washington should ban exports of gallium"), or followed by anything but a
verb of complying ("US firms should be allowed to obtain licences": review of round 30,
`complying_verbs`), stays an opinion. Both count
only in a clause that names a licence or a ban (`opinions.opinion`). Round 30, branch fcn30;
docs/factcheck-log.md, "Decidable claims never detected (round 30, branch fcn30)".
"""

from __future__ import annotations

import re

from analysis.article.claim_words import patterns


def states_requirement(text: str, modal: re.Match[str]) -> bool:
    """Whether the opinion word `modal` found in `text` states a rule's requirement: a
    `requirement` modal, or "should" right after a party the rule binds and right before a
    verb of complying (`complying_verbs`: "apply for", "obtain", not "be allowed to")."""
    p = patterns()
    if p["requirement"].fullmatch(modal.group(0)):
        return True
    if p["bound_requirement"].search(text, 0, modal.end()) is None:
        return False
    # only a verb of complying after it: "should be allowed to obtain licences" argues
    return p["complying_verbs"].match(text, modal.end()) is not None
