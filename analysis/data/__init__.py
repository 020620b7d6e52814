"""Data layer: the bundled tables, their provenance and validation, and the importers.

`datasets` reads `data/datapackage.json` and loads each table validated; `rules` and
`corrections` are the checks and declared fixes it applies; `countries` maps the
publishers' names to ISO codes; `usgs` and `usgs_merge` import USGS data releases.
"""
