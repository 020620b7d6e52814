"""Where things live in the repository; every other module asks here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DATAPACKAGE = DATA_DIR / "datapackage.json"
ARTICLES_DIR = DATA_DIR / "articles"
NOTEBOOKS_DIR = ROOT / "notebooks"
OUTPUTS_DIR = ROOT / "outputs"
KERNEL_NAME = "trade-workbook"


def relative(path: Path) -> str:
    """Path shown to users: relative to the repository when inside it."""
    try:
        path = Path(path).resolve()
        return str(path.relative_to(ROOT))
    except (ValueError, OSError, RuntimeError):  # outside; a symbolic link loop
        return str(path)


KEEP_LOGS = 20


def log_dir() -> Path:
    """Where the command line writes its logs: $WORKBOOK_LOG_DIR, else the user's state
    folder ($XDG_STATE_HOME or ~/.local/state)/trade-workbook/logs. Not created here."""
    import os

    given = os.environ.get("WORKBOOK_LOG_DIR")
    if given:
        return Path(given)
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state) / "trade-workbook" / "logs"


def new_log(kind: str) -> Path:
    """A new, empty log file `<kind>-<time>-<pid>.log` in `log_dir()` (or, when that cannot
    be written, in the temporary folder); only the newest KEEP_LOGS logs are kept."""
    import contextlib
    import os
    import tempfile
    import time

    name = f"{kind}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    for folder in (log_dir(), Path(tempfile.gettempdir()) / "trade-workbook-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.touch()
        except OSError:
            continue
        old = sorted(folder.glob("*.log"), key=_modified)
        for stale in old[: max(0, len(old) - KEEP_LOGS)]:
            with contextlib.suppress(OSError):
                stale.unlink()
        return path
    return Path(os.devnull)


def _modified(path: Path) -> float:
    """When a file last changed (0 when another process removed it meanwhile)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
