"""Every notebook as JupyterLab runs it: a Jupyter server on 127.0.0.1 with a token, a
kernel it starts with the project's kernelspec, and each cell sent over the server's
websocket API one after the other (Run All); then the findings cell run again, as an
analyst rerunning it would. The server is stopped afterwards.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
import websocket

from analysis import paths
from analysis.findings import record
from analysis.notebooks import contracts
from analysis.notebooks.params import OUTPUT_DIR

pytestmark = pytest.mark.notebook


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`jupyter server` from the project's environment, on a free local port."""

    def __init__(self, home: Path) -> None:
        self.token = secrets.token_hex(16)
        self.port = _free_port()
        env = {
            **os.environ,
            "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
            "JUPYTER_CONFIG_DIR": str(home / "config"),
        }
        command = [
            str(Path(sys.executable).with_name("jupyter")),
            "server",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--port-retries=0",
            f"--ServerApp.token={self.token}",
            f"--ServerApp.root_dir={paths.ROOT}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        self.log = (home / "server.log").open("w")
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.api("GET", "/api/status")
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Jupyter server did not start") from None
                time.sleep(0.2)

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def stop(self) -> None:
        try:
            self.api("POST", "/api/shutdown")
            self.process.wait(timeout=30)
        except Exception:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    started = Server(tmp_path_factory.mktemp("jupyter"))
    yield started
    started.stop()
    assert started.process.poll() is not None, "the server is stopped"


class Kernel:
    """A kernel session of the server for one notebook, driven over its websocket."""

    def __init__(self, server: Server, notebook: str) -> None:
        self.server = server
        self.session = server.api(
            "POST",
            "/api/sessions",
            {
                "path": f"notebooks/{notebook}",
                "name": notebook,
                "type": "notebook",
                "kernel": {"name": paths.KERNEL_NAME},
            },
        )
        self.kernel_id = self.session["kernel"]["id"]
        self.client_session = uuid.uuid4().hex
        self.ws = websocket.create_connection(
            f"ws://127.0.0.1:{server.port}/api/kernels/{self.kernel_id}/channels"
            f"?session_id={self.client_session}&token={server.token}",
            timeout=300,
            # as in browser.py: `recv` decodes strictly, without the pure-Python frame check
            skip_utf8_validation=True,
        )

    def execute(self, code: str) -> tuple[str, list[dict[str, Any]]]:
        """Run one cell; its reply status and its outputs (as the frontend receives them)."""
        msg_id = uuid.uuid4().hex
        self.ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "username": "test",
                        "session": self.client_session,
                        "msg_type": "execute_request",
                        "version": "5.3",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": True,
                        "user_expressions": {},
                        "allow_stdin": False,
                        "stop_on_error": True,
                    },
                    "channel": "shell",
                    "buffers": [],
                }
            )
        )
        outputs: list[dict[str, Any]] = []
        status, idle = "", False
        while not (status and idle):
            message = json.loads(self.ws.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["msg_type"]
            if message["channel"] == "shell" and kind == "execute_reply":
                status = message["content"]["status"]
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                idle = True
            elif kind in ("execute_result", "display_data", "error", "stream"):
                outputs.append({"type": kind, **message["content"]})
        return status, outputs

    def close(self) -> None:
        self.ws.close()
        self.server.api("DELETE", f"/api/sessions/{self.session['id']}")


def _cells(server: Server, notebook: str, output_dir: Path) -> list[str]:
    """The notebook's code cells as the server gives them to JupyterLab, the parameters
    cell edited as an analyst would (outputs to a scratch folder)."""
    model = server.api("GET", f"/api/contents/notebooks/{notebook}?content=1")
    out = []
    for cell in model["content"]["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"]
        if "parameters" in cell["metadata"].get("tags", []):
            source = source.replace(
                f'{OUTPUT_DIR}: str = ""', f"{OUTPUT_DIR} = {str(output_dir)!r}"
            )
            assert str(output_dir) in source
        out.append(source)
    return out


def test_the_server_offers_the_project_kernel(server):
    specs = server.api("GET", "/api/kernelspecs")
    assert paths.KERNEL_NAME in specs["kernelspecs"]


@pytest.mark.parametrize("name", list(contracts.SPECS))
def test_run_all_through_the_server_then_rerun_the_findings_cell(server, name, tmp_path):
    kernel = Kernel(server, f"{name}.ipynb")
    try:
        cells = _cells(server, f"{name}.ipynb", tmp_path)
        for number, code in enumerate(cells):
            status, outputs = kernel.execute(code)
            errors = [f"{o['ename']}: {o['evalue']}" for o in outputs if o["type"] == "error"]
            assert status == "ok" and not errors, (name, number, errors)
        findings = tmp_path / "findings.json"
        first = findings.read_bytes()
        assert record.read(findings), f"{name}: no findings"
        # the analyst reruns the cell that records the findings: same findings, once each
        (last,) = [c for c in cells if "run.finish()" in c]
        status, outputs = kernel.execute(last)
        assert status == "ok", [o for o in outputs if o["type"] == "error"]
        assert findings.read_bytes() == first
        shown = [o for o in outputs if o["type"] == "execute_result"]
        assert shown and "text/html" in shown[0]["data"], "findings shown as a page shows them"
    finally:
        kernel.close()
