"""The `workbook` command line (also `python -m analysis`).

Start-up stays light: each subcommand imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from analysis.errors import ParameterError, Problem, WorkbookError
from analysis.vocab import RunStatus

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbook",
        description="Trade-policy workbook: run the report notebooks and inspect the data.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        add_help=False,  # `run NOTEBOOK --help` shows that notebook's parameters
        help="execute the report's notebooks with papermill and write outputs/index.html",
        description=(
            "Execute notebooks with papermill, in parallel, skipping runs whose inputs did not "
            "change, and write the report page. No NOTEBOOK: every run of notebooks/report.yaml."
            " NOTEBOOK without -p: that notebook's runs in report.yaml (its defaults if it is "
            "not listed there). With -p: one run of each NOTEBOOK, its defaults changed by the "
            "values given."
        ),
        epilog="`workbook run NOTEBOOK --help` lists that notebook's parameters.",
    )
    run.set_defaults(print_run_help=run.print_help)
    run.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebook names")
    run.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    run.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter (repeatable)",
    )
    run.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="parallel runs (default: number of cores)"
    )
    run.add_argument("--force", action="store_true", help="rerun runs that are up to date as well")
    run.add_argument("--output", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--kernel", metavar="NAME", help="Jupyter kernel (default: trade-workbook)")
    run.add_argument(
        "--timeout", type=int, metavar="SECONDS", help="per-cell timeout (default: 600)"
    )
    run.add_argument(
        "--report", metavar="FILE", help="the report's runs (default: notebooks/report.yaml)"
    )
    bench = sub.add_parser(
        "bench",
        help="time the report: runner vs plain papermill, no-op rerun, start-up, memory",
        description="Benchmark the runner on this machine (see the README's table).",
    )
    bench.add_argument(
        "--repeat", type=int, default=3, metavar="N", help="runs per measure (default 3)"
    )
    bench.add_argument(
        "--runs",
        type=int,
        default=6,
        metavar="N",
        help="at least N runs: the report's, padded (default 6)",
    )
    bench.add_argument("--jobs", type=int, metavar="N", help="runner jobs (default: cores)")

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

    listing = sub.add_parser("list", help="list the notebooks and their parameters")
    listing.add_argument(
        "--markdown", action="store_true", help="one Markdown table (the README's)"
    )
    sub.add_parser("sync", help="regenerate each notebook's parameters cell from its contract")
    evaluation = sub.add_parser(
        "eval",
        help="score the fact-check on the evaluation corpus (eval/): detection, accuracy",
        description="Fact-check every article and probe of eval/ and score the verdicts "
        "against the hand-written keys, by split and claim kind (docs/factcheck.md).",
    )
    evaluation.add_argument(
        "--split", choices=("dev", "test", "all"), default="all", help="which half (default all)"
    )
    evaluation.add_argument("--json", action="store_true", help="the scores as JSON")
    evaluation.add_argument(
        "--entities",
        action="store_true",
        help="only the entity scores (seconds: no fact-check; docs/article.md)",
    )
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
    except KeyboardInterrupt:
        print(
            "\nworkbook: interrupted (kernels stopped; outputs of finished runs kept)",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from analysis import paths
    from analysis.runner import schedule, suite

    if args.help:
        suite.check_names(args.notebooks)
        args.print_run_help()
        return _notebooks_help(args.notebooks)
    wrong = [
        Problem(f"--{name}", f"{value} is not a positive number")
        for name, value in (("jobs", args.jobs), ("timeout", args.timeout))
        if value is not None and value < 1
    ]
    report_file = Path(args.report) if args.report else suite.REPORT_FILE
    output_root = Path(args.output).resolve() if args.output else paths.OUTPUTS_DIR
    cache = output_root / schedule.CHECKED_FILE
    try:
        runs = suite.select(args.notebooks, dict(args.parameter), report_file, cache)
    except ParameterError as exc:
        raise type(exc)(wrong + exc.problems) from None
    if args.kernel and args.kernel != paths.KERNEL_NAME:
        wrong += _kernel_problems(args.kernel)
    if wrong:
        raise ParameterError(wrong)
    # A part of the report, or one-off runs: the index still lists the whole report.
    partial = bool(args.notebooks or args.parameter)
    shown = suite.select([], {}, report_file, cache) if partial else None
    results = schedule.run_all(
        runs,
        output_root=output_root,
        kernel=args.kernel or paths.KERNEL_NAME,
        timeout=args.timeout or schedule.DEFAULT_TIMEOUT,
        jobs=args.jobs,
        force=args.force,
        shown=shown,
    )
    failed = [r for r in results if r.status == RunStatus.FAILED]
    for result in failed:
        print(result.describe(), file=sys.stderr)
    if failed:
        print(f"workbook: {len(failed)} of {len(results)} runs failed", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _kernel_problems(name: str) -> list[Problem]:
    """A kernel other than the project's must be able to import `analysis`: checked
    before any run starts, so that a wrong kernel is one clear message, not 11 failures."""
    import shutil
    import subprocess

    from analysis import paths
    from analysis.runner import fingerprint, kernels

    argv = fingerprint.kernel_command(name)
    python = kernels.interpreter(argv) or argv[:1]
    where = shutil.which(python[0]) or python[0]
    try:
        ok = (
            subprocess.run(
                [where, *python[1:], "-c", "import analysis"],
                capture_output=True,
                timeout=60,
                cwd=paths.NOTEBOOKS_DIR,
            ).returncode
            == 0
        )
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    if ok:
        return []
    return [
        Problem(
            "--kernel",
            f"kernel '{name}' runs {where}, which cannot import the project's `analysis` "
            f"package; use the project kernel '{paths.KERNEL_NAME}' (the default), or install "
            "the project into that Python (`pip install -e .`)",
        )
    ]


def _notebooks_help(notebooks: list[str]) -> int:
    """After `workbook run --help`: the parameters of the named notebooks (or of all)."""
    from analysis.notebooks import contracts, params

    for name in dict.fromkeys(notebooks or contracts.SPECS):
        print()
        print(params.help_text(contracts.SPECS[name]))
    return 0


def _list(args: argparse.Namespace) -> int:
    from analysis.notebooks import contracts, params
    from analysis.runner import suite

    if args.markdown:
        print(params.markdown_table(list(contracts.SPECS.values())))
        return 0
    listed = suite.load() if suite.REPORT_FILE.exists() else []
    for spec in contracts.SPECS.values():
        print(params.help_text(spec))
        runs = [r.label for r in listed if r.spec.name == spec.name]
        print(f"  in the report: {', '.join(runs) if runs else 'no run'}\n")
    return 0


def _sync(_args: argparse.Namespace) -> int:
    from analysis.notebooks import cells

    for path in cells.sync_all():
        print(f"updated {path}")
    return 0


# --- `workbook data ...`: the data catalog (analysis.data.datasets, analysis.data.usgs) ---


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
    usgs.add_argument("--encoding", default="utf-8-sig", help="file encoding (default UTF-8)")
    usgs.add_argument("--source-ref", metavar="REF", help="provenance to record (URL or DOI)")


def _data(args: argparse.Namespace) -> int:
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
        from pathlib import Path

        from analysis.data import usgs, usgs_merge

        rows, report = usgs_merge.import_files(
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


def _count(text: str) -> int:
    """A whole number of at least 0, for options such as --rows."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return value


