"""One report run per output folder at a time.

`workbook run` holds a lock on `<output>/.workbook.lock` while it checks, runs and writes
the report: a second run on the same folder is refused (exit 2), or waits with `--wait`.
The lock is the operating system's (`flock`, or `msvcrt.locking` on Windows), so it is
released whenever its holder ends, even killed; the file tells who holds it (process id,
start time, command). A file still naming a holder when the lock is free was left by a
run that was killed: the lock is taken over, and what that run left behind (staging
folders, temporary folders and sockets of its workers) is removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from analysis import paths
from analysis.errors import ParameterError, Problem
from analysis.runner.results import TEMP_PREFIX

LOCK_FILE = ".workbook.lock"


class FolderBusy(ParameterError):
    """Another run holds the output folder."""

    headline = "the output folder is busy"


@contextlib.contextmanager
def holding(
    output_root: Path, wait: bool = False, say: IO[str] | None = None, every: float = 0.5
) -> Iterator[None]:
    """Hold the output folder's lock for the duration; raise FolderBusy when another run
    holds it (or wait for it, with `wait`)."""
    say = say or sys.stderr
    output_root.mkdir(parents=True, exist_ok=True)
    path = output_root / LOCK_FILE
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        waited = False
        while not _try_lock(handle):
            holder = _describe(_read(handle))
            if not wait:
                raise FolderBusy(
                    [
                        Problem(
                            paths.relative(output_root),
                            f"another workbook run is writing to this folder ({holder})",
                            "wait for it to finish, run with --wait, or choose another --output",
                        )
                    ]
                )
            if not waited:
                print(f"workbook: waiting for the run writing to it ({holder})", file=say)
                waited = True
            time.sleep(every)
        left = _read(handle)
        if left:  # the previous holder ended without releasing it: it was killed
            print(
                f"workbook: taking over the lock of a run that did not finish "
                f"({_describe(left)}); removing what it left behind",
                file=say,
            )
        clean(output_root)
        _write(handle, _me())
        try:
            yield
        finally:
            _write(handle, {})
    finally:
        os.close(handle)  # releases the lock


def clean(output_root: Path) -> None:
    """Remove what interrupted runs left: staging folders and old outputs in the output
    folder, and temporary folders (kernel sockets, logs) of workers no longer running."""
    for pattern in ("*/.*.staging", "*/.*.old"):
        for folder in output_root.glob(pattern):
            shutil.rmtree(folder, ignore_errors=True)
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*-*"):
        owner = folder.name.removeprefix(TEMP_PREFIX).split("-", 1)[0]
        if owner.isdigit() and not running(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)


def _try_lock(handle: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read(handle: int) -> dict[str, Any]:
    try:
        os.lseek(handle, 0, os.SEEK_SET)
        text = os.read(handle, 4096).decode("utf-8", errors="replace")
    except OSError:  # Windows: the holder's locked byte cannot be read
        return {}
    try:
        found = json.loads(text) if text.strip() else {}
    except ValueError:
        return {"note": "unreadable"}
    return found if isinstance(found, dict) else {}


def _write(handle: int, info: dict[str, Any]) -> None:
    os.ftruncate(handle, 0)
    os.lseek(handle, 0, os.SEEK_SET)
    if info:
        os.write(handle, (json.dumps(info, sort_keys=True) + "\n").encode())


def _me() -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": " ".join(["workbook", *sys.argv[1:]])[:300],
    }


def _describe(holder: dict[str, Any]) -> str:
    if not holder.get("pid"):
        return "a run that is starting"
    started, command = holder.get("started", "?"), holder.get("command", "")
    return f"process {holder['pid']}, started {started}: {command}"


def running(pid: int) -> bool:
    """Whether a process with this id exists and has not ended: a zombie (ended, not yet
    reaped, as the workers of a killed run can stay for a while) is not running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether the process has ended but is not reaped yet (Linux's /proc; False elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return False
    return stat.rpartition(b")")[2].split()[:1] == [b"Z"]
