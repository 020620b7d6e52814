"""Findings: statements the workbook makes, each with its numbers and sources.

`record` is the finding itself and its JSON file; `sentences` writes findings from the
analyses; `verdicts` from a fact-check; `brief` and `article_views` compose an article's
page from them.
"""
