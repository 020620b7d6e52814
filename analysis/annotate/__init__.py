"""Annotation of an article's clean text: entities, dates and claims, each with its span.

`analysis.article` calls these in order: `entities.find` (names, roles, places...),
`dates.find` (calendar dates and intervals with the reasoning kept), `claims.find`
(checkable sentences and clauses, and the sentences that are not claims, with why).
Everything here is plain Python over a string; spans are offsets into that string.
"""
