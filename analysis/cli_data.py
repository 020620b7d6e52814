"""`workbook data ...`: the data catalog (analysis.data.datasets, analysis.data.usgs).

The `data` subcommand's parser and handler, kept apart from `analysis.cli`, which adds the
parser to its own and calls `run`. Start-up stays light: the data modules are imported
when an action runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.errors import EXIT_FAILED, EXIT_REFUSED


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The `data` subcommand and its actions, on the `workbook` parser's subcommands."""
    data = sub.add_parser(
        "data",
        help="list, show, validate and import the bundled data",
        description="The data catalog: data/sources/ described by data/datapackage.json.",
    )
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="tables, rows, years covered, editions, licence")
    show = actions.add_parser("show", help="a table's descriptor, caveats and first rows")
    show.add_argument("name", metavar="NAME", help="table name (see: workbook data list)")
    show.add_argument(
        "--rows", type=_count, default=5, metavar="N", help="rows shown (default 5; 0 for none)"
    )
    actions.add_parser("validate", help="validate every table; exit 1 on any failure")
    usgs = actions.add_parser(
        "import-usgs",
        help="import USGS MCS world-table CSVs into the bundled tables",
        description="Turn USGS Mineral Commodity Summaries world tables into tidy rows and "
        "merge them into the bundled tables (atomically; conflicting rows are reported).",
    )
    usgs.add_argument("files", nargs="+", metavar="FILE", help="e.g. mcs2024-raree_world.csv")
    usgs.add_argument(
        "--dry-run", action="store_true", help="print the tidy rows as CSV; change nothing"
    )
    usgs.add_argument(
        "--encoding", type=_encoding, default="utf-8-sig", help="file encoding (default UTF-8)"
    )
    usgs.add_argument(
        "--replace",
        action="store_true",
        help="adopt the files' values where they differ from the bundled rows (default: refuse)",
    )
    usgs.add_argument("--source-ref", metavar="REF", help="provenance to record (URL or DOI)")


def run(args: argparse.Namespace) -> int:
    """Run a `workbook data` action; returns the exit code."""
    from analysis.data import datasets

    if args.data_command == "list":
        rows = datasets.catalog()
        heads = ("table", "rows", "years", "editions", "licence")
        widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in heads[:3]}
        print("  ".join(h.ljust(widths.get(h, 0)) for h in heads).rstrip())
        for row in rows:
            print("  ".join(str(row[h]).ljust(widths.get(h, 0)) for h in heads).rstrip())
    elif args.data_command == "show":
        print(datasets.describe(args.name, rows=args.rows))
    elif args.data_command == "validate":
        passed, problems = datasets.validate_all()
        for name in passed:
            print(f"ok      {name}")
        for problem in problems:
            print(f"FAILED  {problem}", file=sys.stderr)
        if problems:
            print(f"workbook: {len(problems)} data problems", file=sys.stderr)
            return EXIT_FAILED
    else:
        from analysis.data import usgs, usgs_merge

        rows, report = usgs_merge.import_files(
            [Path(f) for f in args.files],
            dry_run=args.dry_run,
            encoding=args.encoding,
            source_ref=args.source_ref,
            replace=args.replace,
        )
        if args.dry_run:
            import io

            buffer = io.StringIO()
            usgs.write_csv(rows, buffer)
            sys.stdout.write(buffer.getvalue())
        print(report.summary(), file=sys.stderr)
        if report.refused:
            count = len(report.conflicts)
            print(
                f"workbook: {count} imported value{'s differ' if count > 1 else ' differs'} "
                "from the bundled data, so nothing was imported; to adopt the files' values, "
                "run again with --replace, or declare each fix in data/corrections.yaml",
                file=sys.stderr,
            )
            return EXIT_REFUSED
    return 0


def _count(text: str) -> int:
    """A whole number of at least 0, for options such as --rows."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return value


def _encoding(text: str) -> str:
    """A text encoding Python knows (utf-8, cp1252, latin-1...)."""
    import codecs

    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {text!r} (try utf-8, utf-8-sig, cp1252 or latin-1)"
        ) from None
    return text
