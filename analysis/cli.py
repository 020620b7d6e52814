"""The `workbook` command line (also `python -m analysis`).

Start-up stays light: each subcommand imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from analysis import cli_data
from analysis.errors import EXIT_FAILED, EXIT_REFUSED, ParameterError, Problem, WorkbookError
from analysis.vocab import RunStatus

EXIT_USAGE = EXIT_REFUSED
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # as a process killed by SIGPIPE (`yes | head -1`)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line that says where to look for help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


@functools.cache  # built once: 30 ms a build (argparse's message lookups), main runs often in tests
def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    run.add_argument(
        "--wait",
        action="store_true",
        help="if another run is writing to the output folder, wait for it (default: exit 2)",
    )
    run.add_argument("--output", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--kernel", metavar="NAME", help="Jupyter kernel (default: trade-workbook)")
    run.add_argument(
        "--timeout", type=int, metavar="SECONDS", help="per-cell timeout (default: 600)"
    )
    run.add_argument(
        "--report", metavar="FILE", help="the report's runs (default: notebooks/report.yaml)"
    )
    run.add_argument(
        "--single-file",
        action="store_true",
        help="also write the whole report as one self-contained file (<output>/report.html)",
    )
    run.add_argument(
        "--pdf",
        action="store_true",
        help="also write report.html and report.pdf (printed by headless Chromium)",
    )
    export = sub.add_parser(
        "export",
        help="write the last report as one self-contained HTML file (and a PDF)",
        description="Write the runs of the last `workbook run` (as its index shows them) as one "
        "self-contained HTML file that works alone (mailed, archived), and with --pdf a PDF "
        "printed by headless Chromium: each run from a new page, charts never split.",
    )
    export.add_argument("--output", metavar="DIR", help="the report's folder (default: outputs/)")
    export.add_argument(
        "--to", metavar="FILE", help="HTML file to write (default: DIR/report.html)"
    )
    export.add_argument("--pdf", action="store_true", help="also print it to a PDF beside it")
    bench = sub.add_parser(
        "bench",
        help="time the report and the fact-check against their baselines; memory, start-up",
        description="Benchmark on this machine: the report runner against plain papermill, "
        "the fact-check against importing pandas and matplotlib, batch fact-checks, a no-op "
        "rerun, start-up and peak memory (docs/performance.md). Prints a table and saves "
        "the figures as JSON.",
    )
    bench.add_argument(
        "--repeat", type=_positive, default=3, metavar="N", help="rounds (default 3)"
    )
    bench.add_argument(
        "--runs",
        type=_positive,
        default=6,
        metavar="N",
        help="at least N runs: the report's, padded (default 6)",
    )
    bench.add_argument("--jobs", type=_positive, metavar="N", help="jobs (default: cores)")
    bench.add_argument(
        "--part",
        choices=("all", "report", "check"),
        default="all",
        help="what to measure (default: all)",
    )
    bench.add_argument(
        "--save",
        metavar="FILE",
        help="where the figures go as JSON (default: outputs/bench.json)",
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
        help="fact-check articles' claims against the bundled data",
        description="Give each checkable claim of an article a verdict, a rationale and the "
        "evidence (dataset rows and citations). Several articles, or folders of them, are "
        "checked in one call (in parallel when there are many); one that cannot be read is "
        "reported in its own line and the others go on.",
    )
    chk.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt or .html), or folders"
    )
    chk.add_argument(
        "--json",
        action="store_true",
        help="one JSON object for one article; for several (or a folder), one per line "
        "(JSON Lines)",
    )
    chk.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="processes for many articles (default: cores)"
    )

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
    cli_data.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (docs/errors.md).

    Never ends in a traceback: errors meant for users print their message; anything else
    prints one line, with the full traceback written to a log file whose path it gives.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    received = _stop_on_signals()
    try:
        code = _COMMANDS[args.command](args)
        sys.stdout.flush()  # a reader gone (`| head`) is seen here, not at exit
        return code
    except WorkbookError as exc:
        print(f"workbook: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        what = "kernels stopped; outputs of finished runs kept" if args.command == "run" else ""
        print(f"\nworkbook: interrupted{f' ({what})' if what else ''}", file=sys.stderr)
        return 128 + received[-1] if received else EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        return _unexpected(exc, argv)


def _unexpected(exc: Exception, argv: Sequence[str] | None) -> int:
    """One line for an error the command did not expect; the traceback goes to a log."""
    import traceback

    from analysis import paths

    log = paths.new_log("error")
    command = " ".join(["workbook", *(sys.argv[1:] if argv is None else argv)])
    text = f"$ {command}\n{''.join(traceback.format_exception(exc))}"
    try:
        log.write_text(text, encoding="utf-8")
        where = f"the traceback is in {log}"
    except OSError:
        where = "the traceback could not be written to a log"
    if isinstance(exc, OSError) and exc.strerror:
        # A file the command could not read or write: say which and why.
        what = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
        print(f"workbook: {what} (check that path and its permissions; {where})", file=sys.stderr)
        return EXIT_FAILED
    summary = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:300]
    print(
        f"workbook: unexpected error: {summary} ({where}; please report it with that file)",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _quiet_stdout() -> None:
    """After a broken pipe: send what is still buffered nowhere, so exit stays quiet."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _stop_on_signals() -> list[int]:
    """SIGTERM and SIGHUP (sent by `timeout`, CI cancellation, a closed terminal) stop a
    command as Ctrl-C does: its workers and kernels are stopped, its lock released.
    Returns the list the signals received are added to (for the exit code, 128 + N)."""
    import signal

    received: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    return received


