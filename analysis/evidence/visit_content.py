"""What a visit or meeting claim says beyond its days and place.

The contact checks (`contact_checks`) decide a visit or meeting on its people, days and
place. A claim may say more: it may rank the contact over a window of contacts ("the
highest-level visit by a US official to China in nearly five years"), count it among the
visits of an office rather than of a named person ("the first trip by the top US diplomat in
Biden's presidency"), or tell what was talked about ("closed-door talks on issues
including Taiwan, sanctions, and trade"). The visits table cannot decide either: it holds a
selection of visits (its `coverage`: only the leaders' in-person meetings are complete, and
those are counted by `contact_checks.check_ordinal`), no order of offices, and a short
`purpose` per contact, not a list of topics. Found by their days, such claims were
supported on the days alone; they are now not checkable, with the reason (round 30, branch
vis30). What was agreed is left to the contact checks: the `outcome` column records it.
Words: `contact_window_rank` and `contact_topics` in `data/lexicon/claims.yaml`. A claim
that tells only the contact ("Blinken visited Beijing on 18-19 June 2023", "X met Y in Z on
<date>") or counts a named person's or the leaders' meetings ("her second trip", "their
first meeting in a year") is left to the contact checks.
"""

from __future__ import annotations

from analysis.article import frames
from analysis.article.claim_words import patterns
from analysis.article.claims import Claim
from analysis.evidence.model import Context, Verdict
from analysis.vocab import Label

CONTACT_TOPIC = "official visits and meetings"


def says_beyond(text: str) -> str | None:
    """What `text` says of a contact that the visits table cannot decide: "rank" (a rank of
    the contact over a window of contacts, or among an office's visits), "topics" (what was
    talked about), else None."""
    if patterns()["contact_window_rank"].search(text):
        return "rank"
    if patterns()["contact_topics"].search(text):
        return "topics"
    return None


def check_content(ctx: Context, claim: Claim) -> Verdict | None:
    """A visit or meeting claim that ranks the contact over a window, or tells its topics:
    not checkable, whatever the days and place match."""
    visit_frame = claim.frame is not None and claim.frame.kind == frames.VISIT
    if not visit_frame and claim.topic != CONTACT_TOPIC:
        return None
    what = says_beyond(claim.text)
    if what == "rank":
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            "The claim ranks the contact among the contacts of a span (by level, or among "
            "the visits of an office); the timeline records a selection of visits and no "
            "order of offices, so its days alone cannot decide the rank.",
            "contact rank",
            needs="a complete record of official visits, with an order of offices",
        )
    if what == "topics":
        return Verdict(
            claim,
            Label.NOT_CHECKABLE,
            "The claim tells what was talked about; the timeline records the contact's "
            "days, place and people with a short summary, not its topics, so its days "
            "alone cannot decide what was said.",
            "contact content",
            needs="a record of what the contact covered",
        )
    return None
