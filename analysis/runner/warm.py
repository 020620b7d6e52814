"""A warm kernel: a standard Jupyter kernel, started ahead of need, kept for one run after
another.

Each worker of the runner owns one. It is an ordinary kernel of the kernel spec's
command, started by `jupyter_client` over IPC sockets (no TCP ports to race for, no
encryption warning). As soon as it starts it imports what the report's notebooks import
(`analysis.runner.kernels.warm`), while the worker waits for its first run. Before each
run it is reset to a new session (`kernels.begin`); after a run that timed out or killed
it, the worker's next run starts a new one. Kernels exit with their worker: ipykernel polls its
parent process, and the worker kills its kernel when the runner is gone
(`analysis.runner.worker`).
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import signal
import time
import uuid
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

_ANSWER_WITHIN = 120  # seconds for a new kernel to answer (it may be importing pandas)


class KernelStartError(RuntimeError):
    """A kernel could not be started, or cannot import the project."""


class WarmKernel:
    """One kernel, its client and its log, reset before each run."""

    def __init__(
        self,
        kernel_name: str,
        cwd: Path,
        folder: str,
        modules: list[str],
        libraries: bool = True,
    ) -> None:
        """Start the kernel and ask it to warm up (without waiting for it): import
        `modules`, and the libraries unless `libraries` is false (`kernels.warm`)."""
        name = uuid.uuid4().hex[:12]
        self.cwd = cwd
        self.log = Path(folder, f"{name}.log")
        if os.name == "posix":
            self.km = AsyncKernelManager(
                kernel_name=kernel_name, transport="ipc", ip=f"{folder}/{name}"
            )
        else:
            self.km = AsyncKernelManager(kernel_name=kernel_name)
        self.km.connection_file = f"{folder}/{name}.json"
        self.runs = 0
        self._listening = False
        # An IPython kernel keeps its history in memory, not in the user's SQLite file
        # (written at every cell and every new session).
        ipython = "ipykernel_launcher" in self.km.kernel_spec.argv
        extra = ["--HistoryManager.hist_file=:memory:"] if ipython else []
        with open(self.log, "ab") as log:
            run_sync(self.km.start_kernel)(
                cwd=str(cwd), stdout=log, stderr=log, extra_arguments=extra
            )
        self.kc = self.km.client()
        self.kc.start_channels()
        self._warming = self.kc.execute(
            f"import analysis.runner.kernels as _k\n_k.warm({modules!r}, {libraries!r})\ndel _k",
            silent=True,
            store_history=False,
        )

    @property
    def pid(self) -> int | None:
        process = getattr(self.km.provisioner, "process", None)
        return getattr(process, "pid", None)

    def begin(self, include: list[str], exclude: list[str]) -> None:
        """Reset the kernel for a new run and start recording its reads."""
        run_sync(self._begin)(include, exclude)
        self.runs += 1

    async def _begin(self, include: list[str], exclude: list[str]) -> None:
        deadline = time.monotonic() + _ANSWER_WITHIN
        if self._warming:
            await self._reply(self._warming, deadline)
            self._warming = ""
        code = (
            "import analysis.runner.kernels as _k\n"
            f"_k.begin({str(self.cwd)!r}, {include!r}, {exclude!r})\n"
        )
        msg_id = self.kc.execute(code, silent=True, store_history=False)
        reply = await self._reply(msg_id, deadline)
        content = reply["content"]
        if content["status"] != "ok":
            raise KernelStartError(
                f"the kernel cannot import analysis: {content.get('ename')}: "
                f"{content.get('evalue')}"
            )
        if not self._listening:
            await self._first_output(deadline)
        while True:  # what earlier requests printed: nbclient starts from a clean channel
            try:
                await self.kc.get_iopub_msg(timeout=0.01)
            except Empty:
                break
        self.kc.allow_stdin = False

    async def _first_output(self, deadline: float) -> None:
        """Wait until the output channel delivers (a subscription is live only once the
        first message arrives; nbclient would otherwise miss a run's first outputs)."""
        while True:
            try:
                await self.kc.get_iopub_msg(timeout=0.2)
                self._listening = True
                return
            except Empty:
                await self._reply(self.kc.kernel_info(), deadline)

    async def _reply(self, msg_id: str, deadline: float) -> dict[str, Any]:
        """The shell reply to one request (raises when the kernel dies or the time is up)."""
        while True:
            try:
                msg = await self.kc.get_shell_msg(timeout=0.5)
            except Empty:
                if not await self.km.is_alive():
                    raise KernelStartError("the kernel died while starting") from None
                if time.monotonic() > deadline:
                    raise KernelStartError(
                        f"the kernel did not answer in {_ANSWER_WITHIN} s"
                    ) from None
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def reads(self) -> dict[str, list[str]]:
        """What the run read, as the kernel's recorder saw it."""
        return run_sync(self._reads)()

    async def _reads(self) -> dict[str, list[str]]:
        expression = "__import__('analysis.runner.kernels', fromlist=['recorded']).recorded()"
        msg_id = self.kc.execute(
            "", silent=True, store_history=False, user_expressions={"r": expression}
        )
        msg = await self._reply(msg_id, time.monotonic() + 30)
        found = msg["content"]["user_expressions"]["r"]
        return json.loads(ast.literal_eval(found["data"]["text/plain"]))

    def alive(self) -> bool:
        return bool(run_sync(self.km.is_alive)())

    def exit_code(self) -> int | None:
        """The kernel process's exit code (negative: killed by that signal), if it ended."""
        process = getattr(self.km.provisioner, "process", None)
        return process.poll() if process is not None else None

    def close(self) -> None:
        """Stop the kernel at once and close the client."""
        try:
            self.kc.stop_channels()
        finally:
            try:
                run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:
                if self.pid:  # the manager is in no state to do it: do it ourselves
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(self.pid, signal.SIGKILL)
