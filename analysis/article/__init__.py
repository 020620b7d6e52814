"""Articles: load a news text, clean it, and annotate it.

`document.load(path)` reads a .txt or .html article with its metadata, cleans it
(`clean` rules live in `document`), and annotates it in order: `entities` (names, roles,
places, with `gazetteer` and `terms`), `dates` (calendar dates and intervals with the
reasoning kept; `date_patterns` and `days` help), `claims` (checkable sentences and the
sentences that are not claims, with why). Spans are offsets into the clean text.
"""