def _article(args: argparse.Namespace) -> int:
    from analysis.article import document
    from analysis.findings import article_views

    art = document.load(args.path)
    _emit(art.to_json() if args.json else article_views.summary(art) + "\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    from analysis.article import document
    from analysis.evidence import factcheck, render

    art = document.load(args.path)
    found = factcheck.check(art)
    _emit(render.to_json(art, found) if args.json else render.table(art, found) + "\n")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from analysis.evidence import evaluation

    splits = evaluation.SPLITS if args.split == "all" else (args.split,)
    if args.entities:
        from analysis.article import entity_scoring

        scores = {split: evaluation.entity_report(split) for split in splits}
        lines = [
            f"{split}: {r['articles']} articles\n" + "\n".join(entity_scoring.table(r))
            for split, r in scores.items()
        ]
        _emit(evaluation.to_json(scores) if args.json else "\n\n".join(lines) + "\n")
        return 0
    report = evaluation.evaluate(splits)
    _emit(evaluation.to_json(report) if args.json else evaluation.table(report))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from analysis.runner import bench

    return bench.main(repeat=args.repeat, runs=args.runs, jobs=args.jobs)


_COMMANDS = {
    "run": _run,
    "list": _list,
    "sync": _sync,
    "data": _data,
    "article": _article,
    "check": _check,
    "bench": _bench,
    "eval": _eval,
}


if __name__ == "__main__":
    raise SystemExit(main())
