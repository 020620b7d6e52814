"""The notebooks as JupyterLab runs them: a Jupyter server on 127.0.0.1 with a token, a
kernel it starts with the project's kernelspec, and each cell sent over the server's
websocket API one after the other (Run All); then the findings cell run again, as an
analyst rerunning it would. The server is stopped afterwards.

Two notebooks (`COLD`) run there, each in a fresh kernel; the others are opened through
the server and checked against what the session's report executes (the same cells from
the same files, the parameters cell's defaults, the same kernelspec), and every notebook
and module is checked for a submodule it uses without importing it (what only a fresh
kernel would otherwise show: the runner's kernels preload the libraries). What the four
no longer show: a fresh-kernel failure of another kind, such as a notebook relying on
state the runner's preload sets (the `.pandera` accessor exists only because the preload
imports `pandera.pandas`). Why two, with the figures: docs/performance-log.md, "Tests: round
27".
"""

from __future__ import annotations

import ast
import functools
import importlib.util
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
from analysis.runner import suite

pytestmark = pytest.mark.notebook

# Run in a fresh kernel of the server: between them every library the notebooks use
# (pandas, matplotlib with the inline backend, the article reader, the fact-check and the
# data tables' analyses) and the findings shown as HTML and recorded again.
COLD = ("fact_check", "critical_minerals")


# The server extensions the project's environment enables that the tests do not use, turned
# off for the tests' server; JupyterLab's own stays on, as the analyst's server has it. An
# enabled extension that fails to load fails the server's start (the server only logs it by
# default: `--ServerApp.reraise_server_extension_failures`), so a broken JupyterLab install
# fails here; `test_jupyterlab_serves_its_page` asks for JupyterLab's page.
EXTENSIONS = ("jupyter_lsp", "jupyter_server_terminals", "notebook_shim")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`jupyter server` from the project's environment, on a free local port."""

    def __init__(self, home: Path, enabled: tuple[str, ...] = ()) -> None:
        """`enabled`: server extensions turned on besides those the environment enables."""
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
            # The contents, sessions and kernels APIs the tests drive are the server's own;
            # the extensions in EXTENSIONS (terminals, the notebook shim, the language
            # servers' probe, which starts node) cost CPU at each start and are not used.
            f"--ServerApp.jpserver_extensions="
            f"{dict.fromkeys(EXTENSIONS, False) | dict.fromkeys(enabled, True)!r}",
            "--ServerApp.reraise_server_extension_failures=True",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        self.log = (home / "server.log").open("w")
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 180  # minutes on a machine loaded 20 deep
        while True:
            try:
                self.api("GET", "/api/status")
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    if self.process.poll() is None:
                        self.process.kill()
                    self.process.wait(timeout=30)
                    self.log.close()
                    raise RuntimeError("the Jupyter server did not start") from None
                time.sleep(0.2)

    def get(self, path: str) -> tuple[int, str, bytes]:
        """A GET of the server: status, content type and body."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()

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


def test_jupyterlab_serves_its_page(server):
    status, kind, body = server.get("/lab")
    assert (status, kind) == (200, "text/html") and b"JupyterLab" in body


def test_an_extension_that_fails_to_load_fails_the_start(tmp_path):
    # what a broken JupyterLab install does to the analyst's server, with a module that
    # does not exist standing for the broken extension
    with pytest.raises(RuntimeError, match="did not start"):
        Server(tmp_path, enabled=("no_such_server_extension",)).stop()


@pytest.mark.parametrize("name", COLD)
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


def _code_cells(cells: list[dict[str, Any]]) -> list[str]:
    return [
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells
        if c["cell_type"] == "code"
    ]


def test_the_other_notebooks_open_as_the_report_executes_them(server):
    """What the session's report runs (test_runner.py: every run succeeds) is what the
    server gives JupyterLab: the same code cells of the same file, the defaults of the
    parameters cell among the report's runs, the project's kernelspec."""
    runs = suite.load()
    others = [name for name in contracts.SPECS if name not in COLD]
    assert others and set(COLD) <= set(contracts.SPECS)
    for name in others:
        model = server.api("GET", f"/api/contents/notebooks/{name}.ipynb?content=1")
        (source,) = {run.source() for run in runs if run.spec.name == name}
        on_disk = json.loads(source.read_text(encoding="utf-8"))
        assert _code_cells(model["content"]["cells"]) == _code_cells(on_disk["cells"]), name
        assert model["content"]["metadata"]["kernelspec"]["name"] == paths.KERNEL_NAME, name
        spec = contracts.SPECS[name]
        defaults = {k: v for k, v in spec.defaults().items() if v is not None}
        assert any(
            {k: run.params[k] for k in defaults} == defaults
            for run in runs
            if run.spec.name == name
        ), f"{name}: no run of the report with the parameters cell's defaults"


@functools.cache
def _module_file(name: str) -> Path | None:
    """The source file of a module (a package's __init__.py), found without importing it."""
    top, *rest = name.split(".")
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if not rest:
        origin = spec.origin or ""
        return Path(origin) if origin.endswith(".py") else None
    if not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)), *rest[:-1])
    for found in (folder / rest[-1] / "__init__.py", folder / f"{rest[-1]}.py"):
        if found.exists():
            return found
    return None


