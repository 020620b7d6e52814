"""A claim's types and topics: what kind of statement a clause makes, and what subject
(hence what data) it is about."""

from __future__ import annotations

import re

from analysis.article import gazetteer as gz
from analysis.article.entities import Entity

QUANTITY_SHARE = "quantity_share"
COUNT = "count"
POLICY_ACTION = "policy_action"
EVENT_DATE = "event_date"
ATTRIBUTION = "attribution"
CAUSAL = "causal"
OFFICE = "office"
TYPES = (QUANTITY_SHARE, POLICY_ACTION, COUNT, EVENT_DATE, ATTRIBUTION, CAUSAL, OFFICE)

TOPICS = (
    "critical-mineral supply share",
    "market share",
    "prices",
    "trade flows",
    "export controls",
    "tariffs",
    "investment restrictions",
    "sanctions",
    "industrial policy",
    "official visits and meetings",
    "other",
)


def topic(types: list[str], text: str, ents: list[Entity]) -> str:
    """The topic of a claim of `types`: what data would decide it (`TOPICS`)."""
    kinds = {e.kind for e in ents if e.label == gz.INSTRUMENT}
    commodity_kinds = {e.kind for e in ents if e.label == gz.COMMODITY}
    if QUANTITY_SHARE in types:
        if re.search(r"\bprices?\b", text, re.I):
            return "prices"
        if "mineral" in commodity_kinds:
            return "critical-mineral supply share"
        if re.search(r"\b(?:exports?|imports?|trade surplus|trade deficit)\b", text, re.I):
            return "trade flows"
        return "market share" if commodity_kinds else "other"
    if POLICY_ACTION in types or kinds:
        if kinds & {"investment restrictions"}:
            return "investment restrictions"
        if kinds & {"tariffs"}:
            return "tariffs"
        if kinds & {"sanctions"}:
            return "sanctions"
        if kinds & {"subsidies"} or re.search(r"\binvest\w*|subsidi", text, re.I):
            return "industrial policy"
        return "export controls"
    if re.search(r"\b(?:visit\w*|trip|travel\w*|meet\w*|summit|talks|tour)\b", text, re.I):
        return "official visits and meetings"
    return "other"
