"""The shared vocabulary: statuses and kinds, each defined once.

Members are `StrEnum`s, so they compare equal to, print as and serialise to their plain
text ("supported", "in force", "up to date"): JSON outputs and tables read the same as
plain strings, while the code names every value in one place.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """A verdict on a claim, from best to worst supported; then 'not checkable'."""

    SUPPORTED = "supported"
    PARTLY = "partly supported"
    MISLEADING = "misleading"
    UNSUPPORTED = "unsupported"
    NOT_CHECKABLE = "not checkable"


class MeasureStatus(StrEnum):
    """Where a measure stands on a given day."""

    IN_FORCE = "in force"
    PARTLY_SUSPENDED = "partly suspended"
    SUSPENDED = "suspended"
    ANNOUNCED = "announced"  # announced by then, effective later
    NOT_YET_EFFECTIVE = "announced, not yet effective"
    EFFECTIVE_UNKNOWN = "effective date unknown"


class Action(StrEnum):
    """What a measure does to earlier ones: imposes, suspends or eases."""

    IMPOSITION = "imposition"
    SUSPENSION = "suspension"
    RELAXATION = "relaxation"


class Side(StrEnum):
    """The sides of the US–China contest a measure belongs to."""

    US = "US and allies"
    CHINA = "China"
    JOINT = "joint"


class RunStatus(StrEnum):
    """What happened to one run of a notebook."""

    OK = "ok"
    FAILED = "failed"
    UP_TO_DATE = "up to date"
    STALE = "stale"  # not run by this invocation; its inputs changed since its last run
