"""`python -m analysis ...` is the same as the `workbook` command."""

from analysis.cli import main

raise SystemExit(main())
