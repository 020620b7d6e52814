"""Jupyter kernels for the runner: forked from a warm parent, recording what a run reads.

A kernel started the usual way is a fresh Python process that imports IPython, pandas
and matplotlib again for every run (about 1.5 s of CPU each time). On Linux the runner
starts instead one *kernel parent* per report: a process of the kernel's own Python,
with the kernel's interpreter flags, that imports those libraries once and then forks
one child per run. Each child turns itself into an ordinary ipykernel with its own
process, session and IPC sockets, so no state passes from one run to the next. Any
other kernel (`--kernel` naming a non-ipykernel spec, or another platform) is started
the usual way.

Inside every kernel the runner installs a recorder (`record`) that notes the files and
folders the run reads under the repository and the output folder, and `recorded`
returns them with the `analysis` modules it imported: the inputs the runner hashes to
decide, next time, whether the run is up to date.

This module is imported by the kernel parent and by kernels: it imports only the
standard library at the top.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

# Imported by the kernel parent before it forks: what every notebook kernel needs anyway.
# Not matplotlib_inline.backend_inline: imported without a running shell, it would not
# hook pyplot's figures into the notebook's display.
PRELOAD = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.debugger",
    "IPython.core.interactiveshell",
    "numpy",
    "pandas",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.ticker",
    "pandera.pandas",
)
_INLINE = "module://matplotlib_inline.backend_inline"
_LAUNCHER = "ipykernel_launcher"
_EXIT_PREFIX = "exit-"


class KernelStartError(RuntimeError):
    """A kernel (or the kernel parent) could not be started."""


# --- inside a kernel: what the run reads --------------------------------------------

_files: set[str] = set()
_dirs: set[str] = set()
_hooked: list[bool] = []


def record(include: list[str], exclude: list[str]) -> None:
    """Record read-only opens and directory listings under `include`, not under `exclude`."""
    if _hooked:
        return
    _hooked.append(True)
    inside = tuple(os.path.join(p, "") for p in include)
    outside = tuple(os.path.join(p, "") for p in exclude)
    written = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = args
            if isinstance(mode, str) and any(c in mode for c in "wax+"):
                return
            if mode is None and isinstance(flags, int) and flags & written:
                return
            found = _files
        elif event in ("os.listdir", "os.scandir"):
            path, found = args[0], _dirs
        else:
            return
        if path is None or isinstance(path, int):
            return
        try:
            full = os.path.abspath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        if not full.startswith(inside) or full.startswith(outside) or "__pycache__" in full:
            return
        if found is _dirs and full in {os.path.abspath(p) for p in sys.path}:
            return  # the import system scanning sys.path, not the notebook listing a folder
        found.add(full)

    sys.addaudithook(hook)


def recorded() -> str:
    """Files and folders read since `record`, and the `analysis` modules imported (JSON)."""
    modules = [
        str(getattr(module, "__file__", "") or "")
        for name, module in list(sys.modules.items())
        if (name == "analysis" or name.startswith("analysis.")) and name != __name__
    ]
    found = {
        "files": sorted(_files),
        "dirs": sorted(_dirs),
        "modules": sorted(filter(None, modules)),
    }
    return json.dumps(found)


# --- the kernel parent ---------------------------------------------------------------


def _serve(socket_path: str, preload: list[str]) -> None:
    """Main loop of the kernel parent: fork one kernel per request until stdin closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the runner, which stops us
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path)
    server.listen(64)
    os.environ.setdefault("MPLBACKEND", _INLINE)
    for name in preload:
        # A module that fails here fails again, with a traceback, in the notebook.
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        _warm_up()
    status_dir = os.path.dirname(socket_path)
    children: dict[int, int] = {}
    while True:
        ready, _, _ = select.select([server, sys.stdin], [], [], 0.1)
        _reap(children, status_dir)
        if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1024):
            break
        if server in ready:
            conn, _ = server.accept()
            with conn:
                request = json.loads(conn.makefile("r").readline())
                pid = os.fork()
                if pid == 0:
                    server.close()
                    _become_kernel(request)
                with contextlib.suppress(ProcessLookupError):
                    children[pid] = os.pidfd_open(pid)
                conn.sendall(f"{pid}\n".encode())
    for pid, fd in children.items():
        with contextlib.suppress(ProcessLookupError):
            signal.pidfd_send_signal(fd, signal.SIGKILL)
            os.killpg(pid, signal.SIGKILL)
    _reap(children, status_dir)


def _warm_up() -> None:
    """Exercise the libraries once on made-up data, so every kernel forked later finds
    their lazy imports, compiled patterns and font caches ready (about 0.2 s per run).

    Touches no project file and no `analysis` cache: what a run reads, it still reads.
    """
    import io

    import pandas as pd
    import pandera.pandas as pa
    from matplotlib.figure import Figure

    frame = pd.read_csv(io.StringIO("k,year,value\na,2020,1.5\nb,2021,\n"), dtype="string")
    frame = frame.astype({"year": "Int64", "value": "Float64"})
    schema = pa.DataFrameSchema(
        {"k": pa.Column("string", pa.Check.isin(["a", "b"])), "year": pa.Column("Int64")},
        unique=["k"],
    )
    schema.validate(frame, lazy=True)
    joined = frame.merge(frame, on="k").groupby("k")["year_x"].max()
    fig = Figure(figsize=(2, 1), dpi=50)
    ax = fig.add_subplot()
    ax.plot(joined.index.astype(str), [1, 2], marker="o")
    ax.annotate("1%", (0, 1))
    fig.text(0, 0, "warm", fontweight="bold")
    fig.savefig(io.BytesIO(), format="png", metadata={"Software": None})
    frame.to_html()


