"""Notebooks: the parameter contract of each notebook and what a notebook calls.

`contracts` declares every notebook's parameters (`params` types and checks them);
`helper` is what a notebook calls first and last; `cells` keeps each notebook's
parameters cell in step with its contract.
"""
