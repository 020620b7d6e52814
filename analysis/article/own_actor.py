"""Who acts in a measure clause by its own words when it names no acting party: a demonym
qualifying the measure word it opens with ("Chinese duties on US goods will drop", "The
Dutch chip export rules ...": `parties.demonym_actor`). Such a clause is not one "naming no
actor" for the borrowing from the claims before (`borrowed.actor`, `borrowed.intro_actor`):
the actor of the last measure claim, or of a list's intro, never overrides the country the
clause itself gives (docs/factcheck.md, "The actor of a measure claim", round 30)."""

from __future__ import annotations

from analysis.article import parties


def given(text: str) -> str | None:
    """The country (ISO code) a measure clause gives as its own actor without naming an
    acting party: the demonym qualifying the measure word it opens with; None when it gives
    none (then the actor may be borrowed from the claims before)."""
    return parties.demonym_actor(text)
