"""Trade-policy workbook: articles, data, metrics, fact-checks and findings.

Importing the package is cheap: heavy libraries (pandas, matplotlib, papermill)
are imported inside the functions that need them.
"""

__version__ = "0.1.0"
