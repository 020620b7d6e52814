"""Outlets credited at the head of a paragraph: in a dateline after a place in capitals
("BEIJING (Reuters) -"), and, since round 40 (ent40), in brackets opening the paragraph
("(NBC, KYMA/KECY) - The White House ...", "(Yicai) March 5 -- China's move ...") or after a
place written in title case and a day ("Beijing [China], December 20 (ANI): ...")."""

from __future__ import annotations

import re

# The credit in brackets may name two outlets ("(BSS/AFP)"), and the dash after it may touch
# the text ("BEIJING (Reuters) -China's ..."); without a credit the dash takes a space.
DATELINE = re.compile(
    r"^([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2})(?:,\s[^()\n]{2,40}?|,)?"
    r"\s*(?:\(([A-Z][\w .&/-]{1,30})\)\s*(?:--|[-–—|:])\s?|(?:--|[-–—|:])\s|[–—](?=[A-Z][a-z]))"
)  # "WASHINGTON, (Reuters) -" and "BEIJING—President" too (since round 32, ent32)

_NAME = r"[A-Z][\w.&'/-]*(?: [A-Z][\w.&'/-]*){0,3}"
_CREDIT = rf"\(({_NAME}(?:, {_NAME})*)\)"
_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
_DASH = r"\s*(?:--|[-–—:])\s"
# a credit opening the paragraph, maybe before the day ("(Yicai) March 5 -- ")
_OPENING = re.compile(rf"^{_CREDIT}\s*(?:{_DAY})?{_DASH}")
# a place in title case (a country in square brackets after it) and a day before the credit
_AFTER_DAY = re.compile(
    rf"^[A-Z][\w.]*(?: [A-Z][\w.]*)?(?: \[[A-Z][\w ]*\])?,\s{_DAY}\s{_CREDIT}{_DASH}"
)


def outlets(paragraph: str) -> list[tuple[int, int]]:
    """The spans, in the paragraph, of the outlets an opening credit names (each name of a
    list split at commas and slashes); none when the paragraph opens otherwise."""
    m = _OPENING.match(paragraph) or _AFTER_DAY.match(paragraph)
    if not m:
        return []
    at = m.start(1)
    return [(at + o.start(), at + o.end()) for o in re.finditer(r"[^/,\s][^/,]*", m.group(1))]
