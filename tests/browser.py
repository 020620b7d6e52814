"""A real browser for the page tests: Debian's Chromium, headless, driven over the
DevTools protocol (a websocket), offline.

`Browser().load(path)` opens a page from disk with the network switched off and reports
what a reader's browser saw: the title, console errors and uncaught exceptions, failed
loads, requests that left the machine, images that did not decode, scripts present, and
whether a marker set by hostile markup (`window.__pwned`) exists.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websocket

from analysis.runner import export

# What the page reports about itself once loaded (images decoded or not).
_PROBE = """
(async () => {
  const images = Array.from(document.images);
  const decoded = await Promise.all(images.map(
    (img) => img.decode().then(() => img.naturalWidth > 0, () => false)));
  return JSON.stringify({
    title: document.title,
    h1: (document.querySelector('h1') || {}).textContent || '',
    images: images.length,
    undecoded: images.filter((_, i) => !decoded[i]).map((img) => img.alt || img.src.slice(0, 40)),
    scripts: document.scripts.length,
    pwned: typeof window.__pwned !== 'undefined',
    text: document.body ? document.body.innerText : '',
  });
})()
"""


@dataclass
class PageReport:
    """What one page load showed."""

    url: str
    title: str = ""
    h1: str = ""
    images: int = 0
    undecoded: list[str] = field(default_factory=list)
    scripts: int = 0
    pwned: bool = False
    text: str = ""
    console_errors: list[str] = field(default_factory=list)
    failed_loads: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything a reader should not meet, as lines (empty: the page is clean)."""
        out = [f"console: {e}" for e in self.console_errors]
        out += [f"failed load: {u}" for u in self.failed_loads]
        out += [f"request off the machine: {u}" for u in self.outside_requests]
        out += [f"image not decoded: {i}" for i in self.undecoded]
        if self.scripts:
            out.append(f"{self.scripts} script element(s) in the page")
        if self.pwned:
            out.append("markup from the input ran a script (window.__pwned is set)")
        if not self.title.strip() or self.title.strip().lower() == "notebook":
            out.append(f"no real title: {self.title!r}")
        return out


class Browser:
    """One headless Chromium with a fresh profile, for the length of a `with` block."""

    def __init__(self, binary: str | None = None) -> None:
        self.binary = binary or export.chromium()
        if self.binary is None:
            raise RuntimeError("no Chromium installed")
        self._profile = tempfile.TemporaryDirectory(prefix="wb-browser-")
        self._process: subprocess.Popen[bytes] | None = None
        self._ws: websocket.WebSocket | None = None
        self._next = 0
        self._events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        profile = Path(self._profile.name)
        self._process = subprocess.Popen(
            [
                self.binary,
                *export.FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        # The client checks each frame's UTF-8 byte by byte in pure Python (seconds of CPU per
        # report: the images come as data URLs); `recv` decodes each message strictly anyway.
        self._ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=60, skip_utf8_validation=True
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._ws is not None:
            # the browser may close the socket before answering
            with contextlib.suppress(Exception):
                self._call("Browser.close")
            self._ws.close()
        if self._process is not None:
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._profile.cleanup()

    def _call(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> Any:
        assert self._ws is not None
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        while True:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def _wait_for(self, method: str, session: str, timeout: float = 60) -> None:
        assert self._ws is not None
        deadline = time.monotonic() + timeout
        if any(e.get("method") == method and e.get("sessionId") == session for e in self._events):
            return
        while time.monotonic() < deadline:
            event = json.loads(self._ws.recv())
            self._events.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return
        raise TimeoutError(f"{method} did not come within {timeout} s")

    def load(self, page: Path) -> PageReport:
        """Open a page file offline and report what loading it showed."""
        url = page.resolve().as_uri()
        self._events = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self._call(f"{domain}.enable", session=session)
        self._call(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
            session=session,
        )
        self._call("Page.navigate", {"url": url}, session=session)
        self._wait_for("Page.loadEventFired", session)
        probe = self._call(
            "Runtime.evaluate",
            {"expression": _PROBE, "awaitPromise": True, "returnByValue": True},
            session=session,
        )
        found = json.loads(probe["result"]["value"])
        report = PageReport(url=url, **found)
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                args = params.get("args", [])
                report.console_errors.append(" ".join(str(a.get("value", "")) for a in args))
            elif method == "Runtime.exceptionThrown":
                report.console_errors.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                report.console_errors.append(params["entry"].get("text", ""))
            elif method == "Network.loadingFailed":
                report.failed_loads.append(params.get("errorText", "") + " " + params["requestId"])
            elif method == "Network.requestWillBeSent":
                request_url = params["request"]["url"]
                if not request_url.startswith(("file:", "data:", "about:")):
                    report.outside_requests.append(request_url)
        self._call("Target.closeTarget", {"targetId": target})
        return report
