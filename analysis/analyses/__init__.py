"""Analyses: numbers computed from the validated tables, one module per subject.

`concentration` (shares of world production, top producers, HHI), `stages` (mining,
refining, magnets), `measures` (the export-control timeline as measures; `measure_text`
reads its free-text fields), `visits` (official contacts) and `trade` (US–China flows).
"""