def _imported(nodes: list[ast.AST], package: str = "") -> tuple[dict[str, str], set[str]]:
    """A module's names bound to modules by its imports (`nodes`: all its syntax tree's
    nodes), and every module they load."""
    bound: dict[str, str] = {}
    loaded: set[str] = set()

    def load(name: str) -> None:
        parts = name.split(".")
        loaded.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))

    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                load(alias.name)
                bound[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            load(base)
            for alias in node.names:
                loaded.add(f"{base}.{alias.name}")
                bound[alias.asname or alias.name] = f"{base}.{alias.name}"
    return bound, loaded


@functools.cache
def _loaded_by(package: str) -> frozenset[str]:
    """The submodules a package's __init__ imports, and those its own submodules import
    (two levels: `import matplotlib` loads `matplotlib.ticker` through `rcsetup`)."""
    found: set[str] = set()
    init = _module_file(package)
    if init is None or init.name != "__init__.py":
        return frozenset()
    _bound, first = _imported(list(ast.walk(ast.parse(init.read_bytes()))), package)
    found |= first
    for name in first:
        source = _module_file(name) if name.startswith(f"{package}.") else None
        if source is not None:
            inner = name if source.name == "__init__.py" else name.rsplit(".", 1)[0]
            found |= _imported(list(ast.walk(ast.parse(source.read_bytes()))), inner)[1]
    return frozenset(found)


def submodules_used_unimported(source: str) -> set[str]:
    """Submodules that code reaches as an attribute (`matplotlib.ticker.X`) without an
    import of its own or of the package's loading them: found in a kernel that preloaded
    them, missing in a fresh one."""
    nodes = list(ast.walk(ast.parse(source)))  # walked once: the check is over every module
    bound, loaded = _imported(nodes)
    out: set[str] = set()
    for node in nodes:
        if not isinstance(node, ast.Attribute):
            continue
        chain, base = [], node
        while isinstance(base, ast.Attribute):
            chain.append(base.attr)
            base = base.value
        if not isinstance(base, ast.Name) or base.id not in bound:
            continue
        module = bound[base.id]
        for attr in reversed(chain):
            sub = f"{module}.{attr}"
            if _module_file(sub) is None:
                break
            if sub not in loaded and sub not in _loaded_by(module):
                out.add(sub)
            module = sub
    return out


def test_the_submodule_check_sees_a_missing_import():
    assert submodules_used_unimported("from analysis import findings\nfindings.record.x") == {
        "analysis.findings.record"
    }
    assert not submodules_used_unimported(
        "import analysis.findings.record\nanalysis.findings.record.x"
    )
    assert not submodules_used_unimported("from analysis.findings import record\nrecord.read")
    assert not submodules_used_unimported("import pandas as pd\npd.errors.ParserError")


def test_no_notebook_or_module_uses_a_submodule_it_does_not_import():
    found = {}
    for name in contracts.SPECS:
        cells = json.loads((paths.NOTEBOOKS_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))
        if missing := submodules_used_unimported("\n".join(_code_cells(cells["cells"]))):
            found[f"{name}.ipynb"] = missing
    for module in sorted((paths.ROOT / "analysis").rglob("*.py")):
        if missing := submodules_used_unimported(module.read_text(encoding="utf-8")):
            found[paths.relative(module)] = missing
    assert found == {}, "used without an import (a fresh kernel fails on them)"
