"""Evidence: each claim of an article checked against the data, with a verdict.

`factcheck.check(article)` runs the checks (`measure_checks` for measures); `verdicts`
holds the explicit decision rules; `model` the types they share; `render` shows the
result as JSON, a terminal table or Markdown.
"""
