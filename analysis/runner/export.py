"""The whole report as one file: `report.html` (self-contained, works alone) and
`report.pdf` (printed by headless Chromium: each run from a new page, charts whole, the
headings as the PDF's bookmarks).

Both are written from what the last `index.html` of the output folder showed
(`index.json`), so `workbook export` can follow any `workbook run`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from analysis import paths
from analysis.errors import WorkbookError
from analysis.runner import report

PDF_FILE = "report.pdf"
# Debian's package and the other usual names of a Chromium or Chrome binary.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Headless, and nothing that reaches the network or changes the machine.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
)
PRINT_TIMEOUT = 300


def chromium() -> str | None:
    """The path of a Chromium (or Chrome) binary on PATH, if there is one."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def export(output_root: Path, *, target: Path | None = None, pdf: bool = False) -> list[Path]:
    """Write the single-file report (default `<output>/report.html`) and, with `pdf`, the
    PDF beside it; returns the paths written."""
    results = report.listed_results(output_root)
    written = [report.write_single_file(output_root, results, target)]
    if pdf:
        printed = report.single_file_text(output_root, results, expand=True)
        written.append(print_pdf(printed, written[0].with_suffix(".pdf")))
    return written


def print_pdf(page: str, target: Path) -> Path:
    """Print an HTML page (text) to `target` with headless Chromium; returns `target`.

    Raises WorkbookError when no Chromium is installed or printing fails.
    """
    browser = chromium()
    if browser is None:
        raise WorkbookError(
            "no Chromium to print the PDF with (looked for "
            + ", ".join(BROWSERS)
            + "): install Debian's package (`apt-get install chromium`) and run again"
        )
    with tempfile.TemporaryDirectory(prefix="wb-pdf-") as folder:
        source = Path(folder, "report.html")
        source.write_text(page, encoding="utf-8")
        printed = Path(folder, PDF_FILE)
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(folder, 'profile')}",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",  # bookmarks: the report's headings, each run's
            f"--print-to-pdf={printed}",
            source.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PRINT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise WorkbookError(
                f"Chromium did not finish printing the PDF in {PRINT_TIMEOUT} s"
            ) from None
        if done.returncode != 0 or not printed.exists() or printed.stat().st_size == 0:
            tail = " | ".join(done.stderr.strip().splitlines()[-3:])
            raise WorkbookError(
                f"Chromium could not print the PDF (exit {done.returncode}): {tail}"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        shutil.move(printed, temporary)
        temporary.replace(target)
    return target


def describe(written: list[Path]) -> str:
    """'report: outputs/report.html, outputs/report.pdf'."""
    return "report: " + ", ".join(paths.relative(p) for p in written)
