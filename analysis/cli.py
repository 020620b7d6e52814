"""The `workbook` command line (also `python -m analysis`).

Start-up stays light: each subcommand imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from analysis.errors import ParameterError, WorkbookError

EXIT_FAILED = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbook",
        description="Trade-policy workbook: run the report notebooks and inspect the data.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="execute notebooks with papermill into outputs/ and write outputs/index.html",
        description="Execute notebooks (all when none is named) and write the report page.",
    )
    run.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebook names")
    run.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter",
    )
    run.add_argument("--output", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--kernel", metavar="NAME", help="Jupyter kernel (default: trade-workbook)")
    run.add_argument(
        "--timeout", type=int, metavar="SECONDS", help="per-cell timeout (default: 600)"
    )

    art = sub.add_parser(
        "article",
        help="read an article (.txt or .html): entities, dates, claims",
        description="Clean and annotate an article; print a summary, or JSON with --json.",
    )
    art.add_argument("path", metavar="PATH", help="article file (.txt or .html)")
    art.add_argument("--json", action="store_true", help="print the article as one JSON object")

    chk = sub.add_parser(
        "check",
        help="fact-check an article's claims against the bundled data",
        description="Give each checkable claim of an article a verdict, a rationale and the "
        "evidence (dataset rows and citations).",
    )
    chk.add_argument("path", metavar="PATH", help="article file (.txt or .html)")
    chk.add_argument("--json", action="store_true", help="print the verdicts as one JSON object")

    sub.add_parser("list", help="list the notebooks and their parameters")
    sub.add_parser("sync", help="regenerate each notebook's parameters cell from its contract")
    _data_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return _COMMANDS[args.command](args)
    except ParameterError as exc:
        print(f"workbook: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WorkbookError as exc:
        print(f"workbook: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from analysis import paths, runner

    overrides = dict(args.parameter)
    runs = runner.plan(args.notebooks, overrides)
    kernel = args.kernel or paths.KERNEL_NAME
    runner.check_kernel(kernel)
    results = runner.run_all(
        runs,
        output_root=Path(args.output) if args.output else paths.OUTPUTS_DIR,
        kernel=kernel,
        timeout=args.timeout or runner.DEFAULT_TIMEOUT,
    )
    failed = [r for r in results if r.status != "ok"]
    if failed:
        print(f"workbook: {len(failed)} of {len(results)} runs failed", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _list(_args: argparse.Namespace) -> int:
    from analysis import contracts

    for spec in contracts.SPECS.values():
        print(f"{spec.name}: {spec.description}")
        for param in spec.params:
            print(f"    {param.describe()}")
    return 0


def _sync(_args: argparse.Namespace) -> int:
    from analysis import notebooks

    for path in notebooks.sync_all():
        print(f"updated {path}")
    return 0


# --- `workbook data ...`: the data catalog (analysis.datasets, analysis.usgs) ---


def _data_parser(sub: argparse._SubParsersAction) -> None:
    data = sub.add_parser(
        "data",
        help="list, show, validate and import the bundled data",
        description="The data catalog: data/sources/ described by data/datapackage.json.",
    )
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="tables, rows, years covered, editions, licence")
    show = actions.add_parser("show", help="a table's descriptor, caveats and first rows")
    show.add_argument("name", metavar="NAME", help="table name (see: workbook data list)")
    show.add_argument("--rows", type=int, default=5, metavar="N", help="rows shown (default 5)")
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
    usgs.add_argument("--encoding", default="utf-8-sig", help="file encoding (default UTF-8)")
    usgs.add_argument("--source-ref", metavar="REF", help="provenance to record (URL or DOI)")


def _data(args: argparse.Namespace) -> int:
    from analysis import datasets

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
        from pathlib import Path

        from analysis import usgs

        rows, report = usgs.import_files(
            [Path(f) for f in args.files],
            dry_run=args.dry_run,
            encoding=args.encoding,
            source_ref=args.source_ref,
        )
        if args.dry_run:
            import io

            buffer = io.StringIO()
            usgs.write_csv(rows, buffer)
            _emit(buffer.getvalue())
        print(report.summary(), file=sys.stderr)
    return 0


def _emit(text: str) -> None:
    """Print to stdout; a reader that stops early (`| head`) is not an error."""
    import os

    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _article(args: argparse.Namespace) -> int:
    from analysis import article, article_views

    art = article.load(args.path)
    _emit(art.to_json() if args.json else article_views.summary(art) + "\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    from analysis import article, factcheck

    art = article.load(args.path)
    found = factcheck.check(art)
    _emit(factcheck.to_json(art, found) if args.json else factcheck.table(art, found) + "\n")
    return 0


_COMMANDS = {
    "run": _run,
    "list": _list,
    "sync": _sync,
    "data": _data,
    "article": _article,
    "check": _check,
}


if __name__ == "__main__":
    raise SystemExit(main())
