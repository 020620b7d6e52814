"""`python -m analysis ...` is the same as the `workbook` command."""

from analysis.cli import main

if __name__ == "__main__":  # worker processes import the main module again
    raise SystemExit(main())