def _run(args: argparse.Namespace) -> int:
    from analysis import paths
    from analysis.runner import lock, schedule, suite
    from analysis.runner.children import ChildrenStderr

    if args.help:
        suite.check_names(args.notebooks)
        args.print_run_help()
        return _notebooks_help(args.notebooks)
    output_root = _absolute(args.output) if args.output else paths.OUTPUTS_DIR
    wrong = [
        Problem(f"--{name}", f"{value} is not a positive number", "give 1 or more")
        for name, value in (("jobs", args.jobs), ("timeout", args.timeout))
        if value is not None and value < 1
    ]
    wrong += _output_problems(output_root, "--output" if args.output else "outputs/")
    if args.kernel and args.kernel != paths.KERNEL_NAME:
        wrong += _kernel_problems(args.kernel)
    if wrong:
        # Refused at once: the named notebooks' values are listed too (that is quick);
        # the whole report is not checked.
        more = _parameter_problems(args)
        headline = "bad options and notebook parameters" if more else "bad options"
        raise ParameterError(wrong + more, headline)
    output_root = output_root.resolve()
    report_file = Path(args.report) if args.report else suite.REPORT_FILE
    cache = output_root / schedule.CHECKED_FILE
    runs = suite.select(args.notebooks, dict(args.parameter), report_file, cache)
    # A part of the report, or one-off runs: the index still lists the whole report.
    partial = bool(args.notebooks or args.parameter)
    shown = suite.select([], {}, report_file, cache) if partial else None
    with (
        lock.holding(output_root, wait=args.wait),  # refused input leaves the folder as is
        ChildrenStderr("run") as children,
    ):
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
    if args.single_file or args.pdf:
        from analysis.runner import export

        print(export.describe(export.export(output_root, pdf=args.pdf)), file=sys.stderr)
    for result in failed:
        print(result.describe(), file=sys.stderr)
    if children.log:
        print(f"workbook: the runner's processes wrote messages: {children.log}", file=sys.stderr)
    if failed:
        print(f"workbook: {len(failed)} of {len(results)} runs failed", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _absolute(given: str) -> Path:
    """An absolute path without resolving symbolic links (a link loop stays as given)."""
    return Path(os.path.abspath(given))


def _parameter_problems(args: argparse.Namespace) -> list[Problem]:
    """The problems of the named notebooks and -p values, without reading the report."""
    from analysis.runner import suite

    try:
        suite.check_names(args.notebooks)
        if args.parameter:
            suite.select(args.notebooks, dict(args.parameter))
    except ParameterError as exc:
        return exc.problems
    return []


def _output_problems(root: Path, option: str) -> list[Problem]:
    """The output folder must be a folder this process can write, outside the repository's
    own files (data, notebooks, code). It is not created here: a refused run writes nothing."""
    import stat
    import tempfile

    from analysis import paths

    where = f"{option} {root}" if option.startswith("--") else f"the output folder {root}"
    fix = "write the report to outputs/ (the default) or to a folder outside the repository"
    real = Path(os.path.realpath(root))
    if real == paths.ROOT:
        return [Problem(where, "is the repository itself", fix)]
    for folder in _OWN_FOLDERS:
        if real == paths.ROOT / folder or paths.ROOT / folder in real.parents:
            return [Problem(where, f"is inside the repository's {folder}/ folder", fix)]
    existing = root
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    try:
        is_folder = stat.S_ISDIR(os.stat(existing).st_mode)
    except OSError as exc:
        return [Problem(where, f"cannot use {existing} ({exc.strerror})", "give another folder")]
    if not is_folder:
        what = "is a file, not a folder" if existing == root else f"is inside {existing}, a file"
        return [Problem(where, what, "give a folder; it is created if missing")]
    try:
        handle, probe = tempfile.mkstemp(dir=existing, prefix=".workbook-probe-")
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        return [
            Problem(
                where,
                f"cannot write in {existing} ({exc.strerror})",
                "make it writable (chmod u+w) or give another folder with --output DIR",
            )
        ]
    return []


# Folders of the repository that hold its own files: never an output folder.
_OWN_FOLDERS = ("data", "notebooks", "analysis", "docs", "tests", ".git")


def _kernel_problems(name: str) -> list[Problem]:
    """A kernel other than the project's must be able to import `analysis`: checked
    before any run starts, so that a wrong kernel is one clear message, not 11 failures."""
    import shutil
    import subprocess

    from analysis import paths
    from analysis.runner import fingerprint

    argv = fingerprint.kernel_command(name)
    python = fingerprint.interpreter(argv) or argv[:1]
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


def _positive(text: str) -> int:
    """A whole number of at least 1, for options such as --repeat."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _article(args: argparse.Namespace) -> int:
    from analysis.article import reading

    got = reading.read(args.path)  # a bad file is refused before the pipeline is imported
    from analysis.article import document
    from analysis.findings import article_views

    art = document.load(got)
    sys.stdout.write(art.to_json() if args.json else article_views.summary(art) + "\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise ParameterError([Problem("--jobs", f"{args.jobs} is not a positive number")])
    if len(args.paths) != 1 or Path(args.paths[0]).is_dir():
        return _check_many(args)
    from analysis.article import reading

    got = reading.read(args.paths[0])  # a bad file is refused before the pipeline is imported
    from analysis.article import document
    from analysis.evidence import factcheck, render

    art = document.load(got)
    found = factcheck.check(art)
    sys.stdout.write(render.to_json(art, found) if args.json else render.table(art, found) + "\n")
    return 0


def _check_many(args: argparse.Namespace) -> int:
    """Several articles: JSON Lines or one table each, a progress bar on a terminal."""
    from tqdm import tqdm

    from analysis.evidence import batch

    paths = batch.articles(args.paths)
    if not paths:
        where = ", ".join(args.paths)
        raise ParameterError(
            [Problem(where, "no article files (.txt, .html) in it", "give files or folders")]
        )
    jobs = args.jobs or len(os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else [1])
    bar = tqdm(
        total=len(paths),
        unit="article",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        leave=False,
        dynamic_ncols=True,
    )
    failed = 0
    with bar:
        for outcome in batch.check_all(paths, args.json, jobs, done=lambda _o: bar.update()):
            failed += bool(outcome.error)
            if args.json:
                text = outcome.json_line()
            elif outcome.error:
                text = f"== {outcome.path}\nnot checked: {outcome.error}\n\n"
            else:
                text = f"== {outcome.path}\n{outcome.table}\n\n"
            with tqdm.external_write_mode(file=sys.stdout):
                sys.stdout.write(text)
    summary = f"{len(paths)} articles: {len(paths) - failed} checked, {failed} not checked"
    print(f"workbook: {summary}", file=sys.stderr)
    return EXIT_FAILED if failed else 0


def _export(args: argparse.Namespace) -> int:
    from analysis import paths
    from analysis.runner import export

    output_root = Path(args.output).resolve() if args.output else paths.OUTPUTS_DIR
    target = Path(args.to).resolve() if args.to else None
    print(export.describe(export.export(output_root, target=target, pdf=args.pdf)))
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
        sys.stdout.write(evaluation.to_json(scores) if args.json else "\n\n".join(lines) + "\n")
        return 0
    report = evaluation.evaluate(splits)
    sys.stdout.write(evaluation.to_json(report) if args.json else evaluation.table(report))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from analysis.runner import bench

    parts = bench.PARTS if args.part == "all" else (args.part,)
    save_to = Path(args.save) if args.save else bench.SAVE_FILE
    return bench.main(args.repeat, args.runs, args.jobs, parts, save_to)


_COMMANDS = {
    "run": _run,
    "list": _list,
    "sync": _sync,
    "data": cli_data.run,
    "article": _article,
    "check": _check,
    "bench": _bench,
    "export": _export,
    "eval": _eval,
}


if __name__ == "__main__":
    raise SystemExit(main())