def _reap(children: dict[int, int], status_dir: str) -> None:
    """Collect exited kernels and leave their exit codes where the runner looks."""
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        fd = children.pop(pid, None)
        if fd is not None:
            os.close(fd)
        code = os.waitstatus_to_exitcode(status)
        Path(status_dir, f"{_EXIT_PREFIX}{pid}").write_text(str(code))


def _become_kernel(request: dict[str, Any]) -> None:
    """In the forked child: become an ipykernel as `python -m ipykernel_launcher` would."""
    try:
        os.setsid()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.argv = request["argv"]
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=sys.argv[1:])
    except BaseException:
        import traceback

        traceback.print_exc()
        os._exit(1)
    os._exit(0)


class KernelParent:
    """The runner's handle on a kernel parent process (one per report run)."""

    def __init__(self, argv: list[str], cwd: Path, preload: list[str]) -> None:
        """Start it; `argv` is the kernel spec's command, which must run ipykernel_launcher."""
        self.folder = tempfile.mkdtemp(prefix="workbook-")
        self.socket_path = os.path.join(self.folder, "parent.sock")
        self.log_path = os.path.join(self.folder, "parent.log")
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [*interpreter(argv), "-m", __name__, self.socket_path, *preload],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=log,
                cwd=cwd,
            )

    def close(self) -> None:
        """Stop the parent; it kills any kernel still running."""
        import shutil

        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def interpreter(argv: list[str]) -> list[str]:
    """The interpreter and its flags from a kernel command running ipykernel_launcher.

    Empty when the command is of another form (the kernel is then started normally).
    """
    try:
        at = argv.index(_LAUNCHER)
    except ValueError:
        return []
    if at < 2 or argv[at - 1] != "-m":
        return []
    return list(argv[: at - 1])


def can_fork(argv: list[str]) -> bool:
    """Whether kernels of this command can be forked from a kernel parent here."""
    return hasattr(os, "pidfd_open") and hasattr(os, "fork") and bool(interpreter(argv))


def fork_kernel(socket_path: str, request: dict[str, Any], timeout: float = 120) -> int:
    """Ask the kernel parent for a kernel; its pid (waits while the parent preloads).

    The parent listens from its first instant, so a refused connection means it is gone.
    """
    deadline = time.monotonic() + timeout
    refused = 0
    while time.monotonic() < deadline:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(max(1.0, deadline - time.monotonic()))
                conn.connect(socket_path)
                conn.sendall((json.dumps(request) + "\n").encode())
                answer = conn.makefile("r").readline().strip()
            if answer:
                return int(answer)
            refused += 1  # it closed without answering: it died while forking
        except FileNotFoundError:
            pass  # not started yet
        except ConnectionRefusedError:
            refused += 1
        except TimeoutError:
            break
        if refused > 20:
            break
        time.sleep(0.05)
    log = Path(os.path.dirname(socket_path), "parent.log")
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise KernelStartError(f"the kernel parent did not start a kernel (its log: {tail!r})")


class _Forked:
    """A Popen look-alike for a kernel forked by the kernel parent (not our child)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, status_dir: str) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._status = Path(status_dir, f"{_EXIT_PREFIX}{pid}")
        try:
            self._fd: int | None = os.pidfd_open(pid)
        except ProcessLookupError:
            self._fd = None

    def poll(self) -> int | None:
        if self.returncode is None and (
            self._fd is None or select.select([self._fd], [], [], 0)[0]
        ):
            self._exited()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None and self._fd is not None:
            select.select([self._fd], [], [], timeout)
        if self.poll() is None:
            raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
        return self.returncode  # type: ignore[return-value]

    def _exited(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        for _ in range(50):  # the parent writes the exit code within 0.1 s
            if self._status.exists():
                self.returncode = int(self._status.read_text() or -1)
                return
            time.sleep(0.01)
        self.returncode = -1

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def start(
    kernel_name: str, cwd: Path, folder: str, log_path: str, parent_socket: str | None = None
) -> Any:
    """Start a kernel (forked when `parent_socket` is given) over IPC; its kernel manager."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_client.provisioning import LocalProvisioner
    from jupyter_core.utils import run_sync

    class ForkProvisioner(LocalProvisioner):  # type: ignore[misc]
        async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
            request = {
                "argv": [_LAUNCHER, *cmd[cmd.index(_LAUNCHER) + 1 :]],
                "cwd": str(kwargs.get("cwd") or os.getcwd()),
                "env": dict(kwargs.get("env") or os.environ),
                "log": log_path,
            }
            pid = fork_kernel(str(parent_socket), request)
            self.process = _Forked(pid, os.path.dirname(str(parent_socket)))
            self.pid = self.pgid = pid
            self.cwd = request["cwd"]
            return self.connection_info

    name = uuid.uuid4().hex[:12]
    if os.name == "posix":  # Unix sockets: no ports to race for between parallel kernels
        km = AsyncKernelManager(kernel_name=kernel_name, transport="ipc", ip=f"{folder}/{name}")
    else:
        km = AsyncKernelManager(kernel_name=kernel_name)
    km.connection_file = f"{folder}/{name}.json"
    km.kernel_id = name
    if parent_socket:
        km.provisioner = ForkProvisioner(kernel_id=name, kernel_spec=km.kernel_spec, parent=km)
        run_sync(km.start_kernel)(cwd=str(cwd))
    else:
        with open(log_path, "ab") as log:
            run_sync(km.start_kernel)(cwd=str(cwd), stdout=log, stderr=log)
    return km


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2:])
